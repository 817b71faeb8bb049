// Attack round 5, A5: the Markdown minutes copied what people typed as it stood, so HTML (<script>,
// <img onerror>), javascript: links, Markdown links, emphasis, nested list markers and table pipes
// reached whatever renders the file (a wiki, SharePoint or Teams preview). Through the real server:
// the standing agenda saved from its card, lines typed in the meeting, the signed download.
import { describe, expect, it } from 'vitest';
import { minutesMarkdown } from '../../src/meetings/export.ts';
import type { Minutes } from '../../src/meetings/log.ts';
import { findNationalIds } from '../../src/privacy/national-id.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { validNationalId } from '../support/national-id.ts';
import { cardAction, person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-27T07:30:00Z'); // Friday 27 November 2026, 08:30 in Oslo

/** The Markdown as a renderer shows its text: backslash escapes resolved, entities decoded. */
function shown(md: string): string {
  return md
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('the Markdown minutes', () => {
  it('write what people typed as text: no HTML, link, emphasis, list or table gets in, and it still reads the same', async () => {
    const { t, net } = await start();
    const title = 'Sak <img src=x onerror=alert(document.domain)> [klikk](javascript:alert(1)) **viktig**';
    const saved = await t.post(
      cardAction(net, kari, 'agenda.save', {
        networkId: net.teamId,
        agendaText: `${title} | 10\nEventuelt | 10`,
      }),
    );
    expect(saved.status).toBe(200);
    const s = speaker(t, net, '840001');
    await s.say(kari, 'start møte');
    // Typed literally in Teams, < and > arrive as entities.
    await s.say(kari, 'vedtak: &lt;script&gt;alert(4)&lt;/script&gt; | pipe | mer');
    await s.say(ola, 'info: se [lenke](javascript:alert(3)) og ![bilde](https://evil.example/x.png) _x_ `kode`');
    await s.say(ola, 'info: 1. ikke en liste');
    await s.say(ola, 'info: - heller ikke # overskrift &amp; mer');
    const ended = await s.say(kari, 'avslutt møte');
    const url = /"url":"([^"]+\.md\?[^"]+)"/.exec(ended)![1]!.replace(/\\u0026/g, '&');
    const md = await (await fetch(url)).text();

    // No markup of any kind survives as markup.
    expect(md).not.toMatch(/<(?:script|img)/i);
    expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/); // [text](target)
    expect(md).not.toMatch(/javascript:/i);
    expect(md).not.toMatch(/(?<!\\)\*\*viktig/);
    expect(md).not.toMatch(/(?<!\\)`kode/);
    expect(md).not.toMatch(/^- (?:\d+[.)]|[-+*#]) /m); // a list item that opens a list or heading
    const lines = md.split('\n');
    // Only the table of tasks may hold unescaped pipes.
    for (const l of lines.filter((x) => !x.startsWith('|'))) expect(l, l).not.toMatch(/(?<!\\)\|/);

    // Rendered, the text reads as typed.
    const text = shown(md);
    expect(text).toContain('<script>alert(4)</script> | pipe | mer');
    expect(text).toContain('[lenke](javascript:alert(3))');
    expect(text).toContain('Sak <img src=x onerror=alert(document.domain)>');
    expect(text).toContain('1. ikke en liste');
    expect(text).toContain('- heller ikke # overskrift & mer');
  });

  it('never shows an identity number a renderer would put together, even from text kept before the guard read it', () => {
    const fnr = validNationalId('010190', '100');
    const hidden = [
      `${fnr.slice(0, 4)}&#57;${fnr.slice(5)}`,
      `${fnr.slice(0, 5)}<span></span>${fnr.slice(5)}`,
      `${fnr.slice(0, 4)}<b>${fnr.slice(4, 6)}</b>${fnr.slice(6)}`,
    ];
    const m: Minutes = {
      meetingId: 'M1',
      date: '2026-11-27',
      title: 'Nettverksmøte',
      present: ['Nes'],
      absent: [],
      notRegistered: [],
      approvedPrevious: null,
      previous: null,
      corrections: [],
      items: [
        { index: 1, title: `Sak ${hidden[0]}`, notes: [`om ${hidden[1]}`], decisions: [`${hidden[2]}`], tasks: [] },
      ],
      tasksByOwner: [{ owner: 'Ola Hansen', tasks: [{ text: `ringe ${hidden[0]}`, due: null }] }],
      counts: { notes: 1, decisions: 1, tasks: 0, undone: 0 },
    };
    const md = minutesMarkdown(m, 'Ikke godkjent ennå.');
    for (const reading of [md, shown(md), shown(md).replace(/<[^>]*>/g, '')])
      expect(findNationalIds(reading.replace(/&#57;/g, '9')), reading).toEqual([]);
    expect(md).toContain('fødselsnummer fjernet');
  });
});
