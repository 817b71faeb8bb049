import { describe, expect, it } from 'vitest';
import type { Fault } from '../../src/dev/connector/emulator.ts';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { person, personalCardAction, personalMessage, type NetworkFixture } from '../support/teams.ts';

// A queued card update (N8) already being sent, waiting out Teams' Retry-After, must not land after
// a newer update of the same card went through directly: it checks the card's newest payload in the
// store right before each try.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ thread: '840101', status: (status) => expect(status).toBe(200) });
const contentOf = (body: any) => (body?.activity ?? body)?.attachments?.[0]?.content;

/** Faults for the calls after a press's roster look-up: in a personal chat a press first asks Teams' roster whether the presser is still in the team (trust review, item 5). */
const pressFaults = (t: TestApp, ...faults: Fault[]) => t.connector.emulator.faults.next({ latencyMs: 0 }, ...faults);

/** Teams' roster lists Kari and Ola, so the look-up is one call. */
function rosterOfTwo(t: TestApp, net: NetworkFixture) {
  const list = [kari, ola].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

async function taskT1(t: TestApp, net: NetworkFixture) {
  rosterOfTwo(t, net);
  expect(await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', [ola])).toContain('T1');
  await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
  return (await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.cardRef!;
}
const click = (t: TestApp, net: NetworkFixture, verb: string, shown: string) =>
  t.post(personalCardAction(t.connector.url, net.tenantId, ola, verb, { taskId: 'T1', networkId: net.teamId, shown }));

describe('a queued card update being sent yields to a newer direct one', () => {
  it('stops before its next try when a newer update of the card went through meanwhile', async () => {
    const { t, net } = await start();
    const ref = await taskT1(t, net);
    const updates = (from: number) =>
      t.connector.emulator.calls
        .slice(from)
        .filter((c) => c.kind === 'update' && c.activityId === ref.activityId)
        .map((c) => ({ status: c.status, card: JSON.stringify(contentOf(c.body)) }));
    const before = t.connector.emulator.calls.length;
    pressFaults(t, { reset: true });
    await click(t, net, 'task.done', 'open');
    // The scheduler's run meets a 429 and waits out Retry-After before its next try …
    t.connector.emulator.faults.next({ status: 429, retryAfterSeconds: 1 });
    const mark = t.connector.emulator.calls.length;
    const run = t.app.services.scheduler.tick();
    await t.connector.emulator.waitFor(
      (c) => c.kind === 'update' && c.activityId === ref.activityId && c.status === 429,
    );
    // … and meanwhile Ola reopens the task; that update goes through at once.
    await click(t, net, 'task.reopen', 'done');
    await run;
    const after = updates(mark);
    const sent = after.filter((u) => u.status === 200);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    // The card ends as it is now (open again), never with the older «ferdig» after it.
    expect(sent.at(-1)!.card).toContain('åpnet den igjen');
    expect(sent.filter((u) => u.card.includes('markerte den som ferdig'))).toEqual([]);
    expect(
      updates(before)
        .filter((u) => u.status === 200)
        .at(-1)!.card,
    ).toContain('åpnet den igjen');
    // Nothing is left queued to send it later either.
    const mid = t.connector.emulator.calls.length;
    t.clock.advance(60 * 60_000);
    await t.app.services.scheduler.tick();
    expect(updates(mid)).toEqual([]);
  });
});
