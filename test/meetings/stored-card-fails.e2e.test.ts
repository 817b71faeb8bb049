import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, textOf } from '../support/chat.ts';
import { channelMessage, person } from '../support/teams.ts';

// From a stranger's month in the playground: a task line whose card could not be posted (the
// connection was reset) answered "det du skrev ble ikke lagret. Prøv igjen", though the task was
// stored; doing as told made a second task in the minutes.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const THREAD = '730001';

// The retries' back-off runs on virtual time: what is asserted is what reaches Teams, not how long it waited.
const start = appPerTest(kari, '2026-11-27T08:05:00Z', { virtualSendTime: true });

const sentSince = (t: TestApp, from: number) =>
  t.connector.emulator.calls.slice(from).filter((c) => c.status > 0 && c.status < 300);

describe('the card of a stored entry that Teams will not take', () => {
  for (const fault of [{ reset: true as const }, { status: 500 }]) {
    it(`keeps the task once and never says it was not saved (${'reset' in fault ? 'connection reset' : 'connector 500'})`, async () => {
      const { t, net } = await start();
      await t.post(channelMessage(net, kari, 'start møte', { thread: THREAD }));
      const before = t.connector.emulator.calls.length;
      // Every call in this turn fails: the card post, its retries and the reply.
      t.connector.emulator.faults.next(...Array.from({ length: 12 }, () => fault));
      const res = await t.post(
        channelMessage(net, kari, 'oppgave @Ola Hansen sende rapportutkast til alle innen 15.12', {
          thread: THREAD,
          mentions: [ola],
        }),
      );
      expect(res.status).toBe(200);
      t.connector.emulator.faults.reset();

      const tasks = await t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
      expect(tasks.filter((x) => x.text.includes('rapportutkast'))).toHaveLength(1);
      await t.app.services.scheduler.tick();
      const out = textOf(sentSince(t, before));
      expect(out).not.toMatch(/ble ikke lagret|prøv igjen|mistet/i);
      // The task card reaches the channel late, once.
      expect(sentSince(t, before).filter((c) => JSON.stringify(c.body).includes('sende rapportutkast'))).toHaveLength(
        1,
      );
    });
  }
});
