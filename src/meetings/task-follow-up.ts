import { meetingText as mt, taskText as tt } from '../i18n/index.ts';
import type { Task, TaskEvent, TaskOwner } from '../tasks/task.ts';
import { markLeftOwners } from '../tasks/departed-owner.ts';
import type { Store } from '../store/store.ts';
import { municipalityTask } from '../tasks/permissions.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { type Entry, ownerLabel, ownersGroup } from './log.ts';

// The follow-up of tasks in a meeting ("T4 er ferdig", "T2 utsett 12.2") lives in the tasks' own
// history, not in the meeting log. The minutes read both: each change made while the meeting ran
// is a line under the agenda item the meeting was on, and the owner table shows every task still
// open when the meeting ended, replayed from the history so minutes rebuilt later say the same.
// Each line has an id of its own (task and history step), so the meeting log can carry what was said
// about it in the meeting («T2 pågår, Nes har sendt tall») and its corrections and removals after it,
// as `correction` and `removal` entries aimed at that id: the log stays the one record of the minutes.

/** The id of the follow-up line one step of a task's history makes. */
export const followUpLineId = (taskId: string, seq: number) => `fu-${taskId}-${seq}`;
/** What a comment said in the meeting is aimed at: the line's id and this. */
const COMMENT = '-note';
export const followUpCommentTarget = (lineId: string) => `${lineId}${COMMENT}`;
export const isFollowUpLineId = (id: string) => /^fu-T\d{1,6}-\d{1,9}$/.test(id);

export interface TaskFollowUp {
  /** Lines under agenda items, in the order the changes were made; removed ones left out. */
  lines: FollowUpLine[];
  /** Every task open at the end of the meeting (or now, while it runs), by owner. */
  openByOwner: { owner: string; tasks: { text: string; due: string | null; taskId?: string }[] }[];
}

const STILL_OPEN: readonly string[] = ['open', 'in_progress', 'postponed'];

export interface FollowUpLine {
  id: string;
  item: number;
  text: string;
  /** When the change was made: the minutes put the line among the notes in the order things were recorded. */
  at?: string;
}

interface State {
  text: string;
  owners: TaskOwner[];
  due: string | null;
  status: Task['status'];
}

/**
 * The task as it stood at `at`, replayed backwards from today's state through the later changes. A change
 * whose line was removed from these minutes («rett referat») did not happen as far as they are concerned:
 * it is taken back too, unless a later change kept in the minutes set the same thing again.
 */
function stateAt(task: Task, history: readonly TaskEvent[], at: string, removed: ReadonlySet<string>): State | null {
  const created = history.find((e) => e.change.type === 'created');
  if (created && created.at > at) return null;
  if (!created && task.createdAt > at) return null;
  const s: State = { text: task.text, owners: task.owners, due: task.due, status: task.status };
  const settled = new Set<string>();
  for (const e of [...history].reverse()) {
    const c = e.change;
    if (e.at <= at && !removed.has(followUpLineId(task.id, e.seq))) {
      settled.add(c.type);
      continue;
    }
    if (settled.has(c.type)) continue;
    if (c.type === 'status') s.status = c.from;
    else if (c.type === 'due') s.due = c.from;
    else if (c.type === 'text') s.text = c.from;
    else if (c.type === 'owners') s.owners = c.from;
  }
  return s;
}

function itemAt(log: readonly Entry[], at: string): number {
  let item = 1;
  for (const e of log) {
    if (e.at > at) break;
    if (e.kind === 'move') item = e.to;
  }
  return item;
}

const PLAIN_STATUS: readonly string[] = ['open', 'in_progress', 'done', 'cancelled'];

/**
 * The steps of a meeting's history whose status change the next status change set back («T1 er ferdig» by
 * mistake, then «Åpne igjen»): together they changed nothing, so neither is a line of the minutes (month
 * round 9, N15). A postponement goes with its new date, which is a line of its own, so it is left alone.
 */
export function statusSetBack(inMeeting: readonly TaskEvent[]): Set<number> {
  const kept: TaskEvent[] = [];
  const gone = new Set<number>();
  for (const e of inMeeting) {
    const c = e.change;
    if (c.type !== 'status' || !PLAIN_STATUS.includes(c.from) || !PLAIN_STATUS.includes(c.to)) continue;
    const top = kept.at(-1);
    if (top?.change.type === 'status' && top.change.from === c.to && top.change.to === c.from) {
      kept.pop();
      gone.add(top.seq).add(e.seq);
    } else kept.push(e);
  }
  return gone;
}

/** The words of the line one step of a task's history makes in the minutes, or null for none. */
export function changeLine(task: Task, e: TaskEvent): string | null {
  const line = changeWords(task, e);
  // A municipality's task is reported on by any member (N6): the minutes say who did.
  return line && municipalityTask(task) ? tt.reportedBy(line, e.by.name) : line;
}

function changeWords(task: Task, e: TaskEvent): string | null {
  const c = e.change;
  if (c.type === 'status' && c.to !== 'postponed' && c.to !== 'deleted')
    return mt.followUpStatus(task.id, task.text, tt.status[c.to].toLowerCase());
  if (c.type === 'due')
    return !c.to
      ? mt.followUpDueRemoved(task.id, task.text)
      : c.from
        ? mt.followUpDue(task.id, task.text, formatShort(c.to))
        : mt.followUpFirstDue(task.id, task.text, formatShort(c.to));
  if (c.type === 'owners') return mt.followUpOwners(task.id, task.text, c.to.map(ownerLabel).join(', '));
  return null;
}

/** A closing line in the minutes, in or between the meetings: «T3 «…»: ferdig (Ola Hansen, 22.01.2027)». */
function closedLine(words: string, e: TaskEvent, timeZone: string): string {
  return mt.followUpBetween(words, e.by.name, formatShort(localDateOf(new Date(e.at), timeZone)));
}

/** What the log says about follow-up lines: comments said with them, and corrections and removals after. */
function lineEdits(log: readonly Entry[]) {
  const undone = new Set(log.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
  const comments = new Map<string, string>();
  const corrected = new Map<string, string>();
  const removed = new Set<string>();
  for (const e of log) {
    if (undone.has(e.id)) continue;
    if (e.kind === 'correction' && e.target.endsWith(COMMENT)) comments.set(e.target.slice(0, -COMMENT.length), e.text);
    else if (e.kind === 'correction' && isFollowUpLineId(e.target)) corrected.set(e.target, e.text);
    else if (e.kind === 'removal' && isFollowUpLineId(e.target)) removed.add(e.target);
  }
  return { comments, corrected, removed };
}

/** A follow-up line with what was said about it: «T2 «…»: pågår – Nes har sendt tall». */
export function withComment(line: string, comment: string | undefined): string {
  return comment ? `${line} – ${comment}` : line;
}

/**
 * The stretches of time the meeting ran, read from its log: each «start» (the first one, and one written
 * when the meeting is reopened) to the «end» after it; the last one runs to `now` while the meeting runs.
 * A log from before reopening was written down has a second «end» with no «start» before it: that
 * stretch is taken to run on from the earlier end, so nothing said in the reopened meeting is lost.
 */
export function sittingsOf(log: readonly Entry[], now: Date): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  let from: string | null = null;
  for (const e of log) {
    if (e.kind === 'start' && from === null) from = e.at;
    else if (e.kind === 'end') {
      if (from !== null) out.push({ from, to: e.at });
      else if (out.length > 0) out[out.length - 1]!.to = e.at;
      from = null;
    }
  }
  if (from !== null) out.push({ from, to: now.toISOString() });
  return out;
}

/**
 * Between two meetings: the end of the one before (tasks closed after it are reported in this one's
 * minutes) and the agenda item that follows up tasks, where those lines go.
 */
export interface SincePrevious {
  since: string;
  item: number;
}

const CLOSED: readonly string[] = ['done', 'cancelled'];

export async function taskFollowUp(
  store: Store,
  m: { tenantId: string; networkId: string },
  log: readonly Entry[],
  now: Date,
  between: SincePrevious | null,
  timeZone: string,
): Promise<TaskFollowUp | null> {
  const sittings = sittingsOf(log, now);
  if (sittings.length === 0) return null;
  // The state at the latest close: a reopened meeting (round 9) ends at its last «end», not its first.
  const end = sittings[sittings.length - 1]!.to;
  const inMeeting = (at: string) => sittings.some((x) => at >= x.from && at <= x.to);
  const edits = lineEdits(log);
  // Tasks made in this meeting are already lines of their own; their later changes in the meeting still count.
  const tasks = store.tasks;
  const all = await tasks.listAll(m.tenantId, m.networkId);
  const lines: (FollowUpLine & { at: string })[] = [];
  const stillOpen: (State & { taskId: string })[] = [];
  for (const task of all) {
    // A deleted task was taken out (often by removing it from these very minutes): it is not followed up anywhere.
    if (task.status === 'deleted') continue;
    const history = await tasks.history(m.tenantId, m.networkId, task.id);
    // Closed between the meetings (round 9, item 5): a task on this meeting's agenda that its owner marked done
    // in the days before is reported here, with who and when, rather than simply missing from these minutes.
    const first = sittings[0]!.from;
    const closedBefore = between ? stateAt(task, history, first, edits.removed) : null;
    const wasOpen = between ? stateAt(task, history, between.since, edits.removed) : null;
    if (
      between &&
      closedBefore &&
      CLOSED.includes(closedBefore.status) &&
      (!wasOpen || STILL_OPEN.includes(wasOpen.status))
    ) {
      const closing = [...history]
        .reverse()
        .find(
          (e) => e.at > between.since && e.at < first && e.change.type === 'status' && CLOSED.includes(e.change.to),
        );
      const id = closing ? followUpLineId(task.id, closing.seq) : '';
      const words = closing ? changeWords(task, closing) : null;
      if (closing && words && !edits.removed.has(id)) {
        const line = closedLine(words, closing, timeZone);
        lines.push({
          id,
          item: between.item,
          text: edits.corrected.get(id) ?? withComment(line, edits.comments.get(id)),
          at: closing.at,
        });
      }
    }
    const setBack = statusSetBack(history.filter((e) => inMeeting(e.at)));
    for (const e of history) {
      if (!inMeeting(e.at) || setBack.has(e.seq)) continue;
      // A task closed in the meeting says who and when, as one closed between the meetings (s12 #15).
      const words = e.change.type === 'status' && CLOSED.includes(e.change.to) ? changeWords(task, e) : null;
      const line = words ? closedLine(words, e, timeZone) : changeLine(task, e);
      const id = followUpLineId(task.id, e.seq);
      if (!line || edits.removed.has(id)) continue;
      const text = edits.corrected.get(id) ?? withComment(line, edits.comments.get(id));
      lines.push({ id, item: itemAt(log, e.at), text, at: e.at });
    }
    const s = stateAt(task, history, end, edits.removed);
    // Open means still to be done: finished, deleted and any other closing status (a cancelled task) are not.
    if (!s || !STILL_OPEN.includes(s.status)) continue;
    stillOpen.push({ ...s, taskId: task.id });
  }
  // An owner who left the team is named so (month s16 #2): the table read as if he could still act.
  const open = new Map<string, TaskFollowUp['openByOwner'][number]>();
  for (const s of await markLeftOwners(store, m, stillOpen)) {
    // A shared task once, under its owners together (month s15 #15).
    const o = ownersGroup(s.owners);
    const g = open.get(o) ?? { owner: o, tasks: [] };
    g.tasks.push({ text: s.text, due: s.due, taskId: s.taskId });
    open.set(o, g);
  }
  lines.sort((a, b) => a.at.localeCompare(b.at));
  return {
    lines: lines.map(({ id, item, text, at }) => ({ id, item, text, at })),
    openByOwner: [...open.values()]
      .map((g) => ({ ...g, tasks: g.tasks.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')) }))
      .sort((a, b) => a.owner.localeCompare(b.owner, 'nb')),
  };
}
