import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Month round 7, N7 and the second half of N6: the card from «nytt prosjekt», the one from «prosjekt U1» and
// the «prosjekter» list disagreed after a save on one of them. Every card the bot posted of the project is
// now redrawn after a save, each as its own kind: a project card as the project, a list card as the list
// (a form opened from the list must not turn the list into one project's card for everyone).

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-05T08:00:00Z');

/** Posts `text` in the channel; returns the id of the message the bot posted holding a card that contains `mark`. */
async function posted(t: TestApp, net: NetworkFixture, text: string, mark: string): Promise<string> {
  const before = t.connector.emulator.calls.length;
  await say(t, net, kari, text);
  const call = t.connector.emulator.calls
    .slice(before)
    .find(
      (c) => c.responseId && JSON.stringify(c.body).includes(mark) && JSON.stringify(c.body).includes('AdaptiveCard'),
    );
  expect(call, `no card with ${mark} posted for «${text}»`).toBeTruthy();
  return call!.responseId!;
}

async function click(t: TestApp, net: NetworkFixture, who: TestPerson, on: string, verb: string, data: object) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(
    cardAction(net, who, verb, { networkId: net.teamId, projectId: 'U1', ...data }, { replyToId: on }),
  );
  expect(res.status).toBe(200);
  const updates = new Map<string, string>();
  for (const c of t.connector.emulator.calls.slice(before))
    if (c.kind === 'update' && c.activityId) updates.set(c.activityId, JSON.stringify(c.body));
  return { body: JSON.stringify(res.body), updates };
}

describe('every posted card of a project after a save', () => {
  it('opened from a project card: both project cards and the list show the saved plan, each as its own kind', async () => {
    const { t, net } = await app();
    const a = await posted(t, net, 'nytt prosjekt Tryggere overganger', 'Tryggere overganger');
    const b = await posted(t, net, 'prosjekt U1', 'Tryggere overganger');
    const list = await posted(t, net, 'prosjekter', 'Utviklingsprosjekter');
    expect(new Set([a, b, list]).size).toBe(3);

    expect((await click(t, net, ola, b, 'project.form', { form: 'basics' })).updates.size).toBe(0);
    const saved = await click(t, net, ola, b, 'project.save', {
      form: 'basics',
      municipalities: 'Nes, Eidsvoll, Hurdal, Gjerdrum',
      mainGoal: 'Alle overganger er planlagt sammen med familien.',
    });
    expect(saved.body).toContain('Lagret');
    for (const id of [a, b]) {
      const card = saved.updates.get(id);
      expect(card, `project card ${id} not redrawn`).toBeTruthy();
      expect(card).toContain('Gjerdrum');
      expect(card).toContain('Legg til milepæl');
      expect(card).not.toContain('Lagret');
    }
    const l = saved.updates.get(list);
    expect(l, 'list card not redrawn').toBeTruthy();
    expect(l).toContain('Utviklingsprosjekter');
    expect(l).not.toContain('Legg til milepæl');
  });

  it('opened from the list card: the list stays a list for everyone, the project cards follow', async () => {
    const { t, net } = await app();
    const a = await posted(t, net, 'nytt prosjekt Tryggere overganger', 'Tryggere overganger');
    await say(t, net, kari, 'nytt prosjekt Felles veiledning');
    const list = await posted(t, net, 'prosjekter', 'Utviklingsprosjekter');

    const saved = await click(t, net, ola, list, 'project.save', { form: 'subgoal', goal: 'Felles rutine' });
    expect(saved.body).toContain('Lagret');
    const l = saved.updates.get(list);
    expect(l, 'list card not redrawn').toBeTruthy();
    expect(l).toContain('Utviklingsprosjekter');
    // Both projects are still on the list; it did not become U1's card.
    expect(l).toContain('Felles veiledning');
    expect(l).not.toContain('Legg til milepæl');
    expect(saved.updates.get(a)).toContain('Felles rutine');
    // A refused save redraws nothing.
    const bad = await click(t, net, ola, list, 'project.save', { form: 'subgoal', goal: '' });
    expect(bad.updates.size).toBe(0);
  });
});
