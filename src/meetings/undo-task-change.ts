import type { Services } from '../app/services.ts';
import { disarmLinks } from '../conversation/card-links.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t, taskText as tt } from '../i18n/index.ts';
import { refreshTaskCards } from '../tasks/apply-change.ts';
import { cancelTaskNudges, planTaskNudges } from '../tasks/nudges.ts';
import { StaleTaskChange, type Task, type TaskChange, type TaskEvent, type TaskOwner } from '../tasks/task.ts';
import { reachPerson } from '../conversation/reach.ts';
import { formatShort } from '../time/local-date.ts';
import { ownerLabel, type Entry } from './log.ts';
import type { MeetingRecord } from './repository.ts';
import { appendEntry, entryBase } from './running-meeting.ts';
import { changeLine, followUpLineId } from './task-follow-up.ts';

// «angre» after «T1 er ferdig», «oppgave T2 utsett 15.10» or «oppgave T3 ny ansvarlig @…» in the meeting
// (month round 9, N6): the task goes back to how it was before that line, but only when nobody changed it
// since; otherwise nothing is taken back and the person gets the command that sets it back by hand.
// The minutes lose both the change and its reversal (`removal` entries aimed at their follow-up lines).

type TaskChangeEntry = Extract<Entry, { kind: 'taskchange' }>;

/** The change that reverses one step of a task's history, or null for one that needs none. */
function inverse(c: TaskChange): TaskChange | null {
  switch (c.type) {
    case 'status':
      return { type: 'status', from: c.to, to: c.from };
    case 'due':
      return { type: 'due', from: c.to, to: c.from };
    case 'owners':
      return { type: 'owners', from: c.to, to: c.from };
    case 'text':
      return { type: 'text', from: c.to, to: c.from };
    case 'needs-help':
      return { type: 'needs-help', value: !c.value };
    case 'created':
      return null;
  }
}

const dayMonthYear = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** The command that sets the task back by hand to how it stood before `first`, the line's first step. */
export function commandBack(id: string, first: TaskChange): string {
  switch (first.type) {
    case 'status':
      if (first.from === 'done') return `oppgave ${id} ferdig`;
      if (first.from === 'in_progress') return `oppgave ${id} pågår`;
      return `oppgave ${id} åpne igjen`;
    case 'due':
      return first.from ? `oppgave ${id} ny frist ${dayMonthYear(first.from)}` : `oppgave ${id}`;
    case 'owners':
      return `oppgave ${id} ny ansvarlig ${first.from.map((o) => (o.kind === 'person' ? `@${o.name}` : o.name)).join(' og ')}`;
    case 'text':
      return `oppgave ${id} tekst ${first.from}`;
    default:
      return `oppgave ${id}`;
  }
}

/**
 * Whoever was told the task was taken from them, or given to them, hears that it was taken back (as
 * apply-change.ts tells them of the change itself); not the person who typed «angre».
 */
async function tellOwnersChanged(s: Services, ctx: RequestContext, before: Task, after: Task): Promise<void> {
  const network = await s.store.networks.get(after.tenantId, after.networkId);
  if (!network?.active) return;
  const people = (owners: readonly TaskOwner[]) =>
    owners.filter((o): o is Extract<TaskOwner, { kind: 'person' }> => o.kind === 'person' && o.id !== ctx.actor.id);
  const has = (owners: readonly TaskOwner[], id: string) => owners.some((o) => o.kind === 'person' && o.id === id);
  const back = people(after.owners).filter((o) => !has(before.owners, o.id));
  const gone = people(before.owners).filter((o) => !has(after.owners, o.id));
  const say = async (o: Extract<TaskOwner, { kind: 'person' }>, line: string) =>
    reachPerson(s.messenger, network, o, (mention) => `${mention} ${line}`.trimStart()).catch((err: unknown) =>
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not tell an owner a task change was undone'),
    );
  for (const o of back) await say(o, t.taskOwnerBack(ctx.actor.name, after.id, disarmLinks(after.text)));
  for (const o of gone) await say(o, t.taskOwnerUndone(ctx.actor.name, after.id, disarmLinks(after.text)));
}

/** Takes back one line's task changes, all of them or (when a task changed since) none. */
export async function undoTaskChange(
  s: Services,
  ctx: RequestContext,
  m: MeetingRecord,
  entries: Entry[],
  entry: TaskChangeEntry,
): Promise<Reply[]> {
  const { tenantId, networkId } = m;
  const read: { task: Task; steps: TaskEvent[]; last: number }[] = [];
  for (const c of entry.changes) {
    const task = await s.store.tasks.get(tenantId, networkId, c.taskId);
    if (!task) continue;
    const history = await s.store.tasks.history(tenantId, networkId, c.taskId);
    const mine = new Set(c.seqs);
    const steps = history.filter((e) => mine.has(e.seq));
    const last = Math.max(...c.seqs);
    const later = history.filter((e) => e.seq > last);
    const first = steps[0];
    if (later.length && first)
      return [text(t.taskChangedSince(task.id, later.at(-1)!.by.name, commandBack(task.id, first.change)))];
    read.push({ task, steps, last });
  }
  const now = s.clock.now();
  const whats: string[] = [];
  const back: string[] = [];
  const removed: string[] = [];
  const stale: string[] = [];
  for (const { task, steps, last } of read) {
    let current = task;
    // Each reversal holds only while the history still ends where it was read (or at the reversal
    // before it): a change landing between the read above and this write is never overwritten.
    let seq = last;
    const undone: TaskEvent[] = [];
    for (const step of [...steps].reverse()) {
      const undo = inverse(step.change);
      if (!undo) {
        undone.push(step);
        continue;
      }
      try {
        current = await s.store.tasks.update(tenantId, networkId, task.id, undo, ctx.actor, now, undefined, seq);
      } catch (err) {
        if (!(err instanceof StaleTaskChange)) throw err;
        const since = (await s.store.tasks.history(tenantId, networkId, task.id)).at(-1);
        const said = t.taskChangedSince(task.id, since?.by.name ?? '', commandBack(task.id, steps[0]!.change));
        // Nothing taken back yet: as the check above. Otherwise what was taken back stands, and this is said too.
        if (!whats.length && !undone.length) return [text(said)];
        stale.push(said);
        break;
      }
      undone.push(step);
      seq += 1;
    }
    if (!undone.length) continue;
    // The lines of what was taken back and of its reversals go; a change someone made meanwhile stays.
    const after = await s.store.tasks.history(tenantId, networkId, task.id);
    const mine = after.filter((x) => x.seq > last && x.seq <= seq);
    for (const e of [...undone, ...mine]) removed.push(followUpLineId(task.id, e.seq));
    whats.push(...[...undone].reverse().flatMap((e) => changeLine(task, e) ?? []));
    back.push(
      t.taskBackTo(
        current.id,
        tt.status[current.status].toLowerCase(),
        current.owners.map(ownerLabel).join(', '),
        current.due ? formatShort(current.due) : null,
      ),
    );
    if (current.status === 'done' || current.status === 'cancelled') await cancelTaskNudges(s, current);
    else await planTaskNudges(s, current, now);
    await refreshTaskCards(s, current, ctx.log);
    await tellOwnersChanged(s, ctx, task, current);
  }
  await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'undo', target: entry.id });
  for (const target of removed)
    await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'removal', target });
  const what = whats.join(', ') || entry.changes.map((c) => c.taskId).join(', ');
  return [text([`${t.undone(what)}.`, ...back, ...stale].join(' '))];
}
