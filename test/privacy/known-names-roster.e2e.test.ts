import { describe, expect, it, vi } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { memberEvent } from '../support/members.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Review 1, M1: every line refused for a child's name paged through the whole team on Teams, inside
// the user's turn, with no cache; a failure was swallowed without a word. Through the real server.

const kari = person('Kari Nordmann', 1);
const sara = person('Sara Berg', 2);
const jonas = person('Jonas Lie', 3);
const THREAD = '871204';
const CHILD = 'ser ut til å handle om et enkelt barn';

const setup = appPerTest(kari, '2026-11-27T08:00:00Z');
const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string) =>
  chatSay(t, net, who, text, { thread: THREAD, status: (s) => expect(s).toBe(200) });
const rosterCalls = (t: TestApp) => t.connector.emulator.calls.filter((c) => c.kind === 'members').length;

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

describe('the roster behind the child check (review 1, M1)', () => {
  it('is asked of Teams once per network for ten minutes', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, sara]);
    await say(t, net, kari, 'start møte');
    const before = rosterCalls(t);
    for (const typed of [
      'info: svar fra familien til Sara Berg',
      'info: mor til Sara Berg ringte',
      'info: jenta på 7 år, Sara, har flyttet',
      'info: saken om Sara Berg er avsluttet',
    ])
      await say(t, net, kari, typed);
    expect(rosterCalls(t) - before).toBe(1);
    t.clock.advance(10 * 60_000 + 1);
    expect(await say(t, net, kari, 'info: familien til Sara Berg har svart')).toContain('✓');
    expect(rosterCalls(t) - before).toBe(2);
  });

  it('when Teams fails the line is refused as without the roster, and the failure is logged at warn', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, sara]);
    await say(t, net, kari, 'start møte');
    const warn = vi.spyOn(t.app.services.log, 'warn');
    t.connector.emulator.faults.next({ status: 500 });
    const out = await say(t, net, kari, 'info: svar fra familien til Sara Berg');
    expect(out).toContain(CHILD);
    const logged = warn.mock.calls.filter((c) => String(c[1]).startsWith('known names'));
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged)).not.toContain('familien');
    // A while later Teams answers again and the member's name is known.
    t.clock.advance(31_000);
    expect(await say(t, net, kari, 'info: svar fra familien til Sara Berg')).toContain('✓');
  });

  it('someone joining the team is known at once: the answer kept is forgotten', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, sara]);
    await say(t, net, kari, 'start møte');
    expect(await say(t, net, kari, 'info: svar fra familien til Jonas Lie')).toContain(CHILD);
    roster(t, net, [kari, sara, jonas]);
    expect((await t.post(memberEvent(net, kari, jonas, 'added'))).status).toBeLessThan(300);
    expect(await say(t, net, kari, 'info: svar fra familien til Jonas Lie')).toContain('✓');
    // And leaving forgets it again.
    roster(t, net, [kari, sara]);
    expect((await t.post(memberEvent(net, kari, jonas, 'removed'))).status).toBeLessThan(300);
    expect(await say(t, net, kari, 'info: mor til Jonas Lie ringte')).toContain(CHILD);
  });
});
