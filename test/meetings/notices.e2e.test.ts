import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const agendaPosts = (t: TestApp) =>
  t.connector.emulator.calls.filter((c) => c.kind === 'create' && JSON.stringify(c.body).includes('Agenda for møtet'));
const reminders = (t: TestApp) =>
  t.connector.emulator.calls.filter(
    (c) => c.kind === 'create' && JSON.stringify(c.body).includes('Påminnelse: nettverksmøte i morgen'),
  );

describe('meeting notices through the durable scheduler', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeAll(async () => {
    // Monday 30 November 2026: the next meeting falls on 1. juledag; the leader moves it to Wednesday 23 December.
    ({ t, net } = await startAt('2026-11-30T08:00:00Z', kari));
    await t.post(
      cardAction(net, kari, 'meeting.holiday', { networkId: net.teamId, date: '2026-12-25', choice: '2026-12-23' }),
    );
  });
  afterAll(async () => t?.close());

  it('posts the agenda as a new thread 7 days before, once, saying the meeting was moved', async () => {
    t.clock.set('2026-12-16T07:59:00Z');
    await t.app.services.scheduler.tick();
    expect(agendaPosts(t)).toHaveLength(0);
    t.clock.set('2026-12-16T08:00:00Z');
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    const posts = agendaPosts(t);
    expect(posts).toHaveLength(1);
    const text = JSON.stringify(posts[0]!.body);
    expect(text).toContain('onsdag 23. desember 2026');
    expect(text).toContain('første juledag');
    expect(posts[0]!.body.channelData.channel.id).toBe(net.channelId);
  });

  it('survives a restart and sends the reminder the working day before, once', async () => {
    await t.restart();
    t.clock.set('2026-12-22T11:00:00Z');
    await t.app.services.scheduler.tick();
    await t.restart();
    await t.app.services.scheduler.tick();
    expect(reminders(t)).toHaveLength(1);
    expect(agendaPosts(t)).toHaveLength(1);
  });

  it('shows the agenda on request with the standing items filled and the place', async () => {
    await t.post(channelMessage(net, kari, 'møtested Rådhuset i Nes, møterom 2'));
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, kari, 'agenda'));
    const text = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(text).toContain('Oppfølging av oppgaver');
    expect(text).toContain('Ingen åpne oppgaver');
    expect(text).toContain('Erfaringslogg');
    expect(text).toContain('Rådhuset i Nes, møterom 2');
  });

  it('moves the notices when a leader changes the schedule', async () => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, kari, 'møteplan første tirsdag kl 12-14'));
    expect(JSON.stringify(t.connector.emulator.calls.slice(before)[0]!.body)).toContain(
      'første tirsdag i måneden kl. 12:00–14:00',
    );
    // First Tuesday of January 2027 is the 5th; its agenda goes out on 29 December.
    t.clock.set('2026-12-29T08:00:00Z');
    await t.app.services.scheduler.tick();
    expect(JSON.stringify(agendaPosts(t).at(-1)!.body)).toContain('tirsdag 5. januar 2027');
  });
});
