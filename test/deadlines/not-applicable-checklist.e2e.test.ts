// s12 #12 (month as a leader network): «Revisorattestert regnskap når tilskuddet er over 200 000 kr» on a
// report's checklist could not honestly be ticked for a smaller grant, so «levert» asked about it as
// unticked. Each item can now be marked «Gjelder ikke oss» on the card by anyone who may tick (and taken
// back); the card and the tab show it, it survives a restart, and «levert» does not count it as open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlinesResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { speaker, type Speaker } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

const kari = person('Kari Nordmann', 1); // installed the bot: leader
const ola = person('Ola Hansen', 2); // member
const AUDITOR = 'Revisorattestert regnskap når tilskuddet er over 200 000 kr';

let app: TabApp;
let net: NetworkFixture;
let s: Speaker;
const ids = () => ({ deadlineId: 'F1', networkId: net.teamId });
const post = (who: typeof kari, verb: string, data: object) => app.t.post(cardAction(net, who, verb, data));
const naAction = (body: unknown) =>
  executeActions(cardsOf(body)).find((a) => a.verb === 'deadline.na' && a.data.item === AUDITOR);

beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2027-02-15T08:00:00Z') }); // Monday 15 February 2027
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola]);
  s = speaker(app.t, net, '712001');
  // Bufdir's yearly report (due 1 March) brings the checklist with the auditor's statement.
  await s.say(kari, 'frist 01.03.2027 Rapportering for 2026');
  const d = await app.t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1');
  expect(d!.checklist).toContain(AUDITOR);
  for (const item of d!.checklist.filter((i) => i !== AUDITOR))
    await post(kari, 'deadline.tick', { ...ids(), item, on: true });
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('a checklist item that does not apply to the network', () => {
  it('was only left unticked, so «Levert» asked about it (the finding)', async () => {
    const res = await post(ola, 'deadline.done', ids());
    expect(JSON.stringify(res.body)).toContain(`1 av 4 punkter på sjekklisten er ikke krysset av: «${AUDITOR}»`);
  });

  it('a member marks it «Gjelder ikke oss» on the card; every posted card shows it, with the way back', async () => {
    const shown = await post(ola, 'deadline.checklist', { ...ids(), show: true });
    const mark = naAction(shown.body)!;
    expect(mark).toMatchObject({ title: 'Gjelder ikke oss', data: { on: 'true' } });
    const before = app.t.connector.emulator.calls.length;
    const res = await post(ola, mark.verb, mark.data);
    expect(res.body.statusCode).toBe(200);
    const card = JSON.stringify(res.body.value);
    expect(card).toContain(`${AUDITOR} – gjelder ikke oss (Ola Hansen)`);
    expect(card).not.toContain(`☐ ${AUDITOR}`);
    expect(naAction(res.body)).toMatchObject({ title: 'Gjelder oss likevel', data: { on: 'false' } });
    const updates = app.t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(updates.length).toBeGreaterThan(0);
    for (const u of updates) expect(JSON.stringify(u.body)).toContain(`${AUDITOR} – gjelder ikke oss`);
    // The same click again (a replay, a second copy of the card) changes nothing.
    const again = await post(ola, mark.verb, mark.data);
    expect(JSON.stringify(again.body.value)).toContain(`${AUDITOR} – gjelder ikke oss (Ola Hansen)`);
  });

  it('is stored: after a restart the card and the tab show it, neither ticked nor open', async () => {
    await app.t.restart();
    const shown = await post(kari, 'deadline.checklist', { ...ids(), show: true });
    expect(JSON.stringify(shown.body.value)).toContain(`${AUDITOR} – gjelder ikke oss (Ola Hansen)`);
    const tab = deadlinesResponse.parse(
      (await app.api(tabApi.deadlines(net.teamId), { token: await app.token(ola) })).body,
    );
    const items = tab.deadlines.find((d) => d.id === 'F1')!.checklist;
    expect(items.find((i) => i.item === AUDITOR)).toEqual({ item: AUDITOR, done: false, notApplicable: true });
    expect(items.filter((i) => i.done)).toHaveLength(3);
  });

  it('taken back it is open again and «Levert» asks; marked again, «Levert» marks at once', async () => {
    const shown = await post(kari, 'deadline.checklist', { ...ids(), show: true });
    const undo = naAction(shown.body)!;
    const back = await post(kari, undo.verb, undo.data);
    expect(JSON.stringify(back.body.value)).toContain(`☐ ${AUDITOR}`);
    expect(JSON.stringify((await post(ola, 'deadline.done', ids())).body)).toContain('1 av 4 punkter');

    await post(kari, 'deadline.na', { ...ids(), item: AUDITOR, on: true });
    const done = JSON.stringify((await post(ola, 'deadline.done', ids())).body);
    expect(done).not.toContain('ikke krysset av');
    expect(done).toContain('Levert – markert av Ola Hansen');
    // The yearly report comes again for next year with a fresh checklist: next year's grant may be larger.
    const open = await app.t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(open.map((d) => [d.id, d.date, d.checks])).toEqual([['F2', '2028-03-01', []]]);
  });

  it('an item not on the list is refused in words, as a tick is', async () => {
    const res = await post(ola, 'deadline.na', { ...ids(), item: 'Finnes ikke', on: true });
    expect(JSON.stringify(res.body)).toMatch(/står ikke lenger på sjekklisten|allerede markert som levert/);
  });
});
