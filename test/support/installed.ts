import { startWithNetworks, type TestApp, type TestAppOptions } from './app.ts';
import type { NetworkFixture, TestPerson } from './teams.ts';

/**
 * The real server with the app installed in one team by `installer` (its leader, as Teams makes the
 * one who adds the app): the set-up most end-to-end files start from. Without a clock the server
 * runs on the test clock's default day (see `startTestApp`); `startAt` in chat.ts names a day.
 */
export async function installedApp(
  installer: TestPerson,
  opts: TestAppOptions = {},
): Promise<{ t: TestApp; net: NetworkFixture }> {
  const { t, nets } = await startWithNetworks(1, installer, opts);
  return { t, net: nets[0]! };
}
