import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { appPerTest, sayer, sentSince, textOf } from '../support/chat.ts';
import { cardAction, channelMessage, person } from '../support/teams.ts';

// Monday 23 November 2026, 09:00 in Oslo; the next meeting is Friday 27 November.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2);
const THREAD = '720001';

const app = appPerTest(kari, MONDAY);

const say = sayer({ thread: THREAD, status: (status) => expect(status).toBe(200) });

describe('a redelivered activity (same id) does nothing twice', () => {
  it('one note, one task with one card, one agenda proposal, and one reply each', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    await say(t, net, kari, 'start møte');

    const note = channelMessage(net, kari, 'info: lokalet er bestilt', { thread: THREAD, id: 'redeliver-note' });
    const task = channelMessage(net, kari, 'oppgave @Ola Hansen skrive rapport innen 15.01.2027', {
      thread: THREAD,
      id: 'redeliver-task',
      mentions: [ola],
    });
    const proposal = channelMessage(net, ola, 'agenda + budsjett for 2027', { id: 'redeliver-proposal' });
    for (const activity of [note, task, proposal]) {
      const before = t.connector.emulator.calls.length;
      expect((await t.post(activity)).status).toBe(200);
      const first = sentSince(t, before).length;
      expect(first).toBeGreaterThan(0);
      const again = t.connector.emulator.calls.length;
      // Teams delivers it again: same id, same conversation.
      expect((await t.post(activity)).status).toBe(200);
      expect(sentSince(t, again)).toEqual([]);
    }

    const entries = await store.meetings.entries(net.tenantId, net.teamId, 'M1');
    expect(entries.filter((e) => JSON.stringify(e).includes('lokalet er bestilt'))).toHaveLength(1);
    expect(
      (await store.tasks.listOpen(net.tenantId, net.teamId)).filter((x) => x.text.includes('skrive rapport')),
    ).toHaveLength(1);
    expect(
      (await store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).filter((p) =>
        p.text.includes('budsjett'),
      ),
    ).toHaveLength(1);
  });

  it('the same text typed again (a new id) is a new entry: only true redeliveries are dropped', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'start møte');
    await say(t, net, kari, 'info: kaffe i pausen');
    await say(t, net, kari, 'info: kaffe i pausen');
    const entries = await t.app.services.store.meetings.entries(net.tenantId, net.teamId, 'M1');
    expect(entries.filter((e) => JSON.stringify(e).includes('kaffe i pausen'))).toHaveLength(2);
  });

  it('the same id in another conversation is another activity, and after 24 hours an id counts as new', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    await say(t, net, kari, 'start møte');
    await t.post(channelMessage(net, kari, 'info: første', { thread: THREAD, id: 'same-id' }));
    await t.post(channelMessage(net, kari, 'frist 12.12.2026 andre tråd', { thread: '720099', id: 'same-id' }));
    const titles = () => store.deadlines.listOpen(net.tenantId, net.teamId).then((ds) => ds.map((d) => d.title));
    expect(await titles()).toEqual(['andre tråd']);
    expect(JSON.stringify(await store.meetings.entries(net.tenantId, net.teamId, 'M1'))).toContain('første');
    t.clock.set('2026-11-24T07:59:59Z');
    await t.post(channelMessage(net, kari, 'frist 13.12.2026 samme dag', { thread: THREAD, id: 'same-id' }));
    expect(await titles()).toEqual(['andre tråd']);
    t.clock.set('2026-11-24T08:00:01Z');
    await t.post(channelMessage(net, kari, 'frist 14.12.2026 dagen etter', { thread: THREAD, id: 'same-id' }));
    expect(await titles()).toEqual(['andre tråd', 'dagen etter']);
  });

  it('a repeated card click with the same activity id is answered but not acted on again', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    await say(t, net, kari, 'frist 10.12.2026 søknad om overføring');
    const click = cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId });
    const first = await t.post(click);
    expect(JSON.stringify(first.body)).toContain('AdaptiveCard');
    const before = t.connector.emulator.calls.length;
    const again = await t.post(click);
    expect(again.status).toBe(200);
    expect(JSON.stringify(again.body)).toContain('allerede mottatt');
    expect(t.connector.emulator.calls.length).toBe(before);
    expect((await store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.status).toBe('done');
  });
});

describe('a stored entry whose acknowledgement could not be posted', () => {
  for (const fault of [{ status: 500 }, { status: 429 }]) {
    it(`is kept once, and the user is told it was saved, never to send again (connector ${fault.status})`, async () => {
      const { t, net } = await app();
      const store = t.app.services.store;
      await say(t, net, kari, 'start møte');

      const before = t.connector.emulator.calls.length;
      // Every try of the reply within the turn fails (botframework's own retries included).
      t.connector.emulator.faults.next(fault, fault, fault, fault);
      const activity = channelMessage(net, kari, 'info: fagdag 12. januar', {
        thread: THREAD,
        id: `ack-${fault.status}`,
      });
      const res = await t.post(activity);
      expect(res.status).toBe(200);
      t.connector.emulator.faults.reset();
      // Teams, or an impatient user's client, delivers it again.
      await t.post(activity);

      const entries = await store.meetings.entries(net.tenantId, net.teamId, 'M1');
      expect(entries.filter((e) => JSON.stringify(e).includes('fagdag 12. januar'))).toHaveLength(1);

      // The reply comes once the connector answers again (the scheduler retries it).
      await t.app.services.scheduler.tick();
      const out = textOf(sentSince(t, before));
      expect(out).not.toMatch(/prøv igjen|send.{0,20}på nytt|mistet|ble ikke lagret/i);
      // Exactly one confirmation reached the user: the note's own, saying when it was written (09:00 in Oslo).
      const acks = () => sentSince(t, before).filter((c) => JSON.stringify(c.body).includes('✓ Notat'));
      expect(acks()).toHaveLength(1);
      expect(JSON.stringify(acks()[0]!.body)).toContain('Svaret på meldingen din kl. 09:00 kom ikke fram da');
      await t.app.services.scheduler.tick();
      expect(acks()).toHaveLength(1);
    });
  }
});

describe('a turn with several replies whose first could not be posted', () => {
  it('posts them all later, in order, each once, with one line saying they came late', async () => {
    const { t, net } = await app();
    const before = t.connector.emulator.calls.length;
    t.connector.emulator.faults.next({ status: 429 });
    await t.post(channelMessage(net, ola, 'agenda + budsjett for 2027', { id: 'late-proposal' }));
    expect(sentSince(t, before)).toEqual([]);
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).toHaveLength(1);
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    // Replies in the proposal's thread (the ticks also post the week's agenda as a new thread, and
    // put undecided proposals to the leaders in that thread).
    const late = sentSince(t, before)
      .filter((c) => c.kind !== 'create' && (c.conversationId ?? '').endsWith(';messageid=late-proposal'))
      .map((c) => JSON.stringify(c.body));
    expect(late).toHaveLength(2);
    expect(late[0]).toContain('kom ikke fram da');
    expect(late[1]).toContain('proposal.accept');
    expect(late[1]).not.toContain('kom ikke fram da');
  });
});

describe('a turn that failed before anything was stored', () => {
  it('tells the person nothing was stored, and a redelivery of it is handled, not dropped', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'start møte');
    const dispatcher = t.app.dispatcher;
    const real = dispatcher.handleText.bind(dispatcher);
    // The store is briefly unavailable: the first delivery fails inside the handler.
    dispatcher.handleText = async () => {
      dispatcher.handleText = real;
      throw new Error('database is locked');
    };
    const activity = channelMessage(net, kari, 'info: budsjettet er vedtatt', { thread: THREAD, id: 'fails-first' });
    const before = t.connector.emulator.calls.length;
    await t.post(activity);
    expect(textOf(sentSince(t, before))).toContain('det du skrev ble ikke lagret');
    const again = t.connector.emulator.calls.length;
    await t.post(activity);
    expect(textOf(sentSince(t, again))).toContain('✓ Notat');
    const entries = await t.app.services.store.meetings.entries(net.tenantId, net.teamId, 'M1');
    expect(entries.filter((e) => JSON.stringify(e).includes('budsjettet er vedtatt'))).toHaveLength(1);
  });
});

describe('what de-duplication keeps', () => {
  it('the nightly sweep removes activity ids older than 24 hours and expired confirmations', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'slett nettverksdata');
    const db = (t.app.services.store as unknown as { db: DatabaseSync }).db;
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('seen_activities')).toBeGreaterThan(0);
    expect(count('confirmations')).toBe(1);
    // The sweep of the night after next (03:00 Oslo on Wednesday): everything is older than a day by then.
    t.clock.set('2026-11-25T02:30:00Z');
    await t.app.services.scheduler.tick();
    expect(count('seen_activities')).toBe(0);
    expect(count('confirmations')).toBe(0);
  });
});
