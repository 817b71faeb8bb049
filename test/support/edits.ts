import { expect } from 'vitest';
import type { TestApp } from './app.ts';
import { channelMessage, type NetworkFixture, type TestPerson } from './teams.ts';

/** A channel message with the id an edit of it will carry later; expects 200. */
export async function postWithId(
  t: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  text: string,
  id: string,
  thread?: string,
) {
  const res = await t.post(channelMessage(net, who, text, { id, thread }));
  expect(res.status).toBe(200);
}

/**
 * The edit as Teams sends it: a messageUpdate with the same id and thread, the new text and eventType
 * «editMessage». Gives what the bot posted in answer, as one JSON string.
 */
export async function editMessage(
  t: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  id: string,
  text: string,
  thread?: string,
) {
  const msg = channelMessage(net, who, text, { id, thread });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: 'messageUpdate',
    channelData: { ...msg.channelData, eventType: 'editMessage' },
  });
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}
