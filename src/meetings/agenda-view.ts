import type { PlannedMeeting } from './occurrences.ts';
import { agendaCard, type AgendaView } from '../../cards/agenda.ts';
import type { Services } from '../app/services.ts';
import type { AdaptiveCard } from '../conversation/types.ts';
import type { Task } from '../tasks/task.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { planAgendaDetail } from '../projects/follow-up-agenda.ts';
import { addDays, formatLong, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import { holidayAskOf, occurrenceNote, occurrenceTime, proposalCutoff, seriesOf, upcoming } from './planning.ts';
import { checkTimeBoxes, type AgendaItem } from './standing-agenda.ts';
import { meetingMinutes, type Occurrence, type Series } from './series.ts';
import { approvalChain } from './minutes-view.ts';
import { proposalSlot } from './proposal-slot.ts';
import { correctedSinceApproval } from './corrections-to-approve.ts';
import { fitTimeBoxes } from './fit-agenda.ts';
import { carriedInto, postponedInto } from './postpone-item.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';

// The agenda of the next meeting as the agenda card, the notice and the tab show it.

/** "15.12": a date near enough that the year goes without saying. */
const dayMonth = (date: LocalDate) => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

const todayOf = (s: Pick<Services, 'clock' | 'config'>) => localDateOf(s.clock.now(), s.config.timezone);

/** Accepted proposals go in before "Eventuelt" (or last), numbered with the rest. */
export function withProposals(items: AgendaView['items'], proposals: string[]): AgendaView['items'] {
  if (!proposals.length) return items;
  const at = Math.max(
    0,
    items.findIndex((i) => /eventuelt/i.test(i.title)),
  );
  const insertAt = at > 0 ? at : items.length;
  const merged = [
    ...items.slice(0, insertAt),
    // «… (20 min)»: the slot written at the end, and the title without it (N13, round 9).
    ...proposals.map((p) => ({ n: 0, detail: '', ...proposalSlot(p) })),
    ...items.slice(insertAt),
  ];
  return merged.map((m, i) => ({ ...m, n: i + 1 }));
}

/** The texts of the proposals the leaders accepted for the meeting on `date`. */
export async function acceptedProposals(s: Pick<Services, 'store'>, network: Network, date: LocalDate) {
  return (await s.store.meetings.proposals(network.tenantId, network.networkId, date))
    .filter((p) => p.status === 'accepted')
    .map((p) => p.text);
}

/** How many open tasks the agenda names; the rest are counted, so the number said is the number shown (N15). */
const TASKS_NAMED = 8;

/** «T2 lage plan; T5 sende tall (forfalt 25.03); … og 2 til (se «oppgaver»)». */
function taskLine(open: readonly Task[], today: LocalDate): string {
  const named = open.slice(0, TASKS_NAMED).map((x) => {
    const line = `${x.id} ${x.text}`;
    return x.due && x.due < today ? `${line} ${t.fillTaskOverdue(dayMonth(x.due))}` : line;
  });
  const rest = open.length - named.length;
  return `${named.join('; ')}${rest > 0 ? ` ${t.fillTasksMore(rest)}` : ''}`;
}

/** How far after a meeting the agenda's deadline item looks; the item in the running meeting looks as far. */
export const DEADLINE_WINDOW_DAYS = 60;

/** The standing agenda with items 2, 3 and 5 filled from what the bot knows. */
async function agendaFor(s: Services, network: Network, agenda: AgendaItem[], date: LocalDate) {
  const today = todayOf(s);
  const open = await s.store.tasks.listOpen(network.tenantId, network.networkId);
  // Open deadlines up to DEADLINE_WINDOW_DAYS after the meeting, and every passed one nobody marked «Levert»:
  // a missed deadline stays on the agenda as overdue until someone does.
  const notDelivered = s.upcomingDeadlines
    ? await s.upcomingDeadlines(network.tenantId, network.networkId, '0000-01-01', addDays(date, DEADLINE_WINDOW_DAYS))
    : [];
  const overdue = notDelivered.filter((d) => d.date < today);
  const deadlines = notDelivered.filter((d) => d.date >= today);
  // Item 2: every minutes not approved yet, oldest first (they stay up until approved, N22); else the last.
  const ended = await s.store.meetings.ended(network.tenantId, network.networkId, 200);
  // The same chain (and cap) as item 2 in the meeting shows (review 2, HIGH 3).
  const chain = approvalChain(ended, { id: '', date, startedAt: s.clock.now().toISOString() });
  const toApprove = chain.up.length ? chain.up : ended.slice(0, 1);
  // Approved minutes corrected after the last meeting ended go up for approval again (month round 8b, N21).
  const lastEnd = ended[0]?.endedAt ?? '';
  const corrected = (await correctedSinceApproval(s, ended, lastEnd)).map((x) => formatShort(x.date));
  // Item 4 lists the development projects' milestones due since the last meeting (src/projects).
  const planLine = await planAgendaDetail(s, network, date);
  return agenda.map((item, i) => {
    let detail = item.owner ?? '';
    const add = (x: string) => (detail = detail ? `${detail} · ${x}` : x);
    if (item.fill === 'tasks')
      add(open.length ? `${t.fillTasks(open.length)}: ${taskLine(open, today)}` : t.fillTasks(0));
    if (item.fill === 'deadlines') {
      for (const d of overdue) add(t.fillOverdue(dayMonth(d.date), d.title));
      if (deadlines.length)
        add(
          `${t.fillDeadlines(deadlines.length, DEADLINE_WINDOW_DAYS)}: ${deadlines.map((d) => `${d.title} (${formatShort(d.date)})`).join('; ')}`,
        );
      else if (!overdue.length) add(t.fillDeadlines(0, DEADLINE_WINDOW_DAYS));
    }
    if (item.fill === 'approval')
      add(
        t.fillApproval(toApprove.length ? t.dateList(toApprove.map((x) => formatShort(x.date))) : null) +
          (chain.older ? t.olderNotShown(chain.older) : '') +
          corrected.map((d) => ` · ${t.fillCorrection(d)}`).join(''),
      );
    if (item.fill === 'projects') add(planLine ?? t.fillProjects);
    // No project (no plan line), no log to keep: the item says what to do instead (N18).
    if (item.fill === 'experience-log') add(planLine === null ? t.fillLogNoProject : t.fillLog);
    return { n: i + 1, title: item.title, detail, minutes: item.minutes };
  });
}

/** What the meeting will hold: the standing agenda and the accepted proposals, each with its time box. */
export async function agendaView(s: Services, network: Network, o: Occurrence): Promise<AgendaView> {
  const { series, agenda } = await seriesOf(s, network);
  // Items the last meeting postponed (month s16 #5) come back: a standing one marked, any other put on again.
  const carried = carriedInto(await postponedInto(s, network, o.date), agenda);
  const standing = (await agendaFor(s, network, agenda, o.date)).map((i) => {
    const mark = carried.marked.get(i.title);
    return mark ? { ...i, detail: i.detail ? `${mark} · ${i.detail}` : mark } : i;
  });
  const full = withProposals(standing, [...carried.extra, ...(await acceptedProposals(s, network, o.date))]);
  const length = meetingLength(o, series);
  const { items, fitted } = fitShorterMeeting(full, length, meetingMinutes(series));
  const warning = checkTimeBoxes(items, length)[0] ?? '';
  const cutoff = proposalCutoff(o.date);
  const day = todayOf(s);
  // The agenda is built for a planned meeting, which knows its holiday; a bare occurrence has none.
  const ask = await holidayAskOf(s, network, o as Occurrence & Partial<PlannedMeeting>, day);
  const note = occurrenceNote(o, ask === undefined ? undefined : { day: ask, today: day });
  return {
    networkId: network.networkId,
    dateLabel: formatLong(o.date),
    when: `${occurrenceTime(o, s.config.timezone)}${series.place ? `, ${series.place}` : ''}`,
    moved: note ? t.agendaMoved(note) : '',
    items,
    warning: warning ? t.timeBoxWarning(warning) : '',
    fitted,
    cutoff: cutoff >= todayOf(s) ? t.agendaCutoff(formatShort(cutoff)) : '',
    editValue: agenda.map((i) => `${i.title} | ${i.minutes}`).join('\n'),
  };
}

/**
 * A moved or extra meeting shorter than the series gets its own, shortened time boxes, and says so to
 * everyone; an agenda too long for the series' own length stays the leaders' warning (month s16 #3).
 */
export function fitShorterMeeting<T extends { minutes: number }>(items: T[], length: number, seriesLength: number) {
  const total = items.reduce((sum, i) => sum + i.minutes, 0);
  if (length >= seriesLength || total <= length) return { items, fitted: '', total };
  const shortened = fitTimeBoxes(items, length);
  return shortened
    ? { items: shortened, fitted: meetingDayText.fitted(length, total), total }
    : { items, fitted: '', total };
}

/** This meeting's own length in minutes: an extra or moved meeting may be shorter than the series'. */
export function meetingLength(o: Pick<Occurrence, 'start' | 'end'> | null | undefined, series: Series): number {
  return (o && Math.round((o.end.getTime() - o.start.getTime()) / 60_000)) || meetingMinutes(series);
}

/**
 * The agenda as the notice everyone in the channel reads: the time-box warning is the leaders' to act
 * on (they get it when they save the fixed agenda or ask for it), not a message to members (month s14 #8).
 */
export async function agendaCardFor(s: Services, network: Network, o: Occurrence, changed = ''): Promise<AdaptiveCard> {
  const view = await agendaView(s, network, o);
  // The shortened time boxes of this meeting are everyone's to know; a fixed agenda too long is the leaders'.
  return agendaCard({ ...view, warning: view.fitted ?? '', changed });
}

export async function nextOccurrence(s: Services, network: Network): Promise<Occurrence | null> {
  return (await upcoming(s, network, 1))[0] ?? null;
}
