import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Finding N13 (month round 8): «@Nettverksboten levert» typed in the thread of a deadline card got
// «Mente du «leder +»?». In a deadline card's thread «levert» (and the ways people say it) marks that
// deadline as the card's «Levert» does; with an F-number it works anywhere in the channel.
const ola = person('Ola Hansen', 1); // leader
const kari = person('Kari Nordmann', 2);
const start = appPerTest(ola, '2027-03-01T08:00:00Z');

/** The id of the card «frist …» answered with: the thread it went to is the command's own. */
async function addDeadline(t: Parameters<typeof say>[0], net: Parameters<typeof say>[1], line: string) {
  const before = t.connector.emulator.calls.length;
  await say(t, net, ola, line);
  const reply = t.connector.emulator.calls.slice(before).find((c) => JSON.stringify(c.body).includes('Frist:'));
  expect(reply).toBeTruthy();
  return (reply!.body as { conversation: { id: string } }).conversation.id.split(';messageid=')[1]!;
}

describe('N13: «levert» as words', () => {
  it('in the thread of the deadline’s card, by a member, in the forms people write it', async () => {
    const { t, net } = await start();
    // Said in the last weeks: earlier, «Levert» asks first (N11, round 9: delivery-confirm.e2e.test.ts).
    t.clock.set('2027-03-20T08:00:00Z');
    const thread = await addDeadline(t, net, 'frist 15.04 Søknad om stimuleringsmidler 2027');
    const out = await say(t, net, kari, 'levert', { thread });
    expect(out).not.toContain('leder +');
    expect(out).toContain('F1');
    expect(out).toContain('levert');
    expect(await say(t, net, ola, 'frister')).not.toContain('Søknad om stimuleringsmidler 2027');
    // Said again: already done, nothing new.
    expect(await say(t, net, kari, 'Den er levert!', { thread })).toContain('allerede');
  });

  it('with an F-number anywhere; without one outside a deadline thread it says how', async () => {
    const { t, net } = await start();
    // Said in the last weeks: earlier, «Levert» asks first (N11, round 9: delivery-confirm.e2e.test.ts).
    t.clock.set('2027-03-20T08:00:00Z');
    await addDeadline(t, net, 'frist 15.04 Søknad om stimuleringsmidler 2027');
    await addDeadline(t, net, 'frist 16.04 Rapport om bruk av midler');
    const how = await say(t, net, kari, 'levert');
    expect(how).toContain('F1 levert');
    expect(how).not.toContain('leder +');
    expect(await say(t, net, kari, 'F2 er levert')).toContain('F2');
    const list = await say(t, net, ola, 'frister');
    expect(list).not.toContain('Rapport om bruk av midler');
    expect(list).toContain('Søknad om stimuleringsmidler 2027');
    expect(await say(t, net, kari, 'levert F9')).toContain('F9');
  });

  it('in the thread of a reminder card the bot posted on its own', async () => {
    const { t, net } = await start();
    await say(t, net, ola, 'frist 10.03 Rapport til kommunen');
    let root: string | null = null;
    for (const day of ['2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05']) {
      for (const hour of ['07:00', '08:00', '11:00']) {
        const before = t.connector.emulator.calls.length;
        t.clock.set(`${day}T${hour}:00Z`);
        await t.app.services.scheduler.tick();
        const made = t.connector.emulator.calls
          .slice(before)
          .find(
            (c) => c.kind === 'create' && c.status < 300 && JSON.stringify(c.body).includes('Rapport til kommunen'),
          );
        root ??= made?.responseId ?? null;
      }
      if (root) break;
    }
    expect(root).not.toBeNull();
    const out = await say(t, net, kari, 'levert', { thread: root! });
    expect(out).toContain('F1');
    expect(out).toContain('er markert som levert');
  });
});
