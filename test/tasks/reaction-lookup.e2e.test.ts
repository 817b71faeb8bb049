import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import type { TestApp } from '../support/app.ts';

// Review 2, LOW 11: every 👍 on any message of the bot's read the cards of every open task, one store
// lookup per task, to find whether the message was a task's card. Now the reacted message is looked up
// once, however many tasks are open; the answer is the same (N14).
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T08:00:00Z');

/** Counts every call to the task repository while `fn` runs. */
async function taskLookups(t: TestApp, fn: () => Promise<unknown>): Promise<number> {
  const tasks = t.app.services.store.tasks as unknown as Record<string, unknown>;
  const proto = Object.getPrototypeOf(tasks) as Record<string, unknown>;
  const names = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor' && typeof proto[n] === 'function');
  let calls = 0;
  for (const n of names) {
    const f = (proto[n] as (...a: unknown[]) => unknown).bind(tasks);
    tasks[n] = (...a: unknown[]) => {
      calls++;
      return f(...a);
    };
  }
  try {
    await fn();
  } finally {
    for (const n of names) delete tasks[n];
  }
  return calls;
}

async function react(t: TestApp, net: NetworkFixture, who: TestPerson, messageId: string, type = 'like') {
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...channelMessage(net, who, '', { thread: messageId }),
    type: 'messageReaction',
    text: undefined,
    replyToId: messageId,
    reactionsAdded: [{ type }],
  });
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

describe('a 👍 on a message of the bot’s', () => {
  it('looks the message up once, not once per open task', async () => {
    const { t, net } = await app();
    const open = 12;
    for (let i = 1; i <= open; i++)
      await say(t, net, kari, `oppgave @Ola Hansen sak nummer ${i} innen 20.12`, { mentions: [ola] });
    const card = (id: string) => t.app.services.store.tasks.get(net.tenantId, net.teamId, id);
    const last = (await card(`T${open}`))!.cardRef!.activityId;

    // A message that is no task's card: nothing said, one lookup.
    let out = '';
    expect(
      await taskLookups(t, async () => void (out = await react(t, net, ola, 'not-a-task-card'))),
    ).toBeLessThanOrEqual(1);
    expect(JSON.parse(out)).toEqual([]);

    // The last task's card, from its owner: the hint, found with one lookup.
    expect(await taskLookups(t, async () => void (out = await react(t, net, ola, last)))).toBeLessThanOrEqual(1);
    expect(out).toContain(`T${open}`);
    expect(out).toContain('Ferdig');
    expect((await card(`T${open}`))!.status).toBe('open');

    // A closed task's card says nothing; another reaction than 👍/✅ says nothing.
    await say(t, net, ola, `oppgave T${open} ferdig`);
    expect(JSON.parse(await react(t, net, ola, last))).toEqual([]);
    const first = (await card('T1'))!.cardRef!.activityId;
    expect(JSON.parse(await react(t, net, ola, first, 'heart'))).toEqual([]);
    expect(await react(t, net, ola, first, '2705_whiteheavycheckmark')).toContain('T1');
  });
});
