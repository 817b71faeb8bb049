import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { person, personalCardAction, personalMessage } from '../support/teams.ts';
import { speaker } from './channel-support.ts';
import { tickAt } from '../support/schedule-walk.ts';

// Round 9, item 5: a task's whole way across two meetings. Given out in the meeting of 29.01.2027, moved to
// the next meeting there, on the agenda of 26.02, marked done by its owner in his personal chat between the
// meetings, and the minutes of 26.02 say it was done (by whom, when) instead of leaving it out.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-01-29T07:30:00Z'); // Friday 29.01.2027, the last Friday of January

/** The clock at `iso`, with the scheduler ticked until what is due then has run. */
const at = tickAt;

describe('a task followed up across two meetings', () => {
  it('moved to the next meeting, on its agenda, done in personal chat, and «ferdig» in the next minutes', async () => {
    const { t, net } = await app();
    const personal = async (text: string) => {
      const before = t.connector.emulator.calls.length;
      await t.post(personalMessage(t.connector.url, net.tenantId, ola, text));
      return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    };
    await personal('hjelp');

    // Meeting 1: the task is given out, and moved to the next meeting.
    t.clock.set('2027-01-29T08:05:00Z');
    const first = speaker(t, net, '897001');
    expect(await first.say(kari, 'start møte')).toContain('er startet');
    await first.say(kari, 'punkt 3', { mention: false });
    expect(
      await first.say(kari, 'oppgave @Ola Hansen lage plan for fagdagen innen 05.02', {
        mention: false,
        mentions: [ola],
      }),
    ).toContain('T1');
    expect(await first.say(kari, 'T1 utsett til neste møte', { mention: false })).toContain('26. februar 2027');
    const minutes1 = await first.say(kari, 'avslutt møte');
    expect(minutes1).toContain('26.02.2027');

    // A week before the next meeting: its agenda lists the task under the follow-up item.
    const mark = t.connector.emulator.calls.length;
    for (const day of ['2027-02-05', '2027-02-12', '2027-02-19']) await at(t, `${day}T08:00:00Z`);
    const agenda = t.connector.emulator.calls
      .slice(mark)
      .map((c) => JSON.stringify(c.body))
      .find((b) => b.includes('Agenda for møtet fredag 26. februar 2027'));
    expect(agenda).toContain('T1 lage plan for fagdagen');

    // Ola marks it done in his personal chat: «mine oppgaver», then «Ferdig» on T1.
    t.clock.set('2027-02-22T09:30:00Z');
    const before = t.connector.emulator.calls.length;
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'mine oppgaver'));
    const actions = (from: number) =>
      t.connector.emulator.calls.slice(from).flatMap((c) => cardsOf(c.body).flatMap((x) => executeActions(x)));
    const show = actions(before).find(
      (a) => a.verb === 'task.show' && (a.data as { taskId?: string }).taskId === 'T1',
    )!;
    expect(show).toBeTruthy();
    const shown = await t.post(personalCardAction(t.connector.url, net.tenantId, ola, show.verb, show.data));
    const done = cardsOf(shown.body)
      .flatMap((x) => executeActions(x))
      .find((a) => a.verb === 'task.done')!;
    expect(done).toBeTruthy();
    const clicked = await t.post(personalCardAction(t.connector.url, net.tenantId, ola, done.verb, done.data));
    expect(JSON.stringify(clicked.body)).toContain('Ferdig');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('done');

    // Meeting 2: nothing said about T1 in it, yet its minutes report it done, by Ola, on 22.02.
    await at(t, '2027-02-26T08:05:00Z');
    const second = speaker(t, net, '897002');
    expect(await second.say(kari, 'start møte')).toContain('er startet');
    t.clock.set('2027-02-26T10:00:00Z');
    const minutes2 = await second.say(kari, 'avslutt møte');
    expect(minutes2).toContain('T1 «lage plan for fagdagen»: ferdig');
    expect(minutes2).toContain('Ola Hansen');
    expect(minutes2).toContain('22.02.2027');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const view = await t.app.services.meetingViews!.minutes(m);
    // Under the follow-up item (3), and not in the table of open tasks.
    expect(view.items.find((i) => i.index === 3)!.notes.join(' ')).toContain('T1 «lage plan for fagdagen»: ferdig');
    expect(view.tasksByOwner.flatMap((g) => g.tasks.map((x) => x.taskId))).not.toContain('T1');
    // The first meeting's minutes are unchanged by it: done after they ended.
    const firstView = await t.app.services.meetingViews!.minutes(
      (await t.app.services.store.meetings.byDate(net.tenantId, net.teamId, '2027-01-29'))!,
    );
    expect(firstView.items.flatMap((i) => i.notes).join(' ')).not.toContain('ferdig');
    expect(firstView.tasksByOwner.flatMap((g) => g.tasks.map((x) => x.taskId))).toContain('T1');
  });
});
