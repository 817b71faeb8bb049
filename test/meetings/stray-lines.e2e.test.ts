import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, bodiesOf, speaker } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// With RSC the bot receives every channel post. A meeting line posted at the channel root while the
// meeting runs in the thread of «start møte» was dropped without a word (a stranger's month, N7).
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const start = appPerTest(kari, '2026-11-27T08:05:00Z');

describe('a meeting line posted beside the meeting thread', () => {
  it('gets a short hint in its own thread, the long one once per person and meeting, with the text shown back; nothing is stored', async () => {
    const { t, net } = await start();
    const meeting = speaker(t, net, '850001');
    await meeting.say(kari, 'start møte');
    const calls = t.connector.emulator.calls.length;

    // A new post in the channel (no thread), no mention.
    await newPost(t, net, ola, 'vedtak: Hurdal leverer tall til T2 innen 8. januar');
    const replies = t.connector.emulator.calls.slice(calls).filter((c) => c.status < 300);
    const said = JSON.stringify(replies.map((c) => c.body));
    expect(said).toContain('27.11.2026');
    expect(said).toContain('start møte');
    expect(said).toContain('Hurdal leverer tall til T2 innen 8. januar');
    expect(said).toContain('ikke lagret');
    // In the post's own thread, not in the meeting's.
    expect(replies.length).toBe(1);
    expect(JSON.stringify(replies[0]!.body)).not.toContain('messageid=850001');
    // Nothing in the minutes, no task made.
    expect((await entriesOf(t, net)).filter((e) => 'text' in e)).toEqual([]);

    // The long hint comes once per person and meeting; Ola's next slip gets the short line, never silence
    // (a re-tester's month, round 6b N3: a second misplaced task was lost without a word).
    const again = JSON.stringify(await newPost(t, net, ola, 'info: Bufetat kan holde opplæring i mars'));
    expect(again).toContain('Ikke lagret');
    expect(again).toContain('Bufetat kan holde opplæring i mars');
    expect(again).not.toContain('27.11.2026');
    // … but Kari's first is, in the forms people write a meeting line.
    const task = await newPost(t, net, kari, 'Oppgave @Ola Hansen bestille lokale innen 11.12', [ola]);
    expect(JSON.stringify(task)).toContain('bestille lokale innen 11.12');
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).toBeNull();
    expect(JSON.stringify(await newPost(t, net, per, 'Til stede: Nes, Hurdal'))).toContain('ikke lagret');
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'attendance' || 'text' in e)).toEqual([]);

    // Ordinary chat at the channel root is none of the bot's business.
    const chat = person('Lise Berg', 4);
    expect(await newPost(t, net, chat, 'God morgen, vi starter om fem minutter')).toEqual([]);
    expect(await newPost(t, net, chat, 'Info om kurset kommer senere i dag')).toEqual([]);
    expect(await newPost(t, net, chat, 'oppgaven fra sist var vanskelig')).toEqual([]);
    // A line typed in the meeting thread is still recorded as before.
    expect(await meeting.say(chat, 'info: Bufetat kan holde opplæring', { mention: false })).toContain('Notat');

    // Once the meeting has ended, such a post is ordinary chat again.
    await meeting.say(kari, 'avslutt møte');
    expect(await newPost(t, net, chat, 'vedtak: dette er etter møtet')).toEqual([]);
  });
});

/** A new post at the channel root (its own thread), without the bot's @mention, as RSC delivers it. */
function newPost(t: TestApp, net: NetworkFixture, who: TestPerson, text: string, mentions: TestPerson[] = []) {
  return bodiesOf(t, net, who, text, { mention: false, mentions });
}
