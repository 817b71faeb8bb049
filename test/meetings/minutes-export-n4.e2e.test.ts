// Month round 6, N4: the downloaded minutes a municipality gets by e-mail named no network, the task lines
// under an item lacked the T-number the table uses, a task past its due date at the meeting was not marked
// «forfalt», and the Markdown was full of backslashes in plain text («17\.12.2026», «\(Ullensaker …\)»).
// Through the real server: tasks registered before, the meeting in its thread, the signed downloads.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { minutesMarkdown, mdText } from '../../src/meetings/export.ts';
import { appPerTest, say, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const start = appPerTest(kari, '2026-12-10T08:00:00Z'); // Thursday 10 December 2026, 09:00 in Oslo

async function downloads(ended: string): Promise<{ md: string; docx: string }> {
  const link = (ext: string) => /"url":"([^"]+\.EXT\?[^"]+)"/.source.replace('EXT', ext);
  const md = new RegExp(link('md')).exec(ended)![1]!.replace(/\\u0026/g, '&');
  const docx = new RegExp(link('docx')).exec(ended)![1]!.replace(/\\u0026/g, '&');
  const buffer = Buffer.from(await (await fetch(docx)).arrayBuffer());
  return { md: await (await fetch(md)).text(), docx: (await mammoth.extractRawText({ buffer })).value };
}

describe('the downloaded minutes read well for a municipality (month round 6, N4)', () => {
  it('name the network and its municipalities, number the task lines, mark overdue tasks, and keep dates plain', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'kommuner Eidsvoll, Ullensaker');
    expect(await say(t, net, kari, 'oppgave Eidsvoll: bestille møterom innen 17.12')).toContain('T1');
    t.clock.set('2026-12-18T07:30:00Z'); // Friday 18 December, 08:30
    const s = speaker(t, net, '860001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'oppgave Ullensaker: sende budsjettall innen 08.01.2027');
    await s.say(kari, 'vedtak: Fagdagen holdes 15. april (i Eidsvoll)');
    const ended = await s.say(kari, 'avslutt møte');
    const { md, docx } = await downloads(ended);

    for (const text of [md, docx]) {
      // The network, and which municipalities it is, at the top.
      expect(text.split('\n').slice(0, 4).join('\n')).toContain(net.teamName);
      expect(text).toContain('Eidsvoll, Ullensaker');
      // The task line carries the T-number the table uses.
      expect(text).toMatch(/Oppgave T2: sende budsjettall \(Ullensaker, frist 08\.01\.2027\)/);
      // T1 was due the day before the meeting: marked in the table.
      expect(text).toContain('17.12.2026 (forfalt)');
      expect(text).not.toContain('08.01.2027 (forfalt)');
    }
    // Plain text stays plain: no backslash before a dot in a date or before parentheses.
    expect(md).not.toContain('\\.');
    expect(md).not.toContain('\\(');
    expect(md).toContain('Fagdagen holdes 15. april (i Eidsvoll)');
    expect(md).toMatch(/\| Eidsvoll \| T1: bestille møterom \| 17\.12\.2026 \(forfalt\) \|/);
  });

  it('say when a meeting was ended on a later day, and nothing of the kind when ended the same day', async () => {
    const { t, net } = await start();
    t.clock.set('2026-12-18T07:30:00Z');
    const s = speaker(t, net, '860002');
    await s.say(kari, 'start møte');
    await s.say(kari, 'vedtak: Neste fagdag i mars');
    t.clock.set('2026-12-19T16:02:00Z'); // Saturday 19 December, 17:02
    const late = await downloads(await s.say(kari, 'avslutt møte'));
    for (const text of [late.md, late.docx])
      expect(text).toContain('avsluttet i boten lørdag 19. desember 2026 kl. 17:02.');
    // And the same day: no such line.
    t.clock.set('2027-01-29T08:00:00Z');
    const s2 = speaker(t, net, '860003');
    await s2.say(kari, 'start møte');
    await s2.say(kari, 'vedtak: Referatet godkjent');
    t.clock.set('2027-01-29T13:00:00Z');
    const same = await downloads(await s2.say(kari, 'avslutt møte'));
    expect(same.md).not.toContain('avsluttet i boten');
  });

  it('still escapes what Markdown would misread, and only that', () => {
    expect(mdText('17.12.2026 (Ullensaker, frist 08.01.2027)')).toBe('17.12.2026 (Ullensaker, frist 08.01.2027)');
    expect(mdText('Hva nå? Svar innen fredag!')).toBe('Hva nå? Svar innen fredag!');
    expect(mdText('1. ikke en liste')).toBe('1\\. ikke en liste');
    expect(mdText('# ikke overskrift')).toBe('\\# ikke overskrift');
    expect(mdText('saken #3')).toBe('saken #3');
    expect(mdText('- ikke punkt')).toBe('\\- ikke punkt');
    expect(mdText('-5 % budsjett')).toBe('-5 % budsjett');
    expect(mdText('[lenke](javascript:x)')).toBe('\\[lenke\\](javascript\\:x)');
    expect(mdText('**viktig** _x_ `k` a|b')).toBe('\\*\\*viktig\\*\\* \\_x\\_ \\`k\\` a\\|b');
    // Without a network given (an old caller), the title is as before.
    const bare = minutesMarkdown(
      {
        meetingId: 'M1',
        date: '2026-12-18',
        title: 'Møte',
        present: [],
        absent: [],
        notRegistered: [],
        approvedPrevious: null,
        previous: null,
        corrections: [],
        items: [],
        tasksByOwner: [],
        counts: { notes: 0, decisions: 0, tasks: 0, undone: 0 },
      },
      'Ikke godkjent.',
    );
    expect(bare.split('\n')[0]).toBe('# Referat fra møtet fredag 18. desember 2026');
  });
});
