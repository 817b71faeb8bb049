// Month round 14, #11: an overdue task was reminded of every week without end («forfalt for 56 dager siden»),
// and a municipality's task made a new channel post each week, with nothing changing. Now the owner gets three
// weekly reminders (the third says it is the last), the week after the leaders are told once in the channel,
// and then it is quiet; a new due date starts the reminders afresh. The clock is moved, never waited on.
import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { speaker } from '../meetings/channel-support.ts';
import { datesFrom, walkDays } from '../support/schedule-walk.ts';
import { person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // has not talked to the bot: his reminders come in the channel
const app = appPerTest(kari, '2027-01-04T08:00:00Z'); // Monday 4 January 2027

const about = (id: string) => (c: { kind: string; status: number; body: any }) =>
  (c.kind === 'create' || c.kind === 'send') &&
  c.status < 300 &&
  String(c.body?.activity?.text ?? c.body?.text ?? '').includes(`ppgave ${id} `);

describe('overdue reminders end with one note to the leaders', () => {
  it('three weekly reminders to the owner, one handover to the leaders, then nothing', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const s = speaker(t, net, '714601');
    await s.say(kari, 'oppgave @Ola Hansen sende deltakerliste innen 08.01.2027', { mentions: [ola] });
    await s.say(kari, 'kommuner Nes, Hurdal, Nannestad');
    expect(await s.say(kari, 'oppgave Nes kommune: bestille lokale innen 08.01.2027')).toContain('T2');
    const log = await walkDays(
      t,
      datesFrom('2027-01-04', '2027-03-31'),
      ['08:00'],
      (c) => about('T1')(c) || about('T2')(c),
    );
    for (const id of ['T1', 'T2']) {
      const mine = log.filter((l) => l.body.includes(`ppgave ${id} `));
      const overdue = mine.filter((l) => l.body.includes('har passert fristen. Er den ferdig'));
      expect(overdue.map((l) => l.day)).toEqual(['2027-01-15', '2027-01-22', '2027-01-29']);
      expect(overdue[2]!.body).toContain('siste påminnelse');
      const handover = mine.filter((l) => l.body.includes('ingen flere påminnelser'));
      expect(handover.map((l) => l.day)).toEqual(['2027-02-05']);
      expect(handover[0]!.body).toContain('<at>Kari Nordmann</at>');
      expect(handover[0]!.body).toContain(`«@Nettverksboten oppgave ${id} ny frist`);
      // Nothing after the handover: the walk runs to the end of March.
      expect(mine.filter((l) => l.day > '2027-02-05')).toEqual([]);
    }
  });

  it('a new due date after the handover starts the reminders again', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const s = speaker(t, net, '714602');
    await s.say(kari, 'oppgave @Ola Hansen sende deltakerliste innen 08.01.2027', { mentions: [ola] });
    await walkDays(t, datesFrom('2027-01-04', '2027-02-08'), ['08:00'], () => false);
    await s.say(kari, 'oppgave T1 ny frist 12.02.2027');
    const log = await walkDays(t, datesFrom('2027-02-09', '2027-02-19'), ['08:00'], about('T1'));
    expect(log.map((l) => l.day)).toEqual(['2027-02-09', '2027-02-12', '2027-02-19']);
  });
});
