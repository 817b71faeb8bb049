import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s14 #17: a task removed with «Fjern» in «rett referat» after the meeting left Ola's card saying
// «Oppgaven ble angret i møtet …», and «avlys oppgave» by a member named Kari twice («Bare den som skrev
// oppgaven (Kari Nordmann) eller en leder i nettverket (Kari Nordmann) …»).
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-17T08:00:00Z');

describe('s14 #17: wording around a task taken out of the minutes', () => {
  it('the card says who took it out of the minutes and when; a refusal names Kari once', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '896001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'oppgave @Ola Hansen bestille lokale innen 11.01.2027', { mentions: [ola] });
    await s.say(kari, 'oppgave @Ola Hansen sende tall innen 12.01.2027', { mentions: [ola] });
    expect(await s.say(ola, 'avlys oppgave T2')).toContain(
      'Bare en leder i nettverket (Kari Nordmann) kan avlyse den.',
    );
    await s.say(kari, 'avslutt møte');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const task = (await entriesOf(t, net, m.id)).find((e) => e.kind === 'task');
    t.clock.set('2026-12-18T09:00:00Z');
    const before = t.connector.emulator.calls.length;
    await t.post(
      cardAction(
        net,
        kari,
        'minutes.remove',
        { networkId: net.teamId, meetingId: m.id, entryId: task.id },
        { thread: '896001', replyToId: '896003' },
      ),
    );
    const updates = JSON.stringify(t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update'));
    expect(updates).toContain('Kari Nordmann tok oppgaven ut av referatet 18.12.2026, og den finnes ikke lenger.');
    expect(updates).not.toContain('angret i møtet');
  });
});
