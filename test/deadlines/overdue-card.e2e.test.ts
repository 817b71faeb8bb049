import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { createdWith, say as chatSay, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

const verbsOf = (card: unknown) => [...JSON.stringify(card).matchAll(/"verb":"([^"]+)"/g)].map((m) => m[1]);

// Month round 7b N9: a card for a deadline that has gone by offered «Påminn meg senere», which can only refuse.
describe('a deadline card after the day has gone by', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeAll(async () => {
    // Monday 28 September 2026, 10:00 Oslo.
    ({ t, net } = await startAt('2026-09-28T08:00:00Z', kari));
    await chatSay(t, net, kari, 'frist 30.09 Søknad om stimuleringsmidler');
  });
  afterAll(async () => t?.close());

  it('offers «Påminn meg senere» up to the deadline day, and not on the overdue nudge', async () => {
    t.clock.set('2026-09-30T07:00:00Z');
    await t.app.services.scheduler.tick();
    const onTheDay = createdWith(t, 'Frist: Søknad om stimuleringsmidler').at(-1)!;
    expect(verbsOf(onTheDay.body)).toContain('deadline.snooze');
    const before = createdWith(t, 'Frist: Søknad om stimuleringsmidler').length;
    // Friday 2 October, the overdue nudge.
    t.clock.set('2026-10-02T07:00:00Z');
    await t.app.services.scheduler.tick();
    const overdue = createdWith(t, 'Frist: Søknad om stimuleringsmidler').slice(before);
    expect(overdue.length).toBeGreaterThan(0);
    const verbs = verbsOf(overdue.at(-1)!.body);
    expect(verbs).toContain('deadline.done');
    expect(verbs).not.toContain('deadline.snooze');
  });

  it('a snooze pressed on an older card says why, and that a leader can move the date', async () => {
    const res = await t.post(cardAction(net, ola, 'deadline.snooze', { deadlineId: 'F1', networkId: net.teamId }));
    const reply = JSON.stringify(res.body);
    expect(reply).toContain('gått ut');
    expect(reply).toContain('leder');
    expect(reply).not.toContain('endre datoen.');
  });
});
