import type { Person } from '../networks/network.ts';
import type { Store } from '../store/store.ts';
import type { Task } from './task.ts';

export function isOwner(task: Task, who: Person): boolean {
  return task.owners.some(
    (o) => o.kind === 'person' && (o.id === who.id || (!!o.aadObjectId && !!who.aadObjectId && o.aadObjectId === who.aadObjectId)),
  );
}

/**
 * Owners and the network's leaders change a task. A task owned by a municipality has no person to
 * match, so whoever wrote it down may also change it.
 */
export async function mayChange(store: Store, task: Task, who: Person): Promise<boolean> {
  if (isOwner(task, who)) return true;
  if (task.owners.every((o) => o.kind === 'municipality') && task.createdBy.id === who.id) return true;
  return (await store.people.roleOf(task.tenantId, task.networkId, who)) === 'leader';
}
