import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { readReopen } from '../../src/deadlines/reopen-deadline.ts';
import { DEADLINE_NUDGE } from '../../src/deadlines/nudges.ts';
import type { TestApp } from '../support/app.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { appPerTest, say, sentSince, textOf } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Month s15 #3: Ola (member) pressed «Levert» on F5 by mistake on 29.12; «angre», «F5 er ikke levert, jeg
// trykket feil» and «ikke levert F5» were each read as something else, «flytt frist F5 …» only said it was
// delivered, and the promised reminders of 08.01, 14.01 and 15.01 never came.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const start = appPerTest(kari, '2026-12-02T09:00:00Z');

async function deliveredByOla() {
  const { t, net } = await start();
  await say(t, net, kari, 'frist 15. januar Søknad om stimuleringsmidler 2027');
  await say(t, net, per, 'frister'); // Per is a member of the network too
  t.clock.set('2026-12-29T09:00:00Z');
  const done = await t.post(cardAction(net, ola, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
  expect(JSON.stringify(done.body)).toContain('Levert – markert av Ola Hansen');
  return { t, net, done };
}

const get = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;

const plannedDays = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.jobs.list(net.tenantId, net.teamId, { kind: DEADLINE_NUDGE }))
    .filter((j) => j.status === 'planned')
    .map((j) => j.dueAt.toISOString().slice(0, 10))
    .sort();

describe('s15 #3: «Levert» by mistake is taken back', () => {
  it('the delivered card offers «Angre levert»; pressed by the one who marked it, the reminders ahead come back', async () => {
    const { t, net, done } = await deliveredByOla();
    expect(await plannedDays(t, net)).toEqual([]);
    const hinted = textOf(t.connector.emulator.calls.filter((c) => c.kind === 'create'));
    expect(hinted).toContain(
      'Er den ikke levert likevel, trykk «Angre levert» på kortet eller skriv «angre levert F1».',
    );
    const undo = executeActions(cardsOf(done.body)[0] ?? done.body).find((a) => a.verb === 'deadline.reopen');
    expect(undo?.title).toBe('Angre levert');
    const before = t.connector.emulator.calls.length;
    const r = await t.post(cardAction(net, ola, 'deadline.reopen', undo!.data));
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).not.toContain('Levert – markert');
    expect((await get(t, net)).status).toBe('open');
    // The ones promised at registration that are still ahead (the 14-day one moved off 01.01 and nyttårsaften),
    // and the question after the deadline.
    expect(await plannedDays(t, net)).toEqual(['2026-12-30', '2027-01-08', '2027-01-14', '2027-01-15', '2027-01-18']);
    const said = textOf(sentSince(t, before));
    expect(said).toContain('Ola Hansen åpnet F1 «Søknad om stimuleringsmidler 2027» igjen');
    expect(said).toContain('08.01');
    // The posted card is redrawn for everyone, with «Levert» again.
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(textOf(updates)).toContain('"verb":"deadline.done"');
    // And the reminder does come.
    const from = t.connector.emulator.calls.length;
    t.clock.set('2027-01-08T08:30:00Z');
    await t.app.services.scheduler.tick();
    expect(textOf(sentSince(t, from))).toContain('Søknad om stimuleringsmidler 2027');
    expect((await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.id)).toEqual(['F1']);
  });

  it('another member may not; a second press changes nothing', async () => {
    const { t, net } = await deliveredByOla();
    const data = { deadlineId: 'F1', networkId: net.teamId };
    const refused = JSON.stringify((await t.post(cardAction(net, per, 'deadline.reopen', data))).body);
    expect(refused).toContain('Bare Ola Hansen (som markerte den som levert) og nettverkets ledere (Kari Nordmann)');
    expect((await get(t, net)).status).toBe('done');
    await t.post(cardAction(net, kari, 'deadline.reopen', data));
    const before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, kari, 'deadline.reopen', data));
    expect(textOf(sentSince(t, before))).not.toContain('åpnet F1');
  });

  it('in words, in the ways the tester wrote them, by a leader; and «flytt frist» says how', async () => {
    const { t, net } = await deliveredByOla();
    expect(await say(t, net, kari, 'flytt frist F1 til 20.01.2027')).toContain('skriv «angre levert F1»');
    const out = await say(t, net, kari, 'ikke levert F1');
    expect(out).toContain('Kari Nordmann åpnet F1');
    expect(out).toContain('Jeg minner kanalen om den');
    expect(await say(t, net, kari, 'F1 er ikke levert')).toContain('er ikke markert som levert; den står åpen');
    await t.post(cardAction(net, ola, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(await say(t, net, ola, 'F1 er ikke levert, jeg trykket feil')).toContain('Ola Hansen åpnet F1');
    await t.post(cardAction(net, ola, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(await say(t, net, kari, 'angre levert F1')).toContain('Kari Nordmann åpnet F1');
    expect(await say(t, net, kari, 'flytt frist F1 til 20.01.2027')).toContain('flyttet fristen F1');
  });

  // Review s15 #11: with no number the example named the newest open deadline, which then got «… er ikke
  // markert som levert».
  it('«angre levert» with no number: a neutral example, never an open deadline', async () => {
    const { t, net } = await deliveredByOla();
    await say(t, net, kari, 'frist 20.01.2027 Årsmøte');
    const out = await say(t, net, kari, 'angre levert');
    // The reply layer puts a zero-width space after «<» so Teams does not read «<nummer>» as markup.
    expect(out).toMatch(/Skriv «angre levert F<\u200b?nummer>»/u);
    expect(out).not.toContain('angre levert F2');
  });
});

// Review s16 #6: when both tries lost to someone marking it again, the words said «… den står åpen» and the
// card quietly showed it delivered; a delivery stored without its time could never be taken back.
describe('review s16 #6: «Angre levert» that cannot win, and a delivery with no time', () => {
  it('after losing twice to a new «Levert», says so in words and on the card, and changes nothing', async () => {
    const { t, net } = await deliveredByOla();
    const deadlines = t.app.services.store.deadlines;
    const reopenOnce = deadlines.reopenOnce.bind(deadlines);
    // Between each read and its conditional write, someone takes it back and presses «Levert» again.
    deadlines.reopenOnce = async (tenantId, networkId, id, doneAt) => {
      await reopenOnce(tenantId, networkId, id, doneAt);
      t.clock.advance(60_000);
      await deadlines.markDoneOnce(tenantId, networkId, id, per, t.clock.now());
      return reopenOnce(tenantId, networkId, id, doneAt);
    };
    const said = await say(t, net, kari, 'angre levert F1');
    expect(said).toContain('F1 ble markert som levert på nytt av noen andre akkurat nå');
    expect(said).not.toContain('står åpen');
    const pressed = JSON.stringify(
      (await t.post(cardAction(net, kari, 'deadline.reopen', { deadlineId: 'F1', networkId: net.teamId }))).body,
    );
    expect(pressed).toContain('F1 ble markert som levert på nytt av noen andre akkurat nå');
    expect((await get(t, net)).status).toBe('done');
  });

  it('a delivery stored without its time is opened again', async () => {
    const { t, net } = await deliveredByOla();
    const db = (t.app.services.store as unknown as { db: DatabaseSync }).db;
    db.prepare(`UPDATE deadlines SET done_at = NULL WHERE id = 'F1'`).run();
    expect(await say(t, net, kari, 'angre levert F1')).toContain('Kari Nordmann åpnet F1');
    expect((await get(t, net)).status).toBe('open');
  });
});

describe('readReopen (pure)', () => {
  it('reads the ways a «Levert» is taken back', () => {
    expect(readReopen('F5 er ikke levert, jeg trykket feil')).toBe('F5');
    expect(readReopen('ikke levert F5')).toBe('F5');
    expect(readReopen('angre levert f5')).toBe('F5');
    expect(readReopen('åpne F5 igjen')).toBe('F5');
    expect(readReopen('gjenåpne frist F12')).toBe('F12');
  });
  it('leaves questions and other talk alone', () => {
    expect(readReopen('er F5 ikke levert?')).toBeNull();
    expect(readReopen('søknaden er ikke levert ennå')).toBeNull();
    expect(readReopen('F5 levert')).toBeNull();
  });
});
