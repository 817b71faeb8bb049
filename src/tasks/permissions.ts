import { taskText as t } from '../i18n/index.ts';
import type { Person } from '../networks/network.ts';
import type { Store } from '../store/store.ts';
import type { Task } from './task.ts';

export function isOwner(task: Task, who: Person): boolean {
  return task.owners.some(
    (o) =>
      o.kind === 'person' &&
      (o.id === who.id || (!!o.aadObjectId && !!who.aadObjectId && o.aadObjectId === who.aadObjectId)),
  );
}

/** Reports of how a task is going, as against changing what it is (text, owners) or cancelling it. */
const PROGRESS = new Set(['done', 'progress', 'help', 'postpone', 'reopen']);

/** A task no person owns: every owner is a municipality. */
export const municipalityTask = (task: Task) =>
  task.owners.length > 0 && task.owners.every((o) => o.kind === 'municipality');

/**
 * Owners and the network's leaders change a task. A task owned by a municipality has no person to
 * match: it is owned jointly (N6, product owner's decision), so any member of the network reports
 * its progress (`verb` one of PROGRESS; the callers have checked that the person acts in the task's
 * network), and whoever wrote it down may also change the rest. No `verb`: the task card's buttons
 * as the tab offers them (taskActionSchema: done, progress, help, postpone, reopen), each a report.
 */
export async function mayChange(store: Store, task: Task, who: Person, verb?: string): Promise<boolean> {
  if (isOwner(task, who)) return true;
  if (municipalityTask(task) && (verb === undefined || PROGRESS.has(verb))) return true;
  if (municipalityTask(task) && task.createdBy.id === who.id) return true;
  return (await store.people.roleOf(task.tenantId, task.networkId, who)) === 'leader';
}

/**
 * Why `who` may not change `task` (a deleted task, or neither owner nor leader: the answer names both), or null when they may.
 * The same answer for the card's buttons and the `oppgave T3 …` command.
 */
export async function changeRefusal(store: Store, task: Task, who: Person, verb?: string): Promise<string | null> {
  if (task.status === 'deleted') return t.deleted;
  // A cancelled task is only opened again (or shown): «Ferdig» on it would say it was done after all.
  if (task.status === 'cancelled' && verb !== 'reopen' && verb !== 'show') return t.cancel.isCancelled(task.id);
  if (await mayChange(store, task, who, verb)) return null;
  const leaders = await store.people.listRole(task.tenantId, task.networkId, 'leader');
  // A municipality is no person who could change it: say who can, and what anyone may report.
  if (municipalityTask(task))
    return t.notAllowedMunicipality(
      task.owners.map((o) => o.name).join(', '),
      task.createdBy.name,
      leaders.map((l) => l.name).join(', '),
    );
  const owners = task.owners.map((o) => o.name);
  // A leader who is also the owner is named once ("Bare Kari Nordmann (ansvarlig og leder) …").
  const others = leaders.map((l) => l.name).filter((name) => !owners.includes(name));
  if (leaders.length && !others.length) return t.notAllowedOwnerLeads(owners.join(', '));
  return t.notAllowed(owners.join(', '), others.join(', '));
}

const samePerson = (a: Person, b: Person) =>
  a.id === b.id || (!!a.aadObjectId && !!b.aadObjectId && a.aadObjectId === b.aadObjectId);

/**
 * Why `who` may not cancel `task`, or null. A cancellation takes a task out of everyone's lists, so
 * it is the leaders' and the creator's (who made the duplicate or the mistake), not the owner's alone.
 */
export async function cancelRefusal(store: Store, task: Task, who: Person): Promise<string | null> {
  if (task.status === 'deleted') return t.deleted;
  if (samePerson(task.createdBy, who)) return null;
  if ((await store.people.roleOf(task.tenantId, task.networkId, who)) === 'leader') return null;
  const leaders = await store.people.listRole(task.tenantId, task.networkId, 'leader');
  // The writer who is a leader is named once, as a leader who owns a task is (month s14 #17).
  if (leaders.some((l) => samePerson(l, task.createdBy)))
    return t.cancel.leadersOnly(leaders.map((l) => l.name).join(', '));
  return t.cancel.notAllowed(task.createdBy.name, leaders.map((l) => l.name).join(', '));
}
