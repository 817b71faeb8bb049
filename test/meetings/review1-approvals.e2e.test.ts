import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Review 1 (session 11) M3, M4, M5, L1, L4: approving corrected minutes, and presses that must count once.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-03-09T08:00:00Z');

/** Holds the first call of `method` until released; later calls run as usual. */
function hold<T extends object>(target: T, method: keyof T & string) {
  const real = (target[method] as (...a: unknown[]) => Promise<unknown>).bind(target);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let reachedNow!: () => void;
  const reached = new Promise<void>((r) => (reachedNow = r));
  let calls = 0;
  (target as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    if (++calls === 1) {
      reachedNow();
      await gate;
    }
    return real(...args);
  };
  return { reached, release };
}

const pressLine = (t: TestApp, net: NetworkFixture, who: TestPerson, line: string, thread: string) =>
  t.post(cardAction(net, who, 'meeting.line', { networkId: net.teamId, line }, { thread }));

const correct = (t: TestApp, net: NetworkFixture, meetingId: string, entryId: string, to: string, thread: string) =>
  t.post(
    cardAction(
      net,
      kari,
      'minutes.correct',
      { networkId: net.teamId, meetingId, entryId, [`text_${entryId}`]: to },
      { thread, replyToId: `${thread}9` },
    ),
  );

describe('review 1: approvals of corrected minutes', () => {
  it('M3: a waiting line added to approved minutes goes up for approval again, and «godkjent» approves it', async () => {
    const { t, net } = await start();
    const march = speaker(t, net, '896001');
    await march.say(kari, 'start møte');
    expect(await march.say(ola, 'infi: Nes har ny barnevernleder fra april', { mention: false })).toContain('Mente du');
    await march.say(kari, 'avslutt møte');
    t.clock.set('2027-04-07T08:00:00Z');
    const april = speaker(t, net, '896002');
    await april.say(kari, 'start møte');
    expect(await april.say(kari, 'godkjent')).toContain('09.03.2027 er godkjent');
    await april.say(kari, 'avslutt møte');
    t.clock.set('2027-04-08T09:00:00Z');
    const press = await pressLine(t, net, ola, 'info: Nes har ny barnevernleder fra april', '896001');
    expect(JSON.stringify(press.body)).toContain('09.03.2027');
    expect(await april.say(kari, 'agenda', { thread: '896010' })).toContain('Rettelse i referat fra 09.03.2027');
    t.clock.set('2027-05-05T08:00:00Z');
    const may = speaker(t, net, '896020');
    await may.say(kari, 'start møte');
    expect(await may.say(kari, 'neste')).toContain('09.03.2027 ble rettet etter at det var godkjent');
    expect(await may.say(kari, 'godkjent')).toContain('Rettelsen i referatet fra 09.03.2027 er godkjent');
  });

  it('M4: one «angre» after «godkjent» takes back the minutes and the correction it approved', async () => {
    const { t, net } = await start();
    const march = speaker(t, net, '897001');
    await march.say(kari, 'start møte');
    await march.say(kari, 'vedtak: Nettverket søker om midler i januar');
    await march.say(kari, 'avslutt møte');
    const [m] = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1);
    const decision = (await entriesOf(t, net, m!.id)).find((e) => e.kind === 'decision');
    t.clock.set('2027-04-07T08:00:00Z');
    const april = speaker(t, net, '897002');
    await april.say(kari, 'start møte');
    await april.say(kari, 'godkjent');
    await april.say(kari, 'avslutt møte');
    const [aprilMeeting] = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1);
    t.clock.set('2027-04-08T09:00:00Z');
    await correct(t, net, m!.id, decision.id, 'Nettverket søker om midler i februar', '897001');
    t.clock.set('2027-05-05T08:00:00Z');
    const may = speaker(t, net, '897020');
    await may.say(kari, 'start møte');
    const approved = await may.say(kari, 'godkjent');
    expect(approved).toContain('07.04.2027 er godkjent');
    expect(approved).toContain('Rettelsen i referatet fra 09.03.2027 er godkjent');
    await may.say(kari, 'angre');
    const after = await t.app.services.store.meetings.get(net.tenantId, net.teamId, aprilMeeting!.id);
    expect(after?.approvedAt ?? null).toBeNull();
    const again = await may.say(kari, 'godkjent');
    expect(again).toContain('07.04.2027 er godkjent');
    expect(again).toContain('Rettelsen i referatet fra 09.03.2027 er godkjent');
  });

  it('M5: two presses at once add a waiting line to ended minutes once', async () => {
    const { t, net } = await start();
    const march = speaker(t, net, '898001');
    await march.say(kari, 'start møte');
    await march.say(ola, 'infi: Nes har ny barnevernleder fra april', { mention: false });
    await march.say(kari, 'avslutt møte');
    const [m] = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1);
    const line = 'info: Nes har ny barnevernleder fra april';
    // The first press is held just before it writes, while a second press runs through (another instance).
    const first = hold(t.app.services.store.meetings, 'append');
    const pressed = pressLine(t, net, ola, line, '898001');
    await first.reached;
    const second = await pressLine(t, net, kari, line, '898001');
    first.release();
    const answers = [await pressed, second];
    for (const a of answers) expect(a.status).toBe(200);
    const notes = (await entriesOf(t, net, m!.id)).filter((e) => e.kind === 'note');
    expect(notes).toHaveLength(1);
    expect(answers.filter((a) => JSON.stringify(a.body).includes('allerede'))).toHaveLength(1);
  });

  it('L4: two corrected minutes at item 2 are each named with the command that shows them', async () => {
    const { t, net } = await start();
    t.clock.set('2027-03-24T08:00:00Z');
    const march = speaker(t, net, '899001');
    await march.say(kari, 'start møte');
    await march.say(kari, 'vedtak: Nettverket søker om midler i januar');
    await march.say(kari, 'avslutt møte');
    t.clock.set('2027-04-07T08:00:00Z');
    const april = speaker(t, net, '899002');
    await april.say(kari, 'start møte');
    await april.say(kari, 'godkjent');
    await april.say(kari, 'vedtak: Fagdagen holdes i Nes');
    await april.say(kari, 'avslutt møte');
    t.clock.set('2027-05-05T08:00:00Z');
    const may = speaker(t, net, '899003');
    await may.say(kari, 'start møte');
    await may.say(kari, 'godkjent');
    await may.say(kari, 'avslutt møte');
    const [mayM, aprilM, marchM] = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 3);
    expect(mayM).toBeTruthy();
    t.clock.set('2027-05-06T09:00:00Z');
    for (const [x, thread] of [
      [marchM!, '899001'],
      [aprilM!, '899002'],
    ] as const) {
      const d = (await entriesOf(t, net, x.id)).find((e) => e.kind === 'decision');
      await correct(t, net, x.id, d.id, `${d.text} (rettet)`, thread);
    }
    t.clock.set('2027-06-02T08:00:00Z');
    const june = speaker(t, net, '899004');
    await june.say(kari, 'start møte');
    const item2 = await june.say(kari, 'neste');
    expect(item2).toContain('«referat 24.03»');
    expect(item2).toContain('«referat 07.04»');
  });
});

describe('review 1 L1: the holiday card pressed twice at once', () => {
  const holiday = appPerTest(kari, '2027-02-26T08:00:00Z');
  it('announces the move once', async () => {
    const { t, net } = await holiday();
    await t.app.services.scheduler.tick();
    const before = t.connector.emulator.calls.length;
    const press = () =>
      t.post(
        cardAction(net, kari, 'meeting.holiday', { networkId: net.teamId, date: '2027-03-26', choice: '2027-03-24' }),
      );
    // The first press is held as it sets the move, while a second press (a copy of the card) runs through.
    const first = hold(t.app.services.store.meetingExceptions, 'set');
    const pressed = press();
    await first.reached;
    expect((await press()).status).toBe(200);
    first.release();
    expect((await pressed).status).toBe(200);
    const created = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'create' && c.status < 300);
    expect(created).toHaveLength(1);
  });
});
