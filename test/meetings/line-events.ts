import { expect } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { channelMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Teams events on one's own meeting line, as Teams sends them: the line itself, its edit
// (messageUpdate «editMessage») and its deletion (messageDelete «softDeleteMessage»), each with
// the message's id; every helper returns the bodies the bot sent because of it, as JSON.

let seq = 0;

function sent(t: TestApp, before: number): string {
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

/** Posts a line in `thread` with an id of its own and returns that id and what the bot sent. */
export async function line(t: TestApp, net: NetworkFixture, who: TestPerson, text: string, thread: string) {
  const id = `ev-${++seq}`;
  const before = t.connector.emulator.calls.length;
  const res = await t.post(channelMessage(net, who, text, { thread, id }));
  expect(res.status).toBe(200);
  return { id, out: sent(t, before) };
}

/** The edit of message `id`: the same id, the new text. */
export async function edit(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, text: string, thread: string) {
  const msg = channelMessage(net, who, text, { thread, id });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: 'messageUpdate',
    channelData: { ...msg.channelData, eventType: 'editMessage' },
  });
  expect(res.status).toBe(200);
  return sent(t, before);
}

/** The deletion of message `id`: no text. */
export async function remove(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, thread: string) {
  const msg = channelMessage(net, who, '', { thread, id });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: 'messageDelete',
    text: undefined,
    entities: [],
    channelData: { ...msg.channelData, eventType: 'softDeleteMessage' },
  });
  expect(res.status).toBe(200);
  return sent(t, before);
}
