import { describe, expect, it } from 'vitest';
import type { Fault } from '../../src/dev/connector/emulator.ts';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, personalCardAction, personalMessage, type NetworkFixture } from '../support/teams.ts';

// Month round 7, N8: Ola marked T1 done in his personal chat; the update of the channel card got
// ECONNRESET once and was never tried again, so the channel showed the task open for a month.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
// Monday 23 November 2026, 09:00 in Oslo.
const start = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ thread: '840001', status: (status) => expect(status).toBe(200) });

const contentOf = (body: any) => (body?.activity ?? body)?.attachments?.[0]?.content;

/** T1 for Ola, and where its channel card is. */
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
  const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
  expect(task?.cardRef).toBeTruthy();
  return task!.cardRef!;
}

const click = (t: TestApp, net: NetworkFixture, verb: string, shown: string) =>
  t.post(personalCardAction(t.connector.url, net.tenantId, ola, verb, { taskId: 'T1', networkId: net.teamId, shown }));

/** The updates of the channel card since `from` that Teams took, as the card text. */
const channelUpdates = (t: TestApp, from: number, ref: { activityId: string }) =>
  t.connector.emulator.calls
    .slice(from)
    .filter((c) => c.kind === 'update' && c.activityId === ref.activityId)
    .map((c) => ({ status: c.status, card: JSON.stringify(contentOf(c.body)) }));

describe('N8: a card update Teams does not take is sent again', () => {
  for (const fault of [{ reset: true as const }, { status: 503 }, { status: 429 }]) {
    const name = 'reset' in fault ? 'ECONNRESET' : String(fault.status);
    it(`the channel card shows «Ferdig» after the scheduler's next run (${name})`, async () => {
      const { t, net } = await start();
      const ref = await taskT1(t, net);
      const before = t.connector.emulator.calls.length;
      // The first call of the click after the roster look-up is the channel card's update: it fails.
      pressFaults(t, fault);
      const res = await click(t, net, 'task.done', 'open');
      expect(res.status).toBe(200);
      expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('done');
      const failed = t.connector.emulator.calls.slice(before).find((c) => c.kind !== 'member')!;
      expect(failed.kind).toBe('update');
      expect(failed.activityId).toBe(ref.activityId);
      expect(channelUpdates(t, before, ref).filter((u) => u.status === 200)).toEqual([]);

      t.clock.advance(60_000);
      await t.app.services.scheduler.tick();
      const sent = channelUpdates(t, before, ref).filter((u) => u.status === 200);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.card).toContain('Ola Hansen markerte den som ferdig');
      // Sent once: later runs send nothing more.
      const after = t.connector.emulator.calls.length;
      t.clock.advance(3_600_000);
      await t.app.services.scheduler.tick();
      expect(channelUpdates(t, after, ref)).toEqual([]);
    });
  }

  it('a card update still failing is tried again with back-off until Teams takes it', async () => {
    const { t, net } = await start();
    const ref = await taskT1(t, net);
    const before = t.connector.emulator.calls.length;
    pressFaults(t, { reset: true });
    await click(t, net, 'task.done', 'open');
    // Teams is down for the scheduler's first run (every try of it).
    t.connector.emulator.faults.next(...Array.from({ length: 20 }, () => ({ status: 503, retryAfterSeconds: 0 })));
    await t.app.services.scheduler.tick();
    expect(channelUpdates(t, before, ref).filter((u) => u.status === 200)).toEqual([]);
    t.connector.emulator.faults.reset();
    // Not before its back-off …
    await t.app.services.scheduler.tick();
    expect(channelUpdates(t, before, ref).filter((u) => u.status === 200)).toEqual([]);
    // … and then it arrives.
    t.clock.advance(5 * 60_000);
    await t.app.services.scheduler.tick();
    const sent = channelUpdates(t, before, ref).filter((u) => u.status === 200);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.card).toContain('markerte den som ferdig');
  });

  it('the latest state wins: a queued older update is not sent after a newer one went through', async () => {
    const { t, net } = await start();
    const ref = await taskT1(t, net);
    const before = t.connector.emulator.calls.length;
    pressFaults(t, { reset: true });
    await click(t, net, 'task.done', 'open');
    // Ola reopens it at once; this update goes through.
    await click(t, net, 'task.reopen', 'done');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('open');
    const direct = channelUpdates(t, before, ref).filter((u) => u.status === 200);
    expect(direct).toHaveLength(1);
    expect(direct[0]!.card).toContain('åpnet den igjen');
    const mid = t.connector.emulator.calls.length;
    t.clock.advance(60 * 60_000);
    await t.app.services.scheduler.tick();
    // The «ferdig» state queued first never overwrites the card.
    expect(channelUpdates(t, mid, ref)).toEqual([]);
  });

  it('the newest of two failed updates is the one sent', async () => {
    const { t, net } = await start();
    const ref = await taskT1(t, net);
    const before = t.connector.emulator.calls.length;
    pressFaults(t, { reset: true });
    await click(t, net, 'task.done', 'open');
    pressFaults(t, { status: 500 });
    await click(t, net, 'task.reopen', 'done');
    t.clock.advance(60_000);
    await t.app.services.scheduler.tick();
    const sent = channelUpdates(t, before, ref).filter((u) => u.status === 200);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.card).toContain('åpnet den igjen');
  });

  it('a card deleted in Teams (404) is given up quietly; the network stays active', async () => {
    const { t, net } = await start();
    const ref = await taskT1(t, net);
    const before = t.connector.emulator.calls.length;
    pressFaults(t, { status: 404 });
    const res = await click(t, net, 'task.done', 'open');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('ferdig');
    t.clock.advance(60 * 60_000);
    await t.app.services.scheduler.tick();
    expect(channelUpdates(t, before, ref).filter((u) => u.status === 200)).toEqual([]);
    expect((await t.app.services.store.networks.get(net.tenantId, net.teamId))?.active).toBe(true);
    const jobs = await t.app.services.store.jobs.list(net.tenantId, net.teamId, { kind: 'card.update' });
    expect(jobs).toEqual([]);
  });

  it('a restart between the failed update and a newer direct one does not let the old card land', async () => {
    const { t, net } = await start();
    const ref = await taskT1(t, net);
    pressFaults(t, { reset: true });
    await click(t, net, 'task.done', 'open');
    // The process that queued the «ferdig» card stops; a new one (or another instance) takes the next click.
    await t.restart();
    const before = t.connector.emulator.calls.length;
    await click(t, net, 'task.reopen', 'done');
    const direct = channelUpdates(t, before, ref).filter((u) => u.status === 200);
    expect(direct).toHaveLength(1);
    expect(direct[0]!.card).toContain('åpnet den igjen');
    const mid = t.connector.emulator.calls.length;
    t.clock.advance(60 * 60_000);
    await t.app.services.scheduler.tick();
    expect(channelUpdates(t, mid, ref)).toEqual([]);
  });

  it('the card has one queued row, keyed by the card, carrying its network; a later failure reuses it', async () => {
    const { t, net } = await start();
    const ref = await taskT1(t, net);
    const before = t.connector.emulator.calls.length;
    pressFaults(t, { reset: true });
    await click(t, net, 'task.done', 'open');
    pressFaults(t, { status: 503 });
    await click(t, net, 'task.reopen', 'done');
    const queued = await t.app.services.store.jobs.list(net.tenantId, net.teamId, { kind: 'card.update' });
    expect(queued).toHaveLength(1);
    expect(queued[0]!.status).toBe('planned');
    t.clock.advance(60_000);
    await t.app.services.scheduler.tick();
    expect(
      channelUpdates(t, before, ref)
        .filter((u) => u.status === 200)
        .map((u) => u.card),
    ).toEqual([expect.stringContaining('åpnet den igjen')]);
    // Done once; the same card failing again later is queued again on that row and sent.
    const mid = t.connector.emulator.calls.length;
    pressFaults(t, { reset: true });
    await click(t, net, 'task.done', 'open');
    t.clock.advance(60_000);
    await t.app.services.scheduler.tick();
    const sent = channelUpdates(t, mid, ref).filter((u) => u.status === 200);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.card).toContain('markerte den som ferdig');
    expect(await t.app.services.store.jobs.list(net.tenantId, net.teamId, { kind: 'card.update' })).toHaveLength(1);
  });

  it('«slett nettverksdata» removes a queued card update with the network', async () => {
    const { t, net } = await start();
    const ref = await taskT1(t, net);
    pressFaults(t, { reset: true });
    await click(t, net, 'task.done', 'open');
    const jobs = () => t.app.services.store.jobs.list(net.tenantId, net.teamId, { kind: 'card.update' });
    expect(await jobs()).toHaveLength(1);
    const asked = JSON.stringify(JSON.parse(await say(t, net, kari, 'slett nettverksdata')));
    const data = JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
    const erased = await t.post(cardAction(net, kari, 'network.erase', data));
    expect(erased.status).toBe(200);
    expect(await jobs()).toEqual([]);
    const mid = t.connector.emulator.calls.length;
    t.clock.advance(60 * 60_000);
    await t.app.services.scheduler.tick();
    expect(channelUpdates(t, mid, ref)).toEqual([]);
  });
});
