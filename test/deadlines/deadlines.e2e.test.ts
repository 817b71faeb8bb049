import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { createdWith, say as chatSay, startAt } from '../support/chat.ts';
import {
  botAddedToTeam,
  cardAction,
  channelMessage,
  networkFixture,
  person,
  personalMessage,
  type NetworkFixture,
} from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const deadlineCards = (t: TestApp, from = 0) => createdWith(t, 'Frist: Søknad om stimuleringsmidler', from);

/** The answer to «frist …» in the thread it was typed in (not a new thread): one more posted card of the deadline. */
const registeredCard = (t: TestApp, title: string) =>
  t.connector.emulator
    .activities()
    .filter((c) => c.kind !== 'create' && JSON.stringify(c.body).includes(`Frist: ${title}`))
    .map((c) => c.responseId);

describe('deadlines, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = (who: typeof kari, text: string) => chatSay(t, net, who, text);

  beforeAll(async () => {
    // Monday 24 August 2026, 10:00 Oslo: a week before the first nudge of a 30 September deadline.
    ({ t, net } = await startAt('2026-08-24T08:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('refuses a member and explains bad input, echoing what was typed', async () => {
    expect(await say(ola, 'frist 30.09 Søknad')).toContain('Bare nettverkets ledere');
    const bad = await say(kari, 'frist snart Søknad om midler');
    expect(bad).toContain('snart Søknad om midler');
    expect(bad).toContain('frist 1. mars Rapport til Statsforvalteren');
    expect(await say(kari, 'frist 30.09')).toContain('mangler en tittel');
  });

  it('registers a deadline by command with the application checklist', async () => {
    const out = await say(kari, 'frist 30. september Søknad om stimuleringsmidler');
    expect(out).toContain('F1');
    expect(out).toContain('Prosjektplan på malen');
    expect(out).toContain('Minst to barneverntjenester');
    expect(await say(ola, 'frister')).toContain('Søknad om stimuleringsmidler');
  });

  it('posts the card 30, 14, 7 and 1 days before, on working days 08–16 only', async () => {
    // 30 days before is Monday 31 August: due at 09:00, not earlier.
    t.clock.set('2026-08-31T06:59:00Z');
    await t.app.services.scheduler.tick();
    expect(deadlineCards(t)).toHaveLength(0);
    t.clock.set('2026-08-31T07:00:00Z');
    await t.app.services.scheduler.tick();
    expect(deadlineCards(t)).toHaveLength(1);
    // 14 days before is Wednesday 16 September.
    t.clock.set('2026-09-16T06:59:00Z');
    await t.app.services.scheduler.tick();
    expect(deadlineCards(t)).toHaveLength(1);
    t.clock.set('2026-09-16T07:00:00Z');
    await t.app.services.scheduler.tick();
    expect(deadlineCards(t)).toHaveLength(2);
    // 7 days before is Wednesday 23 September.
    t.clock.set('2026-09-23T07:00:00Z');
    await t.app.services.scheduler.tick();
    const cards = deadlineCards(t);
    expect(cards).toHaveLength(3);
    expect(JSON.stringify(cards[2]!.body)).toContain('7 dager igjen');
    expect(cards[2]!.body.channelData.channel.id).toBe(net.channelId);
  });

  it('Levert updates every posted card for everyone and stops the rest', async () => {
    const posted = deadlineCards(t);
    const before = t.connector.emulator.calls.length;
    const res = await t.post(
      cardAction(
        net,
        ola,
        'deadline.done',
        { deadlineId: 'F1', networkId: net.teamId },
        { replyToId: posted[2]!.responseId! },
      ),
    );
    expect(res.body.statusCode).toBe(200);
    expect(JSON.stringify(res.body.value)).toContain('Levert');
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(updates.map((u) => u.activityId).sort()).toEqual(
      [...posted.map((p) => p.responseId), ...registeredCard(t, 'Søknad om stimuleringsmidler')].sort(),
    );
    for (const day of ['2026-09-29T07:00:00Z', '2026-09-30T07:00:00Z', '2026-10-05T07:00:00Z']) {
      t.clock.set(day);
      await t.app.services.scheduler.tick();
    }
    expect(deadlineCards(t)).toHaveLength(3);
  });

  it('serves the network calendar at a signed link, and refuses a tampered one', async () => {
    await say(kari, 'frist 1. mars Rapport til Statsforvalteren');
    // The link comes only in a personal chat (A10); Kari leads the network.
    const before = t.connector.emulator.calls.length;
    await t.post(personalMessage(t.connector.url, net.tenantId, kari, 'frister'));
    const list = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    const url = /"url":"([^"]+frister\.ics[^"]+)"/.exec(list)![1]!.replace(/\\u0026/g, '&');
    const ics = await (await fetch(url)).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Rapport til Statsforvalteren');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270301');
    expect((await fetch(url.replace(/n=[^&]+/, 'n=annet'))).status).toBe(403);
  });
});

describe('deadline nudges after downtime', () => {
  it('sends what fell due while down once, and sums up passed deadlines in one message', async () => {
    const t = await startTestApp({ clock: new ManualClock('2026-08-31T08:00:00Z') });
    try {
      const net = networkFixture(t.connector.url, 2);
      await t.post(botAddedToTeam(net, kari));
      await t.post(channelMessage(net, kari, 'frist 30.09 Søknad om stimuleringsmidler'));
      await t.post(channelMessage(net, kari, 'frist 15.09 Søknad om overføring av midler'));
      // The server is down from 1 to 24 September: F1's 14- and 7-day nudges and all of F2's fall due.
      await t.restart();
      const before = t.connector.emulator.calls.length;
      t.clock.set('2026-09-24T08:00:00Z');
      await t.app.services.scheduler.tick();
      await t.app.services.scheduler.tick();
      const sent = t.connector.emulator.calls
        .slice(before)
        .filter((c) => c.kind === 'create')
        .map((c) => JSON.stringify(c.body));
      expect(sent.filter((b) => b.includes('Frist: Søknad om stimuleringsmidler'))).toHaveLength(1);
      expect(sent.filter((b) => b.includes('Frist: Søknad om overføring'))).toHaveLength(0);
      const stale = sent.filter((b) => b.includes('passerte mens jeg ikke kunne varsle'));
      expect(stale).toHaveLength(1);
      expect(stale[0]).toContain('Søknad om overføring av midler');
    } finally {
      await t.close();
    }
  });
});
