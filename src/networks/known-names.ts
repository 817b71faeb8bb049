import type { Services } from '../app/services.ts';
import type { Network } from './network.ts';

/**
 * The names of the adults a network knows (session 11, P1 item 2): its leaders and members as the
 * store has them, everyone in the team or chat as Teams' roster lists them (when Teams can be asked),
 * and its municipalities. The input check reads them as adults, not children: «svar fra familien til
 * Kari Nordmann» about a member is ordinary. Asked only after the check found a child's name, so a
 * line without one never waits for Teams.
 */
export async function knownAdultNames(s: Pick<Services, 'store' | 'roster'>, network: Network): Promise<string[]> {
  const names = new Set<string>();
  for (const role of ['leader', 'member'] as const)
    for (const p of await s.store.people.listRole(network.tenantId, network.networkId, role))
      if (p.name) names.add(p.name);
  for (const m of await s.store.meetings.municipalities(network.tenantId, network.networkId)) if (m) names.add(m);
  if (s.roster)
    try {
      for (const p of await s.roster.members(network)) if (p.name) names.add(p.name);
    } catch {
      // Teams cannot be asked now: the names the store knows are enough, and the rest stays refused.
    }
  return [...names];
}
