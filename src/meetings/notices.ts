import { proposalCard } from '../../cards/proposal.ts';
import type { Services } from '../app/services.ts';
import { agendaText, calendarText, noLeaderText, meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import type { JobHandler } from '../scheduler/scheduler.ts';
import { nextWorkingDay } from '../time/holidays.ts';
import { isNudgeDay, nextNudgeDay } from '../conversation/working-hours.ts';
import { addDays, atLocalTime, formatLong, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import { quoted } from './agenda-proposals.ts';
import {
  AGENDA_NOTICE,
  DAY_BEFORE_REMINDER,
  NOT_STARTED,
  PLAN_NOTICES,
  meetingsIn,
  occurrenceTime,
  planNotices,
  seriesOf,
  upcoming,
} from './planning.ts';
import { dayOff } from './occurrences.ts';
import { redactText } from '../privacy/redact.ts';
import { agendaCardFor } from './agenda-view.ts';
import { rememberAgendaNotice } from './agenda-notice-ref.ts';
import { leaderMentions, mentionLine, reachPerson } from '../conversation/reach.ts';
import { leadersOrNote } from '../conversation/no-leader.ts';
import { markLeftOwners } from '../tasks/departed-owner.ts';

/** After a meeting: the proposers of proposals for it that no leader decided on are told (N14). */
export const UNHEARD_PROPOSALS = 'meeting.unheardProposals';

/** Proposals for a meeting that no leader has accepted or declined. */
async function undecided(s: Services, network: Network, date: LocalDate) {
  return (await s.store.meetings.proposals(network.tenantId, network.networkId, date)).filter(
    (p) => p.status === 'proposed',
  );
}

/**
 * In the agenda notice's thread: the undecided proposals for that meeting, put to the leaders by name
 * with their «Godta»/«Avslå» buttons, so a proposal no leader saw on the day it came is not lost.
 */
async function remindLeaders(s: Services, network: Network, date: LocalDate, threadId: string): Promise<void> {
  const open = await undecided(s, network, date);
  if (!open.length) return;
  const { mentions } = await leaderMentions(s.store, network);
  await s.messenger.send(
    network.conversation,
    {
      text: agendaText.proposals.undecided(mentionLine(mentions), open.length, formatShort(date)),
      mentions,
    },
    threadId,
  );
  for (const p of open) await s.messenger.send(network.conversation, { card: proposalCard(p) }, threadId);
}

/** The job that, the working day after the meeting, tells proposers whose proposal was never decided on. */
async function planUnheard(s: Services, network: Network, date: LocalDate): Promise<void> {
  const now = s.clock.now();
  const at = atLocalTime(nextNudgeDay(date), '09:00', s.config.timezone);
  await s.store.jobs.replan(
    {
      tenantId: network.tenantId,
      networkId: network.networkId,
      key: `meeting:${network.tenantId}:${network.networkId}:${date}:unheard`,
      kind: UNHEARD_PROPOSALS,
      dueAt: at > now ? at : now,
      payload: { date },
    },
    now,
  );
}

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
        const posted = await s.messenger.startThread(c.network, {
          card: await agendaCardFor(s, c.network, c.occurrence),
          summary: t.notice.agendaSummary(formatShort(c.occurrence.date)),
        });
        await rememberAgendaNotice(s, c.network, c.occurrence.date, posted);
        await planUnheard(s, c.network, c.occurrence.date);
        // A holiday question nobody answered is put to the leaders again with the agenda (month round 6, N13).
        if (c.occurrence.conflict) {
          const { mentions } = await leaderMentions(s.store, c.network);
          const line = t.notice.holidayUnanswered(
            formatShort(c.occurrence.date),
            c.occurrence.conflict.toLocaleLowerCase('nb'),
          );
          await s.messenger
            .send(
              c.network.conversation,
              { text: mentions.length ? `${mentionLine(mentions)} ${line}` : line, mentions },
              posted.activityId,
            )
            .catch((err: unknown) =>
              s.log.warn(
                { err: { message: (err as Error).message } },
                'could not ask the leaders about the holiday again',
              ),
            );
        }
        // The agenda is out: a failed reminder must not fail the job, or its retry would post the agenda twice.
        await remindLeaders(s, c.network, c.occurrence.date, posted.activityId).catch((err: unknown) =>
          s.log.warn({ err: { message: (err as Error).message } }, 'could not remind the leaders of open proposals'),
        );
      },
    },
    {
      kind: UNHEARD_PROPOSALS,
      async run(job) {
        const network = await s.store.networks.get(job.tenantId, job.networkId);
        if (!network?.active) return;
        const date = (job.payload as { date: LocalDate }).date;
        const now = s.clock.now();
        const until = new Date(now.getTime() + 30 * 24 * 3600_000);
        for (const p of await undecided(s, network, date)) {
          // A retried job (a send failed further down) tells nobody twice.
          if (
            !(await s.store.confirmations.take(
              network.tenantId,
              network.networkId,
              p.id,
              UNHEARD_PROPOSALS,
              now,
              until,
            ))
          )
            continue;
          const say = (name: string) =>
            agendaText.proposals.notTakenUp(name, p.id, quoted(p.text), formatShort(date)).trimStart();
          // In the proposer's personal chat; where the bot cannot reach it, by name in the channel.
          await reachPerson(s.messenger, network, p.proposedBy, say);
        }
      },
    },
    {
      kind: DAY_BEFORE_REMINDER,
      async run(job) {
        const c = await context(job.tenantId, job.networkId, (job.payload as { date: string }).date);
        if (!c) return;
        const today = localDateOf(s.clock.now(), s.config.timezone);
        // Planned by an older version on a day the nudge policy forbids (julaften, nyttårsaften) and not moved
        // in time: said later it would come on the meeting day or after it, so it is not said (round 9).
        if (!isNudgeDay(today)) {
          s.log.info({ date: c.occurrence.date }, 'meeting reminder on a day off not sent');
          return;
        }
        // «i morgen» only when it is: the reminder before a Monday meeting or one after the holidays names the day.
        const when =
          addDays(today, 1) === c.occurrence.date ? 'tomorrow' : today === c.occurrence.date ? 'today' : 'later';
        // The meeting's own time: a move may have changed it from the series'.
        // Where, too (N9, round 9): the place typed with «møtested», through the outgoing mask as all typed text.
        const { series } = await seriesOf(s, c.network);
        const reminder = t.notice.reminder(
          formatLong(c.occurrence.date),
          occurrenceTime(c.occurrence, s.config.timezone),
          when,
          series.place ? redactText(series.place) : '',
        );
        // Undecided, or kept on / moved to the holiday by a leader: either way the reminder says it (month s14 #15).
        const holiday = c.occurrence.conflict ?? dayOff(c.occurrence.date);
        await s.messenger.startThread(c.network, {
          text: holiday ? `${reminder} ${t.notice.reminderOnHoliday(holiday.toLocaleLowerCase('nb'))}` : reminder,
        });
        // An owner who left the team is named so (month s16 #2): the leaders must give the task away, not wait.
        const overdue = (
          await markLeftOwners(
            s.store,
            c.network,
            await s.store.tasks.listOpen(c.network.tenantId, c.network.networkId),
          )
        ).filter(
          // Only tasks with a due date can be overdue; the guard keeps that date for the line below.
          (x): x is typeof x & { due: string } => x.due !== null && x.due < today,
        );
        if (!overdue.length) return;
        const summary = [
          t.notice.leaderSummary(overdue.length, when === 'tomorrow' ? null : formatShort(c.occurrence.date)),
          ...overdue.map(
            (x) => `- ${x.id} ${x.text} (${x.owners.map((o) => o.name).join(', ')}, ${formatShort(x.due)})`,
          ),
        ].join('\n');
        const { leaders, note } = await leadersOrNote(s.store, c.network, s.clock.now(), s.config.timezone);
        for (const leader of leaders)
          await reachPerson(s.messenger, c.network, leader, (mention) => (mention ? `${mention} ${summary}` : summary));
        // N11: no leader to tell: the list goes to the channel, saying why, rather than to nobody.
        if (!leaders.length)
          await s.messenger.startThread(c.network, {
            text: [summary, noLeaderText.overdueList, note].filter(Boolean).join('\n\n'),
          });
      },
    },
    {
      kind: NOT_STARTED,
      async run(job) {
        const network = await s.store.networks.get(job.tenantId, job.networkId);
        if (!network?.active) return;
        const date = (job.payload as { date: LocalDate }).date;
        // A meeting left on a holiday ends on a day off: the leaders are asked on the next nudge day (round 9).
        const today = localDateOf(s.clock.now(), s.config.timezone);
        if (!isNudgeDay(today)) return { deferUntil: atLocalTime(nextNudgeDay(today), '09:00', s.config.timezone) };
        // Still a planned meeting that day (not cancelled or moved since), and none was started for it.
        const planned = (await meetingsIn(s, network, date, date)).find(
          (o) => o.date === date && o.status === 'planned',
        );
        if (!planned) return;
        if (await s.store.meetings.byDate(network.tenantId, network.networkId, date)) return;
        if (await s.store.meetings.running(network.tenantId, network.networkId)) return;
        const { mentions } = await leaderMentions(s.store, network);
        // Its agenda proposals (accepted or waiting) are never dropped: like «avlys møte», they go to the next
        // meeting, and the post says so (month round 6b, N7).
        const coming = (await upcoming(s, network, 3)).filter((o) => o.status === 'planned' && o.date > date);
        const next = coming[0];
        const carried = next
          ? await s.store.meetingExceptions.moveProposals(network.tenantId, network.networkId, date, next.date)
          : 0;
        // The move example names another day: the next working day without a meeting (N8).
        let moveTo = nextWorkingDay(date);
        while (coming.some((o) => o.date === moveTo)) moveTo = nextWorkingDay(moveTo);
        const line = [
          t.notice.notStarted(formatShort(date), occurrenceTime(planned, s.config.timezone), formatShort(moveTo)),
          carried && next ? calendarText.proposalsToNext(carried, formatShort(next.date)) : '',
        ]
          .filter(Boolean)
          .join(' ');
        await s.messenger.startThread(network, {
          text: mentions.length ? `${mentionLine(mentions)} ${line}` : line,
          mentions,
        });
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
