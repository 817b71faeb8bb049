import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';

// Attack round 7b, A7: an activity id and a conversation id with a newline and an escape sequence in
// them were handled (200) and reached a scheduler job key. Teams never sends control characters in an
// id; they are refused at the envelope (400) like any other id of the wrong shape.
const kari = person('Kari Nordmann', 1);

describe('ids with control characters', () => {
  let t: TestApp;
  let a: NetworkFixture;
  beforeAll(async () => {
    const started = await startWithNetworks(1, kari);
    t = started.t;
    [a] = started.nets as [NetworkFixture];
  });
  afterAll(async () => t?.close());

  const forms: [string, (m: Record<string, any>) => Record<string, unknown>][] = [
    ['activity id with a newline and ESC', (m) => ({ ...m, id: 'x\n{"level":60,"msg":"INJECTED"}\u001b[31m' })],
    [
      'conversation id with a newline',
      (m) => ({ ...m, conversation: { ...m.conversation, id: `${m.conversation.id}\nINJ` } }),
    ],
    [
      'conversation id with a NUL',
      (m) => ({ ...m, conversation: { ...m.conversation, id: `${m.conversation.id}\u0000` } }),
    ],
    ['activity id with a C1 control (NEL)', (m) => ({ ...m, id: 'abc\u0085def' })],
    ['replyToId with DEL', (m) => ({ ...m, replyToId: 'r\u007f' })],
    ['sender id with a tab', (m) => ({ ...m, from: { ...m.from, id: `${m.from.id}\t` } })],
  ];

  it.each(forms)('refuses an %s with 400 and does nothing', async (_name, forge) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(forge(channelMessage(a, kari, 'hjelp') as Record<string, any>));
    expect(res.status).toBe(400);
    expect(t.connector.emulator.calls.length).toBe(before);
  });

  it('still answers ordinary Teams ids (colons, @, semicolons, non-ASCII letters)', async () => {
    const msg = channelMessage(a, kari, 'hjelp') as Record<string, any>;
    const res = await t.post({ ...msg, id: '1:1abcÆøå;messageid=1700000000000' });
    expect(res.status).toBe(200);
  });
});
