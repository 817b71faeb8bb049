import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt, withoutMention } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';
import { entriesOf, speaker } from '../meetings/channel-support.ts';

// Month round 5, N5: lines sent quickly in the meeting thread were answered out of order («✓ Notat
// (punkt 7)» before «Punkt 7: …»). Teams delivers one person's messages in order without waiting
// for the bot, so the bot handles one conversation's messages one at a time, in arrival order.
const kari = person('Kari Nordmann', 1);
const THREAD = '905001';

describe('one conversation’s messages are handled in the order they arrive', () => {
  let t: TestApp;
  let net: NetworkFixture;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-27T08:00:00Z', kari));
    expect(await speaker(t, net, THREAD).say(kari, 'start møte')).toContain('er startet');
  });
  afterAll(async () => t?.close());

  it('five lines posted at once to one thread: replies and stored notes follow the lines', async () => {
    const before = t.connector.emulator.calls.length;
    const lines = ['neste', 'info: første notat', 'neste', 'info: andre notat', 'info: tredje notat'];
    const posts = lines.map((text) => withoutMention(channelMessage(net, kari, text, { thread: THREAD })));
    // All five in flight together, as a fast typist's lines reach the bot; each leaves a moment
    // after the one before, so they arrive in the order typed (separate connections could swap them).
    const results = await Promise.all(
      posts.map((p, i) => new Promise((r) => setTimeout(r, i * 15)).then(() => t.post(p))),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);

    const replies = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'reply' || c.kind === 'send')
      .map((c) => JSON.stringify(c.body));
    const marks = replies
      .map((r) => /Punkt (\d+):/.exec(r)?.[0] ?? /Notat \(punkt (\d+)\)/.exec(r)?.[0] ?? null)
      .filter((m): m is string => m !== null);
    const notes = (await entriesOf(t, net)).filter((e) => e.kind === 'note');
    const first = notes.find((e) => e.text.includes('første'))!.item as number;
    expect(notes.map((e) => e.text)).toEqual(['første notat', 'andre notat', 'tredje notat']);
    expect(notes.map((e) => e.item)).toEqual([first, first + 1, first + 1]);
    expect(marks).toEqual([
      `Punkt ${first}:`,
      `Notat (punkt ${first})`,
      `Punkt ${first + 1}:`,
      `Notat (punkt ${first + 1})`,
      `Notat (punkt ${first + 1})`,
    ]);
  });
});
