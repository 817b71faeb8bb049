import { afterAll, beforeAll } from 'vitest';
import { ManualClock } from '../../src/time/clock.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';
import type { NetworkFixture, TestPerson } from './teams.ts';

/**
 * A describe-level tab app for one network that `leader` installed and is the only member of, with
 * the leader's tab token. Registers its own beforeAll/afterAll; read the fields inside the tests.
 */
export function tabOfOneLeader(leader: TestPerson, at: string) {
  const s = { token: '' } as { app: TabApp; net: NetworkFixture; token: string };
  beforeAll(async () => {
    s.app = await startTabApp({ clock: new ManualClock(at) });
    s.net = netOf(s.app, 1);
    await s.app.install(s.net, leader);
    s.app.members(s.net, [leader]);
    s.token = await s.app.token(leader);
  }, 60_000);
  afterAll(async () => {
    await s.app?.close();
  });
  return s;
}
