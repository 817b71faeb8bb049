import type { Network } from '../networks/network.ts';
import { hasLeft } from '../networks/departed.ts';
import type { Store } from '../store/store.ts';
import { taskText } from '../i18n/index.ts';
import type { Task, TaskOwner } from './task.ts';

/**
 * The name of the first person among a task's owners whom the bot heard leave the network's team and
 * not come back (month round 7b, N10), else null. Such a person no longer sees the channel nor can press
 * a button, so a task given to them would be followed up by nobody who can act.
 */
export async function departedOwner(
  store: Store,
  network: Network,
  owners: readonly TaskOwner[],
): Promise<string | null> {
  for (const o of owners) {
    if (o.kind !== 'person') continue;
    if (await hasLeft(store, network.tenantId, network.networkId, { id: o.id, aadObjectId: o.aadObjectId }))
      return o.name;
  }
  return null;
}

/**
 * The tasks with every owner who left the team named as such (month s16 #2): a list showing the leaver as
 * owner, as if they could act, hid that the task is orphaned. Only the shown name changes; ids stay.
 */
export async function markLeftOwners<T extends Pick<Task, 'owners'>>(
  store: Store,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  tasks: readonly T[],
): Promise<T[]> {
  const gone = new Map<string, boolean>();
  const left = async (o: TaskOwner & { kind: 'person' }) => {
    const key = `${o.id}|${o.aadObjectId ?? ''}`;
    if (!gone.has(key))
      gone.set(
        key,
        await hasLeft(store, network.tenantId, network.networkId, { id: o.id, aadObjectId: o.aadObjectId }),
      );
    return gone.get(key)!;
  };
  const out: T[] = [];
  for (const task of tasks) {
    const owners: TaskOwner[] = [];
    for (const o of task.owners)
      owners.push(o.kind === 'person' && (await left(o)) ? { ...o, name: taskText.ownerGone(o.name) } : o);
    out.push({ ...task, owners });
  }
  return out;
}
