import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { validNationalId } from '../support/national-id.ts';

// Monday 23 November 2026, 09:00 in Oslo (UTC+1).
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const ola = person('Ola Hansen', 2);

const app = appPerTest(kari, MONDAY);
const say = sayer({});

/** The answer to «frist …» in the thread it was typed in (not a new thread): one more posted card of the deadline. */
const registeredCard = (t: TestApp, title: string) =>
  t.connector.emulator
    .activities()
    .filter((c) => c.kind !== 'create' && JSON.stringify(c.body).includes(`Frist: ${title}`))
    .map((c) => c.responseId);

const cardsFor = (t: TestApp, title: string, net?: NetworkFixture) =>
  t.connector.emulator.calls.filter(
    (c) =>
      c.kind === 'create' &&
      c.status === 200 &&
      JSON.stringify(c.body).includes(`Frist: ${title}`) &&
      (!net || c.body.channelData.channel.id === net.channelId),
  );

async function at(t: TestApp, iso: string): Promise<void> {
  t.clock.set(iso);
  await t.app.services.scheduler.tick();
}

describe('adding deadlines: clear answers to bad input', () => {
  it('refuses a date in the past, a missing date and an empty command, always echoing what was typed', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const past = await say(t, net, kari, 'frist 1.11.2026 Rapport om bruk av midler');
    expect(past).toContain('01.11.2026 er passert');
    expect(past).toContain('1.11.2026 Rapport om bruk av midler');
    expect(past).toContain('frist 1. mars Rapport til Statsforvalteren');
    const noDate = await say(t, net, kari, 'frist Rapport uten dato');
    expect(noDate).toContain('Jeg fant ingen dato');
    expect(noDate).toContain('Rapport uten dato');
    expect(await say(t, net, kari, 'frist')).toContain('mangler en tittel');
    expect(await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).toEqual([]);
  });

  it('refuses a fødselsnummer in the title without storing or repeating it', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    // 01010000000 is not valid; build a valid one from the mod-11 rule instead of storing a real one.
    const id = validNationalId('010190', '123');
    const out = await say(t, net, kari, `frist 30.12 Søknad for ${id}`);
    expect(out).not.toContain(id);
    expect(await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).toEqual([]);
  });
});

describe('the same deadline twice', () => {
  it('refuses an exact twin and points out another deadline on the same day', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 15.12 Søknad om overføring');
    const twin = await say(t, net, kari, 'frist 15. desember søknad om overføring');
    expect(twin).toContain('finnes allerede som F1');
    expect(twin).toContain('Du skrev: «15. desember søknad om overføring»');
    const other = await say(t, net, kari, 'frist 2026-12-15 Overføring til neste år');
    expect(other).toContain('samme dag har nettverket også F1 «Søknad om overføring»');
    expect((await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.id)).toEqual([
      'F1',
      'F2',
    ]);
  });
});

describe('registering a deadline close at hand', () => {
  it('does not repeat the card as a nudge the same day, and still nudges on the day itself', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    // Monday 23 November: due tomorrow, so the one-day nudge would fall today.
    const out = await say(t, net, kari, 'frist i morgen Budsjett til styringsgruppen');
    expect(out).toContain('Frist: Budsjett til styringsgruppen');
    await at(t, '2026-11-23T14:00:00Z');
    expect(cardsFor(t, 'Budsjett til styringsgruppen')).toHaveLength(0);
    await at(t, '2026-11-24T08:00:00Z');
    expect(cardsFor(t, 'Budsjett til styringsgruppen')).toHaveLength(1);
  });
});

describe('the nudge card', () => {
  it('Påminn meg senere on a Friday comes back on Monday, not at the weekend', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 15.12 Søknad om overføring av midler');
    // Friday 27 November, 10:00.
    t.clock.set('2026-11-27T09:00:00Z');
    const res = await t.post(cardAction(net, ola, 'deadline.snooze', { deadlineId: 'F1', networkId: net.teamId }));
    expect(JSON.stringify(res.body)).toContain('mandag 30. november');
    await at(t, '2026-11-28T09:00:00Z');
    await at(t, '2026-11-29T12:00:00Z');
    expect(cardsFor(t, 'Søknad om overføring av midler')).toHaveLength(0);
    await at(t, '2026-11-30T08:00:00Z');
    expect(cardsFor(t, 'Søknad om overføring av midler')).toHaveLength(1);
  });

  it('a nudge that would fall on a Saturday comes on the Friday before, not after the weekend', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    // 14 days before Saturday 19 December is Saturday 5 December: it comes Friday 4 December at 09:00.
    await say(t, net, kari, 'frist 19.12 Bruk av midler');
    await at(t, '2026-12-04T07:59:00Z');
    expect(cardsFor(t, 'Bruk av midler')).toHaveLength(0);
    await at(t, '2026-12-04T08:00:00Z');
    expect(cardsFor(t, 'Bruk av midler')).toHaveLength(1);
    expect(JSON.stringify(cardsFor(t, 'Bruk av midler')[0]!.body)).toContain('15 dager igjen');
    await at(t, '2026-12-05T08:00:00Z');
    await at(t, '2026-12-07T07:00:00Z');
    expect(cardsFor(t, 'Bruk av midler')).toHaveLength(1);
    // The send is recorded against the job it belonged to.
    const log = await t.app.services.store.deliveries.list(net.tenantId, net.teamId);
    expect(log.find((d) => d.key.endsWith(':2026-12-19:14'))?.outcome).toBe('sent');
  });

  it('frist varsler changes the days, and keeping a day keeps its nudge', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 18.12 Revisjon av retningslinjene');
    expect(await say(t, net, ola, 'frist varsler 3')).toContain('Bare nettverkets ledere');
    expect(await say(t, net, kari, 'frist varsler 3, 7, mange')).toContain('«3, 7, mange»');
    expect(await say(t, net, kari, 'frist varsler 7,3')).toContain('7 og 3 dager før');
    // 14 days before (4 December) is no longer wanted; 7 (11 December) was kept, 3 (15 December) is new.
    await at(t, '2026-12-04T08:00:00Z');
    expect(cardsFor(t, 'Revisjon av retningslinjene')).toHaveLength(0);
    await at(t, '2026-12-11T08:00:00Z');
    expect(cardsFor(t, 'Revisjon av retningslinjene')).toHaveLength(1);
    await at(t, '2026-12-15T08:00:00Z');
    expect(cardsFor(t, 'Revisjon av retningslinjene')).toHaveLength(2);
    await at(t, '2026-12-18T08:00:00Z');
    expect(cardsFor(t, 'Revisjon av retningslinjene')).toHaveLength(2);
  });
});

describe('editing a deadline by card', () => {
  it('only leaders edit; a bad date returns the form with what was typed; a new date moves the nudges and updates posted cards', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 18.12 Søknad om overføring av midler');
    await at(t, '2026-12-04T08:00:00Z'); // 14 days before
    const [posted] = cardsFor(t, 'Søknad om overføring av midler');
    expect(posted).toBeDefined();
    const ids = { deadlineId: 'F1', networkId: net.teamId };

    const refused = await t.post(cardAction(net, ola, 'deadline.edit', ids, { replyToId: posted!.responseId! }));
    expect(JSON.stringify(refused.body)).toContain('Bare nettverkets ledere');

    const form = await t.post(cardAction(net, kari, 'deadline.edit', ids, { replyToId: posted!.responseId! }));
    expect(JSON.stringify(form.body.value)).toContain('Input.Text');
    expect(JSON.stringify(form.body.value)).toContain('18.12.2026');

    const typed = {
      title: 'Overføring – endret tittel',
      date: 'en gang i januar',
      kind: 'overføring',
      source: 'Statsforvalteren',
      checklist: 'Punkt én\nPunkt to',
      yearly: 'false',
    };
    const bad = JSON.stringify(
      (await t.post(cardAction(net, kari, 'deadline.save', { ...ids, ...typed }, { replyToId: posted!.responseId! })))
        .body.value,
    );
    expect(bad).toContain('Jeg fant ingen dato');
    expect(bad).toContain('en gang i januar');
    expect(bad).toContain('Overføring – endret tittel');
    expect(bad).toContain('Punkt én\\nPunkt to');

    const before = t.connector.emulator.calls.length;
    const ok = await t.post(
      cardAction(
        net,
        kari,
        'deadline.save',
        { ...ids, ...typed, date: '22.12.2026' },
        { replyToId: posted!.responseId! },
      ),
    );
    expect(JSON.stringify(ok.body.value)).toContain('Frist: Overføring – endret tittel');
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(updates.map((u) => u.activityId).sort()).toEqual(
      [posted!.responseId, ...registeredCard(t, 'Søknad om overføring av midler')].sort(),
    );
    for (const u of updates) expect(JSON.stringify(u.body)).toContain('22. desember 2026');

    // 14 days before the new date (8 December) speaks; 7 before the old one (11 December) is quiet;
    // 7 before the new one (15 December) speaks again.
    await at(t, '2026-12-08T08:00:00Z');
    expect(cardsFor(t, 'Overføring – endret tittel')).toHaveLength(1);
    await at(t, '2026-12-11T08:00:00Z');
    expect(cardsFor(t, 'Overføring – endret tittel')).toHaveLength(1);
    await at(t, '2026-12-15T08:00:00Z');
    const moved = cardsFor(t, 'Overføring – endret tittel');
    expect(moved).toHaveLength(2);
    expect(JSON.stringify(moved[0]!.body)).toContain('Punkt to');
  });
});

describe('deadlines set by a Statsforvalter', () => {
  it('reach every network under the same Statsforvalter, also one that joins later, and each delivers on its own', async () => {
    const { t, nets } = await app(4);
    const [oslo1, oslo2, vestland, late] = nets as [NetworkFixture, NetworkFixture, NetworkFixture, NetworkFixture];
    expect(await say(t, oslo1, ola, 'statsforvalter Rogaland')).toContain('Bare nettverkets ledere');
    expect(await say(t, oslo1, kari, 'statsforvalter Oslo og Viken')).toContain('Statsforvalteren i Oslo og Viken');
    await say(t, oslo2, kari, 'statsforvalter statsforvalteren i oslo og viken');
    await say(t, vestland, kari, 'statsforvalter Vestland');
    expect(await say(t, late, kari, 'felles frist 30.12 Søknad')).toContain('Sett først hvilken Statsforvalter');

    expect(await say(t, oslo1, kari, 'felles frist 30.12 Søknad om stimuleringsmidler')).toContain('1 annet nettverk');
    // A11: the other network gets an offer; its own leader accepts it (shared-offer.e2e.test.ts has the refusals).
    const accept = async (net: NetworkFixture) => {
      const offer = t.connector.emulator.calls.find(
        (c) =>
          c.kind === 'create' &&
          c.body.channelData?.channel?.id === net.channelId &&
          /offerId/.test(JSON.stringify(c.body)),
      );
      const offerId = /"offerId":"([^"]+)"/.exec(JSON.stringify(offer?.body))?.[1];
      await t.post(cardAction(net, kari, 'deadline.offer.accept', { offerId, networkId: net.teamId }));
    };
    expect(await say(t, oslo2, ola, 'frister')).not.toContain('Søknad om stimuleringsmidler');
    await accept(oslo2);
    expect(await say(t, oslo2, ola, 'frister')).toContain('Søknad om stimuleringsmidler');
    expect(await say(t, vestland, ola, 'frister')).not.toContain('Søknad om stimuleringsmidler');

    expect(await say(t, late, kari, 'statsforvalter Oslo og Viken')).toContain('1 felles frist');
    await accept(late);
    expect(await say(t, late, ola, 'frister')).toContain('Søknad om stimuleringsmidler');

    // 14 days before: one card in each of the three networks, none in Vestland.
    await at(t, '2026-12-16T08:00:00Z');
    const cards = cardsFor(t, 'Søknad om stimuleringsmidler');
    expect(cards.map((c) => c.body.channelData.channel.id).sort()).toEqual(
      [oslo1.channelId, oslo2.channelId, late.channelId].sort(),
    );
    expect(JSON.stringify(cards[0]!.body)).toContain('Alle nettverk under Statsforvalteren i Oslo og Viken');

    await t.post(cardAction(oslo1, ola, 'deadline.done', { deadlineId: 'F1', networkId: oslo1.teamId }));
    await at(t, '2026-12-23T08:00:00Z'); // 7 days before
    expect(cardsFor(t, 'Søknad om stimuleringsmidler', oslo1)).toHaveLength(1);
    expect(cardsFor(t, 'Søknad om stimuleringsmidler', oslo2)).toHaveLength(2);
  });
});

describe('yearly deadlines', () => {
  it('roll forward once when the day passes without Levert, and Levert afterwards adds no third year', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    expect(await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren')).toContain('gjentas hvert år');
    const dates = async () =>
      (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.date);
    await at(t, '2027-03-02T08:00:00Z');
    await at(t, '2027-03-03T08:00:00Z');
    expect(await dates()).toEqual(['2027-03-01', '2028-03-01']);
    await t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(await dates()).toEqual(['2028-03-01']);
    // The new year is nudged like the first: 30 days before 1 March 2028 is 31 January.
    await at(t, '2028-01-31T08:00:00Z');
    expect(cardsFor(t, 'Rapport til Statsforvalteren').length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(cardsFor(t, 'Rapport til Statsforvalteren').at(-1)!.body)).toContain('1. mars 2028');
  });

  it('racing roll-forwards (Levert and the rollover job at once) give one copy for next year, not several', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    const { rollForward } = await import('../../src/deadlines/nudges.ts');
    const f1 = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    const rolled = await Promise.all([1, 2, 3].map(() => rollForward(t.app.services, f1, f1.createdBy, t.clock.now())));
    expect(rolled.filter(Boolean).map((d) => d!.date)).toEqual(['2028-03-01']);
    // Two Levert clicks arriving together add nothing more.
    // Pressed in the last weeks: earlier, «Levert» asks first (N11, round 9: delivery-confirm.e2e.test.ts).
    t.clock.set('2027-02-10T09:00:00Z');
    const click = () => t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    const [first, second] = await Promise.all([click(), click()]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const open = await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(open.map((d) => d.date)).toEqual(['2028-03-01']);
  });
});

describe('a restart between claiming and sending', () => {
  it('takes over the dead claim at the restart (one process per file: the claim is an orphan), sends once, and never again', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 18.12 Søknad om overføring av midler');
    t.clock.set('2026-12-04T08:00:00Z');
    // A process claims the due nudge and dies before sending.
    const claimed = await t.app.services.store.jobs.claimDue(t.clock.now(), 10, 120_000);
    expect(claimed.map((j) => j.kind)).toContain('deadline.nudge');
    await t.restart();
    await at(t, '2026-12-04T08:00:01Z');
    expect(cardsFor(t, 'Søknad om overføring av midler')).toHaveLength(1);
    await t.restart();
    await at(t, '2026-12-04T09:00:00Z');
    expect(cardsFor(t, 'Søknad om overføring av midler')).toHaveLength(1);
  });
});
