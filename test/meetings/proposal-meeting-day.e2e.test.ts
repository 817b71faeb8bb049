import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s16 #5: `agenda + …` typed in the meeting on the meeting day got «Fristen for forslag til møtet 26.02 var
// 24.02 … Vil du ta det opp 26.02, ta det under «Eventuelt»», as if that meeting were still to come. Friday
// 29 January 2027 is a meeting day (09:00–15:30); the one after is 26 February.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-29T08:05:00Z'); // 09:05 in Oslo

describe('a proposal on the meeting day', () => {
  it('while the meeting runs: the reply says it is on now and sends the item to the next meeting', async () => {
    const { t, net } = await app();
    const meeting = speaker(t, net, '972001');
    await meeting.say(kari, 'start møte');
    t.clock.set('2027-01-29T09:40:00Z');
    const own = await meeting.say(kari, 'agenda + Faglig tema: traumebevisst ledelse (utsatt fra januar)');
    expect(own).toContain('Møtet i dag er i gang (startet kl. 09:05)');
    expect(own).toContain('på agendaen for møtet 26.02.2027');
    expect(own).toContain('«Eventuelt» i møtetråden');
    expect(own).not.toContain('Fristen for forslag');
    expect(own).not.toContain('ta det opp 29.01.2027');
    const member = await speaker(t, net, '972002').say(ola, 'agenda + Felles fagdag i mai');
    expect(member).toContain('Møtet i dag er i gang (startet kl. 09:05)');
    expect(member).toContain('på møtet 26.02.2027 og sendt det til lederne');
    expect(member).not.toContain('Fristen for forslag');
  });

  it('after the meeting ended earlier today: the item simply goes to the next meeting', async () => {
    const { t, net } = await app();
    const meeting = speaker(t, net, '972003');
    await meeting.say(kari, 'start møte');
    t.clock.set('2027-01-29T10:00:00Z');
    await meeting.say(kari, 'avslutt møte');
    t.clock.set('2027-01-29T12:00:00Z');
    const said = await speaker(t, net, '972004').say(kari, 'agenda + Felles fagdag i mai');
    expect(said).toContain('står nå på agendaen for møtet 26.02.2027');
    expect(said).not.toContain('Fristen for forslag');
    expect(said).not.toContain('i gang');
  });

  it('before it starts, the reply is as before', async () => {
    const { t, net } = await app();
    const said = await speaker(t, net, '972005').say(kari, 'agenda + Felles fagdag i mai');
    expect(said).toContain('Fristen for forslag til møtet 29.01.2027 var 27.01.2027');
    expect(said).not.toContain('i gang');
  });
});
