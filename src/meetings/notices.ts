import type { Services } from '../app/services.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { JobHandler } from '../scheduler/scheduler.ts';
import { formatLong, formatShort, localDateOf } from '../time/local-date.ts';
import { AGENDA_NOTICE, DAY_BEFORE_REMINDER, PLAN_NOTICES, occurrenceTime, planNotices, upcoming } from './planning.ts';
import { agendaCardFor } from './agenda-view.ts';

/** The agenda a week before, a reminder (and the leaders' overdue list) the working day before. */
export function meetingNoticeHandlers(s: Services): JobHandler[] {
  async function context(tenantId: string, networkId: string, date: string) {
    const network = await s.store.networks.get(tenantId, networkId);
    if (!network?.active) return null;
    // The schedule may have changed since the notice was planned: only real meeting dates count.
    const occurrence = (await upcoming(s, network, 3)).find((o) => o.date === date);
    return occurrence ? { network, occurrence } : null;
  }

  return [
    {
      kind: AGENDA_NOTICE,
      async run(job) {
        const c = await context(job.tenantId, job.networkId, (job.payload as { date: string }).date);
        if (!c) return;
        await s.messenger.startThread(c.network, {
          card: await agendaCardFor(s, c.network, c.occurrence),
          summary: t.notice.agendaSummary(formatShort(c.occurrence.date)),
        });
      },
    },
    {
      kind: DAY_BEFORE_REMINDER,
      async run(job) {
        const c = await context(job.tenantId, job.networkId, (job.payload as { date: string }).date);
        if (!c) return;
        // The meeting's own time: a move may have changed it from the series'.
        await s.messenger.startThread(c.network, {
          text: t.notice.reminder(formatLong(c.occurrence.date), occurrenceTime(c.occurrence, s.config.timezone)),
        });
        const today = localDateOf(s.clock.now(), s.config.timezone);
        const overdue = (await s.store.tasks.listOpen(c.network.tenantId, c.network.networkId)).filter(
          // Only tasks with a due date can be overdue; the guard keeps that date for the line below.
          (x): x is typeof x & { due: string } => x.due !== null && x.due < today,
        );
        if (!overdue.length) return;
        const summary = [
          t.notice.leaderSummary(overdue.length),
          ...overdue.map(
            (x) => `- ${x.id} ${x.text} (${x.owners.map((o) => o.name).join(', ')}, ${formatShort(x.due)})`,
          ),
        ].join('\n');
        for (const leader of await s.store.people.listRole(c.network.tenantId, c.network.networkId, 'leader')) {
          const sent = await s.messenger.sendToPerson(c.network.tenantId, leader, { text: summary });
          if (!sent)
            await s.messenger.startThread(c.network, {
              text: `@${leader.name} ${summary}`,
              mentions: [{ ...leader, text: `@${leader.name}` }],
            });
        }
      },
    },
    {
      kind: PLAN_NOTICES,
      async run(job) {
        const network = await s.store.networks.get(job.tenantId, job.networkId);
        if (network?.active) await planNotices(s, network);
      },
    },
  ];
}
