import type { Services } from '../app/services.ts';
import type { Network } from '../networks/network.ts';
import type { JobHandler } from '../scheduler/scheduler.ts';
import { addDays, addMonths, atLocalTime, localDateOf } from '../time/local-date.ts';
import type { RetentionCutoff } from './network-data.ts';

export const RETENTION = { defaultMonths: 24, minMonths: 6, maxMonths: 120, setting: 'retention_months' } as const;
const JOB_KIND = 'retention.sweep';
/** At night, when nobody is in a meeting and nothing is being sent. */
const SWEEP_TIME = '03:00';

export async function retentionMonths(
  s: Services,
  n: Pick<Network, 'tenantId' | 'networkId'>,
): Promise<{ months: number; isDefault: boolean }> {
  const stored = await s.store.networks.getSetting<number>(n.tenantId, n.networkId, RETENTION.setting);
  return stored === null ? { months: RETENTION.defaultMonths, isDefault: true } : { months: stored, isDefault: false };
}

/** Everything dated before this day (Oslo) and instant is past the retention period. */
export function cutoffFor(now: Date, months: number, timeZone: string): RetentionCutoff {
  const date = addMonths(localDateOf(now, timeZone), -months);
  return { date, instant: atLocalTime(date, '00:00', timeZone).toISOString() };
}

/** Plans the network's next nightly sweep; one job per network and night, so planning twice is harmless. */
export async function planSweep(s: Services, n: Pick<Network, 'tenantId' | 'networkId'>, after: Date): Promise<void> {
  const night = addDays(localDateOf(after, s.config.timezone), 1);
  await s.store.jobs.plan(
    {
      tenantId: n.tenantId,
      networkId: n.networkId,
      key: `retention:${n.tenantId}:${n.networkId}:${night}`,
      kind: JOB_KIND,
      dueAt: atLocalTime(night, SWEEP_TIME, s.config.timezone),
      payload: {},
    },
    after,
  );
}

/**
 * The nightly sweep. It runs for inactive networks too: data kept after the bot was removed is
 * still bound by the retention period.
 */
export function retentionJob(s: Services): JobHandler {
  return {
    kind: JOB_KIND,
    async run(job, now) {
      const n = { tenantId: job.tenantId, networkId: job.networkId };
      if (!(await s.store.networks.get(n.tenantId, n.networkId))) return;
      const { months } = await retentionMonths(s, n);
      const removed = await s.store.networkData.purge(
        n.tenantId,
        n.networkId,
        cutoffFor(now, months, s.config.timezone),
      );
      // Answered or expired confirmation cards are of no use after a day; seen activity ids after 24 hours.
      removed.confirmations = await s.store.confirmations.purge(
        n.tenantId,
        n.networkId,
        new Date(now.getTime() - 24 * 60 * 60_000),
      );
      removed.seen_activities = await s.store.seenActivities.purge(now);
      const total = Object.values(removed).reduce((a, b) => a + b, 0);
      if (total)
        s.log.info(
          { tenantId: n.tenantId, networkId: n.networkId, months, removed },
          'retention sweep removed old rows',
        );
      await planSweep(s, n, now);
    },
  };
}
