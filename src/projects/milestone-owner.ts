// Month round 15, #8: a milestone deadline's reminder named its owner in plain text («ansvarlig: Ola
// Hansen»), so Ola was never @mentioned nor told privately as a task's owner is. The owner field
// names a person when it is the Teams name of someone the network knows (a leader, a member, or in
// the team's roster); a municipality or an outside name stays text and reaches nobody.
import type { Services } from '../app/services.ts';
import type { Deadline } from '../deadlines/deadline.ts';
import type { Network, Person } from '../networks/network.ts';
import { milestoneOfOrigin } from './milestones.ts';
import { milestonesOf } from './project.ts';
import { ownerNames } from './my-milestones.ts';

/** The people a milestone deadline's owner names, or none for any other deadline. */
export async function milestoneOwners(s: Services, network: Network, d: Deadline): Promise<Person[]> {
  const link = milestoneOfOrigin(d.origin);
  if (!link) return [];
  const project = (await s.store.projects.list(network.tenantId, network.networkId)).find(
    (p) => p.id === link.projectId,
  );
  const owner = project && milestonesOf(project.plan).find((x) => x.milestone.id === link.milestoneId)?.milestone.owner;
  if (!owner?.trim()) return [];
  const people = new Map<string, Person>();
  for (const role of ['leader', 'member'] as const)
    for (const p of await s.store.people.listRole(network.tenantId, network.networkId, role)) people.set(p.id, p);
  if (s.roster)
    try {
      for (const p of await s.roster.members(network)) if (!people.has(p.id)) people.set(p.id, p);
    } catch {
      // Teams cannot be asked now: the people the store knows are enough.
    }
  return [...people.values()].filter((p) => p.name && ownerNames(owner, p.name));
}
