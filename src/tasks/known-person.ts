import type { Services } from '../app/services.ts';
import type { Network } from '../networks/network.ts';

/**
 * The full name of a person the network knows (a leader or member, an owner of an open task, or in the team's
 * roster when Teams can be asked) whose name starts with what was typed as a task's owner, else null.
 */
export async function knownPerson(s: Services, network: Network, typed: string): Promise<string | null> {
  const norm = (x: string) => x.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/gu, ' ').trim();
  const want = norm(typed);
  if (!want) return null;
  const names = new Set<string>();
  for (const role of ['leader', 'member'] as const)
    for (const p of await s.store.people.listRole(network.tenantId, network.networkId, role))
      if (p.name) names.add(p.name);
  for (const task of await s.store.tasks.listOpen(network.tenantId, network.networkId))
    for (const o of task.owners) if (o.kind === 'person') names.add(o.name);
  if (s.roster)
    try {
      for (const p of await s.roster.members(network)) if (p.name) names.add(p.name);
    } catch {
      // Teams cannot be asked now: the names the store knows are enough.
    }
  for (const name of names) {
    const full = norm(name);
    if (full === want || full.startsWith(`${want} `)) return name;
  }
  return null;
}
