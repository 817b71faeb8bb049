import { describe, expect, it } from 'vitest';
import { appPerTest, sayer } from '../support/chat.ts';
import type { TestApp } from '../support/app.ts';
import { feedUrl } from '../../src/deadlines/feed.ts';
import { person, personalMessage, type NetworkFixture } from '../support/teams.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2); // member

const app = appPerTest(kari, MONDAY);
const say = sayer({ thread: '700001', status: (status) => expect(status).toBe(200) });
/** «frister» in Kari's personal chat: only there the list carries the link (A10). */
async function listed(t: TestApp, net: NetworkFixture): Promise<string> {
  const before = t.connector.emulator.calls.length;
  await t.post(personalMessage(t.connector.url, net.tenantId, kari, `frister ${net.teamName}`));
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}
const feedIn = (out: string) => /(https?:\/\/[^"\s)]+frister\.ics[^"\s)]+)/.exec(out)![1]!.replace(/\\u0026/g, '&');

/**
 * A10: the calendar feed link (shown by «frister») signs no expiry, and ends up in calendar sync
 * services and forwarded invites. A leader can replace it: the old one stops at once, the new one
 * goes to the leader's personal chat, never into the channel.
 */
describe('A10: ny kalenderlenke', () => {
  it('a leader gets a new link privately; the old one answers 410 with a short text; members cannot', async () => {
    const { t, nets } = await app(2);
    const [a, b] = nets as [NetworkFixture, NetworkFixture];
    await say(t, a, kari, 'frist 1. mars 2027 Rapport til Statsforvalteren');
    const shown = await listed(t, a);
    // Next to the link: that a leader can replace it.
    expect(shown).toContain('ny kalenderlenke');
    const oldFeed = feedIn(shown);
    const otherFeed = feedIn(await listed(t, b));
    expect((await fetch(oldFeed)).status).toBe(200);

    expect(await say(t, a, ola, 'ny kalenderlenke')).toContain('Bare nettverkets ledere');
    expect((await fetch(oldFeed)).status).toBe(200);

    t.connector.emulator.installPersonal(kari.id);
    const before = t.connector.emulator.calls.length;
    const out = await say(t, a, kari, 'Ny kalenderlenke');
    expect(out).toContain('personlig melding');
    // The only message carrying the link is the personal one: nothing in the channel.
    const withLink = t.connector.emulator.calls
      .slice(before)
      .filter((c) => JSON.stringify(c.body).includes('frister.ics'));
    expect(withLink).toHaveLength(1);
    expect(withLink[0]!.body.conversation?.conversationType ?? withLink[0]!.conversationId).not.toMatch(/channel|19:/);
    const sent = JSON.stringify(withLink[0]!.body);
    expect(sent).toContain('Den gamle lenken virker ikke lenger');
    const newFeed = feedIn(sent);
    expect(newFeed).not.toBe(oldFeed);

    const gone = await fetch(oldFeed);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toMatch(/erstattet av en ny/);
    const fresh = await fetch(newFeed);
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toContain('Rapport til Statsforvalteren');
    // «frister» now shows the new link; the other network's link is untouched.
    expect((await fetch(feedIn(await listed(t, a)))).status).toBe(200);
    expect((await fetch(otherFeed)).status).toBe(200);

    // Other ways of writing it reach the same command, and each retires the link before it.
    for (const form of ['frister ny lenke', 'kalenderlenke ny', 'ny kalender-lenke']) {
      const prev = feedIn(await listed(t, a));
      expect(await say(t, a, kari, form)).toContain('personlig melding');
      expect((await fetch(prev)).status).toBe(410);
    }
  });

  it('without a personal chat the link is not shown in the channel, and the leader is told where to find it', async () => {
    const { t, nets } = await app(1);
    const [a] = nets as [NetworkFixture];
    // The link as a calendar holds it (asking for it in a personal chat would open one).
    const oldFeed = await feedUrl(t.app.services, a.tenantId, a.teamId);
    expect((await fetch(oldFeed)).status).toBe(200);
    const out = await say(t, a, kari, 'ny kalenderlenke');
    expect(out).not.toContain('frister.ics');
    expect(out).toContain('Jeg får ikke sendt deg en personlig melding');
    expect((await fetch(oldFeed)).status).toBe(410);
  });
});
