import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { speaker } from './channel-support.ts';

// Month round 8b, N27: with the chain capped at two cards, the oldest unapproved minutes could never be
// approved: «godkjent 24.03» answered «Det er ikke noe tidligere referat å godkjenne».
const ola = person('Ola Hansen', 1); // leader
const app = appPerTest(ola, '2027-01-05T08:00:00Z');

describe('godkjent <dato> approves any unapproved earlier minutes', () => {
  it('the oldest minutes beyond the two shown can be approved by date', async () => {
    const { t, net } = await app();
    for (const [i, d] of ['05', '06', '07'].entries()) {
      t.clock.set(`2027-01-${d}T08:00:00Z`);
      const s = speaker(t, net, `89000${i}`);
      await s.say(ola, 'start møte');
      await s.say(ola, `info: møte nummer ${i + 1}`);
      await s.say(ola, 'avslutt møte');
    }
    t.clock.set('2027-01-29T08:00:00Z');
    const m = speaker(t, net, '890010');
    await m.say(ola, 'start møte');
    const item2 = await m.say(ola, 'punkt 2');
    expect(item2).toMatch(/1 eldre referat/);
    const reply = await m.say(ola, 'godkjent 5.1');
    expect(reply).toContain('Referatet fra 05.01.2027 er godkjent');
    expect(reply).not.toContain('06.01.2027');
    expect(await m.say(ola, 'godkjent 05.01.2027')).toContain('allerede godkjent');
    expect(await m.say(ola, 'godkjent 20.01')).toContain('20.01.2027');
    expect(await m.say(ola, 'godkjent')).toContain('Referatene fra 06.01.2027 og 07.01.2027 er godkjent');
    expect(await m.say(ola, 'godkjent')).toContain('Referatene fra 06.01.2027 og 07.01.2027 er allerede godkjent');
  });

  it('two minutes of the same day are told apart by start time', async () => {
    const { t, net } = await app();
    for (const [i, h] of ['08', '12'].entries()) {
      t.clock.set(`2027-04-30T${h}:00:00Z`);
      const s = speaker(t, net, `89100${i}`);
      await s.say(ola, 'start møte');
      // A second meeting the same day is confirmed by saying «start møte» once more.
      if (i === 1) await s.say(ola, 'start møte');
      await s.say(ola, 'avslutt møte');
    }
    expect((await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 5)).length).toBe(2);
    t.clock.set('2027-05-20T08:00:00Z');
    const m = speaker(t, net, '891010');
    await m.say(ola, 'start møte');
    const ask = await m.say(ola, 'godkjent 30.04');
    expect(ask).toContain('30.04.2027 kl. 10:00 og kl. 14:00');
    expect(await m.say(ola, 'godkjent 30.04 kl. 14:00')).toContain('Referatet fra 30.04.2027 kl. 14:00 er godkjent');
  });

  it('minutes left over beyond the two shown stay on the next agenda until approved', async () => {
    const { t, net } = await app();
    for (const [i, d] of ['05', '06', '07'].entries()) {
      t.clock.set(`2027-01-${d}T08:00:00Z`);
      const s = speaker(t, net, `89200${i}`);
      await s.say(ola, 'start møte');
      await s.say(ola, 'avslutt møte');
    }
    t.clock.set('2027-01-29T08:00:00Z');
    const m = speaker(t, net, '892010');
    await m.say(ola, 'start møte');
    expect(await m.say(ola, 'godkjent')).toContain('Referatene fra 06.01.2027 og 07.01.2027 er godkjent');
    await m.say(ola, 'avslutt møte');
    t.clock.set('2027-02-10T08:00:00Z');
    const agenda = await m.say(ola, 'agenda', { thread: '892020' });
    expect(agenda).toContain('Referat fra 05.01.2027 og 29.01.2027');
    const next = speaker(t, net, '892030');
    await next.say(ola, 'start møte');
    expect(await next.say(ola, 'godkjent')).toContain('Referatene fra 05.01.2027 og 29.01.2027 er godkjent');
    await next.say(ola, 'avslutt møte');
    t.clock.set('2027-02-20T08:00:00Z');
    const later = await next.say(ola, 'agenda', { thread: '892040' });
    expect(later).not.toContain('05.01.2027');
  });
});
