import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { questionRef } from '../../src/guidelines/use-cases/escalation-ref.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2);

const app = appPerTest(kari, MONDAY);

const say = sayer({ thread: '730001', status: (status) => expect(status).toBe(200) });

/** New threads the bot started (cards for the leaders, escalations) since call number `from`. */
const threadsSince = (t: TestApp, from: number) =>
  t.connector.emulator.calls.slice(from).filter((c) => c.kind === 'create' && c.status < 300);

/** Two clicks on the same button at once (two invokes, two ids), and then the same click once more. */
async function doubleClickThenAgain(t: TestApp, net: NetworkFixture, who: TestPerson, verb: string, data: object) {
  const results = await Promise.all([
    t.post(cardAction(net, who, verb, data)),
    t.post(cardAction(net, who, verb, data)),
  ]);
  for (const r of results) expect(r.status).toBe(200);
  expect((await t.post(cardAction(net, who, verb, data))).status).toBe(200);
}

describe('card actions are idempotent by their own key: a double click or a replay creates nothing twice', () => {
  it('"Trenger hjelp" on a task asks the leaders once', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'start møte');
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 30.11.2026', [ola]);
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).not.toBeNull();
    const before = t.connector.emulator.calls.length;
    await doubleClickThenAgain(t, net, ola, 'task.help', { taskId: 'T1', networkId: net.teamId });
    expect(threadsSince(t, before)).toHaveLength(1);
    const events = await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1');
    expect(events.filter((e) => e.change.type === 'needs-help')).toHaveLength(1);
  });

  it('"Ferdig" on a task records one change', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'start møte');
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 30.11.2026', [ola]);
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).not.toBeNull();
    await doubleClickThenAgain(t, net, ola, 'task.done', { taskId: 'T1', networkId: net.teamId });
    const events = await t.app.services.store.tasks.history(net.tenantId, net.teamId, 'T1');
    expect(events.filter((e) => e.change.type === 'status')).toHaveLength(1);
  });

  it('sending a question to the leaders posts it once', async () => {
    const { t, net } = await app();
    const before = t.connector.emulator.calls.length;
    await doubleClickThenAgain(t, net, ola, 'guidelines.escalate', {
      ref: await questionRef(
        t.app.services.store.secrets,
        'Kan vi bruke midlene på kurs for fosterforeldre?',
        t.clock.now(),
      ),
      networkId: net.teamId,
    });
    expect(threadsSince(t, before)).toHaveLength(1);
  });

  it('"Levert" on a yearly deadline delivers it once and makes one deadline for next year', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 01.03.2027 rapport til Statsforvalteren hvert år');
    const d = (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId))[0]!;
    // Pressed in the last weeks: earlier, «Levert» asks first (N11, round 9).
    t.clock.set('2027-02-10T09:00:00Z');
    await doubleClickThenAgain(t, net, kari, 'deadline.done', { deadlineId: d.id, networkId: net.teamId });
    const open = await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(open.filter((x) => x.title === d.title)).toHaveLength(d.yearly ? 1 : 0);
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, d.id))?.status).toBe('done');
  });

  it('accepting an agenda proposal twice leaves it accepted once', async () => {
    const { t, net } = await app();
    await say(t, net, ola, 'agenda + budsjett for 2027');
    const [p] = await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27');
    await doubleClickThenAgain(t, net, kari, 'proposal.accept', { proposalId: p!.id, networkId: net.teamId });
    const after = await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27');
    expect(after).toHaveLength(1);
    expect(after[0]!.status).toBe('accepted');
  });

  it('ticking a checklist item twice leaves it ticked, and unticking twice leaves it unticked', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    await say(t, net, kari, 'frist 10.12.2026 søknad om overføring');
    const ids = { deadlineId: 'F1', networkId: net.teamId };
    const saved = await t.post(
      cardAction(net, kari, 'deadline.save', {
        ...ids,
        title: 'søknad om overføring',
        date: '2026-12-10',
        checklist: 'Budsjett\nUnderskrift',
      }),
    );
    expect(JSON.stringify(saved.body)).toContain('Budsjett');
    const cardOf = async () =>
      JSON.stringify((await t.post(cardAction(net, kari, 'deadline.checklist', { ...ids, show: true }))).body);
    const buttonFor = (card: string, item: string) =>
      JSON.parse(new RegExp(`"verb":"deadline\\.tick","data":(\\{[^}]*"item":"${item}"[^}]*\\})`).exec(card)![1]!);
    const ticked = async () =>
      ((await store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.checks ?? []).map((c) => c.item);

    // Two clicks on the same button (a double click, or a replay): the second must not undo the first.
    const twice = async (data: object) => {
      await t.post(cardAction(net, ola, 'deadline.tick', data));
      await t.post(cardAction(net, ola, 'deadline.tick', data));
    };
    await twice(buttonFor(await cardOf(), 'Budsjett'));
    expect(await ticked()).toEqual(['Budsjett']);
    await twice(buttonFor(await cardOf(), 'Budsjett'));
    expect(await ticked()).toEqual([]);
  });
});
