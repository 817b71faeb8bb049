import { netOf, type TabApp } from '../tab/api-support.ts';
import { person, type NetworkFixture, type TestPerson } from './teams.ts';

/**
 * Network 1 of the tab app with Kari, the leader who installed the app, and Ola, a member, both on
 * Teams' roster; `token` is Ola's tab token. The start of every test of a member who leaves.
 */
export async function leaderAndMember(
  app: TabApp,
): Promise<{ leader: TestPerson; ola: TestPerson; net: NetworkFixture; token: string }> {
  const leader = person('Kari Leder', 1);
  const ola = person('Ola Medlem', 2);
  const net = netOf(app, 1);
  app.members(net, [leader, ola]);
  await app.install(net, leader);
  return { leader, ola, net, token: await app.token(ola) };
}
