import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Month round 6 (N21 follow-up): a form opened from the shared project card is shown to the clicker only
// (Teams shows an Action.Execute answer to the clicker), so after «Lagre» everyone else kept the project card
// with its old figures («0 milepæler»). The shared message is now redrawn for everyone with the saved plan.

const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2026-11-23T08:00:00Z');
const SHARED = 'project-card-in-channel';

async function click(t: TestApp, net: NetworkFixture, verb: string, data: object) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(
    cardAction(net, kari, verb, { networkId: net.teamId, projectId: 'U1', ...data }, { replyToId: SHARED }),
  );
  expect(res.status).toBe(200);
  return { body: JSON.stringify(res.body), calls: t.connector.emulator.calls.slice(before) };
}

describe('the shared project card after «Lagre» on a form opened from it', () => {
  it('is redrawn for everyone with the new figures; opening a form changes no shared message', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    const opened = await click(t, net, 'project.form', { form: 'subgoal' });
    expect(opened.calls.filter((c) => c.kind === 'update')).toHaveLength(0);

    const subGoal = await click(t, net, 'project.save', { form: 'subgoal', goal: 'Felles rutine' });
    const first = subGoal.calls.filter((c) => c.kind === 'update' && c.activityId === SHARED);
    expect(first).toHaveLength(1);
    expect(JSON.stringify(first[0]!.body)).toContain('Felles rutine');

    const milestone = await click(t, net, 'project.save', {
      form: 'milestone',
      subGoal: 'd1',
      activity: 'Rutine vedtatt i alle kommuner',
      owner: 'Hurdal',
      when: '15.03.2027',
    });
    const redrawn = milestone.calls.filter((c) => c.kind === 'update' && c.activityId === SHARED);
    expect(redrawn).toHaveLength(1);
    const shared = JSON.stringify(redrawn[0]!.body);
    expect(shared).toContain('Rutine vedtatt i alle kommuner');
    // What everyone sees is the project card, not the clicker's «Lagret» answer.
    expect(shared).toContain('Legg til milepæl');

    // A refused save (bad date) redraws nothing.
    const bad = await click(t, net, 'project.save', { form: 'milestone', subGoal: 'd1', activity: 'X', when: '45.45' });
    expect(bad.calls.filter((c) => c.kind === 'update')).toHaveLength(0);
  });
});
