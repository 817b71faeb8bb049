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
  return { body: JSON.stringify(res.body), value: (res.body as { value?: unknown }).value, updates };
}

/** The Action.Execute titled `title` on a card, and the inputs' values as Teams sends them back with it. */
function pressable(card: unknown, title: string) {
  let found: { verb: string; data: object } | undefined;
  const values: Record<string, string> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute' && o.title === title) found ??= { verb: String(o.verb), data: o.data as object };
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
      values[o.id] = String(o.value ?? '');
    Object.values(o).forEach(walk);
  };
  walk(card);
  expect(found, `no «${title}» on the card`).toBeTruthy();
  return { verb: found!.verb, data: { ...values, ...found!.data } };
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

  // Month round 7b, N3: Kari's save redrew Ola's card while he had the same section's form open on it, and
  // what he typed was gone with no choice. A card showing a form is left alone until that form is saved.
  it("a card with an open form is not redrawn by someone else's save; its own «Lagre» meets the other save", async () => {
    const { t, net } = await app();
    const a = await posted(t, net, 'nytt prosjekt Tryggere overganger', 'Tryggere overganger');
    const b = await posted(t, net, 'prosjekt U1', 'Tryggere overganger');

    const olasForm = await click(t, net, ola, b, 'project.form', { form: 'basics' });
    const karisForm = await click(t, net, kari, a, 'project.form', { form: 'basics' });
    const olaLagre = pressable(olasForm.value, 'Lagre');
    const kariLagre = pressable(karisForm.value, 'Lagre');

    const karis = await click(t, net, kari, a, kariLagre.verb, {
      ...kariLagre.data,
      mainGoal: 'Kari: felles plan for hver overgang.',
    });
    expect(karis.body).toContain('Lagret');
    expect(karis.updates.get(a), "Kari's own card not redrawn").toContain('Kari: felles plan');
    // Ola's card still shows his form: not touched by Kari's save.
    expect(karis.updates.has(b), "the card with Ola's open form was redrawn").toBe(false);

    // Ola saves what he typed: both changed the main goal, so he gets the choice, and his card is redrawn.
    const olas = await click(t, net, ola, b, olaLagre.verb, {
      ...olaLagre.data,
      mainGoal: 'Ola: brudd mellom tiltak.',
    });
    expect(olas.body).toContain('Kari Nordmann');
    expect(olas.body).toContain('Ola: brudd mellom tiltak.');
    expect(olas.updates.get(b), "Ola's card not redrawn after his save").toContain('Kari: felles plan');
    // The choice on his card is kept from a save by Kari meanwhile, as a form is.
    const again = await click(t, net, kari, a, 'project.save', { form: 'subgoal', goal: 'Felles rutine' });
    expect(again.updates.has(a)).toBe(true);
    expect(again.updates.has(b)).toBe(false);
    const mine = pressable(olas.value, 'Bruk mitt');
    const chosen = await click(t, net, ola, b, mine.verb, mine.data);
    expect(chosen.body).toContain('Lagret');
    for (const id of [a, b]) expect(chosen.updates.get(id), `card ${id} not redrawn`).toContain('Ola: brudd mellom');

    // «Tilbake» from a form: the card follows others' saves again.
    await click(t, net, ola, b, 'project.form', { form: 'basics' });
    const back = await click(t, net, ola, b, 'project.show', {});
    expect(back.body).toContain('Legg til milepæl');
    const after = await click(t, net, kari, a, 'project.save', { form: 'subgoal', goal: 'Felles opplæring' });
    expect(after.updates.get(b), 'card not redrawn after «Tilbake»').toContain('Felles opplæring');
  });
});
