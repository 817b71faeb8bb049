import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';

// Round 9, item 1: task changes made after a meeting was reopened («Gjenåpne møtet fra …») were missing from
// its minutes: the follow-up read the FIRST «end» of the log. The minutes stay a pure function of the log:
// the reopening is written in the log, and the follow-up reads every stretch the meeting ran, up to its last end.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-03-19T07:30:00Z');

describe('task follow-up in a reopened meeting', () => {
  it('changes made after reopening are in the minutes; changes between the two sittings are not', async () => {
    const { t, net } = await app();
    const before = speaker(t, net, '895001');
    await before.say(kari, 'oppgave @Ola Hansen lage utkast til budsjett innen 4.4.2027', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen bestille lokale innen 11.4.2027', { mentions: [ola] });
    await before.say(kari, 'oppgave @Kari Nordmann sende invitasjon innen 18.4.2027', { mentions: [kari] });

    t.clock.set('2027-03-19T08:08:00Z'); // 09:08 in Oslo
    const first = speaker(t, net, '895002');
    expect(await first.say(kari, 'start møte')).toContain('er startet');
    expect(await first.say(ola, 'T1 er ferdig')).toContain('Ferdig');
    t.clock.set('2027-03-19T08:09:00Z');
    await first.say(kari, 'avslutt møte');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;

    // Between the two sittings, outside the meeting: the tasks' business, not these minutes'.
    t.clock.set('2027-03-19T08:09:30Z');
    await before.say(kari, 'oppgave T3 ny frist 25.4.2027');

    t.clock.set('2027-03-19T08:10:00Z');
    const second = speaker(t, net, '895003');
    expect(await second.say(kari, 'start møte')).toContain('meeting.sameday');
    const reopen = { networkId: net.teamId, date: m.date, choice: 'reopen', meetingId: m.id };
    const res = await t.post(cardAction(net, kari, 'meeting.sameday', reopen, { thread: '895003' }));
    expect(JSON.stringify(res.body)).toContain('gjenåpnet møtet');

    t.clock.set('2027-03-19T08:15:00Z');
    expect(await first.say(ola, 'T2 er ferdig')).toContain('Ferdig');
    t.clock.set('2027-03-19T08:20:00Z');
    const ended = await first.say(kari, 'avslutt møte');
    expect(ended).toContain('T2 «bestille lokale»: ferdig');

    const minutes = await t.app.services.meetingViews!.minutes(
      (await t.app.services.store.meetings.get(net.tenantId, net.teamId, m.id))!,
    );
    const lines = minutes.items.flatMap((i) => i.notes);
    expect(lines).toContain('T1 «lage utkast til budsjett»: ferdig (Ola Hansen, 19.03.2027)');
    expect(lines).toContain('T2 «bestille lokale»: ferdig (Ola Hansen, 19.03.2027)');
    expect(lines.join(' ')).not.toContain('T3');
    // The owner table is the state at the latest close: T2 done, T3 with the date it got in between.
    const rows = minutes.tasksByOwner.flatMap((g) => g.tasks.map((x) => `${g.owner} ${x.taskId} ${x.due}`));
    expect(rows).toEqual(['Kari Nordmann T3 2027-04-25']);
    // A correction between the sittings is still not «rettet» (none was made); the reopened stretch is not one.
    expect(minutes.corrections).toEqual([]);
  });
});
