import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Review s14 #1: «rett referat» is how a leader takes a child's or a family's detail out of a decision.
// A decision corrected after the meeting showed its old wording again in a new channel post, the card,
// the .docx and the .md, and a second correction could not clear it (the whole log is replayed). The
// old words are never shown now: the kind, who, when and the wording as it stands; old → new only for
// figures or dates alone.
const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2026-12-17T08:00:00Z');

async function downloads(out: string): Promise<string[]> {
  const urls = [...out.matchAll(/"url":"([^"]+\.(?:md|docx)\?[^"]+)"/g)].map((m) => m[1]!.replace(/\\u0026/g, '&'));
  expect(urls.length).toBe(2);
  return Promise.all(
    urls.map(async (u) => {
      const res = await fetch(u);
      if (!u.includes('.docx')) return res.text();
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      return zip.file('word/document.xml')!.async('string');
    }),
  );
}

describe('review s14 #1: the old text of a corrected decision', () => {
  it('appears nowhere after a correction, not even after a second one', async () => {
    const { t, net } = await start();
    const dec = speaker(t, net, '895001');
    await dec.say(kari, 'start møte');
    await dec.say(kari, 'vedtak: Familien Hansen i Storgata får støtte til fritidskort');
    await dec.say(kari, 'vedtak: Nettverket søker 350 000 kr i tilskudd til fagdagen');
    await dec.say(kari, 'avslutt møte');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const [family, money] = (await entriesOf(t, net, m.id)).filter((e) => e.kind === 'decision');
    const correct = (entryId: string, text: string) =>
      t.post(
        cardAction(
          net,
          kari,
          'minutes.correct',
          { networkId: net.teamId, meetingId: m.id, entryId, [`text_${entryId}`]: text },
          { thread: '895001', replyToId: '895003' },
        ),
      );
    // Approved first, so each correction is also posted in the channel.
    t.clock.set('2027-01-29T08:00:00Z');
    const jan = speaker(t, net, '895010');
    await jan.say(kari, 'start møte');
    await jan.say(kari, 'godkjent');
    await jan.say(kari, 'avslutt møte');
    t.clock.set('2027-01-29T15:00:00Z');
    // The first correction leaves the street in (its own notice says so, as it stood then); the second
    // takes it out, and nothing posted or redrawn after it may bring either wording back.
    await correct(family!.id, 'En familie i Storgata får støtte til fritidskort');
    const before = t.connector.emulator.calls.length;
    const last = JSON.stringify((await correct(family!.id, 'En familie får støtte til fritidskort')).body);
    const money2 = JSON.stringify(
      (await correct(money!.id, 'Nettverket søker 320 000 kr i tilskudd til fagdagen')).body,
    );
    const posts = JSON.stringify(t.connector.emulator.calls.slice(before));
    const shown = await speaker(t, net, '895020').say(kari, 'referat 17.12');
    const [md, docx] = await downloads(shown);
    for (const [where, text] of Object.entries({ last, money2, posts, shown, md, docx })) {
      expect(text, where).not.toContain('Hansen');
      expect(text, where).not.toContain('Storgata');
    }
    expect(last).toContain('et vedtak er rettet og lyder nå: «En familie får støtte til fritidskort»');
    expect(posts).toContain('et vedtak er rettet og lyder nå: «En familie får støtte til fritidskort»');
    // Two corrections of one line on one day are said once.
    expect(last.split('lyder nå: «En familie').length).toBe(2);
    // Figures alone: old → new is still said.
    expect(money2).toContain(
      'et vedtak er rettet (350 → 320) og lyder nå: «Nettverket søker 320 000 kr i tilskudd til fagdagen»',
    );
    expect(md).toContain('(350 → 320)');
  });
});
