import { installedApp } from './installed.ts';
import type { TestPerson } from './teams.ts';

/**
 * The app installed by `leader`, with `member` recorded as a member of the network (as when Teams
 * has told the bot about them), so a member's click is judged as a member's and not a guest's.
 */
export async function installedWithMember(leader: TestPerson, member: TestPerson) {
  const { t, net } = await installedApp(leader);
  await t.app.services.store.people.setRole(
    net.tenantId,
    net.teamId,
    { id: member.id, aadObjectId: member.aadObjectId, name: member.name },
    'member',
    t.clock.now(),
  );
  return { t, net };
}
