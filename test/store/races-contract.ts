import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import type { NewDeadline } from '../../src/deadlines/deadline.ts';
import type { NewTask } from '../../src/tasks/task.ts';
import { StaleTaskChange } from '../../src/tasks/task.ts';
import { hasLeft, noteDeparted, noteRejoined } from '../../src/networks/departed.ts';
import { leadersOrNote } from '../../src/conversation/no-leader.ts';
import { network } from '../support/store-fixtures.ts';

/**
 * Two writers at the same moment (a double click, two people, two instances): each of these writes
 * is conditional in the store, so exactly one wins. `open` gives two stores on one database: two
 * instances on PostgreSQL, the one store twice on SQLite (one process owns its file).
 */
export type TwoStores = () => Promise<{ a: Store; b: Store; done: () => Promise<void> }>;

const now = new Date('2026-11-23T08:00:00Z');
const people = Array.from({ length: 8 }, (_, i) => ({ id: `u${i}`, aadObjectId: `AAD-${i}`, name: `Person ${i}` }));

const newTask = (over: Partial<NewTask> = {}): NewTask => ({
  tenantId: 't1',
  networkId: 'n1',
  text: 'Send budsjett',
  owners: [{ kind: 'municipality', name: 'Nes' }],
  due: '2026-12-01',
  meetingId: null,
  agendaItem: null,
  entryId: null,
  createdBy: people[0]!,
  ...over,
});
const newDeadline = (): NewDeadline => ({
  tenantId: 't1',
  networkId: 'n1',
  title: 'Rapportering',
  kind: 'rapportering',
  date: '2027-03-01',
  time: '23:59',
  scope: 'network',
  statsforvalter: null,
  origin: null,
  source: 'test',
  checklist: [],
  yearly: false,
  createdBy: people[0]!,
  createdAt: now.toISOString(),
});

export function racesContract(engine: string, open: TwoStores) {
  describe(`races (${engine})`, () => {
    const withStores = (fn: (a: Store, b: Store) => Promise<void>) => async () => {
      const { a, b, done } = await open();
      try {
        await a.networks.upsert(network('t1', 'n1'), now);
        await fn(a, b);
      } finally {
        await done();
      }
    };

    it(
      'gives a leaderless network exactly one leader when several claim at once',
      withStores(async (a, b) => {
        for (let round = 0; round < 5; round++) {
          const won = await Promise.all(
            people.map((p, i) => (i % 2 ? b : a).people.claimLeadership('t1', 'n1', p, now)),
          );
          expect(won.filter(Boolean)).toHaveLength(1);
          const leaders = await a.people.listRole('t1', 'n1', 'leader');
          expect(leaders.map((l) => l.id)).toEqual([people[won.indexOf(true)]!.id]);
          expect(await b.people.claimLeadership('t1', 'n1', people[(won.indexOf(true) + 1) % 8]!, now)).toBe(false);
          await a.people.removeRole('t1', 'n1', leaders[0]!);
        }
        // A member row does not count as a leader, and the claimant keeps their Entra id.
        await a.people.setRole('t1', 'n1', people[1]!, 'member', now);
        expect(await b.people.claimLeadership('t1', 'n1', people[1]!, now)).toBe(true);
        expect(await a.people.roleOf('t1', 'n1', { aadObjectId: 'AAD-1' })).toBe('leader');
        // Another network's leader is no leader here.
        await a.networks.upsert(network('t1', 'n2'), now);
        expect(await a.people.claimLeadership('t1', 'n2', people[2]!, now)).toBe(true);
      }),
    );

    it(
      'keeps one leader when leaders remove each other at the same moment (review 2, M2)',
      withStores(async (a, b) => {
        for (let round = 0; round < 4; round++) {
          const pair = [people[2 * round]!, people[2 * round + 1]!];
          for (const p of pair) await a.people.setRole('t1', 'n1', p, 'leader', now);
          const removed = await Promise.all([
            a.people.removeLeaderUnlessLast('t1', 'n1', { id: pair[0]!.id }),
            b.people.removeLeaderUnlessLast('t1', 'n1', { aadObjectId: pair[1]!.aadObjectId }),
          ]);
          expect(removed.filter(Boolean)).toHaveLength(1);
          const left = await a.people.listRole('t1', 'n1', 'leader');
          expect(left.map((l) => l.id)).toEqual([pair[removed.indexOf(false)]!.id]);
          // The last one stays, whoever asks again.
          expect(await b.people.removeLeaderUnlessLast('t1', 'n1', { id: left[0]!.id })).toBe(false);
          await a.people.removeRole('t1', 'n1', left[0]!);
        }
      }),
    );

    it(
      'keeps every leaving when many are noted at once, and forgets only the one who came back',
      withStores(async (a, b) => {
        await Promise.all(
          people.map((p, i) => noteDeparted(i % 2 ? b : a, 't1', 'n1', p, new Date(now.getTime() + i))),
        );
        for (const p of people) expect(await hasLeft(a, 't1', 'n1', { id: p.id })).toBe(true);
        // Recognised by either id, the Entra id in any case; not in another network.
        expect(await hasLeft(b, 't1', 'n1', { aadObjectId: 'aad-3' })).toBe(true);
        expect(await hasLeft(b, 't1', 'n2', { id: 'u3' })).toBe(false);
        expect(await hasLeft(b, 't1', 'n1', { id: 'u99' })).toBe(false);
        expect(await hasLeft(b, 't1', 'n1', {})).toBe(false);
        await Promise.all([
          noteRejoined(a, 't1', 'n1', { id: 'u1' }),
          noteRejoined(b, 't1', 'n1', { aadObjectId: 'aad-2' }),
        ]);
        expect(await hasLeft(a, 't1', 'n1', { id: 'u1' })).toBe(false);
        expect(await hasLeft(a, 't1', 'n1', { id: 'u2' })).toBe(false);
        expect(await hasLeft(a, 't1', 'n1', { id: 'u4' })).toBe(true);
        // Teams names a leaver by the Teams id; the Entra id known from before still finds them.
        await noteDeparted(a, 't1', 'n1', { id: 'u1', aadObjectId: 'AAD-1' }, now);
        await noteDeparted(b, 't1', 'n1', { id: 'u1' }, now);
        expect(await hasLeft(a, 't1', 'n1', { id: 'u1' })).toBe(true);
      }),
    );

    it(
      'tells a leaderless network once a day, when two instances ask at once',
      withStores(async (a, b) => {
        const net = { tenantId: 't1', networkId: 'n1' };
        const notes = await Promise.all([
          leadersOrNote(a, net, now, 'Europe/Oslo'),
          leadersOrNote(b, net, now, 'Europe/Oslo'),
        ]);
        expect(notes.filter((n) => n.note)).toHaveLength(1);
        // Past the memo of one process (a restart, another instance): the store mark decides.
        const again = await Promise.all([
          a.networks.claimSetting('t1', 'n1', 'noLeaderToldOn', '2026-11-24'),
          b.networks.claimSetting('t1', 'n1', 'noLeaderToldOn', '2026-11-24'),
        ]);
        expect(again.filter(Boolean)).toHaveLength(1);
        expect(await a.networks.claimSetting('t1', 'n1', 'noLeaderToldOn', '2026-11-24')).toBe(false);
        expect(await a.networks.getSetting('t1', 'n1', 'noLeaderToldOn')).toBe('2026-11-24');
        expect(await b.networks.claimSetting('t1', 'n1', 'noLeaderToldOn', '2026-11-25')).toBe(true);
      }),
    );

    it(
      'marks a deadline delivered once when two click «Levert» at once',
      withStores(async (a, b) => {
        const d = await a.deadlines.create(newDeadline());
        const [x, y] = await Promise.all([
          a.deadlines.markDoneOnce('t1', 'n1', d.id, people[1]!, now),
          b.deadlines.markDoneOnce('t1', 'n1', d.id, people[2]!, now),
        ]);
        expect([x!.marked, y!.marked].filter(Boolean)).toHaveLength(1);
        const winner = x!.marked ? people[1]! : people[2]!;
        expect(x!.deadline.doneBy).toEqual(winner);
        expect(y!.deadline.doneBy).toEqual(winner);
        expect(await a.deadlines.markDoneOnce('t1', 'n1', 'F99', people[1]!, now)).toBeNull();
      }),
    );

    it(
      'a change bound to the history it read («angre») is refused once another change lands first, and writes nothing',
      withStores(async (a, b) => {
        const task = await a.tasks.create(newTask(), now);
        const moved = { type: 'due' as const, from: '2026-12-01', to: '2026-12-05' };
        await a.tasks.update('t1', 'n1', task.id, moved, people[1]!, now);
        const read = (await a.tasks.history('t1', 'n1', task.id)).at(-1)!.seq;
        // Someone else moves it again (another instance) between the read and the reversal.
        await b.tasks.update(
          't1',
          'n1',
          task.id,
          { type: 'due', from: '2026-12-05', to: '2026-12-09' },
          people[2]!,
          now,
        );
        const back = { type: 'due' as const, from: '2026-12-05', to: '2026-12-01' };
        const refused = a.tasks.update('t1', 'n1', task.id, back, people[1]!, now, undefined, read);
        await expect(refused).rejects.toBeInstanceOf(StaleTaskChange);
        expect((await b.tasks.get('t1', 'n1', task.id))!.due).toBe('2026-12-09');
        const events = await b.tasks.history('t1', 'n1', task.id);
        expect(events).toHaveLength(read + 1);
        // Bound to the step that is now last, it holds.
        await a.tasks.update('t1', 'n1', task.id, back, people[1]!, now, undefined, read + 1);
        expect((await b.tasks.get('t1', 'n1', task.id))!.due).toBe('2026-12-01');
      }),
    );

    it(
      'closes a task once when two mark it done at once; the other write changes nothing',
      withStores(async (a, b) => {
        const task = await a.tasks.create(newTask(), now);
        const change = { type: 'status' as const, from: task.status, to: 'done' as const };
        const results = await Promise.allSettled([
          a.tasks.update('t1', 'n1', task.id, change, people[1]!, now),
          b.tasks.update('t1', 'n1', task.id, change, people[2]!, now),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(lost.reason).toBeInstanceOf(StaleTaskChange);
        const history = await a.tasks.history('t1', 'n1', task.id);
        expect(history.filter((e) => e.change.type === 'status')).toHaveLength(1);
        expect((await b.tasks.get('t1', 'n1', task.id))!.status).toBe('done');
        // Other changes are not conditional: a due date still moves.
        await b.tasks.update(
          't1',
          'n1',
          task.id,
          { type: 'due', from: '2026-12-01', to: '2026-12-05' },
          people[1]!,
          now,
        );
        expect((await a.tasks.get('t1', 'n1', task.id))!.due).toBe('2026-12-05');
      }),
    );

    it(
      'hands an «Pågår» task over and closes it at once: the reopening is conditional, never undoes «Ferdig»',
      withStores(async (a, b) => {
        for (let round = 0; round < 6; round++) {
          const task = await a.tasks.create(newTask({ owners: [{ kind: 'person', ...people[1]! }] }), now);
          await a.tasks.update(
            't1',
            'n1',
            task.id,
            { type: 'status', from: 'open', to: 'in_progress' },
            people[1]!,
            now,
          );
          const handOver = {
            type: 'owners' as const,
            from: task.owners,
            to: [{ kind: 'person' as const, ...people[2]! }],
          };
          const reopen = { type: 'status' as const, from: 'in_progress' as const, to: 'open' as const };
          const done = { type: 'status' as const, from: 'in_progress' as const, to: 'done' as const };
          const [x, y] = [round % 2 ? a : b, round % 2 ? b : a];
          const results = await Promise.allSettled([
            x.tasks.update('t1', 'n1', task.id, handOver, people[0]!, now, reopen),
            y.tasks.update('t1', 'n1', task.id, done, people[1]!, now),
          ]);
          const [handed, closed] = results;
          const after = (await a.tasks.get('t1', 'n1', task.id))!;
          const statuses = (await a.tasks.history('t1', 'n1', task.id)).filter((e) => e.change.type === 'status');
          if (handed.status === 'fulfilled') {
            // The hand-over came first: «Ferdig» from «Pågår» finds the task open and writes nothing.
            expect(closed.status).toBe('rejected');
            expect((closed as PromiseRejectedResult).reason).toBeInstanceOf(StaleTaskChange);
            expect(after.status).toBe('open');
            expect(after.owners.map((o) => o.name)).toEqual([people[2]!.name]);
          } else {
            expect((handed as PromiseRejectedResult).reason).toBeInstanceOf(StaleTaskChange);
            expect(closed.status).toBe('fulfilled');
            expect(after.status).toBe('done');
            // Nothing of the hand-over was written: the owners and the history are as «Ferdig» left them.
            expect(after.owners.map((o) => o.name)).toEqual([people[1]!.name]);
            expect((await a.tasks.history('t1', 'n1', task.id)).some((e) => e.change.type === 'owners')).toBe(false);
          }
          expect(statuses).toHaveLength(2);
        }
        // Read before someone closed it: the hand-over with its reopening is refused and changes nothing.
        const task = await a.tasks.create(newTask(), now);
        await a.tasks.update('t1', 'n1', task.id, { type: 'status', from: 'open', to: 'in_progress' }, people[1]!, now);
        await a.tasks.update('t1', 'n1', task.id, { type: 'status', from: 'in_progress', to: 'done' }, people[1]!, now);
        await expect(
          b.tasks.update(
            't1',
            'n1',
            task.id,
            { type: 'owners', from: task.owners, to: [{ kind: 'municipality', name: 'Ås' }] },
            people[0]!,
            now,
            { type: 'status', from: 'in_progress', to: 'open' },
          ),
        ).rejects.toBeInstanceOf(StaleTaskChange);
        const still = (await a.tasks.get('t1', 'n1', task.id))!;
        expect(still.status).toBe('done');
        expect(still.owners).toEqual([{ kind: 'municipality', name: 'Nes' }]);
      }),
    );

    it(
      'gives only the job being sent under that exact key the newer payload (a card update superseded)',
      withStores(async (a, b) => {
        const job = (key: string) => ({
          tenantId: 't1',
          networkId: 'n1',
          key,
          kind: 'card.update',
          dueAt: now,
          payload: { stamp: 'old' },
        });
        await a.jobs.plan(job('card.update:c|1|'), now);
        await a.jobs.plan(job('card.update:c|12|'), now);
        const [claimed] = await a.jobs.claimDue(now, 1, 60_000, 'A');
        expect(claimed!.key).toBe('card.update:c|1|');
        expect(await b.jobs.supersedeClaimed('t1', 'n1', 'card.update:c|1|', { stamp: 'new' })).toBe(1);
        // A planned row is cancelled, not superseded; another network's key is not reached.
        expect(await b.jobs.supersedeClaimed('t1', 'n1', 'card.update:c|12|', { stamp: 'new' })).toBe(0);
        expect(await b.jobs.supersedeClaimed('t1', 'n2', 'card.update:c|1|', { stamp: 'new' })).toBe(0);
        const rows = await a.jobs.list('t1', 'n1', { kind: 'card.update' });
        expect(Object.fromEntries(rows.map((r) => [r.key, (r.payload as { stamp: string }).stamp]))).toEqual({
          'card.update:c|1|': 'new',
          'card.update:c|12|': 'old',
        });
      }),
    );
  });
}
