import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';

// Month round 6, N10: in the meeting 29.01.2027 Kari wrote `oppgave @Ola Hansen sjekke revisorkrav innen 12.02`
// (T1), then Ola `T1 ny frist 19.02`. Under «Punkt 3» the minutes read «T1 «sjekke revisorkrav»: ny frist
// 19.02.2027» above «Oppgave: sjekke revisorkrav (Ola Hansen, frist 12.02.2027)»: a change before the task
// was introduced. A later change of a task made in the same meeting follows its line, as it was written.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-29T08:05:00Z');

describe('a task made and changed in the same meeting', () => {
  it('is introduced in the minutes before its change', async () => {
    const { t, net } = await app();
    const meeting = speaker(t, net, '890001');
    await meeting.say(kari, 'start møte');
    await meeting.say(kari, 'punkt 3');
    await meeting.say(kari, 'info: gjennomgang av oppgaver');
    await meeting.say(kari, 'oppgave @Ola Hansen sjekke revisorkrav innen 12.02', { mentions: [ola] });
    t.clock.advance(60_000);
    expect(await meeting.say(ola, 'T1 ny frist 19.02')).toContain('19. februar 2027');
    t.clock.advance(60_000);
    await meeting.say(kari, 'avslutt møte');

    const m = await t.app.services.meetingViews!.minutes(
      (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!,
    );
    const item3 = m.items.find((i) => i.index === 3)!;
    expect(item3.notes).toEqual(['gjennomgang av oppgaver']);

    const card = await meeting.say(ola, 'referat');
    const created = card.indexOf('sjekke revisorkrav (Ola Hansen, frist 12.02.2027)');
    const moved = card.indexOf('ny frist 19.02.2027');
    expect(created).toBeGreaterThan(-1);
    expect(moved).toBeGreaterThan(created);
    expect(card.indexOf('gjennomgang av oppgaver')).toBeLessThan(created);
  });
});
