import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Finding N12 (month round 8): T5, set «Pågår» by Kari, was given to Ola («oppgave T5 ny ansvarlig
// @Ola Hansen») and still said «Pågår» although Ola had not started. The status is the owner's: a task
// handed to someone else entirely starts again as «Åpen»; one that only gains a co-owner keeps it.
const ola = person('Ola Hansen', 1); // leader
const kari = person('Kari Nordmann', 2);
const per = person('Per Berg', 3);
const app = appPerTest(ola, '2027-03-18T09:00:00Z');

describe('N12: a reassigned task', () => {
  it('goes back to «Åpen» for the new owner; an added co-owner keeps the status', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '980001');
    const get = async (id: string) => (await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))!;
    await s.say(ola, 'oppgave @Kari Nordmann lage årshjul innen 30.03', { mentions: [kari] });
    await s.say(ola, 'oppgave @Kari Nordmann skrive søknadsutkast innen 30.03', { mentions: [kari] });
    await s.say(kari, 'oppgave T1 pågår');
    await s.say(kari, 'oppgave T2 pågår');
    expect((await get('T1')).status).toBe('in_progress');

    const moved = await s.say(ola, 'oppgave T1 ny ansvarlig @Ola Hansen', { mentions: [ola] });
    expect((await get('T1')).status).toBe('open');
    expect(moved).toContain('"text":"Åpen","weight":"Bolder"');
    expect(moved).not.toContain('"text":"Pågår","weight":"Bolder"');
    expect(moved).toContain('Ola Hansen tok oppgaven selv');

    await s.say(ola, 'oppgave T2 ny ansvarlig @Kari Nordmann @Per Berg', { mentions: [kari, per] });
    expect((await get('T2')).status).toBe('in_progress');
  });
});

describe('N12: the former owner’s reminder card', () => {
  it('after the hand-over says it is no longer hers and has no buttons', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '980002');
    // Kari has a personal chat with the bot, so her reminders come there.
    await t.post(personalMessage(t.connector.url, net.tenantId, kari, 'hjelp'));
    await s.say(ola, 'oppgave @Kari Nordmann lage årshjul innen 23.03', { mentions: [kari] });
    await s.say(kari, 'oppgave T1 pågår');
    // Walk the mornings until Kari's reminder comes to her personal chat.
    let reminder: { conversationId: string; activityId: string } | null = null;
    for (const day of ['2027-03-19', '2027-03-22', '2027-03-23']) {
      for (const hour of ['07:00', '08:00']) {
        const before = t.connector.emulator.calls.length;
        t.clock.set(`${day}T${hour}:00Z`);
        await t.app.services.scheduler.tick();
        for (const c of t.connector.emulator.calls.slice(before))
          if (!reminder && c.status < 300 && /Påminnelse: oppgave T1/.test(JSON.stringify(c.body)) && c.responseId)
            reminder = { conversationId: String(c.conversationId), activityId: String(c.responseId) };
      }
      if (reminder) break;
    }
    expect(reminder).not.toBeNull();
    const before = t.connector.emulator.calls.length;
    await s.say(ola, 'oppgave T1 ny ansvarlig @Ola Hansen', { mentions: [ola] });
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === reminder!.activityId);
    expect(redrawn.length).toBeGreaterThan(0);
    const last = JSON.stringify(redrawn.at(-1)!.body);
    expect(last).toContain('ikke lenger din');
    expect(last).not.toContain('task.done');
  });
});
