import type { Deadline } from '../deadlines/deadline.ts';
import type { Task } from '../tasks/task.ts';
import { daysBetween, type LocalDate } from '../time/local-date.ts';
import type { DeadlineView, TaskAction, TaskView } from './contract.ts';

/** The task card's buttons for a task in this state: open tasks get done/progress/help/postpone, done ones reopen. */
export function cardActions(task: Task): TaskAction[] {
  if (task.status === 'deleted' || task.status === 'cancelled') return [];
  if (task.status === 'done') return ['reopen'];
  const out: TaskAction[] = ['done'];
  if (task.status !== 'in_progress') out.push('progress');
  if (!task.needsHelp) out.push('help');
  out.push('postpone');
  return out;
}

export function taskView(task: Task, today: LocalDate, mayChange: boolean): TaskView {
  // Neither is on the board (the API leaves them out); a single view of one answers as «open».
  const status = task.status === 'deleted' || task.status === 'cancelled' ? 'open' : task.status;
  return {
    id: task.id,
    networkId: task.networkId,
    text: task.text,
    owners: task.owners.map((o) => o.name),
    municipalities: task.owners.flatMap((o) => (o.kind === 'municipality' ? [o.name] : [])),
    due: task.due,
    status,
    overdue: task.status !== 'done' && task.due !== null && task.due < today,
    needsHelp: task.needsHelp,
    meetingId: task.meetingId,
    actions: mayChange ? cardActions(task) : [],
  };
}

export function deadlineView(d: Deadline, today: LocalDate): DeadlineView {
  const state = new Map(d.checks.map((c) => [c.item, c.notApplicable === true]));
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    date: d.date,
    time: d.time,
    status: d.status,
    daysLeft: daysBetween(today, d.date),
    overdue: d.status === 'open' && d.date < today,
    source: d.source,
    statsforvalter: d.statsforvalter,
    checklist: d.checklist.map((item) => ({
      item,
      done: state.get(item) === false,
      notApplicable: state.get(item) === true,
    })),
    doneBy: d.doneBy?.name ?? null,
    doneAt: d.doneAt,
  };
}

/** Plain text of what a chat answer says: text replies as they are, cards by their text blocks. */
export function plainText(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) plainText(v, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string' && o.text.trim()) out.push(o.text.trim());
    if (o.type === 'TextRun' && typeof o.text === 'string' && o.text.trim()) out.push(o.text.trim());
    for (const [k, v] of Object.entries(o))
      if (k !== 'actions' && k !== 'selectAction' && typeof v === 'object') plainText(v, out);
  }
  return out;
}
