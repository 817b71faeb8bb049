import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { validNationalId } from '../support/national-id.ts';
import { readPlanDocx } from '../../src/projects/import.ts';
import { executeActions as executes } from '../support/cards.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, MONDAY);

interface Clicked {
  json: string;
  card: any;
}

/** Clicks a card button; returns the card (or message) the bot answered with. */
async function click(t: TestApp, net: NetworkFixture, verb: string, data: object): Promise<Clicked> {
  // The leader clicks: a member's dated milestone would wait for a leader's OK (N18, member-milestone.e2e).
  const res = await t.post(cardAction(net, kari, verb, { networkId: net.teamId, projectId: 'U1', ...data }));
  expect(res.status).toBe(200);
  return { json: JSON.stringify(res.body), card: (res.body as { value?: unknown }).value };
}

/** The data of the button `title` on the row that shows `rowText`, found in card order. */
function rowButton(card: unknown, rowText: string, title: string): any {
  const body = (card as { body: unknown[] }).body;
  const row = body.findIndex((b) => JSON.stringify(b).includes(rowText));
  expect(row, `no row with ${rowText}`).toBeGreaterThanOrEqual(0);
  const action = executes(body[row]).find((a) => a.title === title);
  expect(action, `no «${title}» on row ${rowText}`).toBeTruthy();
  return action!.data;
}

const planOf = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.projects.get(net.tenantId, net.teamId, 'U1'))!.plan;

describe('the rest of template 002 filled in on cards', () => {
  it('takes the leader, both groups, competence, background, success criteria, obstacles and further work; errors keep the text; the .docx has them in the template order', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    const plan = (await click(t, net, 'project.show', {})).card;
    const titles = executes(plan).map((a) => a.title);
    for (const step of [
      'Prosjektleder',
      'Styringsgruppe',
      'Prosjektgruppe',
      'Kompetansemiljø og bakgrunn',
      'Suksesskriterier',
      'Hindringer og tiltak',
      'Videre arbeid',
    ])
      expect(titles).toContain(step);

    // The project leader: a mistyped e-mail comes back with the reason, an example, and what was typed.
    expect((await click(t, net, 'project.form', { form: 'leader' })).json).toContain('U1: prosjektleder');
    const leader = {
      form: 'leader',
      name: 'Kari Nordmann',
      municipality: 'Nes barneverntjeneste',
      phone: '900 12 345',
      email: 'kari.nordmann@nes',
    };
    const badMail = await click(t, net, 'project.save', leader);
    expect(badMail.json).toContain('«kari.nordmann@nes» ser ikke ut som en e-postadresse');
    expect(badMail.json).toContain('kari.nordmann@nes.kommune.no');
    expect(badMail.json).toContain('Nes barneverntjeneste');
    expect(badMail.json).toContain('900 12 345');
    const badPhone = await click(t, net, 'project.save', { ...leader, email: '', phone: '12' });
    expect(badPhone.json).toContain('«12» ser ikke ut som et telefonnummer');
    const noName = await click(t, net, 'project.save', { ...leader, name: '  ' });
    expect(noName.json).toContain('Skriv navnet på prosjektlederen');
    expect(noName.json).toContain('Nes barneverntjeneste');
    expect((await click(t, net, 'project.save', { ...leader, email: 'kari.nordmann@nes.kommune.no' })).json).toContain(
      'Kari Nordmann, Nes barneverntjeneste',
    );

    // The project group, with bought-out time written the ways people write it.
    const member = {
      form: 'member',
      name: 'Anne Moe',
      municipality: 'Eidsvoll',
      role: 'Fagansvarlig',
      boughtOut: '150 %',
      email: '',
      phone: '',
    };
    const tooMuch = await click(t, net, 'project.save', member);
    expect(tooMuch.json).toContain('«150 %» kan ikke være frikjøpt tid');
    expect(tooMuch.json).toContain('Fagansvarlig');
    const anne = await click(t, net, 'project.save', { ...member, boughtOut: '50' });
    expect(anne.json).toContain('Anne Moe (50 % frikjøpt)');
    await click(t, net, 'project.save', {
      ...member,
      name: 'Per Lie',
      role: 'Veileder',
      boughtOut: '2 dager i uka',
    });
    await click(t, net, 'project.save', { ...member, name: 'Siri Dahl', role: 'Sekretær', boughtOut: '' });
    expect((await click(t, net, 'project.save', { form: 'member', name: '', role: 'Leder' })).json).toContain(
      'Skriv navnet på den som er med i prosjektgruppen',
    );

    // The steering group.
    expect(
      (
        await click(t, net, 'project.save', {
          form: 'steering',
          name: 'Per Hansen',
          municipality: 'Nes',
          position: 'Kommunalsjef',
          email: 'per.hansen@nes.kommune.no',
        })
      ).json,
    ).toContain('Per Hansen');

    // The texts: competence and background in one step; an identity number is refused and nothing is stored.
    const fnr = validNationalId('010190', '123');
    const texts = {
      form: 'background',
      competence: 'RBUP Øst og Sør: veiledning i samarbeidsmøter.',
      background: `Tilstandsvurderingen i 2025 viste at overganger mangler rutine. Gjelder ${fnr}.`,
    };
    const refused = await click(t, net, 'project.save', texts);
    expect(refused.json).not.toContain(fnr);
    expect(refused.json).toContain('RBUP Øst og Sør');
    expect((await planOf(t, net)).competence).toBe('');
    await click(t, net, 'project.save', {
      ...texts,
      background: 'Tilstandsvurderingen i 2025 viste at overganger mangler rutine.',
    });

    // Success criteria, one a line, however they are bulleted.
    await click(t, net, 'project.save', {
      form: 'success',
      successCriteria:
        '- Alle overganger har en plan\n• Familiene sier de ble hørt\n\n3. Rutinen er i bruk i alle kommuner',
    });

    // Obstacles with their measures.
    const noObstacle = await click(t, net, 'project.save', {
      form: 'obstacle',
      obstacle: '',
      measure: 'Vikar fra nabokommunen',
    });
    expect(noObstacle.json).toContain('Skriv hindringen');
    expect(noObstacle.json).toContain('Vikar fra nabokommunen');
    await click(t, net, 'project.save', {
      form: 'obstacle',
      obstacle: 'Sykefravær i prosjektgruppen',
      measure: 'Vikar fra nabokommunen',
    });

    const last = await click(t, net, 'project.save', {
      form: 'further',
      furtherWork: 'Rutinen tas inn i kvalitetssystemet i 2028.',
    });
    expect(last.json).toContain('Lagret.');

    const stored = await planOf(t, net);
    expect(stored.leader).toEqual({
      name: 'Kari Nordmann',
      municipality: 'Nes barneverntjeneste',
      phone: '900 12 345',
      email: 'kari.nordmann@nes.kommune.no',
    });
    expect(stored.projectGroup.map((m) => [m.name, m.role, m.boughtOut])).toEqual([
      ['Anne Moe', 'Fagansvarlig', '50 % frikjøpt'],
      ['Per Lie', 'Veileder', 'frikjøpt 2 dager i uka'],
      ['Siri Dahl', 'Sekretær', null],
    ]);
    expect(stored.steeringGroup).toEqual([
      { name: 'Per Hansen', municipality: 'Nes', position: 'Kommunalsjef', email: 'per.hansen@nes.kommune.no' },
    ]);
    expect(stored.successCriteria).toEqual([
      'Alle overganger har en plan',
      'Familiene sier de ble hørt',
      'Rutinen er i bruk i alle kommuner',
    ]);
    expect(stored.obstacles).toEqual([{ obstacle: 'Sykefravær i prosjektgruppen', measure: 'Vikar fra nabokommunen' }]);

    // The .docx has every new field, in the template's order, and reads back as the same plan.
    const url = /"url":"(http[^"]+\/files\/projects\/U1\.docx[^"]+)"/.exec(last.json)![1]!;
    const res = await fetch(url.replace(/^https?:\/\/[^/]+/, t.app.url));
    const bytes = new Uint8Array(await res.arrayBuffer());
    const read = await readPlanDocx(bytes);
    if (!read.ok) throw new Error(read.refusal);
    for (const key of [
      'leader',
      'steeringGroup',
      'projectGroup',
      'competence',
      'background',
      'successCriteria',
      'obstacles',
      'furtherWork',
    ] as const)
      expect(read.plan[key], key).toEqual(stored[key]);
    const { value: docText } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const order = [
      'kari.nordmann@nes.kommune.no',
      'Kommunalsjef',
      'Fagansvarlig',
      'RBUP Øst og Sør',
      'overganger mangler rutine',
      'Alle overganger har en plan',
      'Sykefravær i prosjektgruppen',
      'kvalitetssystemet',
    ].map((s) => docText.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('rows on the cards can be changed and deleted', () => {
  it('edits and deletes budget lines, milestones, sub-goals and group members; a double click deletes once', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'nytt prosjekt Tryggere overganger');
    const budget = { form: 'budget', description: 'Kurs', amount: '10 000', overhead: 'false' };
    await click(t, net, 'project.save', budget);
    await click(t, net, 'project.save', budget);
    await click(t, net, 'project.save', { ...budget, description: 'Reise', amount: '5 000' });

    // The budget list: each line with «Endre» and «Slett».
    let rows = await click(t, net, 'project.rows', { list: 'budget' });
    expect(rows.json).toContain('Reise: 5 000 kr');
    const del = rowButton(rows.card, 'Kurs: 10 000 kr', 'Slett');
    const first = await click(t, net, 'project.delete', del);
    expect(first.json).toContain('Slettet: Kurs');
    // The same button again (a double click, or the old card): the other «Kurs» line stays.
    const again = await click(t, net, 'project.delete', del);
    expect(again.json).toContain('Ingenting mer er slettet');
    expect((await planOf(t, net)).budget.lines.map((l) => [l.description, l.amount])).toEqual([
      ['Kurs', 10_000],
      ['Reise', 5_000],
    ]);

    // Edit: the form comes back filled in; saving replaces the line instead of adding one.
    rows = await click(t, net, 'project.rows', { list: 'budget' });
    const edit = await click(t, net, 'project.form', rowButton(rows.card, 'Reise', 'Endre'));
    expect(edit.json).toContain('"value":"Reise"');
    const saveData = executes(edit.card).find((a) => a.verb === 'project.save')!.data;
    const badAmount = await click(t, net, 'project.save', {
      ...saveData,
      description: 'Reise til samling',
      amount: 'mye',
    });
    expect(badAmount.json).toContain('Reise til samling');
    await click(t, net, 'project.save', {
      ...saveData,
      description: 'Reise til samling',
      amount: '7 500',
      overhead: 'false',
    });
    expect((await planOf(t, net)).budget.lines.map((l) => [l.description, l.amount])).toEqual([
      ['Kurs', 10_000],
      ['Reise til samling', 7_500],
    ]);

    // Sub-goals and milestones: a milestone with a date is a deadline; editing moves it, deleting closes it.
    await click(t, net, 'project.save', { form: 'subgoal', goal: 'Kartlegge overganger' });
    await click(t, net, 'project.save', { form: 'subgoal', goal: 'Prøve ut rutinen' });
    await click(t, net, 'project.save', {
      form: 'milestone',
      subGoal: 'd1',
      activity: 'Kartlegging av 20 saker',
      owner: 'Ola Berg',
      when: '15.03.2027',
    });
    rows = await click(t, net, 'project.rows', { list: 'milestones' });
    const m1 = rowButton(rows.card, 'Kartlegging av 20 saker', 'Endre');
    const m1Form = await click(t, net, 'project.form', m1);
    const m1Save = executes(m1Form.card).find((a) => a.verb === 'project.save')!.data;
    await click(t, net, 'project.save', {
      ...m1Save,
      subGoal: 'd1',
      activity: 'Kartlegging av 20 saker',
      owner: 'Ola Berg',
      when: '01.04.2027',
    });
    let open = await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(open.map((d) => d.date)).toEqual(['2027-04-01']);
    expect((await planOf(t, net)).subGoals[0]!.milestones.map((m) => m.id)).toEqual(['m1']);

    rows = await click(t, net, 'project.rows', { list: 'milestones' });
    const delM1 = rowButton(rows.card, 'Kartlegging av 20 saker', 'Slett');
    expect((await click(t, net, 'project.delete', delM1)).json).toContain('Slettet');
    expect((await click(t, net, 'project.delete', delM1)).json).toContain('Ingenting mer er slettet');
    open = await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(open).toEqual([]);
    // A new milestone does not take the deleted one's id (its answers and deadline belong to the old one).
    await click(t, net, 'project.save', { form: 'milestone', subGoal: 'd2', activity: 'Ny rutine', owner: 'Nes' });
    expect((await planOf(t, net)).subGoals[1]!.milestones.map((m) => m.id)).toEqual(['m2']);

    // A sub-goal with milestones asks first; an empty one goes at once.
    rows = await click(t, net, 'project.rows', { list: 'subgoals' });
    const asked = await click(t, net, 'project.delete', rowButton(rows.card, 'Prøve ut rutinen', 'Slett'));
    expect(asked.json).toContain('har 1 milepæl');
    expect((await planOf(t, net)).subGoals.length).toBe(2);
    const confirm = executes(asked.card).find((a) => a.verb === 'project.delete' && a.data.confirmed)!.data;
    await click(t, net, 'project.delete', confirm);
    await click(t, net, 'project.delete', confirm);
    expect((await planOf(t, net)).subGoals.map((g) => g.goal)).toEqual(['Kartlegge overganger']);
    rows = await click(t, net, 'project.rows', { list: 'subgoals' });
    expect(
      (await click(t, net, 'project.delete', rowButton(rows.card, 'Kartlegge overganger', 'Slett'))).json,
    ).toContain('Slettet');
    expect((await planOf(t, net)).subGoals).toEqual([]);

    // Group members.
    await click(t, net, 'project.save', { form: 'member', name: 'Anne Moe', role: 'Fagansvarlig', boughtOut: '20 %' });
    await click(t, net, 'project.save', { form: 'steering', name: 'Per Hansen', position: 'Kommunalsjef' });
    rows = await click(t, net, 'project.rows', { list: 'members' });
    const anne = await click(t, net, 'project.form', rowButton(rows.card, 'Anne Moe', 'Endre'));
    expect(anne.json).toContain('"value":"20 % frikjøpt"');
    const anneSave = executes(anne.card).find((a) => a.verb === 'project.save')!.data;
    await click(t, net, 'project.save', { ...anneSave, name: 'Anne Moe', role: 'Prosjektleder', boughtOut: '40 %' });
    expect((await planOf(t, net)).projectGroup.map((m) => [m.name, m.role, m.boughtOut])).toEqual([
      ['Anne Moe', 'Prosjektleder', '40 % frikjøpt'],
    ]);
    rows = await click(t, net, 'project.rows', { list: 'steering' });
    await click(t, net, 'project.delete', rowButton(rows.card, 'Per Hansen', 'Slett'));
    expect((await planOf(t, net)).steeringGroup).toEqual([]);

    // An edit whose row was deleted meanwhile keeps what was typed and offers to save it as a new row.
    rows = await click(t, net, 'project.rows', { list: 'members' });
    const stale = await click(t, net, 'project.form', rowButton(rows.card, 'Anne Moe', 'Endre'));
    const staleSave = executes(stale.card).find((a) => a.verb === 'project.save')!.data;
    await click(t, net, 'project.delete', rowButton(rows.card, 'Anne Moe', 'Slett'));
    const late = await click(t, net, 'project.save', { ...staleSave, name: 'Anne Moe-Berg', role: 'Prosjektleder' });
    expect(late.json).toContain('Anne Moe-Berg');
    expect(late.json).toContain('er endret eller slettet siden du åpnet skjemaet');
    expect((await planOf(t, net)).projectGroup).toEqual([]);
  });
});
