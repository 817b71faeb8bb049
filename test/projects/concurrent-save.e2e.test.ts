import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { executeActions as executes } from '../support/cards.ts';

// Month round 7, N6: Kari and Ola open the same section's form; the later «Lagre» wiped what the first
// saved. Now only what the person changed is written; a field both changed is shown with both values.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-05T08:00:00Z');

async function click(t: TestApp, net: NetworkFixture, who: TestPerson, verb: string, data: object) {
  const res = await t.post(cardAction(net, who, verb, { networkId: net.teamId, projectId: 'U1', ...data }));
  expect(res.status).toBe(200);
  return (res.body as { value?: any }).value;
}

const button = (card: unknown, title: string) => {
  const a = executes(card).find((x) => x.title === title);
  expect(a, `no «${title}»`).toBeTruthy();
  return a!;
};
/** The inputs of a form as Teams sends them back: each Input's value. */
function inputs(node: unknown, out: Record<string, string> = {}) {
  if (Array.isArray(node)) node.forEach((n) => inputs(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string')
      out[o.id] = String(o.value ?? '');
    Object.values(o).forEach((v) => inputs(v, out));
  }
  return out;
}
/** Opens the basics form as `who`; `save(changes)` presses its «Lagre» with the form's values and `changes`. */
async function openBasics(t: TestApp, net: NetworkFixture, who: TestPerson) {
  const form = await click(t, net, who, 'project.form', { form: 'basics' });
  const lagre = button(form, 'Lagre');
  const values = inputs(form);
  return (changes: Record<string, string>) => click(t, net, who, lagre.verb, { ...lagre.data, ...values, ...changes });
}
const planOf = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.projects.get(net.tenantId, net.teamId, 'U1'))!.plan;

describe('two people saving the same section of a plan', () => {
  it('keeps what the other saved when each changed a different field', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    await (
      await openBasics(t, net, kari)
    )({
      type: 'egeninitiert',
      applicant: 'Nes',
      municipalities: 'Nes, Eidsvoll, Hurdal',
      mainGoal: 'Alle overganger er planlagt sammen med familien.',
      grant: '300 000',
    });
    const karis = await openBasics(t, net, kari);
    const olas = await openBasics(t, net, ola);
    expect(JSON.stringify(await olas({ municipalities: 'Nes, Eidsvoll, Hurdal, Gjerdrum' }))).toContain('Lagret');
    const answer = JSON.stringify(await karis({ grant: '250 000' }));
    expect(answer).toContain('Lagret');
    const plan = await planOf(t, net);
    expect(plan.municipalities).toEqual(['Nes', 'Eidsvoll', 'Hurdal', 'Gjerdrum']);
    expect(plan.grant.applied).toBe(250_000);
    expect(plan.mainGoal).toBe('Alle overganger er planlagt sammen med familien.');
  });

  it('shows both values of a field both changed, with who and when, saves the rest, and lets her choose', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    await (
      await openBasics(t, net, kari)
    )({ municipalities: 'Nes, Eidsvoll, Hurdal', grant: '300 000' });
    const karis = await openBasics(t, net, kari);
    const olas = await openBasics(t, net, ola);
    t.clock.advance(8 * 60_000);
    await olas({ municipalities: 'Nes, Eidsvoll, Hurdal, Gjerdrum' });
    const answer = await karis({ municipalities: 'Nes, Eidsvoll', grant: '250 000' });
    const json = JSON.stringify(answer);
    // Nothing of the field both changed is saved silently; the rest is.
    let plan = await planOf(t, net);
    expect(plan.municipalities).toEqual(['Nes', 'Eidsvoll', 'Hurdal', 'Gjerdrum']);
    expect(plan.grant.applied).toBe(250_000);
    expect(json).not.toContain('"Lagret."');
    expect(json).toContain('Deltakende kommuner/bydeler');
    expect(json).toContain('Ola Hansen');
    expect(json).toContain('09:08');
    expect(json).toContain('Nes, Eidsvoll, Hurdal, Gjerdrum');
    expect(json).toContain('Nes, Eidsvoll');
    // She chooses her own value.
    const mine = button(answer, 'Bruk mitt');
    expect(JSON.stringify(await click(t, net, kari, mine.verb, mine.data))).toContain('Lagret');
    plan = await planOf(t, net);
    expect(plan.municipalities).toEqual(['Nes', 'Eidsvoll']);
    expect(plan.grant.applied).toBe(250_000);
  });

  it('the same for a text section (further work)', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    const open = async (who: TestPerson) => {
      const form = await click(t, net, who, 'project.form', { form: 'further' });
      const lagre = button(form, 'Lagre');
      return (changes: Record<string, string>) =>
        click(t, net, who, lagre.verb, { ...lagre.data, ...inputs(form), ...changes });
    };
    const karis = await open(kari);
    const olas = await open(ola);
    await olas({ furtherWork: 'Rutinen tas inn i kvalitetssystemet.' });
    const answer = JSON.stringify(await karis({ furtherWork: 'Prosjektgruppen lærer opp nyansatte.' }));
    expect((await planOf(t, net)).furtherWork).toBe('Rutinen tas inn i kvalitetssystemet.');
    expect(answer).toContain('Ola Hansen');
    expect(answer).toContain('Prosjektgruppen lærer opp nyansatte.');
  });
});
