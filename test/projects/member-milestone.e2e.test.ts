import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { executeActions as executes } from '../support/cards.ts';

// Month round 7, N18: a member (not a leader) created a network deadline, nudged in the channel, through a
// project milestone, while `frist` is leader-only. The rule now: a member's milestone with a date is kept
// on the project, and becomes a nudged network deadline when a leader confirms it on the card sent to the
// leaders. A leader's milestone becomes a deadline at once, as before.

const kari = person('Kari Nordmann', 1); // installed the bot: the network's leader
const ola = person('Ola Hansen', 2); // a member
const app = appPerTest(kari, '2027-01-05T08:00:00Z');

async function click(t: TestApp, net: NetworkFixture, who: TestPerson, verb: string, data: object) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(cardAction(net, who, verb, { networkId: net.teamId, projectId: 'U1', ...data }));
  expect(res.status).toBe(200);
  return { json: JSON.stringify(res.body), calls: t.connector.emulator.calls.slice(before) };
}

const deadlines = async (t: TestApp, net: NetworkFixture) =>
  t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);

describe('a milestone with a date saved by a member (N18)', () => {
  it('is kept on the project, becomes a nudged deadline only when a leader confirms it; the form’s example date is near today', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    await click(t, net, ola, 'project.save', { form: 'subgoal', goal: 'Felles rutine' });
    const form = await click(t, net, ola, 'project.form', { form: 'milestone' });
    // The example is a date after today (5.1.2027), not one from 2025.
    expect(form.json).not.toContain('2025');
    expect(form.json).toMatch(/For eksempel \d{2}\.\d{2}\.2027 eller [a-zæøå]+ 2027/);

    const saved = await click(t, net, ola, 'project.save', {
      form: 'milestone',
      subGoal: 'd1',
      activity: 'Rutine vedtatt i alle kommuner',
      owner: 'Nes',
      when: '15.03.2027',
    });
    expect(saved.json).toContain('Lagret');
    expect(saved.json).toContain('når en leder bekrefter');
    expect(await deadlines(t, net)).toHaveLength(0);
    const plan = (await t.app.services.store.projects.get(net.tenantId, net.teamId, 'U1'))!.plan;
    expect(plan.subGoals[0]!.milestones[0]!.when).toBe('15.03.2027');
    // A card reaches the leaders in the channel, naming the leader.
    const toLeaders = saved.calls.find((c) => JSON.stringify(c.body).includes('Gjør til frist'));
    expect(toLeaders, 'no card to the leaders').toBeTruthy();
    expect(JSON.stringify(toLeaders!.body)).toContain('Kari Nordmann');
    const confirm = executes(toLeaders!.body).find((a) => a.title === 'Gjør til frist')!;

    // `milepæler` (run by anyone) does not make it a deadline either.
    await say(t, net, ola, 'milepæler U1');
    expect(await deadlines(t, net)).toHaveLength(0);

    // The member cannot confirm it herself; the leader can.
    const refused = await click(t, net, ola, confirm.verb, confirm.data);
    expect(refused.json).toContain('Bare');
    expect(await deadlines(t, net)).toHaveLength(0);
    const ok = await click(t, net, kari, confirm.verb, confirm.data);
    expect(ok.json).toContain('Rutine vedtatt i alle kommuner');
    const made = await deadlines(t, net);
    expect(made).toHaveLength(1);
    expect(made[0]!.date).toBe('2027-03-15');
    // Pressed again: nothing more.
    await click(t, net, kari, confirm.verb, confirm.data);
    expect(await deadlines(t, net)).toHaveLength(1);
  });

  it('a leader’s milestone becomes a deadline at once', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    await click(t, net, kari, 'project.save', { form: 'subgoal', goal: 'Felles rutine' });
    const saved = await click(t, net, kari, 'project.save', {
      form: 'milestone',
      subGoal: 'd1',
      activity: 'Rutine vedtatt i alle kommuner',
      owner: 'Nes',
      when: '15.03.2027',
    });
    expect(saved.json).not.toContain('når en leder bekrefter');
    expect(await deadlines(t, net)).toHaveLength(1);
  });
});
