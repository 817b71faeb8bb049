import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Month round 6, N20: a milestone due on a Sunday or a public holiday got no note, while the same
// date typed as `frist 26.12.2027 …` does. The rule is the deadlines' own (src/deadlines/non-working.ts).

const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, MONDAY);

async function click(t: TestApp, net: NetworkFixture, verb: string, data: object): Promise<string> {
  const res = await t.post(cardAction(net, kari, verb, { networkId: net.teamId, projectId: 'U1', ...data }));
  expect(res.status).toBe(200);
  return JSON.stringify(res.body);
}

describe('a milestone on a day off (N20)', () => {
  it('saving it says the day is a holiday/Sunday and which working day is before, as for a deadline; `milepæler` says so on its row', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    await click(t, net, 'project.save', { form: 'subgoal', goal: 'Felles rutine' });
    const saved = await click(t, net, 'project.save', {
      form: 'milestone',
      subGoal: 'd1',
      activity: 'Rutine vedtatt i alle kommuner',
      owner: 'Hurdal',
      when: '26.12.2027',
    });
    // 26.12.2027 is a Sunday and andre juledag; 25.12 a Saturday and første juledag: the working day before is Friday 24.12.
    expect(saved).toContain('26. desember er andre juledag');
    expect(saved).toContain('Siste virkedag før er fredag 24. desember 2027');
    // A milestone on a working day gets no such note.
    const plain = await click(t, net, 'project.save', {
      form: 'milestone',
      subGoal: 'd1',
      activity: 'Evaluering',
      owner: 'Nes',
      when: '15.03.2028',
    });
    expect(plain).not.toContain('Siste virkedag før');
    const list = JSON.stringify(await say(t, net, kari, 'milepæler U1'));
    expect(list).toContain('26.12.2027');
    expect(list).toMatch(/andre juledag[^"]*fredag 24\. desember 2027/);
    expect(list.match(/Siste virkedag før/g)?.length ?? 0).toBe(1);
  });
});
