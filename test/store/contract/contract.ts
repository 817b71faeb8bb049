import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/store.ts';
import { MeetingAlreadyRunning } from '../../../src/meetings/repository.ts';
import type { NewDeadline } from '../../../src/deadlines/deadline.ts';
import type { NewTask } from '../../../src/tasks/task.ts';
import { network, ref } from '../../support/store-fixtures.ts';
import { emptyPlan } from '../../../src/projects/project.ts';
import {
  BOOKING_HORIZON_MS,
  IN_FLIGHT_MARGIN_MS,
  LocalSendWindows,
  TENANT_LIMITS,
  THREAD_LIMITS,
} from '../../../src/messaging/rate-limit.ts';

/** Opens a fresh, empty, migrated store; `done` closes and removes it. */
export type StoreFactory = () => Promise<{ store: Store; done: () => Promise<void> }>;

const now = new Date('2026-11-23T08:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const kari = { id: 'u1', name: 'Kari', aadObjectId: 'aad-1' };
const ola = { id: 'u2', name: 'Ola' };
const task = (tenantId: string, networkId: string, over: Partial<NewTask> = {}): NewTask => ({
  tenantId,
  networkId,
  text: 'Send budsjett',
  owners: [
    { kind: 'person', id: 'u1', aadObjectId: 'aad-1', name: 'Kari' },
    { kind: 'municipality', name: 'Nes' },
  ],
  due: '2026-12-01',
  meetingId: null,
  agendaItem: null,
  entryId: null,
  createdBy: kari,
  ...over,
});
const deadline = (tenantId: string, networkId: string, over: Partial<NewDeadline> = {}): NewDeadline => ({
  tenantId,
  networkId,
  title: 'Rapportering',
  kind: 'rapportering',
  date: '2027-03-01',
  time: '23:59',
  scope: 'network',
  statsforvalter: null,
  origin: null,
  source: 'test',
  checklist: ['Budsjett', 'Regnskap'],
  yearly: true,
  createdBy: kari,
  createdAt: now.toISOString(),
  ...over,
});
const meeting = (tenantId: string, networkId: string, date = '2026-11-27') => ({
  tenantId,
  networkId,
  date,
  title: 'Nettverksmøte',
  agenda: [{ n: 1, title: 'Velkommen' }],
  thread: { conversationId: 'c1', threadId: null },
  startedBy: kari,
  startedAt: now.toISOString(),
});
const job = (tenantId: string, networkId: string, key: string, dueAt: Date, kind = 'nudge') => ({
  tenantId,
  networkId,
  key,
  kind,
  dueAt,
  payload: { key },
});

/**
 * The behaviours the domain relies on from every Store, run against each engine. A case here
 * states what the port promises; an engine that differs fails it.
 */
export function storeContract(engine: string, open: StoreFactory): void {
  describe(`Store contract: ${engine}`, () => {
    let store: Store;
    let done: () => Promise<void>;
    beforeEach(async () => {
      ({ store, done } = await open());
    });
    afterEach(async () => {
      await done();
    });

    it('networks: upsert reports created and reactivated; settings per network', async () => {
      expect(await store.networks.upsert(network('t1', 'n1'), now)).toEqual({ created: true, reactivated: false });
      expect(await store.networks.upsert(network('t1', 'n1'), now)).toEqual({ created: false, reactivated: false });
      await store.networks.setActive('t1', 'n1', false, now);
      expect(await store.networks.listActive('t1')).toEqual([]);
      expect(
        await store.networks.upsert({ ...network('t1', 'n1'), channelId: null, installedBy: ola }, later(1000)),
      ).toEqual({ created: false, reactivated: true });
      const n = (await store.networks.get('t1', 'n1'))!;
      expect(n).toMatchObject({
        active: true,
        channelId: 'n1-ch',
        installedBy: { id: 'u1', name: 'Kari' },
        createdAt: now.toISOString(),
        updatedAt: later(1000).toISOString(),
      });
      await store.networks.upsert(network('t2', 'n1'), now);
      await store.networks.upsert(network('t1', 'n0'), now);
      expect((await store.networks.listActive()).map((x) => `${x.tenantId}/${x.networkId}`)).toEqual([
        't1/n0',
        't1/n1',
        't2/n1',
      ]);
      await store.networks.rename('t1', 'n1', 'Vest', now);
      expect((await store.networks.get('t1', 'n1'))!.name).toBe('Vest');
      expect((await store.networks.get('t2', 'n1'))!.name).toBe('Nettverk');

      await store.networks.setSetting('t1', 'n1', 'statsforvalter', 'Vestland');
      await store.networks.setSetting('t1', 'n1', 'statsforvalter', 'Rogaland');
      await store.networks.setSetting('t1', 'n0', 'statsforvalter', 'Rogaland');
      await store.networks.setSetting('t2', 'n1', 'statsforvalter', 'Rogaland');
      expect(await store.networks.getSetting('t1', 'n1', 'statsforvalter')).toBe('Rogaland');
      expect(await store.networks.getSetting('t1', 'n1', 'none')).toBeNull();
      expect(await store.networks.networksWithSetting('t1', 'statsforvalter', 'Rogaland')).toEqual(['n0', 'n1']);
      await store.networks.setSetting('t1', 'n1', 'nudges', { days: [7, 1] });
      expect(await store.networks.getSetting('t1', 'n1', 'nudges')).toEqual({ days: [7, 1] });
    });

    it('people: roles per network, found by user id or AAD object id; personal chats per tenant', async () => {
      await store.people.setRole('t1', 'n1', kari, 'leader', now);
      await store.people.setRole('t1', 'n1', ola, 'member', now);
      await store.people.setRole(
        't1',
        'n2',
        { id: 'other-chat-id', name: 'Kari', aadObjectId: 'aad-1' },
        'member',
        now,
      );
      expect(await store.people.roleOf('t1', 'n1', { id: 'u1' })).toBe('leader');
      expect(await store.people.roleOf('t1', 'n1', { aadObjectId: 'aad-1' })).toBe('leader');
      expect(await store.people.roleOf('t1', 'n3', { id: 'u1' })).toBeNull();
      expect(await store.people.roleOf('t2', 'n1', { id: 'u1' })).toBeNull();
      expect((await store.people.networksOf('t1', { id: 'u1', aadObjectId: 'aad-1' })).sort()).toEqual(['n1', 'n2']);
      expect(await store.people.listRole('t1', 'n1', 'leader')).toEqual([
        { id: 'u1', aadObjectId: 'aad-1', name: 'Kari' },
      ]);
      await store.people.setRole('t1', 'n1', { id: 'u1', name: 'Kari N.' }, 'member', now);
      expect(await store.people.listRole('t1', 'n1', 'member')).toEqual([
        { id: 'u1', aadObjectId: 'aad-1', name: 'Kari N.' },
        { id: 'u2', aadObjectId: undefined, name: 'Ola' },
      ]);
      await store.people.removeRole('t1', 'n1', { id: 'u2' });
      expect(await store.people.roleOf('t1', 'n1', { id: 'u2' })).toBeNull();

      const conv = { ...ref('personal-1'), conversationType: 'personal' as const };
      await store.people.savePersonalConversation({
        tenantId: 't1',
        person: kari,
        conversation: conv,
        createdAt: now.toISOString(),
      });
      await store.people.savePersonalConversation({
        tenantId: 't1',
        person: { id: 'u1', name: 'Kari' },
        conversation: conv,
        createdAt: now.toISOString(),
      });
      expect(await store.people.findPersonalConversation('t1', { aadObjectId: 'aad-1' })).toEqual({
        tenantId: 't1',
        person: { id: 'u1', aadObjectId: 'aad-1', name: 'Kari' },
        conversation: conv,
        createdAt: now.toISOString(),
      });
      expect(await store.people.findPersonalConversation('t2', { id: 'u1' })).toBeNull();
    });

    it('people seen in a network (N2): with the roles, the networks a person is in; per tenant; erased with the network', async () => {
      await store.people.setRole('t1', 'n1', kari, 'leader', now);
      await store.people.noteSeen('t1', 'n2', ola, now);
      await store.people.noteSeen('t1', 'n2', { ...ola, name: 'Ola H.' }, later(1000));
      await store.people.noteSeen('t1', 'n3', { id: 'u9', aadObjectId: 'aad-1', name: 'Kari' }, now);
      await store.people.noteSeen('t2', 'n4', ola, now);
      expect((await store.people.memberNetworksOf('t1', { id: 'u2' })).sort()).toEqual(['n2']);
      // Found by the AAD object id too, and with a role, once per network.
      expect((await store.people.memberNetworksOf('t1', { id: 'u1', aadObjectId: 'aad-1' })).sort()).toEqual([
        'n1',
        'n3',
      ]);
      await store.people.noteSeen('t1', 'n1', kari, now);
      expect((await store.people.memberNetworksOf('t1', { id: 'u1' })).sort()).toEqual(['n1']);
      // Seen is no role.
      expect(await store.people.roleOf('t1', 'n2', { id: 'u2' })).toBeNull();
      expect(await store.people.networksOf('t1', { id: 'u2' })).toEqual([]);
      // It names people, so it is in the network's export (its own rows only), and erased with it.
      // A later sighting without a name (a join Teams names no one in) keeps the name known.
      await store.people.noteSeen('t1', 'n2', { ...ola, name: '' }, later(60 * 60_000));
      const seen = (await store.networkData.export('t1', 'n2')).network_people_seen as {
        user_id: string;
        name: string;
      }[];
      expect(seen.map((r) => r.user_id)).toEqual(['u2']);
      expect(seen.map((r) => r.name)).toEqual(['Ola H.']);
      await store.networkData.erase('t1', 'n2');
      expect(await store.people.memberNetworksOf('t1', { id: 'u2' })).toEqual([]);
      expect(await store.people.memberNetworksOf('t2', { id: 'u2' })).toEqual(['n4']);
    });

    it('people seen: the same writer is written again only minutes later, and at once after an erase', async () => {
      const seenAt = async (networkId: string) =>
        ((await store.networkData.export('t1', networkId)).network_people_seen as { seen_at: string }[]).map(
          (r) => r.seen_at,
        );
      await store.people.noteSeen('t1', 'n5', ola, now);
      // Every message noted its writer with an upsert (issue #14); a minute later nothing is written.
      await store.people.noteSeen('t1', 'n5', ola, later(60_000));
      expect(await seenAt('n5')).toEqual([now.toISOString()]);
      // Another name is written at once; so is the same writer ten minutes on.
      await store.people.noteSeen('t1', 'n5', { ...ola, name: 'Ola H.' }, later(120_000));
      expect(await seenAt('n5')).toEqual([later(120_000).toISOString()]);
      await store.people.noteSeen('t1', 'n5', { ...ola, name: 'Ola H.' }, later(720_000));
      expect(await seenAt('n5')).toEqual([later(720_000).toISOString()]);
      // An erased network's writer is recorded again by the next message.
      await store.networkData.erase('t1', 'n5');
      await store.people.noteSeen('t1', 'n5', { ...ola, name: 'Ola H.' }, later(721_000));
      expect(await store.people.memberNetworksOf('t1', { id: ola.id })).toEqual(['n5']);
    });

    it('tasks: ids per network never reused, even after erase; history in order; scoped by tenant and network', async () => {
      const t1 = await store.tasks.create(task('t1', 'n1'), now);
      const t2 = await store.tasks.create(task('t1', 'n1', { due: null }), now);
      const other = await store.tasks.create(task('t1', 'n2'), now);
      const otherTenant = await store.tasks.create(task('t2', 'n1'), now);
      expect([t1.id, t2.id, other.id, otherTenant.id]).toEqual(['T1', 'T2', 'T1', 'T1']);
      expect(t1).toMatchObject({
        status: 'open',
        needsHelp: false,
        cardRef: null,
        due: '2026-12-01',
        createdAt: now.toISOString(),
      });
      expect((await store.tasks.get('t1', 'n1', 't1'))!.id).toBe('T1');
      expect(await store.tasks.get('t1', 'n3', 'T1')).toBeNull();

      await store.tasks.update('t1', 'n1', 'T1', { type: 'status', from: 'open', to: 'in_progress' }, ola, later(1));
      await store.tasks.update('t1', 'n1', 'T1', { type: 'needs-help', value: true }, ola, later(2));
      const moved = await store.tasks.update(
        't1',
        'n1',
        'T1',
        { type: 'due', from: '2026-12-01', to: '2026-12-24' },
        ola,
        later(3),
      );
      expect(moved).toMatchObject({
        status: 'in_progress',
        needsHelp: true,
        due: '2026-12-24',
        updatedAt: later(3).toISOString(),
      });
      const hist = await store.tasks.history('t1', 'n1', 'T1');
      expect(hist.map((e) => [e.seq, e.change.type])).toEqual([
        [1, 'created'],
        [2, 'status'],
        [3, 'needs-help'],
        [4, 'due'],
      ]);
      expect(hist[1]!.by).toEqual({ id: 'u2', name: 'Ola' });

      await store.tasks.setCardRef('t1', 'n1', 'T2', { conversationId: 'c', activityId: 'a' });
      expect((await store.tasks.get('t1', 'n1', 'T2'))!.cardRef).toEqual({ conversationId: 'c', activityId: 'a' });
      // Reminder cards: kept once each, per task and network, and only for the network asked about.
      await store.tasks.addCard('t1', 'n1', 'T2', { conversationId: 'a:p1', activityId: '11' });
      await store.tasks.addCard('t1', 'n1', 'T2', { conversationId: 'a:p1', activityId: '12' });
      await store.tasks.addCard('t1', 'n1', 'T2', { conversationId: 'a:p1', activityId: '11' });
      await store.tasks.addCard('t1', 'n2', 'T2', { conversationId: 'a:p2', activityId: '13' });
      expect(await store.tasks.cards('t1', 'n1', 'T2')).toEqual([
        { conversationId: 'a:p1', activityId: '11' },
        { conversationId: 'a:p1', activityId: '12' },
      ]);
      expect(await store.tasks.cards('t1', 'n1', 'T1')).toEqual([]);
      expect(await store.tasks.cards('t2', 'n2', 'T2')).toEqual([]);

      // A cancelled task (avlyst) is stored as such, leaves the open lists, and can be opened again.
      await store.tasks.update('t1', 'n1', 'T2', { type: 'status', from: 'open', to: 'cancelled' }, ola, later(4));
      expect((await store.tasks.get('t1', 'n1', 'T2'))!.status).toBe('cancelled');
      expect((await store.tasks.listOpen('t1', 'n1')).map((x) => x.id)).not.toContain('T2');
      expect((await store.tasks.listOpenForPerson('t1', { id: 'u1' })).map((x) => x.id)).not.toContain('T2');
      expect((await store.tasks.history('t1', 'n1', 'T2')).at(-1)!.change).toEqual({
        type: 'status',
        from: 'open',
        to: 'cancelled',
      });
      await store.tasks.update('t1', 'n1', 'T2', { type: 'status', from: 'cancelled', to: 'open' }, ola, later(5));
      expect((await store.tasks.listOpen('t1', 'n1')).map((x) => x.id)).toContain('T2');

      for (let i = 0; i < 9; i++) await store.tasks.create(task('t1', 'n1', { due: null }), now);
      expect((await store.tasks.listAll('t1', 'n1')).map((t) => t.id)).toEqual([
        'T1',
        'T2',
        'T3',
        'T4',
        'T5',
        'T6',
        'T7',
        'T8',
        'T9',
        'T10',
        'T11',
      ]);
      await store.tasks.update('t1', 'n1', 'T3', { type: 'status', from: 'open', to: 'done' }, ola, now);
      // Dated first (by date), then undated by number: T10 after T9, not after T1.
      expect((await store.tasks.listOpen('t1', 'n1')).map((t) => t.id)).toEqual([
        'T1',
        'T2',
        'T4',
        'T5',
        'T6',
        'T7',
        'T8',
        'T9',
        'T10',
        'T11',
      ]);

      await store.networkData.erase('t1', 'n1');
      expect(await store.tasks.listAll('t1', 'n1')).toEqual([]);
      expect((await store.tasks.create(task('t1', 'n1'), now)).id).toBe('T12');
    });

    it('tasks: a person finds open tasks they own across networks, by user id or AAD id; owners can change', async () => {
      await store.tasks.create(task('t1', 'n1', { due: '2026-12-10' }), now);
      await store.tasks.create(task('t1', 'n2', { due: '2026-12-05' }), now);
      await store.tasks.create(task('t1', 'n2', { owners: [{ kind: 'person', id: 'u2', name: 'Ola' }] }), now);
      await store.tasks.create(task('t2', 'n1'), now);
      const mine = await store.tasks.listOpenForPerson('t1', { aadObjectId: 'aad-1' });
      expect(mine.map((t) => `${t.networkId}/${t.id}`)).toEqual(['n2/T1', 'n1/T1']);
      expect((await store.tasks.listOpenForPerson('t1', { id: 'u1' })).length).toBe(2);
      await store.tasks.update(
        't1',
        'n1',
        'T1',
        { type: 'owners', from: [], to: [{ kind: 'person', id: 'u2', name: 'Ola' }] },
        kari,
        now,
      );
      expect((await store.tasks.listOpenForPerson('t1', { id: 'u1' })).map((t) => t.networkId)).toEqual(['n2']);
      expect(
        (await store.tasks.listOpenForPerson('t1', { id: 'u2' })).map((t) => `${t.networkId}/${t.id}`).sort(),
      ).toEqual(['n1/T1', 'n2/T2']);
      await store.tasks.update('t1', 'n2', 'T2', { type: 'status', from: 'open', to: 'deleted' }, kari, now);
      expect((await store.tasks.listOpenForPerson('t1', { id: 'u2' })).map((t) => `${t.networkId}/${t.id}`)).toEqual([
        'n1/T1',
      ]);
      const byEntry = await store.tasks.create(
        task('t1', 'n1', { entryId: 'e-7', meetingId: 'M1', agendaItem: 3 }),
        now,
      );
      expect(await store.tasks.findByEntry('t1', 'n1', 'e-7')).toMatchObject({
        id: byEntry.id,
        meetingId: 'M1',
        agendaItem: 3,
      });
      expect(await store.tasks.findByEntry('t1', 'n2', 'e-7')).toBeNull();
    });

    it('tasks: concurrent creates in one network get distinct ids', async () => {
      const made = await Promise.all(Array.from({ length: 12 }, () => store.tasks.create(task('t1', 'n1'), now)));
      expect(new Set(made.map((t) => t.id)).size).toBe(12);
    });

    it('meetings: one running meeting per network; ids never reused; entries appended in order', async () => {
      const m1 = await store.meetings.start(meeting('t1', 'n1'));
      expect(m1).toMatchObject({
        id: 'M1',
        status: 'running',
        thread: { conversationId: 'c1', threadId: null },
        cardRef: null,
        approvedBy: null,
      });
      await expect(store.meetings.start(meeting('t1', 'n1'))).rejects.toBeInstanceOf(MeetingAlreadyRunning);
      expect((await store.meetings.start(meeting('t1', 'n2'))).id).toBe('M1');
      expect((await store.meetings.running('t1', 'n1'))!.id).toBe('M1');
      expect(await store.meetings.running('t2', 'n1')).toBeNull();

      for (const text of ['a', 'b', 'c']) await store.meetings.append('t1', 'n1', 'M1', { type: 'note', text });
      expect(await store.meetings.append('t1', 'n2', 'M1', { type: 'note', text: 'x' })).toBe(1);
      expect(await store.meetings.entries('t1', 'n1', 'M1')).toEqual([
        { type: 'note', text: 'a' },
        { type: 'note', text: 'b' },
        { type: 'note', text: 'c' },
      ]);

      await store.meetings.setCardRef('t1', 'n1', 'M1', { conversationId: 'c1', activityId: 'card' });
      await store.meetings.end('t1', 'n1', 'M1', later(3_600_000));
      await store.meetings.setMinutesRef('t1', 'n1', 'm1', { conversationId: 'c1', activityId: 'min' });
      expect(await store.meetings.running('t1', 'n1')).toBeNull();
      const m2 = await store.meetings.start(meeting('t1', 'n1', '2026-12-18'));
      expect(m2.id).toBe('M2');
      await store.meetings.approve('t1', 'n1', 'M1', ola, 'M2', later(10));
      expect(await store.meetings.get('t1', 'n1', 'm1')).toMatchObject({
        status: 'ended',
        endedAt: later(3_600_000).toISOString(),
        cardRef: { conversationId: 'c1', activityId: 'card' },
        approvedBy: { id: 'u2', name: 'Ola' },
        approvedIn: 'M2',
      });
      await store.meetings.unapprove('t1', 'n1', 'M1', 'M3');
      expect((await store.meetings.get('t1', 'n1', 'M1'))!.approvedIn).toBe('M2');
      await store.meetings.unapprove('t1', 'n1', 'M1', 'M2');
      expect((await store.meetings.get('t1', 'n1', 'M1'))!.approvedAt).toBeNull();
      await store.meetings.end('t1', 'n1', 'M2', later(7_200_000));
      expect((await store.meetings.ended('t1', 'n1', 5)).map((m) => m.id)).toEqual(['M2', 'M1']);
      expect((await store.meetings.ended('t1', 'n1', 1)).map((m) => m.id)).toEqual(['M2']);
      expect((await store.meetings.byDate('t1', 'n1', '2026-11-27'))!.id).toBe('M1');
      // An ended meeting runs again (N18); not while another runs, not twice, not one still running.
      expect(await store.meetings.reopen('t1', 'n1', 'M1')).toBe(true);
      expect(await store.meetings.get('t1', 'n1', 'M1')).toMatchObject({ status: 'running', endedAt: null });
      expect(await store.meetings.reopen('t1', 'n1', 'M1')).toBe(false);
      await expect(store.meetings.reopen('t1', 'n1', 'M2')).rejects.toBeInstanceOf(MeetingAlreadyRunning);
      expect((await store.meetings.running('t1', 'n1'))!.id).toBe('M1');
      await store.meetings.end('t1', 'n1', 'M1', later(3_600_000));
      expect(await store.meetings.byDate('t1', 'n1', '2026-11-28')).toBeNull();

      await store.networkData.erase('t1', 'n1');
      expect((await store.meetings.start(meeting('t1', 'n1'))).id).toBe('M3');
    });

    it('meetings: entry ids unique per network; concurrent appends each get their own place', async () => {
      const ids = await Promise.all(Array.from({ length: 10 }, () => store.meetings.nextEntryId('t1', 'n1')));
      expect(new Set(ids).size).toBe(10);
      expect(ids.every((id) => /^e-\d+$/.test(id))).toBe(true);
      expect(await store.meetings.nextEntryId('t1', 'n2')).toBe('e-1');
      await store.meetings.start(meeting('t1', 'n1'));
      const seqs = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.meetings.append('t1', 'n1', 'M1', { i })),
      );
      expect([...seqs].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect((await store.meetings.entries('t1', 'n1', 'M1')).length).toBe(10);
    });

    it('meetings: entriesAfter returns the entries after a seq, in order, with the count of the whole log', async () => {
      await store.meetings.start(meeting('t1', 'n1'));
      expect(await store.meetings.entriesAfter('t1', 'n1', 'M1', 0)).toEqual({ total: 0, entries: [] });
      for (const text of ['a', 'b', 'c', 'd']) await store.meetings.append('t1', 'n1', 'M1', { text });
      await store.meetings.append('t1', 'n2', 'M1', { text: 'other network' });
      expect(await store.meetings.entriesAfter('t1', 'n1', 'M1', 0)).toEqual({
        total: 4,
        entries: [1, 2, 3, 4].map((seq) => ({ seq, entry: { text: 'abcd'[seq - 1] } })),
      });
      expect(await store.meetings.entriesAfter('t1', 'n1', 'M1', 2)).toEqual({
        total: 4,
        entries: [
          { seq: 3, entry: { text: 'c' } },
          { seq: 4, entry: { text: 'd' } },
        ],
      });
      expect(await store.meetings.entriesAfter('t1', 'n1', 'M1', 4)).toEqual({ total: 4, entries: [] });
      expect(await store.meetings.entriesAfter('t1', 'n1', 'M9', 0)).toEqual({ total: 0, entries: [] });
      await store.networkData.erase('t1', 'n1');
      expect(await store.meetings.entriesAfter('t1', 'n1', 'M1', 2)).toEqual({ total: 0, entries: [] });
    });

    it('meetings: series, hints, municipalities and agenda proposals per network', async () => {
      expect(await store.meetings.getSeries('t1', 'n1')).toBeNull();
      await store.meetings.saveSeries('t1', 'n1', { rrule: 'FREQ=MONTHLY' }, [{ title: 'A' }], kari, now);
      await store.meetings.saveSeries('t1', 'n1', { rrule: 'FREQ=WEEKLY' }, [{ title: 'B' }], kari, later(5));
      expect(await store.meetings.getSeries('t1', 'n1')).toEqual({
        series: { rrule: 'FREQ=WEEKLY' },
        agenda: [{ title: 'B' }],
        updatedAt: later(5).toISOString(),
      });
      expect(await store.meetings.getSeries('t1', 'n2')).toBeNull();

      expect(await store.meetings.unmentionedSeen('t1', 'n1')).toBe(false);
      await store.meetings.noteUnmentioned('t1', 'n1', now);
      await store.meetings.noteUnmentioned('t1', 'n1', now);
      expect(await store.meetings.unmentionedSeen('t1', 'n1')).toBe(true);
      expect(await store.meetings.unmentionedSeen('t1', 'n2')).toBe(false);
      expect(await store.meetings.markHint('t1', 'n1', 'M1', 'mention', now)).toBe(true);
      expect(await store.meetings.markHint('t1', 'n1', 'M1', 'mention', now)).toBe(false);
      expect(await store.meetings.markHint('t1', 'n1', 'M2', 'mention', now)).toBe(true);

      expect(await store.meetings.municipalities('t1', 'n1')).toEqual([]);
      await store.meetings.setMunicipalities('t1', 'n1', ['Nes', 'Ål'], kari, now);
      await store.meetings.setMunicipalities('t1', 'n1', ['Ål', 'Nes', 'Gol'], kari, now);
      expect(await store.meetings.municipalities('t1', 'n1')).toEqual(['Ål', 'Nes', 'Gol']);

      const base = {
        tenantId: 't1',
        networkId: 'n1',
        meetingDate: '2026-11-27',
        proposedBy: ola,
        createdAt: now.toISOString(),
      };
      for (let i = 1; i <= 11; i++) await store.meetings.propose({ ...base, text: `Sak ${i}` });
      const p = await store.meetings.propose({ ...base, meetingDate: '2026-12-18', text: 'Senere' });
      expect(p).toMatchObject({ id: 'P12', status: 'proposed', decidedBy: null });
      expect((await store.meetings.proposals('t1', 'n1', '2026-11-27')).map((x) => x.id)).toEqual([
        'P1',
        'P2',
        'P3',
        'P4',
        'P5',
        'P6',
        'P7',
        'P8',
        'P9',
        'P10',
        'P11',
      ]);
      expect(await store.meetings.decideProposal('t1', 'n1', 'P2', 'accepted', kari)).toMatchObject({
        status: 'accepted',
        decidedBy: { id: 'u1', name: 'Kari' },
      });
      expect(await store.meetings.decideProposal('t1', 'n2', 'P2', 'accepted', kari)).toBeNull();
      expect(await store.meetingExceptions.moveProposals('t1', 'n1', '2026-11-27', '2026-11-30')).toBe(11);
      expect(await store.meetings.proposals('t1', 'n1', '2026-11-27')).toEqual([]);
    });

    it('meeting exceptions: one per date, revision grows at each change; running agenda replaced', async () => {
      const e = {
        date: '2026-12-25',
        kind: 'moved' as const,
        to: '2026-12-18',
        start: '10:00',
        end: '14:00',
        reason: '1. juledag',
        holiday: true,
      };
      expect(await store.meetingExceptions.set('t1', 'n1', e, kari, now)).toEqual({ ...e, revision: 1 });
      expect(
        (
          await store.meetingExceptions.set(
            't1',
            'n1',
            { ...e, kind: 'cancelled', to: null, start: null, end: null },
            kari,
            now,
          )
        ).revision,
      ).toBe(2);
      await store.meetingExceptions.set(
        't1',
        'n1',
        { ...e, date: '2026-11-27', kind: 'kept', to: null, holiday: false, reason: null },
        kari,
        now,
      );
      await store.meetingExceptions.set('t1', 'n2', e, kari, now);
      const list = await store.meetingExceptions.list('t1', 'n1');
      expect(list.map((x) => [x.date, x.kind, x.revision])).toEqual([
        ['2026-11-27', 'kept', 1],
        ['2026-12-25', 'cancelled', 2],
      ]);
      expect(list[1]).toMatchObject({ to: null, start: null, holiday: true, reason: '1. juledag' });
      await store.meetingExceptions.remove('t1', 'n1', '2026-12-25');
      expect((await store.meetingExceptions.list('t1', 'n1')).length).toBe(1);
      expect((await store.meetingExceptions.list('t1', 'n2')).length).toBe(1);

      await store.meetings.start(meeting('t1', 'n1'));
      await store.meetingExceptions.setMeetingAgenda('t1', 'n1', 'M1', [{ title: 'Ny' }]);
      expect((await store.meetings.get('t1', 'n1', 'M1'))!.agenda).toEqual([{ title: 'Ny' }]);
      await store.meetings.end('t1', 'n1', 'M1', now);
      await store.meetingExceptions.setMeetingAgenda('t1', 'n1', 'M1', [{ title: 'Etterpå' }]);
      expect((await store.meetings.get('t1', 'n1', 'M1'))!.agenda).toEqual([{ title: 'Ny' }]);
    });

    it('deadlines: ids per network, open ones by date, checks toggled, done once, cards kept', async () => {
      const f1 = await store.deadlines.create(deadline('t1', 'n1'));
      const f2 = await store.deadlines.create(
        deadline('t1', 'n1', { date: '2026-12-31', title: 'Bruk', kind: 'bruk av midler', yearly: false }),
      );
      expect([f1.id, f2.id, (await store.deadlines.create(deadline('t1', 'n2'))).id]).toEqual(['F1', 'F2', 'F1']);
      expect(f1).toMatchObject({
        kind: 'rapportering',
        checklist: ['Budsjett', 'Regnskap'],
        checks: [],
        yearly: true,
        status: 'open',
        doneBy: null,
      });
      expect((await store.deadlines.listOpen('t1', 'n1')).map((d) => d.id)).toEqual(['F2', 'F1']);
      expect((await store.deadlines.get('t1', 'n1', 'f1'))!.id).toBe('F1');

      const ticked = await store.deadlines.toggleCheck('t1', 'n1', 'f1', 'Budsjett', ola, now);
      expect(ticked!.checks).toEqual([{ item: 'Budsjett', by: { id: 'u2', name: 'Ola' }, at: now.toISOString() }]);
      expect((await store.deadlines.toggleCheck('t1', 'n1', 'F1', 'Budsjett', ola, now, true))!.checks.length).toBe(1);
      expect((await store.deadlines.toggleCheck('t1', 'n1', 'F1', 'Budsjett', ola, now))!.checks).toEqual([]);
      expect(await store.deadlines.toggleCheck('t1', 'n3', 'F1', 'Budsjett', ola, now)).toBeNull();
      await Promise.all(
        ['Budsjett', 'Regnskap'].map((item) => store.deadlines.toggleCheck('t1', 'n1', 'F1', item, ola, now, true)),
      );
      expect((await store.deadlines.get('t1', 'n1', 'F1'))!.checks.map((c) => c.item).sort()).toEqual([
        'Budsjett',
        'Regnskap',
      ]);

      const edited = await store.deadlines.update(
        't1',
        'n1',
        'F1',
        {
          title: 'Rapport',
          kind: 'egen',
          date: '2027-03-02',
          source: 's',
          checklist: ['A'],
          yearly: false,
          origin: null,
        },
        now,
      );
      expect(edited).toMatchObject({
        title: 'Rapport',
        kind: 'egen',
        date: '2027-03-02',
        checklist: ['A'],
        yearly: false,
      });

      const doneF1 = await store.deadlines.markDone('t1', 'n1', 'F1', kari, now);
      expect(doneF1).toMatchObject({ status: 'done', doneBy: { id: 'u1', name: 'Kari' }, doneAt: now.toISOString() });
      expect((await store.deadlines.markDone('t1', 'n1', 'F1', ola, later(1)))!.doneBy).toEqual(kari);
      expect((await store.deadlines.listOpen('t1', 'n1')).map((d) => d.id)).toEqual(['F2']);
      // «Angre levert» (s15 #3): opened once, clearing who marked it; a second call finds it open.
      // Review s15 #8: only the delivery the caller saw is taken back; another one marked since stays.
      const stale = await store.deadlines.reopenOnce('t1', 'n1', 'F1', later(5).toISOString());
      expect(stale).toMatchObject({ reopened: false, deadline: { status: 'done', doneBy: kari } });
      const reopened = await store.deadlines.reopenOnce('t1', 'n1', 'F1', now.toISOString());
      expect(reopened).toMatchObject({ reopened: true, deadline: { status: 'open', doneBy: null, doneAt: null } });
      expect((await store.deadlines.reopenOnce('t1', 'n1', 'F1', now.toISOString()))!.reopened).toBe(false);
      expect(await store.deadlines.reopenOnce('t1', 'n1', 'F99', now.toISOString())).toBeNull();
      // Review s16 #6: the delivery is compared as NULL-safe; a caller who saw no time does not take back a timed one.
      await store.deadlines.markDone('t1', 'n1', 'F1', kari, now);
      expect((await store.deadlines.reopenOnce('t1', 'n1', 'F1', null))!.reopened).toBe(false);
      expect((await store.deadlines.reopenOnce('t1', 'n1', 'F1', now.toISOString()))!.reopened).toBe(true);
      await store.deadlines.markDone('t1', 'n1', 'F1', kari, now);

      await store.deadlines.addCard('t1', 'n1', 'F2', { conversationId: 'c', activityId: 'a1' });
      await store.deadlines.addCard('t1', 'n1', 'F2', { conversationId: 'c', activityId: 'a1' });
      await store.deadlines.addCard('t1', 'n1', 'F2', { conversationId: 'c', activityId: 'a2' });
      expect(await store.deadlines.cards('t1', 'n1', 'F2')).toEqual([
        { conversationId: 'c', activityId: 'a1' },
        { conversationId: 'c', activityId: 'a2' },
      ]);
      expect(await store.deadlines.cards('t1', 'n2', 'F2')).toEqual([]);
    });

    it('deadlines: a shared deadline is copied once per network, and not behind a later copy', async () => {
      const shared = {
        ...deadline('t1', 'n1', { scope: 'statsforvalter', statsforvalter: 'Vestland' }),
        origin: 'sf-1',
      };
      const made = await Promise.all([
        store.deadlines.createUnlessLater(shared),
        store.deadlines.createUnlessLater(shared),
        store.deadlines.createUnlessLater(shared),
      ]);
      expect(made.filter((d) => d !== null).length).toBe(1);
      expect(await store.deadlines.createUnlessLater({ ...shared, date: '2027-02-01' })).toBeNull();
      const next = await store.deadlines.createUnlessLater({ ...shared, date: '2028-03-01' });
      expect(next).toMatchObject({ id: 'F2', scope: 'statsforvalter', statsforvalter: 'Vestland', origin: 'sf-1' });
      expect((await store.deadlines.findByOrigin('t1', 'n1', 'sf-1'))!.date).toBe('2028-03-01');
      expect(await store.deadlines.findByOrigin('t1', 'n2', 'sf-1')).toBeNull();
    });

    it('jobs: planned once per key, replanned until claimed, cancelled by prefix within a network', async () => {
      expect(await store.jobs.plan(job('t1', 'n1', 'k:a', later(1000)), now)).toBe(true);
      expect(await store.jobs.plan(job('t1', 'n1', 'k:a', later(5000)), now)).toBe(false);
      await store.jobs.replan(job('t1', 'n1', 'k:a', later(2000)), now);
      await store.jobs.replan(job('t1', 'n1', 'k:b', later(500)), now);
      await store.jobs.plan(job('t1', 'n2', 'k2:a', later(500)), now);
      const listed = await store.jobs.list('t1', 'n1');
      expect(listed.map((j) => [j.key, j.dueAt.toISOString(), j.status])).toEqual([
        ['k:b', later(500).toISOString(), 'planned'],
        ['k:a', later(2000).toISOString(), 'planned'],
      ]);
      expect(listed[0]!.payload).toEqual({ key: 'k:b' });
      expect(await store.jobs.cancel('t1', 'n1', 'k:')).toBe(2);
      expect(await store.jobs.cancel('t1', 'n1', 'k:')).toBe(0);
      expect((await store.jobs.list('t1', 'n2', { status: 'planned' })).length).toBe(1);
      await store.jobs.replan(job('t1', 'n1', 'k:a', later(3000)), now);
      expect((await store.jobs.list('t1', 'n1', { status: 'planned' })).map((j) => j.key)).toEqual(['k:a']);
      expect((await store.jobs.list('t1', 'n1', { status: 'cancelled', kind: 'nudge' })).map((j) => j.key)).toEqual([
        'k:b',
      ]);
      expect(await store.jobs.list('t1', 'n1', { kind: 'agenda' })).toEqual([]);

      // Claims span every network: the scheduler serves them all.
      expect((await store.jobs.claimDue(later(3000), 10, 60_000, 'A')).map((j) => j.key)).toEqual(['k2:a', 'k:a']);
      await store.jobs.replan(job('t1', 'n1', 'k:a', later(9000)), now);
      expect((await store.jobs.list('t1', 'n1', { status: 'claimed' }))[0]!.dueAt.toISOString()).toBe(
        later(3000).toISOString(),
      );
    });

    it('jobs: claims are not handed out twice; leases run out, renew, release, defer, complete, fail', async () => {
      for (let i = 0; i < 6; i++) await store.jobs.plan(job('t1', 'n1', `j${i}`, later(i * 1000)), now);
      await store.jobs.plan(job('t1', 'n1', 'future', later(3_600_000)), now);
      const at = later(10_000);
      const [a, b0] = await Promise.all([
        store.jobs.claimDue(at, 4, 60_000, 'A'),
        store.jobs.claimDue(at, 4, 60_000, 'B'),
      ]);
      // Under contention SKIP LOCKED may send a claimer back short, never with a job the other holds; B asks again for the rest.
      const b = [...b0, ...(await store.jobs.claimDue(at, 4, 60_000, 'B'))];
      const keys = [...a, ...b].map((j) => j.key);
      expect(keys.sort()).toEqual(['j0', 'j1', 'j2', 'j3', 'j4', 'j5']);
      expect([...a, ...b].every((j) => j.status === 'claimed' && j.attempts === 1)).toBe(true);
      expect(await store.jobs.claimDue(at, 10, 60_000, 'C')).toEqual([]);
      const aIds = a.map((j) => j.id);
      const bIds = b.map((j) => j.id);
      expect(a.map((j) => j.key)).toEqual([...a.map((j) => j.key)].sort());

      // A renews at +50 s; B does not. At +80 s only B's claims are past the 60 s lease.
      await store.jobs.renew(aIds, 'A', later(50_000));
      await store.jobs.renew(bIds, 'A', later(50_000));
      const next = await store.jobs.nextClaimable(60_000, 'A');
      expect(next!.toISOString()).toBe(later(70_000).toISOString());
      const taken = await store.jobs.claimDue(later(80_000), 10, 60_000, 'C');
      expect(taken.map((j) => j.id).sort()).toEqual([...bIds].sort());
      expect(taken.every((j) => j.attempts === 2)).toBe(true);

      expect(await store.jobs.release(bIds, 'B', true)).toBe(0);
      expect(await store.jobs.release(aIds.slice(0, 1), 'A', true)).toBe(1);
      const back = (await store.jobs.list('t1', 'n1', { status: 'planned' })).find((j) => j.id === aIds[0])!;
      expect(back.attempts).toBe(0);
      expect(await store.jobs.release(aIds.slice(1, 2), 'A', false)).toBe(1);
      expect((await store.jobs.list('t1', 'n1', { status: 'planned' })).find((j) => j.id === aIds[1])!.attempts).toBe(
        1,
      );

      await store.jobs.complete(taken[0]!.id, later(81_000));
      await store.jobs.fail(taken[1]!.id, 'gave up', later(81_000));
      if (taken[2]) await store.jobs.defer(taken[2].id, later(7_200_000), '429');
      const all = await store.jobs.list('t1', 'n1');
      expect(all.find((j) => j.id === taken[0]!.id)!.status).toBe('done');
      expect(all.find((j) => j.id === taken[1]!.id)!.status).toBe('failed');
      if (taken[2])
        expect(all.find((j) => j.id === taken[2]!.id)).toMatchObject({ status: 'planned', dueAt: later(7_200_000) });
      expect(await store.jobs.nextClaimable(60_000, 'C')).toEqual(later(0));
    });

    it('jobs: a per-tenant cap spreads a claim over tenants and skips a tenant whose live claims fill it', async () => {
      // t1's jobs are all due before t2's: in due order every claim would take only t1's.
      for (let i = 0; i < 5; i++) await store.jobs.plan(job('t1', 'n1', `a${i}`, later(i)), now);
      for (let i = 0; i < 5; i++) await store.jobs.plan(job('t2', 'n2', `b${i}`, later(1000 + i)), now);
      const at = later(10_000);
      const keys = (jobs: { key: string }[]) => jobs.map((j) => j.key);
      const cap = { perTenant: 3 };
      expect(keys(await store.jobs.claimDue(at, 4, 60_000, 'A', cap))).toEqual(['a0', 'b0', 'a1', 'b1']);
      expect(keys(await store.jobs.claimDue(at, 10, 60_000, 'A', cap))).toEqual(['a2', 'b2']);
      // Both tenants hold three live claims: another claimer gets nothing, though five jobs are due.
      expect(await store.jobs.claimDue(at, 10, 60_000, 'B', cap)).toEqual([]);
      // Two of t2's finish: its room is two again, and t2's next jobs come before t1's earlier ones.
      const t2 = await store.jobs.list('t2', 'n2', { status: 'claimed' });
      for (const j of t2.slice(0, 2)) await store.jobs.complete(j.id, at);
      expect(keys(await store.jobs.claimDue(at, 10, 60_000, 'B', cap))).toEqual(['b3', 'b4']);
      // Claims not renewed for half the lease no longer fill the room (their process has stopped
      // renewing them), though they stay out of reach until the lease runs out.
      expect(keys(await store.jobs.claimDue(later(45_000), 10, 60_000, 'C', cap))).toEqual(['a3', 'a4']);
      // At +71 s the claims of +10 s have run out: taken over within the room C's live two leave on t1.
      expect(keys(await store.jobs.claimDue(later(71_000), 10, 60_000, 'D', cap))).toEqual(['a0', 'b2', 'b3', 'b4']);
      // Without the cap, claims stay in due order.
      await store.jobs.plan(job('t2', 'n2', 'b5', later(0)), now);
      await store.jobs.plan(job('t1', 'n1', 'a5', later(0)), now);
      expect(keys(await store.jobs.claimDue(later(71_000), 10, 60_000, 'E'))).toEqual(['b5', 'a5', 'a1', 'a2']);
    });

    it('send windows: a full tenant window books the earliest slot ahead, up to the horizon; a full thread window is asked again; a released slot is free', async () => {
      // The windows the sender uses with this store: shared in the database, or this process's own.
      const windows = store.sendWindows ?? new LocalSendWindows();
      const tenant = `t-slots-${Math.random().toString(36).slice(2)}`;
      // Each answer with the moment it gives (the store may count from its own clock: same machine, within milliseconds).
      const reserve = async (thread: string) => {
        const asked = Date.now();
        const slot = await windows.reserve(tenant, thread, asked);
        return { ...slot, at: asked + slot.wait };
      };
      const window = TENANT_LIMITS[0]!.ms;
      const t0 = Date.now();
      // Thirty go now.
      for (let i = 0; i < 30; i++) expect(await reserve(`c${i}`)).toMatchObject({ wait: 0, booked: true });
      // The window is full: the next sender is given its moment, one window on, and does not ask
      // again. (The shared windows count the thirty, not answered yet, from now plus a margin.)
      const first = await reserve('c30');
      expect(first.booked).toBe(true);
      expect(first.at).toBeGreaterThanOrEqual(t0 + window);
      expect(first.at).toBeLessThanOrEqual(Date.now() + window + IN_FLIGHT_MARGIN_MS + 50);
      // The next 59 fill that window and the one after; none asks again, none comes before the first.
      const ahead = [first];
      for (let i = 31; i < 90; i++) ahead.push(await reserve(`c${i}`));
      expect(ahead.filter((s) => !s.booked)).toEqual([]);
      expect(Math.min(...ahead.map((s) => s.at))).toBeGreaterThanOrEqual(first.at - 5);
      const third = ahead.slice(30).map((s) => s.at);
      expect(Math.min(...third)).toBeGreaterThanOrEqual(first.at + window - 5);
      // Further on, the windows lie beyond the horizon: nothing is booked, ask again when they come within.
      let beyond: Awaited<ReturnType<typeof reserve>> | undefined;
      for (let i = 90; i < 150 && !beyond; i++) {
        const slot = await reserve(`c${i}`);
        if (slot.booked) ahead.push(slot);
        else beyond = slot;
      }
      expect(Math.max(...ahead.map((s) => s.wait))).toBeLessThanOrEqual(BOOKING_HORIZON_MS);
      expect(beyond).toMatchObject({ booked: false });
      expect(beyond!.settle).toBeUndefined();
      expect(beyond!.wait).toBeGreaterThan(0);
      expect(beyond!.wait).toBeLessThanOrEqual(window + IN_FLIGHT_MARGIN_MS + 1);
      // A slot given back (its sender was stopped while it waited) goes to the next sender, at its moment.
      const given = ahead.at(-1)!;
      await given.release!();
      const taken = await reserve('c-again');
      expect(taken.booked).toBe(true);
      expect(Math.abs(taken.at - given.at)).toBeLessThanOrEqual(50);

      // A thread's own window: seven in its first second, then the eighth asks again (nothing
      // booked, the tenant's room untouched), while another thread of the tenant goes at once.
      const other = `${tenant}-b`;
      for (let i = 0; i < 7; i++)
        expect(await windows.reserve(other, 'thread-x', Date.now())).toMatchObject({ wait: 0, booked: true });
      const eighth = await windows.reserve(other, 'thread-x', Date.now());
      expect(eighth).toMatchObject({ booked: false });
      expect(eighth.wait).toBeGreaterThan(0);
      expect(eighth.wait).toBeLessThanOrEqual(THREAD_LIMITS[0]!.ms + IN_FLIGHT_MARGIN_MS + 1);
      expect(await windows.reserve(other, 'thread-y', Date.now())).toMatchObject({ wait: 0, booked: true });
    });

    it('deliveries: recorded per network, listed in order, by job key', async () => {
      const d = {
        tenantId: 't1',
        networkId: 'n1',
        key: 'k1',
        conversation: 'c1',
        operation: 'send',
        outcome: 'sent' as const,
        status: 201,
        attempts: 1,
        at: now,
      };
      await store.deliveries.record(d);
      await store.deliveries.record({ ...d, key: '', outcome: 'retried', status: null, attempts: 3, at: later(1) });
      await store.deliveries.record({ ...d, networkId: 'n2' });
      expect(await store.deliveries.list('t1', 'n1')).toEqual([
        { key: 'k1', conversation: 'c1', operation: 'send', outcome: 'sent', status: 201, attempts: 1, at: now },
        { key: '', conversation: 'c1', operation: 'send', outcome: 'retried', status: null, attempts: 3, at: later(1) },
      ]);
      expect((await store.deliveries.list('t1', 'n1', { key: 'k1' })).length).toBe(1);
    });

    it('secrets: created once, the same for every caller', async () => {
      const [a, b] = await Promise.all([
        store.secrets.getOrCreate('url-signing', () => Buffer.from('first-key'), now),
        store.secrets.getOrCreate('url-signing', () => Buffer.from('other-key'), now),
      ]);
      expect(a.equals(b)).toBe(true);
      expect((await store.secrets.getOrCreate('url-signing', () => Buffer.from('third'), now)).equals(a)).toBe(true);
      expect((await store.secrets.getOrCreate('feed', () => Buffer.from('feed-key'), now)).toString()).toBe('feed-key');
    });

    it('guidelines: one vote per person and entry; escalations and local answers per network', async () => {
      const f = {
        tenantId: 't1',
        networkId: 'n1',
        entryId: 'e1',
        voterKey: 'v1',
        vote: 'up' as const,
        at: now.toISOString(),
      };
      await store.guidelines.recordFeedback(f);
      await store.guidelines.recordFeedback({ ...f, vote: 'down' });
      await store.guidelines.recordFeedback({ ...f, voterKey: 'v2' });
      await store.guidelines.recordFeedback({ ...f, entryId: 'a0', voterKey: 'v2' });
      await store.guidelines.recordFeedback({ ...f, networkId: '' });
      expect(await store.guidelines.feedbackCounts('t1', 'n1')).toEqual([
        { entryId: 'a0', up: 1, down: 0 },
        { entryId: 'e1', up: 1, down: 1 },
      ]);

      const e = await store.guidelines.createEscalation({
        tenantId: 't1',
        networkId: 'n1',
        question: 'Kan vi overføre midler?',
        askedBy: ola,
        createdAt: now.toISOString(),
      });
      expect(e.id).toMatch(/^[0-9a-f]{8}$/);
      await store.guidelines.setEscalationPosted('t1', 'n1', e.id, { conversationId: 'c', activityId: 'a' });
      expect(await store.guidelines.findEscalation('t1', 'n1', 'u2', 'Kan vi overføre midler?')).toMatchObject({
        id: e.id,
        posted: { conversationId: 'c', activityId: 'a' },
        answeredBy: null,
      });
      expect(await store.guidelines.findEscalation('t1', 'n1', 'u1', 'Kan vi overføre midler?')).toBeNull();
      expect(await store.guidelines.getEscalation('t1', 'n2', e.id)).toBeNull();
      // A9: posted and unanswered ones count, per asker and network (an unposted one pinged nobody).
      await store.guidelines.createEscalation({ ...e, question: 'Ikke lagt ut', createdAt: now.toISOString() });
      expect(await store.guidelines.countOpenEscalations('t1', 'n1', 'u2')).toBe(1);
      expect(await store.guidelines.countOpenEscalations('t1', 'n1', 'u1')).toBe(0);
      expect(await store.guidelines.countOpenEscalations('t1', 'n2', 'u2')).toBe(0);

      const answer = {
        tenantId: 't1',
        networkId: 'n1',
        id: 'L1',
        question: 'Kan vi overføre midler?',
        answer: 'Ja, søk Statsforvalteren.',
        savedBy: kari,
        savedAt: later(5).toISOString(),
        escalationId: e.id,
      };
      await store.guidelines.saveLocalAnswer(answer);
      await store.guidelines.saveLocalAnswer({ ...answer, answer: 'Ja, innen fristen.' });
      expect(await store.guidelines.listLocalAnswers('t1', 'n1')).toEqual([
        { ...answer, answer: 'Ja, innen fristen.' },
      ]);
      expect(await store.guidelines.listLocalAnswers('t1', 'n2')).toEqual([]);
      expect(await store.guidelines.countOpenEscalations('t1', 'n1', 'u2')).toBe(0);
      expect(await store.guidelines.getEscalation('t1', 'n1', e.id)).toMatchObject({
        answeredBy: kari,
        answeredAt: later(5).toISOString(),
      });
    });

    it('escalations within the cap: ten at once from one person leave five; old unposted ones take no place', async () => {
      const ask = (i: number, who = ola, networkId = 'n1') =>
        store.guidelines.createEscalationWithin(
          { tenantId: 't1', networkId, question: `Spørsmål ${i}`, askedBy: who, createdAt: now.toISOString() },
          5,
          later(-10 * 60_000).toISOString(),
        );
      // An unposted one from long ago (a post that failed) does not count; a posted one does.
      const old = await store.guidelines.createEscalation({
        tenantId: 't1',
        networkId: 'n1',
        question: 'Gammelt',
        askedBy: ola,
        createdAt: later(-60 * 60_000).toISOString(),
      });
      expect(old.id).toBeTruthy();
      const made = await Promise.all(Array.from({ length: 10 }, (_, i) => ask(i)));
      expect(made.filter(Boolean)).toHaveLength(5);
      expect(await ask(11)).toBeNull();
      // Another person, and the same person in another network, have places of their own.
      expect(await ask(12, kari)).not.toBeNull();
      expect(await ask(13, ola, 'n2')).not.toBeNull();
      // An answer frees a place.
      const first = made.find(Boolean)!;
      await store.guidelines.setEscalationPosted('t1', 'n1', first.id, { conversationId: 'c', activityId: 'a' });
      await store.guidelines.saveLocalAnswer({
        tenantId: 't1',
        networkId: 'n1',
        id: 'L9',
        question: first.question,
        answer: 'Ja.',
        savedBy: kari,
        savedAt: later(1).toISOString(),
        escalationId: first.id,
      });
      expect(await ask(14)).not.toBeNull();
      expect(await ask(15)).toBeNull();
    });

    it('seen activities: the first claim wins, a redelivery is refused, 24 hours later it is new', async () => {
      expect(await store.seenActivities.claim('t1', 'c1', 'a1', now)).toBe(true);
      expect(await store.seenActivities.claim('t1', 'c1', 'a1', later(1000))).toBe(false);
      expect(await store.seenActivities.claim('t2', 'c1', 'a1', now)).toBe(true);
      const racing = await Promise.all(
        Array.from({ length: 5 }, () => store.seenActivities.claim('t1', 'c1', 'a2', now)),
      );
      expect(racing.filter(Boolean).length).toBe(1);
      await store.seenActivities.release('t1', 'c1', 'a1');
      expect(await store.seenActivities.claim('t1', 'c1', 'a1', now)).toBe(true);
      const dayLater = later(24 * 3_600_000 + 1);
      expect(await store.seenActivities.claim('t1', 'c1', 'a1', dayLater)).toBe(true);
      expect(await store.seenActivities.purge(dayLater)).toBe(2);
      expect(await store.seenActivities.claim('t1', 'c1', 'a2', dayLater)).toBe(true);
    });

    it('seen activities: seen reads a key without recording it, within the 24 hours, per tenant', async () => {
      expect(await store.seenActivities.seen('t1', 'c1', 'deleted:a1', now)).toBe(false);
      expect(await store.seenActivities.claim('t1', 'c1', 'deleted:a1', now)).toBe(true);
      expect(await store.seenActivities.seen('t1', 'c1', 'deleted:a1', later(1000))).toBe(true);
      expect(await store.seenActivities.seen('t2', 'c1', 'deleted:a1', now)).toBe(false);
      expect(await store.seenActivities.seen('t1', 'c2', 'deleted:a1', now)).toBe(false);
      expect(await store.seenActivities.seen('t1', 'c1', 'deleted:a1', later(24 * 3_600_000 + 1))).toBe(false);
      await store.seenActivities.release('t1', 'c1', 'deleted:a1');
      expect(await store.seenActivities.seen('t1', 'c1', 'deleted:a1', now)).toBe(false);
    });

    it('confirmations: a nonce is used once, for its purpose, before it expires; take holds a key until it runs out', async () => {
      await store.confirmations.issue({
        tenantId: 't1',
        networkId: 'n1',
        nonce: 'x',
        purpose: 'network.erase',
        createdAt: now,
        expiresAt: later(60_000),
      });
      await store.confirmations.issue({
        tenantId: 't1',
        networkId: 'n1',
        nonce: 'old',
        purpose: 'network.erase',
        createdAt: now,
        expiresAt: later(1000),
      });
      expect(await store.confirmations.use('t1', 'n2', 'x', 'network.erase', kari, later(1))).toBe('used');
      expect(await store.confirmations.use('t1', 'n1', 'x', 'other', kari, later(1))).toBe('used');
      const both = await Promise.all([
        store.confirmations.use('t1', 'n1', 'x', 'network.erase', kari, later(1)),
        store.confirmations.use('t1', 'n1', 'x', 'network.erase', ola, later(1)),
      ]);
      expect(both.sort()).toEqual(['ok', 'used']);
      expect(await store.confirmations.use('t1', 'n1', 'old', 'network.erase', kari, later(2000))).toBe('expired');

      expect(await store.confirmations.take('t1', 'n1', 'M1', 'minutes.post', now, later(10_000))).toBe(true);
      expect(await store.confirmations.take('t1', 'n1', 'M1', 'minutes.post', later(5000), later(15_000))).toBe(false);
      expect(await store.confirmations.take('t1', 'n1', 'M1', 'minutes.post', later(10_000), later(20_000))).toBe(true);
      await store.confirmations.release('t1', 'n1', 'M1', 'minutes.post');
      expect(await store.confirmations.take('t1', 'n1', 'M1', 'minutes.post', later(10_001), later(20_000))).toBe(true);
      expect(await store.confirmations.purge('t1', 'n1', later(60_001))).toBe(3);
    });

    it('network data: export leaves out keys and sequences, erase keeps the installation, purge only what is old and finished', async () => {
      await store.networks.upsert(network('t1', 'n1'), now);
      await store.secrets.getOrCreate('k', () => Buffer.from('secret'), now);
      await store.tasks.create(task('t1', 'n1'), now);
      const old = await store.tasks.create(task('t1', 'n1'), now);
      await store.tasks.update('t1', 'n1', old.id, { type: 'status', from: 'open', to: 'done' }, kari, now);
      await store.tasks.create(task('t1', 'n2'), now);
      await store.meetings.start(meeting('t1', 'n1', '2025-01-31'));
      await store.meetings.append('t1', 'n1', 'M1', { type: 'note', text: 'gammel' });
      await store.meetings.end('t1', 'n1', 'M1', now);
      await store.meetings.start(meeting('t1', 'n1', '2026-11-27'));
      await store.jobs.plan(job('t1', 'n1', 'j1', later(0)), now);

      const rows = await store.networkData.export('t1', 'n1');
      expect(rows.secrets).toBeUndefined();
      expect(rows.id_sequences).toBeUndefined();
      expect(rows.tasks!.length).toBe(2);
      expect((rows.tasks![0] as { owners: unknown }).owners).toEqual(task('t1', 'n1').owners);
      expect((rows.networks![0] as { conversation: unknown }).conversation).toEqual(ref('n1-ch'));
      expect(rows.meeting_entries).toEqual([
        { tenant_id: 't1', network_id: 'n1', meeting_id: 'M1', seq: 1, entry: { type: 'note', text: 'gammel' } },
      ]);

      const purged = await store.networkData.purge('t1', 'n1', { date: '2026-01-01', instant: later(1).toISOString() });
      expect(purged).toMatchObject({
        meeting_entries: 1,
        meetings: 1,
        tasks: 1,
        task_events: 2,
        task_owners: 1,
        jobs: 0,
      });
      expect((await store.tasks.listAll('t1', 'n1')).map((t) => t.id)).toEqual(['T1']);
      expect((await store.meetings.running('t1', 'n1'))!.id).toBe('M2');

      const erased = await store.networkData.erase('t1', 'n1');
      expect(erased.networks).toBeUndefined();
      expect(erased).toMatchObject({ tasks: 1, meetings: 1, jobs: 1 });
      expect(await store.networks.get('t1', 'n1')).not.toBeNull();
      expect((await store.tasks.listAll('t1', 'n2')).length).toBe(1);
      expect((await store.secrets.getOrCreate('k', () => Buffer.from('new'), now)).toString()).toBe('secret');
    });

    it('projects: U-ids per network, list in order, change holds concurrent edits, remove; no call crosses networks', async () => {
      const plan = emptyPlan('Tidlig innsats');
      const a = await store.projects.create({
        tenantId: 't1',
        networkId: 'n1',
        plan,
        origin: 'cards',
        createdBy: kari,
        createdAt: now.toISOString(),
      });
      const b = await store.projects.create({
        tenantId: 't1',
        networkId: 'n1',
        plan: { ...plan, name: 'Fosterhjem', types: ['fosterhjemsprosjekt'] },
        origin: 'import',
        createdBy: ola,
        createdAt: now.toISOString(),
      });
      const other = await store.projects.create({
        tenantId: 't1',
        networkId: 'n2',
        plan,
        origin: 'cards',
        createdBy: kari,
        createdAt: now.toISOString(),
      });
      expect([a.id, b.id, other.id]).toEqual(['U1', 'U2', 'U1']);
      expect(a).toMatchObject({
        tenantId: 't1',
        networkId: 'n1',
        origin: 'cards',
        createdBy: kari,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
      expect(a.plan).toEqual(plan);
      expect((await store.projects.list('t1', 'n1')).map((p) => [p.id, p.plan.name])).toEqual([
        ['U1', 'Tidlig innsats'],
        ['U2', 'Fosterhjem'],
      ]);
      expect(await store.projects.get('t1', 'n1', 'u2')).toMatchObject({
        id: 'U2',
        plan: { types: ['fosterhjemsprosjekt'] },
      });
      expect(await store.projects.get('t2', 'n1', 'U1')).toBeNull();

      const addGoal = (goal: string) => (p: typeof plan) => ({
        ...p,
        subGoals: [...p.subGoals, { id: `d${p.subGoals.length + 1}`, goal, milestones: [] }],
      });
      await Promise.all([
        store.projects.change('t1', 'n1', 'U1', addGoal('Kartlegge'), later(1000)),
        store.projects.change('t1', 'n1', 'u1', addGoal('Prøve ut'), later(2000)),
      ]);
      const changed = (await store.projects.get('t1', 'n1', 'U1'))!;
      expect(changed.plan.subGoals.map((g) => g.id)).toEqual(['d1', 'd2']);
      expect(changed.plan.subGoals.map((g) => g.goal).sort()).toEqual(['Kartlegge', 'Prøve ut']);
      expect([later(1000).toISOString(), later(2000).toISOString()]).toContain(changed.updatedAt);
      expect(await store.projects.change('t1', 'n1', 'U9', addGoal('x'), now)).toBeNull();
      await expect(
        store.projects.change('t1', 'n1', 'U1', (p) => ({ ...p, types: ['x' as 'egeninitiert'] }), now),
      ).rejects.toThrow();
      expect((await store.projects.get('t1', 'n1', 'U1'))!.plan.types).toEqual([]);
      expect((await store.projects.get('t1', 'n2', 'U1'))!.plan.subGoals).toEqual([]);

      expect(await store.projects.remove('t1', 'n1', 'u1')).toBe(true);
      expect(await store.projects.remove('t1', 'n1', 'U1')).toBe(false);
      const c = await store.projects.create({
        tenantId: 't1',
        networkId: 'n1',
        plan,
        origin: 'cards',
        createdBy: kari,
        createdAt: now.toISOString(),
      });
      expect(c.id).toBe('U3');
      expect((await store.networkData.export('t1', 'n1')).projects!.length).toBe(2);
      expect((await store.networkData.erase('t1', 'n1')).projects).toBe(2);
      expect(await store.projects.list('t1', 'n1')).toEqual([]);
      expect((await store.projects.list('t1', 'n2')).length).toBe(1);
    });

    it('ping answers while open and throws once closed', async () => {
      await store.ping();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });
  });
}
