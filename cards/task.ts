import type { AdaptiveCard } from '../src/conversation/types.ts';
import { taskText as t } from '../src/i18n/index.ts';
import type { Task, TaskEvent, TaskOwner } from '../src/tasks/task.ts';
import { holidayName, isWeekend } from '../src/time/holidays.ts';
import { addDays, daysBetween, formatLong, formatShort, localDateOf } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';
import { firstOf, fitList, moreLine } from './fit.ts';

export interface TaskCardData {
  id: string;
  networkId: string;
  heading: string;
  text: string;
  statusLabel: string;
  statusColor: 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';
  ownersLabel: string;
  owners: string;
  dueLabel: string;
  due: string;
  originLabel: string;
  origin: string;
  notice: string;
  noticeColor: 'Warning' | 'Attention' | 'Default';
  lastChange: string;
  open: boolean;
  /** Only a finished or cancelled task can be opened again; an undone (deleted) one is gone. */
  reopenable: boolean;
  minDate: string;
  labels: typeof t.labels;
  /** The list the task was picked from ('mine' or 'network'), for a way back to it; '' when none. */
  back: string;
  /** The status the card shows, sent back with every click so a click on an outdated card is caught. */
  shown: Task['status'];
}

export function ownerName(o: TaskOwner): string {
  return o.kind === 'person' ? o.name : t.municipality(o.name);
}

const statusColor: Record<Task['status'], TaskCardData['statusColor']> = {
  open: 'Accent',
  in_progress: 'Warning',
  done: 'Good',
  postponed: 'Warning',
  deleted: 'Attention',
  cancelled: 'Default',
};

export function taskCardData(
  task: Task,
  opts: {
    today: string;
    meetingDate?: string | null;
    last?: TaskEvent | null;
    back?: TaskListKind;
    /** Said on the card above everything else (a click on an outdated card is answered this way). */
    notice?: string;
    /** The zone a change's day is told in (month round 6, N9: 00:06 in Oslo is the day before in UTC). */
    timeZone?: string;
  },
): TaskCardData {
  const open = task.status !== 'done' && task.status !== 'deleted' && task.status !== 'cancelled';
  let due = task.due ? formatLong(task.due) : t.noDue;
  // A due date on a public holiday is easy to miss when it is typed as "innen fredag"; the card says so.
  const holiday = task.due && open ? holidayName(task.due) : null;
  if (task.due && open && task.due < opts.today) due += ` (${t.overdue(daysBetween(task.due, opts.today))})`;
  else if (holiday) due += ` (${t.onHoliday(holiday)})`;
  else if (task.due && open && isWeekend(task.due)) due += ` (${t.onWeekend})`;
  let lastChange = '';
  const last = opts.last;
  if (last && last.change.type !== 'created') {
    const verb =
      last.change.type === 'status'
        ? // Taken back with «angre» (s12 #7): the notice says it is gone; «åpnet den igjen» would contradict it.
          last.change.to === 'deleted'
          ? ''
          : last.change.to === 'postponed' && task.due
            ? t.changeVerbs.movedDue(formatShort(task.due))
            : t.changeVerbs[
                last.change.to === 'done'
                  ? 'done'
                  : last.change.to === 'in_progress'
                    ? 'in_progress'
                    : last.change.to === 'postponed'
                      ? 'postponed'
                      : last.change.to === 'cancelled'
                        ? 'cancelled'
                        : 'open'
              ]
        : last.change.type === 'needs-help'
          ? t.changeVerbs.help
          : last.change.type === 'due'
            ? last.change.to
              ? last.change.from
                ? t.changeVerbs.movedDue(formatShort(last.change.to))
                : t.changeVerbs.firstDue(formatShort(last.change.to))
              : t.changeVerbs.postponed
            : last.change.type === 'owners'
              ? last.change.to.length === 1 &&
                last.change.to[0]!.kind === 'person' &&
                last.change.to[0]!.id === last.by.id
                ? t.changeVerbs.ownersSelf
                : t.changeVerbs.owners(last.change.to.map((o) => o.name).join(', '))
              : last.change.type === 'text'
                ? t.changeVerbs.text
                : '';
    // A cancelled card says who cancelled it in its notice (cancelledNotice); not twice (N9).
    if (verb && !(task.status === 'cancelled' && verb === t.changeVerbs.cancelled))
      lastChange = t.lastChange(last.by.name, verb, formatShort(localDateOf(new Date(last.at), opts.timeZone)));
  }
  return {
    id: task.id,
    networkId: task.networkId,
    heading: t.heading(task.id),
    text: task.text,
    statusLabel: t.status[task.status],
    statusColor: statusColor[task.status],
    ownersLabel: t.owners,
    owners: task.owners.map(ownerName).join(', '),
    dueLabel: t.due,
    due,
    originLabel: t.origin,
    origin: opts.meetingDate ? t.originMeeting(formatShort(opts.meetingDate), task.agendaItem) : '',
    notice:
      opts.notice ??
      (task.status === 'deleted'
        ? last?.change.type === 'status' && last.change.to === 'deleted'
          ? t.deletedBy(last.by.name, formatShort(localDateOf(new Date(last.at), opts.timeZone)))
          : t.deletedNotice
        : task.status === 'cancelled'
          ? cancelledNotice(last, opts.timeZone)
          : task.needsHelp && open
            ? t.needsHelp
            : ''),
    noticeColor:
      opts.notice || task.status === 'deleted' ? 'Attention' : task.status === 'cancelled' ? 'Default' : 'Warning',
    lastChange,
    open,
    reopenable: task.status === 'done' || task.status === 'cancelled',
    minDate: addDays(opts.today, 0),
    labels: t.labels,
    back: opts.back ?? '',
    shown: task.status,
  };
}

/** «Avlyst av Kari Nordmann (30.11.2026).» when the card knows the step that cancelled it. */
function cancelledNotice(last: TaskEvent | null | undefined, timeZone?: string): string {
  return last?.change.type === 'status' && last.change.to === 'cancelled'
    ? t.cancelledNotice(last.by.name, formatShort(localDateOf(new Date(last.at), timeZone)))
    : t.cancelledPlain;
}

export function taskCard(task: Task, opts: Parameters<typeof taskCardData>[1]): AdaptiveCard {
  const c = renderCard('task', taskCardData(task, opts));
  // A card not opened from a list carries no `back` in its buttons' data (the template writes it empty).
  const strip = (actions: unknown) => {
    for (const a of (actions as { data?: Record<string, unknown>; card?: { actions?: unknown } }[] | undefined) ?? []) {
      if (a.data?.back === '') delete a.data.back;
      strip(a.card?.actions);
    }
  };
  strip((c as { actions?: unknown }).actions);
  return c;
}

/** Which list a list card shows: the network's open tasks or one person's own. */
export type TaskListKind = 'mine' | 'network';

export interface TaskListCardData {
  list: TaskListKind;
  title: string;
  empty: string;
  hint: string;
  groups: {
    owner: string;
    tasks: { id: string; networkId: string; text: string; due: string; dueColor: 'Default' | 'Attention' }[];
  }[];
  /** «… og N til (se fanen)» when Teams' message size left no room for every task. */
  more: string;
}

/** Open tasks grouped by owner; a task with two owners shows under both. */
export function taskListCardData(
  tasks: Task[],
  opts: {
    title: string;
    empty: string;
    today: string;
    networkNames?: Map<string, string>;
    list?: TaskListKind;
    /**
     * «mine oppgaver»: each task once, under this person's name, with the others it is shared with named
     * after its text (month round 9, N3: a shared task stood twice, once under the other owner's name).
     */
    mine?: { id: string; aadObjectId?: string; name: string };
  },
): TaskListCardData {
  const groups = new Map<string, TaskListCardData['groups'][number]>();
  const me = opts.mine;
  const isMe = (o: TaskOwner) =>
    !!me && o.kind === 'person' && (o.id === me.id || (!!me.aadObjectId && o.aadObjectId === me.aadObjectId));
  for (const task of tasks) {
    const owners = task.owners.length ? task.owners : [{ kind: 'municipality' as const, name: '–' }];
    const others = me ? owners.filter((o) => !isMe(o)).map(ownerName) : [];
    for (const owner of me ? [{ kind: 'person' as const, id: me.id, name: me.name }] : owners) {
      const name = ownerName(owner);
      const g = groups.get(name) ?? { owner: name, tasks: [] };
      const where = opts.networkNames?.get(task.networkId);
      const text = others.length ? `${task.text} ${t.sharedWith(others.join(', '))}` : task.text;
      g.tasks.push({
        id: task.id,
        networkId: task.networkId,
        text: where ? `${text} · ${where}` : text,
        // Overdue is said in words, not by colour alone (month round 9, N12: the tab said «Forfalt», the list nothing).
        due: task.due
          ? task.due < opts.today
            ? t.listOverdue(formatShort(task.due))
            : formatShort(task.due)
          : t.noDue,
        dueColor: task.due && task.due < opts.today ? 'Attention' : 'Default',
      });
      groups.set(name, g);
    }
  }
  return {
    list: opts.list ?? 'network',
    title: opts.title,
    empty: tasks.length ? '' : opts.empty,
    hint: tasks.length ? t.listHint : '',
    groups: [...groups.values()].sort((a, b) => a.owner.localeCompare(b.owner, 'nb')),
    more: '',
  };
}

export function taskListCard(tasks: Task[], opts: Parameters<typeof taskListCardData>[1]): AdaptiveCard {
  const data = taskListCardData(tasks, opts);
  const total = data.groups.reduce((n, g) => n + g.tasks.length, 0);
  return fitList(total, (shown) =>
    renderCard('task-list', {
      ...data,
      groups: firstOf(
        data.groups,
        (g) => g.tasks,
        shown,
        (g, tasks) => ({ ...g, tasks }),
      ),
      more: moreLine(total - shown),
    }),
  );
}
