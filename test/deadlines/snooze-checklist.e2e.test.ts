import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snoozeUntil } from '../../src/deadlines/nudges.ts';
import type { TestApp } from '../support/app.ts';
import { createdWith, say as chatSay, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);

const cardsOf = (t: TestApp, from = 0) => createdWith(t, 'Frist: Søknad om stimuleringsmidler', from);

/** The answer to «frist …» in the thread it was typed in (not a new thread): one more posted card of the deadline. */
const registeredCard = (t: TestApp, title: string) =>
  t.connector.emulator
    .activities()
    .filter((c) => c.kind !== 'create' && JSON.stringify(c.body).includes(`Frist: ${title}`))
    .map((c) => c.responseId);

describe('snooze never passes the deadline (pure rule)', () => {
  const tz = 'Europe/Oslo';
  const at = (iso: string) => new Date(iso);
  it('the day before: the next working morning, which is the deadline day', () => {
    expect(snoozeUntil(at('2026-09-29T08:00:00Z'), { date: '2026-09-30', time: '23:59' }, tz)?.toISOString()).toBe(
      '2026-09-30T07:00:00.000Z',
    );
  });
  it('on the last day: two hours on, or 15:00, whichever is sooner', () => {
    expect(snoozeUntil(at('2026-09-30T08:00:00Z'), { date: '2026-09-30', time: '23:59' }, tz)?.toISOString()).toBe(
      '2026-09-30T10:00:00.000Z',
    );
    expect(snoozeUntil(at('2026-09-30T12:00:00Z'), { date: '2026-09-30', time: '23:59' }, tz)?.toISOString()).toBe(
      '2026-09-30T13:00:00.000Z',
    );
  });
  it('after 15:00 on the last day: two hours on (15:00 is past), never after the deadline itself', () => {
    expect(snoozeUntil(at('2026-09-30T14:00:00Z'), { date: '2026-09-30', time: '23:59' }, tz)?.toISOString()).toBe(
      '2026-09-30T16:00:00.000Z',
    );
    expect(snoozeUntil(at('2026-09-30T21:00:00Z'), { date: '2026-09-30', time: '23:59' }, tz)?.toISOString()).toBe(
      '2026-09-30T21:59:00.000Z',
    );
  });
  it('a Friday before a Saturday deadline stays on Friday; a passed deadline gets no snooze', () => {
    expect(snoozeUntil(at('2026-10-02T08:00:00Z'), { date: '2026-10-03', time: '23:59' }, tz)?.toISOString()).toBe(
      '2026-10-02T10:00:00.000Z',
    );
    expect(snoozeUntil(at('2026-10-01T08:00:00Z'), { date: '2026-09-30', time: '23:59' }, tz)).toBeNull();
  });
});

describe('deadline snooze and checklist, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = (who: typeof kari, text: string) => chatSay(t, net, who, text);

  beforeAll(async () => {
    // Monday 28 September 2026, 10:00 Oslo.
    ({ t, net } = await startAt('2026-09-28T08:00:00Z', kari));
    await say(kari, 'frist 30.09 Søknad om stimuleringsmidler');
  });
  afterAll(async () => t?.close());

  it('on the last day a snooze reminds two hours later, says when, and the card comes then', async () => {
    t.clock.set('2026-09-30T07:00:00Z');
    await t.app.services.scheduler.tick();
    const posted = cardsOf(t);
    expect(posted.length).toBeGreaterThan(0);
    // 10:00 Oslo on the deadline day.
    t.clock.set('2026-09-30T08:00:00Z');
    const res = await t.post(
      cardAction(
        net,
        ola,
        'deadline.snooze',
        { deadlineId: 'F1', networkId: net.teamId },
        { replyToId: posted.at(-1)!.responseId! },
      ),
    );
    const reply = JSON.stringify(res.body);
    expect(reply).toContain('kl. 12:00');
    expect(reply).toContain('30. september');
    expect(reply).not.toContain('1. oktober');
    const before = cardsOf(t).length;
    t.clock.set('2026-09-30T09:59:00Z');
    await t.app.services.scheduler.tick();
    expect(cardsOf(t).length).toBe(before);
    t.clock.set('2026-09-30T10:00:00Z');
    await t.app.services.scheduler.tick();
    expect(cardsOf(t).length).toBe(before + 1);
  });

  it('after 15:00 on the last day the reminder still comes that day, outside working hours', async () => {
    t.clock.set('2026-09-30T14:30:00Z'); // 16:30 Oslo
    const posted = cardsOf(t);
    const res = await t.post(
      cardAction(
        net,
        ola,
        'deadline.snooze',
        { deadlineId: 'F1', networkId: net.teamId },
        { replyToId: posted.at(-1)!.responseId! },
      ),
    );
    expect(JSON.stringify(res.body)).toContain('kl. 18:30');
    const before = cardsOf(t).length;
    t.clock.set('2026-09-30T16:30:00Z');
    await t.app.services.scheduler.tick();
    expect(cardsOf(t).length).toBe(before + 1);
  });

  it('a checklist item ticked on the card is stored and every posted card shows it for everyone', async () => {
    const posted = cardsOf(t);
    const item = 'Prosjektplan på malen';
    const card = JSON.stringify(posted.at(-1)!.body);
    expect(card).toContain('deadline.tick');
    const full = /"item":"(Prosjektplan på malen[^"]*)"/.exec(card)![1]!;
    const before = t.connector.emulator.calls.length;
    const res = await t.post(
      cardAction(
        net,
        per,
        'deadline.tick',
        { deadlineId: 'F1', networkId: net.teamId, item: full },
        { replyToId: posted[0]!.responseId! },
      ),
    );
    expect(res.body.statusCode).toBe(200);
    expect(JSON.stringify(res.body.value)).toContain(`☑ ${item}`);
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(updates.map((u) => u.activityId).sort()).toEqual(
      [...posted.map((p) => p.responseId), ...registeredCard(t, 'Søknad om stimuleringsmidler')].sort(),
    );
    for (const u of updates) expect(JSON.stringify(u.body)).toContain(`☑ ${item}`);
    expect(JSON.stringify(updates[0]!.body)).toContain('Per Berg');
    // Stored: a member opening the list after a restart sees the same state.
    await t.restart();
    const shown = await t.post(
      cardAction(net, ola, 'deadline.checklist', { deadlineId: 'F1', networkId: net.teamId, show: true }),
    );
    expect(JSON.stringify(shown.body.value)).toContain(`☑ ${item}`);
    // A second click unticks it, again for everyone.
    const from = t.connector.emulator.calls.length;
    const again = await t.post(
      cardAction(net, ola, 'deadline.tick', { deadlineId: 'F1', networkId: net.teamId, item: full }),
    );
    expect(JSON.stringify(again.body.value)).toContain(`☐ ${item}`);
    const updates2 = t.connector.emulator.calls.slice(from).filter((c) => c.kind === 'update');
    expect(updates2.length).toBe(updates.length);
    for (const u of updates2) expect(JSON.stringify(u.body)).not.toContain(`☑ ${item}`);
  });

  it('an item that is not on the list is refused with a message', async () => {
    const res = await t.post(
      cardAction(net, ola, 'deadline.tick', { deadlineId: 'F1', networkId: net.teamId, item: 'Finnes ikke' }),
    );
    expect(JSON.stringify(res.body)).toContain('sjekklisten');
  });
});
