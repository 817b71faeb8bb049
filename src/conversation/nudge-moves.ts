import type { Job } from '../scheduler/jobs.ts';
import type { Store } from '../store/store.ts';
import { atLocalTime, localDateOf, type LocalDate } from '../time/local-date.ts';

/**
 * At start: planned nudges of `kind` in every active network whose day `moveTo` moves (it gets the
 * job and the day it is planned on, and answers the day it belongs on now, or null to leave it) are
 * planned again on that day at `time`, unless that day has already gone by. The deadline and task
 * reminders use it to move off the days that are no nudge day now (julaften, nyttårsaften; #14:
 * one loop for both). Nothing new is planned. Idempotent.
 */
export async function movePlannedNudges(
  store: Store,
  timeZone: string,
  now: Date,
  kind: string,
  time: string,
  moveTo: (job: Job, day: LocalDate) => LocalDate | null,
): Promise<void> {
  const today = localDateOf(now, timeZone);
  for (const network of await store.networks.listActive()) {
    const planned = await store.jobs.list(network.tenantId, network.networkId, { kind, status: 'planned' });
    for (const j of planned) {
      const day = localDateOf(j.dueAt, timeZone);
      const moved = moveTo(j, day);
      if (moved === null || moved === day || moved < today) continue;
      const { tenantId, networkId, key, payload } = j;
      await store.jobs.replan(
        { tenantId, networkId, key, kind, payload, dueAt: atLocalTime(moved, time, timeZone) },
        now,
      );
    }
  }
}
