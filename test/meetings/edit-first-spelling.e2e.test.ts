import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { channelMessage, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';
import { line } from './line-events.ts';

// Trust review, item 3: an edit seen before its message claims the message's id, so the message
// arriving later is taken for a redelivery (attack round 9, A5). The claim and the redelivery check each
// used the conversation id as the activity spelt it, and Teams may name a channel thread either way
// («<channel>;messageid=<root>», or the channel with the root in replyToId): an edit spelt without the
// thread let the older text in as a second line. Both now key the conversation the one same way.
const kari = person('Kari Nordmann', 1);
const THREAD = '846001';
const start = appPerTest(kari, '2026-11-27T08:00:00Z');

describe('an edit seen before its message, the thread spelt two ways', () => {
  it('the original arriving later adds nothing, whichever spelling came first', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    const msg = channelMessage(net, kari, 'vedtak: Redigert først', { thread: THREAD, id: 'spelt-1' });
    // The edit names the channel without the thread; the thread is its replyToId.
    const editRes = await t.post({
      ...msg,
      type: 'messageUpdate',
      conversation: { ...msg.conversation, id: net.channelId },
      channelData: { ...msg.channelData, eventType: 'editMessage' },
    });
    expect(editRes.status).toBe(200);
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, kari, 'vedtak: Original etterpå', { thread: THREAD, id: 'spelt-1' }));
    expect(res.status).toBe(200);
    expect(t.connector.emulator.calls.slice(before)).toEqual([]);
    const texts = JSON.stringify(await entriesOf(t, net));
    expect(texts).toContain('Redigert først');
    expect(texts).not.toContain('Original etterpå');
  });
});
