import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf as texts } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';
import { feedLinkOf } from '../support/feed-link.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

describe('one meeting at a time, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let holidayCard: any;
  const say = async (who: typeof kari, text: string, thread?: string) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, who, text, thread ? { thread } : {}));
    expect(res.status).toBe(200);
    return texts(t.connector.emulator.calls.slice(before));
  };
  const tickAt = async (iso: string) => {
    const before = t.connector.emulator.calls.length;
    t.clock.set(iso);
    await t.app.services.scheduler.tick();
    return t.connector.emulator.calls.slice(before);
  };
  const feed = async () => {
    return (await fetch(await feedLinkOf(t, net, kari))).text();
  };
  /** The VEVENT block of the calendar that carries this UID date. */
  const event = (ics: string, uidDate: string) =>
    ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:meeting-${uidDate}`)) ?? '';

  beforeAll(async () => {
    // Wednesday 25 November 2026, 09:00 Oslo: one month before the December meeting on 1. juledag.
    ({ t, net } = await startAt('2026-11-25T07:00:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('asks the leaders a month ahead when the series lands on 1. juledag, with suggested dates, and moves nothing unasked', async () => {
    const before = await say(ola, 'møteplan');
    expect(before).toContain('fredag 25. desember 2026');
    // 25 November is the day, one month ahead: the question goes out this morning.
    expect(before).toContain('på første juledag; lederne blir spurt om ny dato i dag');
    const sent = await tickAt('2026-11-25T08:00:00Z');
    const cards = sent.filter((c) => c.kind === 'create' && JSON.stringify(c.body).includes('meeting.holiday'));
    expect(cards).toHaveLength(1);
    holidayCard = cards[0];
    const body = JSON.stringify(holidayCard.body);
    expect(body).toContain('første juledag');
    expect(body).toContain('onsdag 23. desember');
    expect(body).toContain('fredag 18. desember');
    expect(body).toContain('"choice":"skip"');
    expect(body).toContain('Kari Nordmann'); // the leaders are @mentioned
    // Asked once: the next day's planning does not ask again.
    const again = await tickAt('2026-11-26T08:00:00Z');
    expect(again.filter((c) => JSON.stringify(c.body).includes('meeting.holiday'))).toHaveLength(0);
  });

  it("a member cannot choose; a leader's choice moves the meeting, its accepted proposals and notices, for everyone", async () => {
    await say(ola, 'agenda + Budsjett 2027');
    const proposals = await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-12-25');
    expect(proposals).toHaveLength(1);
    await t.post(cardAction(net, kari, 'proposal.accept', { proposalId: proposals[0]!.id, networkId: net.teamId }));

    const data = (choice: string) => ({ networkId: net.teamId, date: '2026-12-25', choice });
    const refused = await t.post(
      cardAction(net, ola, 'meeting.holiday', data('2026-12-23'), { replyToId: holidayCard.responseId }),
    );
    expect(JSON.stringify(refused.body)).toContain('Bare nettverkets ledere');

    const before = t.connector.emulator.calls.length;
    const res = await t.post(
      cardAction(net, kari, 'meeting.holiday', data('2026-12-23'), { replyToId: holidayCard.responseId }),
    );
    expect(JSON.stringify(res.body)).toContain('23. desember');
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(updates.map((u) => u.activityId)).toContain(holidayCard.responseId);
    expect(JSON.stringify(updates[0]!.body)).not.toContain('meeting.holiday');

    const plan = await say(ola, 'møteplan');
    expect(plan).toContain('onsdag 23. desember 2026');
    expect(plan).not.toContain('fredag 25. desember');
    expect(
      (await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-12-23')).map((p) => p.text),
    ).toEqual(['Budsjett 2027']);

    // The agenda comes 7 days before the new date, with the proposal; the reminder the working day before.
    const agenda = texts(await tickAt('2026-12-16T08:00:00Z'));
    expect(agenda).toContain('onsdag 23. desember 2026');
    expect(agenda).toContain('Budsjett 2027');
    expect(agenda).toContain('flyttet fra 25.12.2026 fordi det er første juledag');
    expect(texts(await tickAt('2026-12-18T08:00:00Z'))).not.toContain('25. desember');
    expect(texts(await tickAt('2026-12-22T11:00:00Z'))).toContain('23. desember');
  });

  it('flytt, avlys and ekstra møte change single meetings; members are refused; bad input is explained', async () => {
    t.clock.set('2026-12-28T08:00:00Z');
    expect(await say(ola, 'flytt møtet 29.01 til 22.01')).toContain('Bare nettverkets ledere');
    const moved = await say(kari, 'flytt møtet 29.01 til 22.01 kl. 10:00–14:00');
    expect(moved).toContain('fredag 22. januar 2027');
    expect(moved).toContain('10:00–14:00');
    const cancelled = await say(kari, 'avlys møtet 26. februar for få saker');
    expect(cancelled).toContain('26. februar');
    expect(await say(kari, 'ekstra møte 12.02.2027 kl. 12-14')).toContain('fredag 12. februar 2027');
    const plan = await say(ola, 'møteplan');
    expect(plan).toContain('fredag 22. januar 2027 kl. 10:00–14:00 (flyttet fra 29.01.2027)');
    expect(plan).toContain('fredag 12. februar 2027 kl. 12:00–14:00 (et ekstra møte)');
    expect(plan).toContain('fredag 12. februar 2027');
    expect(plan).not.toContain('26. februar');
    expect(plan).not.toContain('29. januar');

    const notAMeeting = await say(kari, 'flytt møtet 30.01 til 22.01');
    expect(notAMeeting).toContain('30.01.2027');
    expect(notAMeeting).toContain('flytt møte 22.01 til');
    expect(await say(kari, 'avlys møte')).toContain('avlys møte 22.01');
    expect(await say(kari, 'flytt møtet 22.01 til i forgårs')).toContain('Eksempel');
    // Moving it again (by its current date) keeps it the same meeting.
    expect(await say(kari, 'flytt møtet fra 22.01 til 21.01')).toContain('torsdag 21. januar 2027');
  });

  it('the calendar feed carries meetings as well as deadlines, with updates and cancellations', async () => {
    await say(kari, 'frist 1. mars Rapport til Statsforvalteren');
    const ics = await feed();
    expect(ics).toContain('Rapport til Statsforvalteren');
    const jan = event(ics, '2027-01-29');
    expect(jan).toContain('DTSTART:20270121T090000Z');
    expect(jan).toContain('DTEND:20270121T130000Z');
    expect(jan).toMatch(/SEQUENCE:2/);
    const feb = event(ics, '2027-02-26');
    expect(feb).toContain('STATUS:CANCELLED');
    expect(feb).toMatch(/SEQUENCE:1/);
    expect(event(ics, 'x-2027-02-12')).toContain('DTSTART:20270212T110000Z');
    const dec = event(ics, '2026-12-25');
    expect(dec).toContain('DTSTART:20261223T080000Z');
    expect(event(ics, '2027-04-30')).toContain('STATUS:CONFIRMED');
  });

  it('start møte on a day with no planned meeting starts an extra meeting; "Erstatter møtet" links it to the next one and brings its proposals', async () => {
    t.clock.set('2027-01-04T08:00:00Z');
    await say(ola, 'agenda + Evaluering av høsten');
    const [p] = await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2027-01-21');
    expect(p?.text).toBe('Evaluering av høsten');
    await t.post(cardAction(net, kari, 'proposal.accept', { proposalId: p!.id, networkId: net.teamId }));

    t.clock.set('2027-01-08T08:00:00Z'); // Friday 8 January, 09:00: no meeting planned
    const thread = '700001';
    const started = await say(kari, 'start møte', thread);
    expect(started).toContain('ekstra møte');
    expect(started).toContain('Erstatter møtet 21.01.2027');
    const running = await t.app.services.store.meetings.running(net.tenantId, net.teamId);
    const res = await t.post(
      cardAction(
        net,
        kari,
        'meeting.replaces',
        { networkId: net.teamId, meetingId: running!.id, date: '2027-01-21' },
        { thread },
      ),
    );
    expect(JSON.stringify(res.body)).toContain('21.01.2027');
    const after = await t.app.services.store.meetings.running(net.tenantId, net.teamId);
    expect(JSON.stringify(after!.agenda)).toContain('Evaluering av høsten');
    const plan = await say(ola, 'møteplan');
    expect(plan).not.toContain('21. januar');
    const ics = await feed();
    expect(event(ics, '2027-01-29')).toContain('DTSTART:20270108');
    expect(event(ics, 'x-2027-01-08')).toBe('');
    // "neste møte" names the meeting itself.
    expect(await say(kari, 'flytt neste møte til 11.02')).toContain('torsdag 11. februar 2027');
    expect(await say(kari, 'avlys neste møte sykdom')).toContain('11. februar 2027');
    expect(await say(ola, 'møteplan')).not.toContain('februar');
    // Held and ended today: no longer ahead, so a proposal made now goes to the next meeting.
    expect(await say(ola, 'møteplan')).toContain('fredag 8. januar 2027');
    await say(kari, 'avslutt møte', thread);
    expect(await say(ola, 'møteplan')).not.toContain('8. januar');
    await say(ola, 'agenda + Noe til mars');
    expect(
      (await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2027-03-26')).map((x) => x.text),
    ).toContain('Noe til mars');
  });
});

describe('the holiday question answered with «Dropp møtet»', () => {
  it('cancels that meeting only, moves its proposals to the next one, and the calendar shows it cancelled', async () => {
    // Wednesday 24 February 2027: the March meeting falls on Langfredag (26 March).
    const { t, net } = await startAt('2027-02-24T08:00:00Z', kari);
    try {
      t.clock.set('2027-02-26T08:00:00Z');
      await t.app.services.scheduler.tick();
      // After the February meeting has ended, a proposal goes to the March meeting.
      t.clock.set('2027-02-26T15:00:00Z');
      await t.post(channelMessage(net, ola, 'agenda + Påsketema'));
      const march = await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2027-03-26');
      expect(march.map((p) => p.text)).toEqual(['Påsketema']);
      const asked = t.connector.emulator.calls.filter(
        (c) => c.kind === 'create' && JSON.stringify(c.body).includes('meeting.holiday'),
      );
      expect(asked).toHaveLength(1);
      expect(JSON.stringify(asked[0]!.body)).toContain('langfredag');
      expect(JSON.stringify(asked[0]!.body)).toContain('onsdag 24. mars 2027');
      const res = await t.post(
        cardAction(
          net,
          kari,
          'meeting.holiday',
          { networkId: net.teamId, date: '2027-03-26', choice: 'skip' },
          { replyToId: asked[0]!.responseId ?? undefined },
        ),
      );
      expect(JSON.stringify(res.body)).toContain('droppes');
      const out = JSON.stringify(
        (await t.post(channelMessage(net, ola, 'møteplan'))) && t.connector.emulator.calls.at(-1)!.body,
      );
      expect(out).not.toContain('mars 2027');
      expect(out).toContain('fredag 30. april 2027');
      expect(
        (await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2027-04-30')).map((p) => p.text),
      ).toEqual(['Påsketema']);
      const ics = await (await fetch(await feedLinkOf(t, net, kari))).text();
      const cancelled = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:meeting-2027-03-26')) ?? '';
      expect(cancelled).toContain('STATUS:CANCELLED');
      expect(cancelled).toContain('SEQUENCE:1');
    } finally {
      await t.close();
    }
  });
});
