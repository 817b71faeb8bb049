import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import type { Messenger, OutgoingMessage } from '../../src/messaging/messenger.ts';
import type { SendWindows } from '../../src/messaging/rate-limit.ts';
import { ReliableMessenger } from '../../src/messaging/reliable.ts';
import type { ConversationRef } from '../../src/networks/network.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';

// Review 1, item 2: a queued card update must never land after a newer direct update of the same
// card. The queued try asks «still the newest?» only once its send slot is granted, right before the
// request; a direct update names itself the newest in the store before its request leaves, so a
// queued try checking after that stops.
const ref: ConversationRef = {
  tenantId: 't',
  conversationId: 'conv',
  serviceUrl: 'http://x',
  channelId: 'msteams',
  conversationType: 'channel',
  botId: 'b',
};
const card = (state: string): OutgoingMessage => ({ text: state });

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nb-card-order-'));
  store = new SqliteStore(join(dir, 's.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A card sender whose requests are seen in the order they leave; each may be failed or held. */
function teams() {
  const started: string[] = [];
  const landed: string[] = [];
  const plan: ((state: string) => Promise<void>)[] = [];
  const inner = {
    update: async (_c: ConversationRef, _a: string, m: OutgoingMessage) => {
      const state = String(m.text);
      started.push(state);
      await plan.shift()?.(state);
      landed.push(state);
    },
  } as unknown as Messenger;
  return { inner, started, landed, plan };
}

/** Send windows that hold the queued try at its slot until the test lets it go. */
function gatedWindows() {
  let hold = false;
  let asleep = () => {};
  let wake = () => {};
  const windows: SendWindows = {
    reserve: async () => (hold ? ((hold = false), { booked: false, wait: 5_000 }) : { booked: true, wait: 0 }),
  };
  const sleep = () =>
    new Promise<void>((r) => {
      wake = r;
      asleep();
    });
  return {
    windows,
    sleep,
    holdNext: () => {
      hold = true;
      return new Promise<void>((r) => (asleep = r));
    },
    wake: () => wake(),
  };
}

async function setup() {
  const clock = new ManualClock('2026-12-01T08:00:00Z');
  const t = teams();
  const g = gatedWindows();
  const m = new ReliableMessenger(t.inner, {
    store,
    log: createLogger('silent'),
    now: () => 0,
    sleep: g.sleep,
    windows: g.windows,
    clock: () => clock.now(),
  });
  const scheduler = new Scheduler({
    jobs: store.jobs,
    handlers: [m.cardUpdateJob()],
    clock,
    log: createLogger('silent'),
  });
  // The first update is not taken (503): queued for the scheduler with the «done» state.
  t.plan.push(async () => {
    throw Object.assign(new Error('busy'), { statusCode: 503 });
  });
  await m.update(ref, 'act-1', card('done'));
  expect(await store.jobs.list('t', '', { kind: 'card.update' })).toHaveLength(1);
  return { clock, t, g, m, scheduler };
}

describe('a queued card update and a newer direct update of the same card', () => {
  it('is not sent when the newer update went through while it waited for its send slot', async () => {
    const { t, g, m, scheduler } = await setup();
    const asleep = g.holdNext();
    const tick = scheduler.tick();
    await asleep; // the queued try waits for its slot (a full thread window) …
    await m.update(ref, 'act-1', card('reopened')); // … while the newer update goes through at once
    g.wake();
    await tick;
    expect(t.landed).toEqual(['reopened']);
    expect(t.started.at(-1)).toBe('reopened');
  });

  it('is not sent once a newer direct update has left, even before that one is answered', async () => {
    const { t, g, m, scheduler } = await setup();
    const asleep = g.holdNext();
    const tick = scheduler.tick();
    await asleep;
    // The direct update leaves and is held on the wire; the queued try gets its slot meanwhile.
    let answer = () => {};
    let left = () => {};
    const leaving = new Promise<void>((r) => (left = r));
    t.plan.push(() => (left(), new Promise<void>((r) => (answer = r))));
    const direct = m.update(ref, 'act-1', card('reopened'));
    await leaving;
    g.wake();
    await tick;
    answer();
    await direct;
    // Nothing older left after the newer update did.
    expect(t.started.slice(t.started.indexOf('reopened'))).toEqual(['reopened']);
    expect(t.landed).toEqual(['reopened']);
  });

  it('sends the newer update from the queue when the direct one was not taken while the older was in flight', async () => {
    const { t, g, m, scheduler, clock } = await setup();
    const asleep = g.holdNext();
    const tick = scheduler.tick();
    await asleep;
    // The direct update meets a 503 too: queued while the older one is being sent.
    t.plan.push(async () => {
      throw Object.assign(new Error('busy'), { statusCode: 503 });
    });
    await m.update(ref, 'act-1', card('reopened'));
    g.wake();
    await tick;
    clock.advance(60_000);
    await scheduler.tick();
    expect(t.landed.at(-1)).toBe('reopened');
    expect(t.landed).not.toContain('done');
    // Nothing queued after that.
    const calls = t.started.length;
    clock.advance(60 * 60_000);
    await scheduler.tick();
    expect(t.started).toHaveLength(calls);
  });
});
