import { clockTimeOf } from '../time/clock-time.ts';
import { z } from 'zod';
import type { TaskOwner } from '../tasks/task.ts';
import { localDateOf } from '../time/local-date.ts';
import { carriesNationalId } from '../privacy/guard.ts';
import { readMonth } from './month-words.ts';
import { meetingText } from '../i18n/index.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';
import { formatShort } from '../time/local-date.ts';

// The meeting log: append-only entries, from which the minutes are derived. Nothing in a log is
// ever edited; `angre` and corrections are entries too, so the minutes can always be rebuilt.

const person = z.object({ id: z.string(), aadObjectId: z.string().optional(), name: z.string() });
const owner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), id: z.string(), aadObjectId: z.string().optional(), name: z.string() }),
  z.object({ kind: z.literal('municipality'), name: z.string() }),
]);
// `line`: entries written by one typed line (e.g. `til stede Nes, Hurdal`) share it, so `angre` takes back the whole line.
const base = {
  id: z.string(),
  at: z.string(),
  author: person,
  item: z.number().int().min(0),
  line: z.string().optional(),
  /** The Teams message the entry was typed in, so an edit or deletion of that message reaches it. */
  activityId: z.string().optional(),
};

/** «10:00»–«14:00» as the calendar had it. */
const clockSpan = z.object({ start: z.string(), end: z.string() });

export const entrySchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('start') }),
  z.object({ ...base, kind: z.literal('move'), to: z.number().int().min(1) }),
  z.object({
    ...base,
    kind: z.literal('attendance'),
    municipality: z.string().min(1),
    status: z.enum(['present', 'absent']),
    /** What was typed in brackets after the name, «kom 10:30» (month s15 #6). */
    note: z.string().max(100).optional(),
  }),
  z.object({ ...base, kind: z.literal('note'), text: z.string() }),
  z.object({ ...base, kind: z.literal('decision'), text: z.string() }),
  z.object({
    ...base,
    kind: z.literal('task'),
    text: z.string(),
    owners: z.array(owner),
    due: z.string().nullable(),
    taskId: z.string().optional(),
  }),
  z.object({ ...base, kind: z.literal('undo'), target: z.string() }),
  z.object({ ...base, kind: z.literal('correction'), target: z.string(), text: z.string() }),
  /** Removes an entry after the meeting (`rett referat`); kept in the log like every other entry. */
  z.object({ ...base, kind: z.literal('removal'), target: z.string() }),
  z.object({
    ...base,
    kind: z.literal('approval'),
    meetingId: z.string(),
    meetingDate: z.string(),
    /** A correction made to those minutes after they were approved, approved here (month round 8b). */
    correction: z.boolean().optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('end'),
    /**
     * What the calendar said at the end, so the minutes (a pure function of the log) can name the
     * meeting's own time, the date it was moved from and the next meeting (month s14 #17). Optional:
     * logs ended before have none, and their minutes are as they were.
     */
    time: clockSpan.optional(),
    movedFrom: z.string().optional(),
    next: clockSpan.extend({ date: z.string() }).optional(),
  }),
  /**
   * A change of existing tasks typed in the meeting («T1 er ferdig», «oppgave T2 utsett 15.10»): the steps of
   * each task's history it wrote, so «angre» can take the line back like any other (month round 9, N6). The
   * minutes read the change itself from the task's history (task-follow-up.ts); this entry adds nothing to them.
   */
  z.object({
    ...base,
    kind: z.literal('taskchange'),
    changes: z.array(z.object({ taskId: z.string(), seqs: z.array(z.number().int()) })),
  }),
  /** «utsett punkt 6 til neste møte» (month s16 #5): the item goes to the next meeting's agenda; «angre» takes it back. */
  z.object({ ...base, kind: z.literal('postpone'), postponed: z.number().int().min(1) }),
  /** A line asked about («Mente du «info:»?») and not yet saved: `text` is the line as meant (N6, round 8b). */
  z.object({ ...base, kind: z.literal('asked'), text: z.string() }),
]);

export type Entry = z.infer<typeof entrySchema>;
export type EntryKind = Entry['kind'];
type Undoable = Extract<Entry, { kind: 'attendance' | 'note' | 'decision' | 'task' | 'approval' | 'postpone' }>;
/** What one «angre» can take back: a line for the minutes, or a change of tasks typed in the meeting. */
export type AngreTarget = Undoable | Extract<Entry, { kind: 'taskchange' }>;

const UNDOABLE = new Set<EntryKind>(['attendance', 'note', 'decision', 'task', 'approval', 'postpone']);
const ANGRE = new Set<EntryKind>([...UNDOABLE, 'taskchange']);

export interface AgendaItemRef {
  title: string;
}

export interface MinutesItem {
  index: number;
  title: string;
  notes: string[];
  decisions: string[];
  tasks: {
    text: string;
    owners: string[];
    due: string | null;
    taskId?: string;
    /** Follow-up lines about this task made later in the same meeting («ny frist 19.02.2027»), in order. */
    later?: string[];
  }[];
  /**
   * Decisions and notes in the order they were written, when that is not decisions first (month s13 #15:
   * an «info:» written before the «vedtak:» it led to came after it). Absent: decisions, then notes.
   */
  written?: ('decision' | 'note')[];
  /** Postponed to the next meeting in this one (month s16 #5). */
  postponed?: boolean;
}

export interface Minutes {
  meetingId: string;
  date: string;
  title: string;
  present: string[];
  absent: string[];
  /** On the network's list of municipalities but neither present nor absent. */
  notRegistered: string[];
  approvedPrevious: { meetingId: string; meetingDate: string } | null;
  /** The previous minutes, and whether this meeting approved them (only when there were any). */
  previous: { meetingDate: string; approved: boolean } | null;
  /** Every earlier minutes up for approval at this meeting, oldest first, and whether it approved them (N22). */
  awaiting?: { meetingDate: string; approved: boolean }[];
  /** How many older minutes were also up and not approved, named by count only (review 2, HIGH 3). */
  olderAwaiting?: number;
  /** Corrections made after the meeting ended: when and by whom, oldest first. */
  corrections: { date: string; by: string; afterApproval?: boolean; changes?: TextChange[] }[];
  /** Earlier minutes whose correction after approval this meeting approved (dates, in order). */
  approvedCorrections?: string[];
  /** The meeting's time, the date it was moved from and the next meeting, as recorded at the end. */
  held?: {
    start: string;
    end: string;
    movedFrom?: string;
    /** The real clock times from the log, when the meeting ran past its plan or was ended another day (s15 #12). */
    ran?: { start: string; end: string };
    /** The day «avslutt møte» came, when later than the meeting's own day. */
    endedOn?: string;
  };
  next?: { date: string; start: string; end: string };
  items: MinutesItem[];
  /**
   * Items the ended meeting never went to and recorded nothing under, nor postponed (month s16 #5): only
   * when the meeting moved through its agenda at all, since otherwise the bot cannot tell what was taken.
   */
  notDealtWith?: { index: number; title: string }[];
  tasksByOwner: { owner: string; tasks: { text: string; due: string | null; taskId?: string }[] }[];
  counts: { notes: number; decisions: number; tasks: number; undone: number };
}

export function ownerLabel(o: TaskOwner): string {
  return o.kind === 'person' ? o.name : o.name;
}

/**
 * The row a task stands under in «Oppgaver etter ansvarlig»: its owners together («Ola Hansen og Per Olsen»),
 * so a shared task is listed once with both names, not once per owner (month s15 #15). Sorted, so the same
 * pair collects all its tasks in one row.
 */
export function ownersGroup(owners: readonly TaskOwner[]): string {
  return meetingText.dateList([...new Set(owners.map(ownerLabel))].sort((a, b) => a.localeCompare(b, 'nb')));
}

/**
 * One line changed after the meeting. A corrected decision is shown by its wording as it stands now,
 * never as it stood: «rett referat» is how a leader takes out a child's or a family's detail, so the
 * old words are never written again, nor the words of an earlier correction a later one replaced (a
 * replay of the whole log must not bring them back). Only when the two differ in figures or dates
 * alone (350 000 → 320 000, 12. mars → 19. mars) are the old figures named, since no words can hide
 * in them; a note or a removed line is named by its kind only (review s14 #1).
 */
export type TextChange =
  | { kind: 'decision'; now: string; figures?: { from: string; to: string } }
  | { kind: 'decision' | 'note' | 'task' | 'attendance' | 'line'; removed: boolean };

/**
 * What each correction or removal after the end did to the line it aimed at, by entry id (month s14
 * #9). A line the log never had (a task-status line, made from the task's history) is a 'line'.
 */
export function textChanges(log: readonly Entry[]): Map<string, TextChange> {
  const current = new Map<string, { kind: Entry['kind']; text: string }>();
  // The wording each line has at the end of the log; a line since removed or undone has none to show.
  const standing = new Map(effectiveEntries(log).map((e) => [e.id, 'text' in e ? String(e.text) : '']));
  const out = new Map<string, TextChange>();
  let ended = false;
  for (const e of log) {
    if (e.kind === 'end') ended = true;
    else if (e.kind === 'start') ended = false;
    if (e.kind === 'correction' || e.kind === 'removal') {
      const was = current.get(e.target);
      const kind =
        was && ['note', 'task', 'attendance', 'decision'].includes(was.kind)
          ? (was.kind as 'decision' | 'note' | 'task' | 'attendance')
          : 'line';
      const now = standing.get(e.target);
      if (ended) {
        if (kind === 'decision' && was && e.kind === 'correction' && now !== undefined) {
          const figures = figuresOnly(was.text, e.text);
          out.set(e.id, { kind, now, ...(figures ? { figures } : {}) });
        } else out.set(e.id, { kind, removed: e.kind === 'removal' });
      }
      if (was && e.kind === 'correction') current.set(e.target, { ...was, text: e.text });
    } else current.set(e.id, { kind: e.kind, text: 'text' in e && typeof e.text === 'string' ? e.text : '' });
  }
  return out;
}

// A figure, an amount, a clock time or a date as typed: «350», «000,-», «12.», «19.03.2027», «kl.».
const FIGURE = /^[\d.,:/\-–]*\d[\d.,:/\-–]*$/u;

/**
 * The part that differs when two wordings differ in figures or dates alone («… 350 000 kr …» vs
 * «… 320 000 kr …» gives 350 → 320), else null. A month's name counts as part of a date; a figure that
 * could be an identity number never counts, so it is not written again either.
 */
export function figuresOnly(from: string, to: string): { from: string; to: string } | null {
  const a = from.trim().split(/\s+/);
  const b = to.trim().split(/\s+/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const was = a.slice(head, a.length - tail);
  const is = b.slice(head, b.length - tail);
  if (!was.length || !is.length) return null;
  const dateWord = (w: string) => FIGURE.test(w) || readMonth(w.replace(/[.,]$/, '')) !== null;
  if (![...was, ...is].every(dateWord)) return null;
  if (carriesNationalId(from) || carriesNationalId(to)) return null;
  return { from: was.join(' '), to: is.join(' ') };
}

/** Entries still in force: undone ones removed, corrections applied to the text they replace. */
export function effectiveEntries(entries: readonly Entry[]): Entry[] {
  const undone = new Set(entries.flatMap((e) => (e.kind === 'undo' || e.kind === 'removal' ? [e.target] : [])));
  const corrected = new Map<string, string>();
  for (const e of entries) if (e.kind === 'correction' && !undone.has(e.id)) corrected.set(e.target, e.text);
  return entries
    .filter(
      (e) =>
        !undone.has(e.id) &&
        e.kind !== 'undo' &&
        e.kind !== 'correction' &&
        e.kind !== 'removal' &&
        e.kind !== 'asked' &&
        e.kind !== 'taskchange',
    )
    .map((e) => {
      const text = 'text' in e ? corrected.get(e.id) : undefined;
      return text === undefined ? e : { ...e, text };
    });
}

/**
 * The entry `angre` takes back: that person's last content entry, or change of tasks, still in force.
 * A task change is never skipped for an older line (month round 9, N6).
 */
export function lastUndoable(entries: readonly Entry[], authorId: string): AngreTarget | null {
  const live = new Set(effectiveEntries(entries).map((e) => e.id));
  const undone = new Set(entries.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!e || e.author.id !== authorId || !ANGRE.has(e.kind)) continue;
    if (e.kind === 'taskchange' ? !undone.has(e.id) : live.has(e.id)) return e as AngreTarget;
  }
  return null;
}

/** Everything one `angre` takes back: the person's last live entry and the rest of the line it was typed on. */
export function undoTargets(entries: readonly Entry[], authorId: string): AngreTarget[] {
  const last = lastUndoable(entries, authorId);
  if (!last) return [];
  if (last.kind === 'taskchange') return [last];
  if (!last.line) return [last];
  const live = new Set(effectiveEntries(entries).map((e) => e.id));
  return entries.filter((e): e is Undoable => e.line === last.line && live.has(e.id) && UNDOABLE.has(e.kind));
}

/** The live content entries typed in one message by one person (what editing or deleting that message changes). */
export function entriesOfMessage(entries: readonly Entry[], activityId: string, authorId: string): Undoable[] {
  const live = new Set(effectiveEntries(entries).map((e) => e.id));
  return entries.filter(
    (e): e is Undoable =>
      e.activityId === activityId && e.author.id === authorId && UNDOABLE.has(e.kind) && live.has(e.id),
  );
}

const CHANGES_AFTER_END = new Set<EntryKind>(['correction', 'removal', 'note', 'decision']);

/**
 * What changed the minutes while the meeting was not running: after an «end» and before it was reopened
 * (a «start» after it); an edit made in the reopened meeting is part of the meeting, as before the first
 * end. A correction, a removal, or a waiting «Mente du …» line saved after the end (N6, round 8b). The one
 * rule for the minutes' «Rettet …» and for approved minutes going up for approval again (review 1, M3).
 */
export function changesAfterEnd(log: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  let ended = false;
  for (const e of log) {
    if (e.kind === 'end') ended = true;
    else if (e.kind === 'start') ended = false;
    else if (ended && CHANGES_AFTER_END.has(e.kind)) out.push(e);
  }
  return out;
}

/** The agenda item the meeting is on after all entries so far (1 when nothing moved it). */
export function currentItem(entries: readonly Entry[]): number {
  let item = 1;
  for (const e of entries) if (e.kind === 'move') item = e.to;
  return item;
}

/** What the last end entry recorded of the calendar (a reopened meeting's last end counts). */
function calendarAtEnd(log: readonly Entry[], date: string, timeZone: string): Pick<Minutes, 'held' | 'next'> {
  const end = log.findLast((e) => e.kind === 'end');
  if (end?.kind !== 'end') return {};
  return {
    ...(end.time
      ? {
          held: {
            ...end.time,
            ...(end.movedFrom ? { movedFrom: end.movedFrom } : {}),
            ...ranLate(log, end, date, timeZone),
          },
        }
      : {}),
    ...(end.next ? { next: end.next } : {}),
  };
}

/**
 * A meeting still running after its planned end, or ended days later (month s15 #12: «kl. 09:00–15:30»
 * stood for one that ran to 16:03 and was closed 11 days on): the real times from the log. Ended another
 * day, the meeting's own day ends at its last line; the lines after that day are not the meeting's time.
 */
function ranLate(
  log: readonly Entry[],
  end: Extract<Entry, { kind: 'end' }>,
  date: string,
  timeZone: string,
): { ran?: { start: string; end: string }; endedOn?: string } {
  if (!end.time) return {};
  const onDay = (e: Entry) => localDateOf(new Date(e.at), timeZone) === date;
  const clock = (e: Entry) => clockTimeOf(new Date(e.at), timeZone);
  const endedOn = localDateOf(new Date(end.at), timeZone);
  const start = log.find((e) => e.kind === 'start');
  const last = endedOn === date ? end : log.findLast((e) => e !== end && onDay(e));
  const later = endedOn > date ? { endedOn } : {};
  if (!start || !onDay(start) || !last || clock(last) <= end.time.end) return later;
  return { ran: { start: clock(start), end: clock(last) }, ...later };
}

/** The minutes: a pure function of the meeting and its log, so they can be rebuilt at any time. */
export function buildMinutes(
  meeting: {
    id: string;
    date: string;
    title: string;
    agenda: readonly AgendaItemRef[];
    previous?: { id: string; date: string } | null;
    /** The minutes up for approval at this meeting, oldest first (`awaitingApproval`). */
    awaiting?: readonly { id: string; date: string }[];
    olderAwaiting?: number;
    /** When these minutes were approved: a correction after it says so (month round 8b, N21). */
    approvedAt?: string | null;
    municipalities?: readonly string[];
    /** The network's time zone (`config.timezone`) for the real clock times and «avsluttet <dato>» (review s15 #12). */
    timeZone: string;
  },
  log: readonly Entry[],
  /** Task changes made during the meeting and the tasks open at its end (src/meetings/task-follow-up.ts). */
  followUp?: {
    lines: readonly { item: number; text: string; id?: string; at?: string }[];
    openByOwner: Minutes['tasksByOwner'];
  } | null,
): Minutes {
  // Month s16 #10: a line typed days after the meeting's own day, in a meeting left open, is marked with its
  // date, so it is not read as said in the meeting. Lines after the end are corrections, named as such.
  const endAt = log.findIndex((e) => e.kind === 'end');
  const beforeEnd = new Set((endAt < 0 ? log : log.slice(0, endAt)).map((e) => e.id));
  const firstEnd = endAt < 0 ? '\uffff' : log[endAt]!.at;
  const lateDay = (at: string | undefined) => {
    if (!at || at === '~') return null;
    const day = localDateOf(new Date(at), meeting.timeZone);
    return day > meeting.date ? formatShort(day) : null;
  };
  const marked = (text: string, at: string | undefined) => {
    const day = lateDay(at);
    if (!day) return text;
    return `${text} ${text.includes(day) ? meetingDayText.lateMarkDated : meetingDayText.lateMark(day)}`;
  };
  const entries = effectiveEntries(log).map((e) =>
    (e.kind === 'note' || e.kind === 'decision') && beforeEnd.has(e.id) && lateDay(e.at)
      ? { ...e, text: marked(e.text, e.at) }
      : e,
  );
  const attendance = new Map<string, 'present' | 'absent'>();
  const attendanceNotes = new Map<string, string>();
  const items: MinutesItem[] = meeting.agenda.map((a, i) => ({
    index: i + 1,
    title: a.title,
    notes: [],
    decisions: [],
    tasks: [],
  }));
  const itemAt = (n: number): MinutesItem => {
    let it = items.find((x) => x.index === n);
    if (!it) {
      it = { index: n, title: `Punkt ${n}`, notes: [], decisions: [], tasks: [] };
      items.push(it);
      items.sort((a, b) => a.index - b.index);
    }
    return it;
  };
  // When each note was recorded, so the follow-up lines can be put among them in order (month round 7, N15).
  const times = new Map<MinutesItem, string[]>();
  const noteTimes = (it: MinutesItem) => times.get(it) ?? times.set(it, []).get(it)!;
  const decided = new Map<MinutesItem, string[]>();
  const byOwner = new Map<string, Minutes['tasksByOwner'][number]>();
  let approvedPrevious: Minutes['approvedPrevious'] = null;
  const approvedCorrections: string[] = [];
  const approvedHere = new Set<string>();
  const counts = { notes: 0, decisions: 0, tasks: 0, undone: log.filter((e) => e.kind === 'undo').length };
  for (const e of entries) {
    switch (e.kind) {
      case 'attendance':
        attendance.set(e.municipality, e.status);
        if (e.note) attendanceNotes.set(e.municipality, e.note);
        else attendanceNotes.delete(e.municipality);
        break;
      case 'note':
        itemAt(e.item).notes.push(e.text);
        noteTimes(itemAt(e.item)).push(e.at);
        counts.notes++;
        break;
      case 'decision':
        itemAt(e.item).decisions.push(e.text);
        (decided.get(itemAt(e.item)) ?? decided.set(itemAt(e.item), []).get(itemAt(e.item))!).push(e.at);
        counts.decisions++;
        break;
      case 'task': {
        const owners = e.owners.map(ownerLabel);
        itemAt(e.item).tasks.push({ text: e.text, owners, due: e.due, taskId: e.taskId });
        const o = ownersGroup(e.owners);
        const g = byOwner.get(o) ?? { owner: o, tasks: [] };
        g.tasks.push({ text: e.text, due: e.due, taskId: e.taskId });
        byOwner.set(o, g);
        counts.tasks++;
        break;
      }
      case 'postpone':
        itemAt(e.postponed).postponed = true;
        break;
      case 'approval':
        if (e.correction) {
          approvedCorrections.push(e.meetingDate);
          break;
        }
        approvedPrevious = { meetingId: e.meetingId, meetingDate: e.meetingDate };
        approvedHere.add(e.meetingId);
        break;
      default:
        break;
    }
  }
  // Follow-up lines read like notes in the minutes but are not counted as notes taken. A change of a task
  // made earlier in this meeting follows that task's line, so nothing is changed before it is introduced
  // (month round 6, N10: «ny frist» stood above the task it moved).
  const madeHere = new Map(items.flatMap((it) => it.tasks.flatMap((x) => (x.taskId ? [[x.taskId, x] as const] : []))));
  for (const raw of followUp?.lines ?? []) {
    const f = { ...raw, text: raw.at && raw.at <= firstEnd ? marked(raw.text, raw.at) : raw.text };
    const task = madeHere.get(/^fu-(T\d+)-\d+$/.exec(f.id ?? '')?.[1] ?? '');
    if (task) (task.later ??= []).push(f.text);
    else {
      itemAt(f.item).notes.push(f.text);
      noteTimes(itemAt(f.item)).push(f.at ?? '~');
    }
  }
  // Notes and follow-up lines in the order they were recorded (a stable sort: equal times keep their order).
  for (const [it, at] of times) {
    if (at.length !== it.notes.length) continue;
    const order = it.notes.map((text, i) => ({ text, at: at[i]! }));
    order.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    it.notes = order.map((x) => x.text);
    // With the decisions, in the order written; equal times put the decision first, as before.
    const decisionAt = decided.get(it) ?? [];
    if (!decisionAt.length) continue;
    const written = [
      ...decisionAt.map((a) => ({ kind: 'decision' as const, a })),
      ...order.map((x) => ({ kind: 'note' as const, a: x.at })),
    ].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.kind === y.kind ? 0 : x.kind === 'decision' ? -1 : 1));
    if (written.some((w, i) => w.kind !== (i < decisionAt.length ? 'decision' : 'note')))
      it.written = written.map((w) => w.kind);
  }
  const sorted = (status: 'present' | 'absent') =>
    [...attendance]
      .filter(([, s]) => s === status)
      .map(([m]) => m)
      .sort((a, b) => a.localeCompare(b, 'nb'))
      // «Nannestad (kom 10:30)»: a late arrival shows in the minutes as it was typed (month s15 #6).
      .map((m) => (attendanceNotes.has(m) ? `${m} (${attendanceNotes.get(m)})` : m));
  const registered = new Set([...attendance.keys()].map((m) => m.toLocaleLowerCase('nb')));
  const awaiting = meeting.awaiting?.map((a) => ({ meetingDate: a.date, approved: approvedHere.has(a.id) }));
  const corrections: Minutes['corrections'] = [];
  const changed = textChanges(log);
  for (const e of changesAfterEnd(log)) {
    // The Oslo day, not the UTC one: a correction at 00:30 belongs to the day it was made (month round 6, N9).
    const after = !!meeting.approvedAt && e.at > meeting.approvedAt;
    const c = { date: localDateOf(new Date(e.at)), by: e.author.name, ...(after ? { afterApproval: true } : {}) };
    let same = corrections.find((x) => x.date === c.date && x.by === c.by && !!x.afterApproval === after);
    if (!same) corrections.push((same = c));
    const change = changed.get(e.id);
    if (change) (same.changes ??= []).push(change);
  }
  const notDealtWith = untouchedItems(log, items);
  return {
    meetingId: meeting.id,
    date: meeting.date,
    title: meeting.title,
    present: sorted('present'),
    absent: sorted('absent'),
    notRegistered: (meeting.municipalities ?? []).filter((m) => !registered.has(m.toLocaleLowerCase('nb'))),
    approvedPrevious,
    previous: awaiting
      ? (awaiting.at(-1) ?? null)
      : meeting.previous
        ? { meetingDate: meeting.previous.date, approved: approvedPrevious?.meetingId === meeting.previous.id }
        : approvedPrevious
          ? { meetingDate: approvedPrevious.meetingDate, approved: true }
          : null,
    ...(awaiting ? { awaiting } : {}),
    ...(meeting.olderAwaiting ? { olderAwaiting: meeting.olderAwaiting } : {}),
    corrections,
    ...(approvedCorrections.length ? { approvedCorrections } : {}),
    ...calendarAtEnd(log, meeting.date, meeting.timeZone),
    items,
    ...(notDealtWith.length ? { notDealtWith } : {}),
    tasksByOwner:
      followUp?.openByOwner ??
      [...byOwner.values()]
        .map((g) => ({ ...g, tasks: g.tasks.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')) }))
        .sort((a, b) => a.owner.localeCompare(b.owner, 'nb')),
    counts,
  };
}

/** The items of an ended meeting that moved through its agenda, never gone to, with nothing under them. */
function untouchedItems(log: readonly Entry[], items: readonly MinutesItem[]): { index: number; title: string }[] {
  const live = effectiveEntries(log);
  if (!live.some((e) => e.kind === 'end')) return [];
  const moves = live.flatMap((e) => (e.kind === 'move' ? [e.to] : []));
  if (!moves.length) return [];
  const visited = new Set([1, ...moves]);
  const written = new Set(
    live.flatMap((e) => (e.kind === 'note' || e.kind === 'decision' || e.kind === 'task' ? [e.item] : [])),
  );
  return items
    .filter((i) => !visited.has(i.index) && !written.has(i.index) && !i.postponed && !i.notes.length)
    .map((i) => ({ index: i.index, title: i.title }));
}
