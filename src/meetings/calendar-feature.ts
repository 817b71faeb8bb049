import { z } from 'zod';
import { meetingChoiceCard } from '../../cards/meeting-choice.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type Feature } from '../commands/spec.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { calendarText as t } from '../i18n/calendar.ts';
import { seriesText } from '../i18n/index.ts';
import type { Network, Person } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { leaderMentions } from '../conversation/reach.ts';
import { guard } from '../privacy/guard.ts';
import type { JobHandler } from '../scheduler/scheduler.ts';
import { addDays, formatLong, formatShort, localDateOf, type LocalDate } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { holidaySuggestions, specialDay, type PlannedMeeting } from './occurrences.ts';
import {
  HOLIDAY_QUESTION,
  holidayAsked,
  holidayCardKey,
  meetingsIn,
  replanNotices,
  seriesOf,
  upcoming,
} from './planning.ts';
import type { MeetingRecord } from './repository.ts';
import { networkHere } from '../conversation/network.ts';
import { clockTimeOf } from '../time/clock-time.ts';

/** How many coming meetings a date typed in `flytt` or `avlys` is looked up among. */
const LOOKUP = 24;

const dm = (date: LocalDate) => `${Number(date.slice(8, 10))}.${date.slice(5, 7)}`;
const hhmm = (h: string, m: string | undefined) => {
  const hh = Number(h);
  const mm = m === undefined ? 0 : Number(m);
  return hh > 23 || mm > 59 ? null : `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
};

export type TimeRange = { start: string; end: string | null };

/** Splits "22.01 kl. 10:00–14:00" into the date words and the time, when there is one. Pure. */
export function splitTime(input: string): { rest: string; time: TimeRange | null } | { error: string } {
  const text = input.replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
  const range = /(?:^|\s)(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*-\s*(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?$/.exec(
    text,
  );
  if (range) {
    const start = hhmm(range[1] ?? '', range[2]);
    const end = hhmm(range[3] ?? '', range[4]);
    if (!start || !end || end <= start) return { error: t.badTime };
    return { rest: text.slice(0, range.index).trim(), time: { start, end } };
  }
  const single = /(?:^|\s)kl\.?\s*(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (single) {
    const start = hhmm(single[1] ?? '', single[2]);
    if (!start) return { error: t.badTime };
    return { rest: text.slice(0, single.index).trim(), time: { start, end: null } };
  }
  return { rest: text, time: null };
}

/** "flytt møtet (fra) 24.12 til 18.12 kl. 10-14" → the two date phrases and the time. Pure. */
export function splitMove(args: string): { from: string; to: string } | null {
  const m = /^(?:fra\s+|den\s+|på\s+)?(.+?)\s+til\s+(.+)$/i.exec(args.replace(/\s+/g, ' ').trim());
  return m ? { from: (m[1] ?? '').trim(), to: (m[2] ?? '').trim() } : null;
}

function endFor(start: string, seriesStart: string, seriesEnd: string): string {
  const mins = (x: string) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3, 5));
  const end = Math.min(mins(start) + (mins(seriesEnd) - mins(seriesStart)), 23 * 60 + 59);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

const timeOf = (m: PlannedMeeting, timeZone: string) => {
  return seriesText.time(clockTimeOf(m.start, timeZone), clockTimeOf(m.end, timeZone));
};

/**
 * `start møte` on a day with no planned meeting: the meeting is recorded as an extra one, and the
 * leaders get a button to link it to the next planned meeting instead. Called from the meetings
 * feature right after the meeting started; returns nothing when today was planned.
 */
export async function offScheduleStart(
  s: Services,
  network: Network,
  m: MeetingRecord,
  ctx: RequestContext,
): Promise<Reply[]> {
  const planned = await meetingsIn(s, network, m.date, m.date);
  if (planned.some((p) => p.status === 'planned')) return [];
  await s.store.meetingExceptions.set(
    network.tenantId,
    network.networkId,
    { date: m.date, kind: 'extra', to: null, start: null, end: null, reason: null, holiday: false },
    ctx.actor,
    s.clock.now(),
  );
  const next = (await upcoming(s, network, 3)).find((o) => o.date > m.date);
  if (!next) return [text(t.extraTitle)];
  return [
    card(
      meetingChoiceCard({
        title: t.extraTitle,
        message: t.extraMessage(formatShort(next.date)),
        choices: [
          {
            title: t.replacesButton(formatShort(next.date)),
            verb: 'meeting.replaces',
            networkId: network.networkId,
            date: next.date,
            meetingId: m.id,
          },
        ],
      }),
    ),
  ];
}

export { holidayAsked };

/** The data of the holiday question's buttons and of «Erstatter møtet …». */
type HolidayClick = { networkId: string; date: string; choice: string };
type ReplacesClick = { networkId: string; meetingId: string; date: string };

/** Moving, cancelling and adding single meetings; the holiday question; linking an unplanned start. */
export function calendarFeature(s: Services): Feature {
  const tz = () => s.config.timezone;
  const today = () => localDateOf(s.clock.now(), tz());
  const ex = () => s.store.meetingExceptions;

  const fail = (title: string, typed: string, example: string): Reply[] => [
    card(noticeCard({ title, typed, example, tone: 'error' })),
  ];

  async function comingMeetings(network: Network): Promise<PlannedMeeting[]> {
    return upcoming(s, network, LOOKUP);
  }

  function parseDate(
    phrase: string,
    next: LocalDate | null,
  ): { ok: true; date: LocalDate } | { ok: false; error: string } {
    const cleaned = phrase.replace(/^(fra|den|på)\s+/i, '').replace(/^møtet\s+/i, '');
    const d = parseNorwegianDate(cleaned, { now: s.clock.now(), timeZone: tz(), nextMeeting: next });
    return d.ok ? d : { ok: false, error: d.error };
  }

  /** The longest leading words that read as a date, and what follows (a reason). */
  function leadingDate(args: string, next: LocalDate | null): { date: LocalDate; rest: string } | null {
    const words = args
      .replace(/^(fra|den|på)\s+/i, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    for (let n = Math.min(4, words.length); n >= 1; n--) {
      const d = parseDate(words.slice(0, n).join(' '), next);
      if (d.ok)
        return {
          date: d.date,
          rest: words
            .slice(n)
            .join(' ')
            .replace(/^[,:–-]\s*/, '')
            .replace(/^(fordi|grunn:?|på grunn av)\s+/i, ''),
        };
    }
    return null;
  }

  /** "flytt neste møte til 18.12" / "avlys neste møte": the words name the meeting themselves. */
  const aboutNext = (ctx: RequestContext, args: string) =>
    /^(flytt|flytte|avlys|avlyse)\s+(det\s+)?neste\s+møte/i.test(ctx.text.trim())
      ? `neste møte ${args.trim()}`
      : args.trim();

  const nextList = (ms: PlannedMeeting[]) =>
    ms
      .slice(0, 3)
      .map((o) => formatShort(o.date))
      .join(', ');

  /**
   * A planned meeting to another day: an extra meeting is taken away and set again on the new day,
   * one of the series is marked moved (so its own day stays known).
   */
  async function moveOccurrence(
    network: Network,
    meeting: PlannedMeeting,
    to: string,
    times: { start: string | null; end: string | null },
    by: Person,
    now: Date,
  ): Promise<void> {
    const fields = { ...times, reason: null, holiday: false };
    if (meeting.kind === 'extra') {
      await ex().remove(network.tenantId, network.networkId, meeting.uidDate);
      await ex().set(network.tenantId, network.networkId, { date: to, kind: 'extra', to: null, ...fields }, by, now);
    } else {
      await ex().set(
        network.tenantId,
        network.networkId,
        { date: meeting.uidDate, kind: 'moved', to, ...fields },
        by,
        now,
      );
    }
  }

  /** A leader's change to a coming meeting: the network, its meetings ahead and the next one still to come; or the refusal. */
  async function leaderAndComing(
    ctx: RequestContext,
    what: string,
  ): Promise<{ refused: Reply } | { network: Network; coming: PlannedMeeting[]; first: PlannedMeeting | undefined }> {
    const network = networkHere(ctx);
    const refused = await requireLeader(s.store, ctx, what);
    if (refused) return { refused };
    const coming = await comingMeetings(network);
    // "neste møte" is the next one still to come, not one held today.
    const first = coming.find((o) => o.date > today()) ?? coming[0];
    return { network, coming, first };
  }

  async function move(ctx: RequestContext, args: string): Promise<Reply[]> {
    const ahead = await leaderAndComing(ctx, t.moveWhat);
    if ('refused' in ahead) return [ahead.refused];
    const { network, coming, first } = ahead;
    const example = first ? `flytt møte ${dm(first.date)} til ${dm(addDays(first.date, -7))}` : t.commands.move.example;
    const typed = aboutNext(ctx, args);
    const parts = splitMove(typed);
    if (!parts) return fail(t.noTarget, typed, example);
    const from = parseDate(parts.from, first?.date ?? null);
    if (!from.ok) return fail(from.error, typed, example);
    const meeting = coming.find((o) => o.date === from.date);
    if (!meeting) return fail(t.noMeetingOn(formatShort(from.date), nextList(coming)), typed, example);
    const split = splitTime(parts.to);
    if ('error' in split) return fail(split.error, typed, example);
    const to = parseDate(split.rest, null);
    if (!to.ok) return fail(to.error, typed, example);
    if (to.date < today()) return fail(t.pastDate(formatShort(to.date)), typed, example);
    if (to.date !== meeting.date && coming.some((o) => o.date === to.date))
      return fail(t.alreadyMeeting(formatShort(to.date)), typed, example);
    if (to.date === meeting.date && !split.time) return fail(t.sameDate, typed, example);
    const { series } = await seriesOf(s, network);
    const previous = (await ex().list(network.tenantId, network.networkId)).find((e) => e.date === meeting.uidDate);
    const start = split.time?.start ?? previous?.start ?? null;
    const end = split.time
      ? (split.time.end ?? endFor(split.time.start, series.start, series.end))
      : (previous?.end ?? null);
    const now = s.clock.now();
    await moveOccurrence(network, meeting, to.date, { start, end }, ctx.actor, now);
    const movedProposals =
      to.date === meeting.date
        ? 0
        : await ex().moveProposals(network.tenantId, network.networkId, meeting.date, to.date);
    await replanNotices(s, network);
    const after = (await comingMeetings(network)).find((o) => o.date === to.date);
    const time = after ? timeOf(after, tz()) : '';
    const special = specialDay(to.date);
    const lines = [
      to.date === meeting.date
        ? t.timeChanged(formatLong(to.date), time)
        : t.moved(formatLong(meeting.date), formatLong(to.date), time),
      movedProposals ? t.proposalsMoved(movedProposals) : '',
      t.noticesFollow,
      special ? t.onSpecialDay(special) : '',
    ];
    ctx.log.info({ from: meeting.date, to: to.date }, 'meeting moved');
    return [text(lines.filter(Boolean).join(' '))];
  }

  async function cancel(ctx: RequestContext, args: string): Promise<Reply[]> {
    const ahead = await leaderAndComing(ctx, t.cancelWhat);
    if ('refused' in ahead) return [ahead.refused];
    const { network, coming, first } = ahead;
    const example = first ? `avlys møte ${dm(first.date)} for få saker` : t.commands.cancel.example;
    const typed = aboutNext(ctx, args);
    if (!typed) return fail(t.noDate, typed, example);
    const lead = leadingDate(typed, first?.date ?? null);
    if (!lead) return fail(t.noDate, typed, example);
    const meeting = coming.find((o) => o.date === lead.date);
    if (!meeting) return fail(t.noMeetingOn(formatShort(lead.date), nextList(coming)), typed, example);
    const g = guard(lead.rest);
    if (!g.ok) return [text(g.message)];
    const reason = lead.rest.trim().slice(0, 300) || null;
    const now = s.clock.now();
    if (meeting.kind === 'extra') await ex().remove(network.tenantId, network.networkId, meeting.uidDate);
    else
      await ex().set(
        network.tenantId,
        network.networkId,
        { date: meeting.uidDate, kind: 'cancelled', to: null, start: null, end: null, reason, holiday: false },
        ctx.actor,
        now,
      );
    await replanNotices(s, network);
    // Proposals are never dropped: they go to the next meeting.
    const next = (await comingMeetings(network)).find((o) => o.date > meeting.date);
    const moved = next ? await ex().moveProposals(network.tenantId, network.networkId, meeting.date, next.date) : 0;
    ctx.log.info({ date: meeting.date }, 'meeting cancelled');
    return [
      text(
        [
          t.cancelled(formatLong(meeting.date), reason ?? ''),
          moved && next ? t.proposalsToNext(moved, formatShort(next.date)) : '',
        ]
          .filter(Boolean)
          .join(' '),
      ),
    ];
  }

  async function extra(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    const refused = await requireLeader(s.store, ctx, t.extraWhat);
    if (refused) return [refused];
    const typed = args.trim();
    const example = t.commands.extra.example;
    const split = splitTime(typed);
    if ('error' in split) return fail(split.error, typed, example);
    if (!split.rest) return fail(t.noDate, typed, example);
    const d = parseDate(split.rest, null);
    if (!d.ok) return fail(d.error, typed, example);
    if (d.date < today()) return fail(t.pastDate(formatShort(d.date)), typed, example);
    const coming = await comingMeetings(network);
    if (coming.some((o) => o.date === d.date)) return fail(t.alreadyMeeting(formatShort(d.date)), typed, example);
    const { series } = await seriesOf(s, network);
    const start = split.time?.start ?? null;
    const end = split.time ? (split.time.end ?? endFor(split.time.start, series.start, series.end)) : null;
    await ex().set(
      network.tenantId,
      network.networkId,
      { date: d.date, kind: 'extra', to: null, start, end, reason: null, holiday: false },
      ctx.actor,
      s.clock.now(),
    );
    await replanNotices(s, network);
    const special = specialDay(d.date);
    return [
      text(
        [
          t.extraAdded(formatLong(d.date), seriesText.time(start ?? series.start, end ?? series.end)),
          special ? t.onSpecialDay(special) : '',
        ]
          .filter(Boolean)
          .join(' '),
      ),
    ];
  }

  // ---------- the holiday question ----------

  function holidayQuestion(network: Network, m: PlannedMeeting) {
    return meetingChoiceCard({
      title: t.holidayTitle(formatLong(m.uidDate), m.conflict ?? ''),
      message: t.holidayMessage,
      choices: [
        ...holidaySuggestions(m.uidDate).map((d) => ({
          title: t.holidayMove(formatLong(d)),
          verb: 'meeting.holiday' as const,
          networkId: network.networkId,
          date: m.uidDate,
          choice: d,
        })),
        {
          title: t.holidaySkip,
          verb: 'meeting.holiday' as const,
          networkId: network.networkId,
          date: m.uidDate,
          choice: 'skip',
        },
        {
          title: t.holidayKeep,
          verb: 'meeting.holiday' as const,
          networkId: network.networkId,
          date: m.uidDate,
          choice: 'keep',
        },
      ],
    });
  }

  const jobs: JobHandler[] = [
    {
      kind: HOLIDAY_QUESTION,
      async run(job) {
        const network = await s.store.networks.get(job.tenantId, job.networkId);
        if (!network?.active) return;
        const date = (job.payload as { date: string }).date;
        const m = (await upcoming(s, network, 6)).find((o) => o.uidDate === date && o.conflict);
        if (!m) return;
        const { mentions } = await leaderMentions(s.store, network);
        const posted = await s.messenger.startThread(network, {
          card: holidayQuestion(network, m),
          summary: t.holidaySummary(formatShort(m.uidDate)),
          mentions,
        });
        await s.store.networks.setSetting(network.tenantId, network.networkId, holidayCardKey(date), posted);
      },
    },
  ];

  /** The holiday question's buttons: skip, keep, or one of the days offered. */
  async function decideHoliday(ctx: RequestContext, data: HolidayClick): Promise<ActionResult> {
    const checked = await leaderCardNetwork(s.store, ctx, data.networkId, t.holidayWhat);
    if ('refused' in checked) return checked.refused;
    const { network } = checked;
    const m = (await meetingsIn(s, network, today(), addDays(today(), 400))).find(
      (o) => o.uidDate === data.date && o.status === 'planned',
    );
    const special = specialDay(data.date);
    if (!m || !special) return { kind: 'message', text: t.holidayGone };
    const choices = holidaySuggestions(data.date);
    const now = s.clock.now();
    const base = { date: data.date, to: null, start: null, end: null, reason: special, holiday: true };
    let done: string;
    if (data.choice === 'skip') {
      await ex().set(network.tenantId, network.networkId, { ...base, kind: 'cancelled' }, ctx.actor, now);
      done = t.holidayDecidedSkip(ctx.actor.name);
    } else if (data.choice === 'keep') {
      await ex().set(network.tenantId, network.networkId, { ...base, kind: 'kept' }, ctx.actor, now);
      done = t.holidayDecidedKeep(ctx.actor.name);
    } else if (choices.includes(data.choice) && data.choice >= today()) {
      await ex().set(network.tenantId, network.networkId, { ...base, kind: 'moved', to: data.choice }, ctx.actor, now);
      done = t.holidayDecidedMove(formatLong(data.choice), ctx.actor.name);
    } else {
      return { kind: 'message', text: t.holidayBadChoice };
    }
    await replanNotices(s, network);
    const target =
      data.choice === 'skip'
        ? (await comingMeetings(network)).find((o) => o.date > m.date)?.date
        : data.choice === 'keep'
          ? null
          : data.choice;
    if (target && target !== m.date) await ex().moveProposals(network.tenantId, network.networkId, m.date, target);
    const decided = meetingChoiceCard({ title: t.holidayTitle(formatLong(data.date), special), done });
    const refs = new Set<string>();
    const stored = await s.store.networks.getSetting<{ conversationId: string; activityId: string }>(
      network.tenantId,
      network.networkId,
      holidayCardKey(data.date),
    );
    if (stored) refs.add(stored.activityId);
    if (ctx.scope.cardActivityId) refs.add(ctx.scope.cardActivityId);
    for (const id of refs) {
      await s.messenger
        .update(network.conversation, id, { card: decided }, ctx.scope.threadId)
        .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update holiday card'));
    }
    ctx.log.info({ date: data.date, choice: data.choice }, 'holiday meeting decided');
    return { kind: 'card', card: decided };
  }

  /** «Erstatter møtet …»: the running meeting takes the planned one's place and its accepted proposals. */
  async function replaces(ctx: RequestContext, data: ReplacesClick): Promise<ActionResult> {
    const checked = await leaderCardNetwork(s.store, ctx, data.networkId, t.replaceWhat);
    if ('refused' in checked) return checked.refused;
    const { network } = checked;
    const running = await s.store.meetings.running(network.tenantId, network.networkId);
    const planned = (await comingMeetings(network)).find((o) => o.date === data.date);
    if (!running || running.id !== data.meetingId || !planned || planned.date <= running.date)
      return { kind: 'message', text: t.replaceGone };
    const now = s.clock.now();
    await ex().remove(network.tenantId, network.networkId, running.date);
    await moveOccurrence(network, planned, running.date, { start: null, end: null }, ctx.actor, now);
    // The replaced meeting's accepted proposals join the running meeting's agenda, before Eventuelt.
    const accepted = (await s.store.meetings.proposals(network.tenantId, network.networkId, planned.date)).filter(
      (p) => p.status === 'accepted',
    );
    await ex().moveProposals(network.tenantId, network.networkId, planned.date, running.date);
    if (accepted.length) {
      const agenda = z
        .array(z.object({ title: z.string(), minutes: z.number().optional() }).passthrough())
        .catch([])
        .parse(running.agenda);
      const at = agenda.findIndex((i) => /eventuelt/i.test(i.title));
      const insertAt = at >= 0 ? at : agenda.length;
      const added = accepted
        .filter((p) => !agenda.some((i) => i.title === p.text))
        .map((p) => ({ title: p.text, minutes: 10 }));
      await ex().setMeetingAgenda(network.tenantId, network.networkId, running.id, [
        ...agenda.slice(0, insertAt),
        ...added,
        ...agenda.slice(insertAt),
      ]);
    }
    await replanNotices(s, network);
    const done = t.replacedDone(formatShort(planned.date), ctx.actor.name);
    const c = meetingChoiceCard({
      title: t.extraTitle,
      message: t.replaced(formatShort(planned.date), accepted.length),
      done,
    });
    if (ctx.scope.cardActivityId)
      await s.messenger
        .update(network.conversation, ctx.scope.cardActivityId, { card: c }, ctx.scope.threadId)
        .catch((err: unknown) =>
          ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update the clicked meeting card'),
        );
    ctx.log.info({ meetingId: running.id, replaces: planned.date }, 'meeting linked to planned date');
    return { kind: 'card', card: c };
  }

  const cmd = commandFamily('calendar', t, ['channel', 'groupChat']);
  const ids = { networkId: z.string().min(1).max(300), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) };
  return {
    name: 'calendar',
    commands: [
      cmd(
        'move',
        ['flytt møte', 'flytt møtet', 'flytte møte', 'flytte møtet', 'flytt neste møte', 'flytt det neste møtet'],
        move,
      ),
      cmd(
        'cancel',
        ['avlys møte', 'avlys møtet', 'avlyse møte', 'avlyse møtet', 'avlys neste møte', 'avlys det neste møtet'],
        cancel,
      ),
      cmd('extra', ['ekstra møte', 'ekstramøte', 'nytt møte'], extra),
    ],
    actions: [
      { verb: 'meeting.holiday', schema: z.object({ ...ids, choice: z.string().min(1).max(20) }), run: decideHoliday },
      { verb: 'meeting.replaces', schema: z.object({ ...ids, meetingId: z.string().min(1).max(20) }), run: replaces },
    ],
    jobs,
  };
}
