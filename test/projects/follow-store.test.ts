import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanAnswer } from '../../src/projects/follow-up-repository.ts';
import { PostgresStore } from '../../src/store/postgres/index.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import type { Store } from '../../src/store/store.ts';
import { startPostgres, type PgCluster } from '../support/postgres.ts';

// The project follow-up repository on both engines: the same calls give the same answers.
const kari = { id: 'u1', name: 'Kari', aadObjectId: 'aad-1' };
const answer = (over: Partial<PlanAnswer>): PlanAnswer => ({
  tenantId: 't1',
  networkId: 'n1',
  projectId: 'U1',
  milestoneId: 'm1',
  meetingId: 'M1',
  entryId: 'E1',
  answer: 'yes',
  whatHappened: '',
  answeredBy: kari,
  answeredAt: '2026-11-27T09:00:00.000Z',
  ...over,
});

function contract(name: string, open: () => Promise<{ store: Store; done: () => Promise<void> }>) {
  describe(`project follow-up store (${name})`, () => {
    it('keeps answers per network in order, once per minutes entry; the experience log per project; erase takes both', async () => {
      const { store, done } = await open();
      try {
        const f = store.projectFollow;
        await f.recordAnswer(
          answer({
            entryId: 'E2',
            milestoneId: 'm2',
            answer: 'no',
            whatHappened: 'Forsinket',
            answeredAt: '2026-11-27T09:01:00.000Z',
          }),
        );
        await f.recordAnswer(answer({}));
        await f.recordAnswer(answer({ whatHappened: 'redelivered' })); // same entry: kept once, first wins
        await f.recordAnswer(answer({ networkId: 'n2', entryId: 'E9' }));
        await f.recordAnswer(answer({ projectId: 'U2', entryId: 'E3', answeredAt: '2026-11-27T09:02:00.000Z' }));
        expect(
          (await f.answers('t1', 'n1', 'U1')).map((a) => [a.entryId, a.milestoneId, a.answer, a.whatHappened]),
        ).toEqual([
          ['E1', 'm1', 'yes', ''],
          ['E2', 'm2', 'no', 'Forsinket'],
        ]);
        expect((await f.answers('t1', 'n1', null)).map((a) => a.entryId)).toEqual(['E1', 'E2', 'E3']);
        expect((await f.answers('t1', 'n1', 'U1'))[0]!.answeredBy).toEqual(kari);
        expect(await f.answers('t2', 'n1', null)).toEqual([]);

        const e1 = await f.addExperience({
          tenantId: 't1',
          networkId: 'n1',
          projectId: 'U1',
          kind: 'lært',
          text: 'Faste grupper',
          meetingId: 'M1',
          entryId: 'E7',
          createdBy: kari,
          createdAt: '2026-11-27T09:03:00.000Z',
        });
        const e2 = await f.addExperience({
          tenantId: 't1',
          networkId: 'n1',
          projectId: 'U1',
          kind: 'gjort',
          text: 'Kartlagt',
          meetingId: null,
          entryId: null,
          createdBy: kari,
          createdAt: '2026-11-27T09:04:00.000Z',
        });
        await f.addExperience({
          tenantId: 't1',
          networkId: 'n2',
          projectId: 'U1',
          kind: 'lurt',
          text: 'Annet nettverk',
          meetingId: null,
          entryId: null,
          createdBy: kari,
          createdAt: '2026-11-27T09:05:00.000Z',
        });
        expect(e2.seq).toBeGreaterThan(e1.seq);
        expect((await f.experiences('t1', 'n1', 'U1')).map((e) => [e.kind, e.text, e.meetingId, e.entryId])).toEqual([
          ['lært', 'Faste grupper', 'M1', 'E7'],
          ['gjort', 'Kartlagt', null, null],
        ]);
        expect(await f.experiences('t1', 'n1', 'U2')).toEqual([]);

        const exported = await store.networkData.export('t1', 'n1');
        expect(exported.plan_answers).toHaveLength(3);
        expect(exported.project_experiences).toHaveLength(2);
        const erased = await store.networkData.erase('t1', 'n1');
        expect([erased.plan_answers, erased.project_experiences]).toEqual([3, 2]);
        expect(await f.answers('t1', 'n1', null)).toEqual([]);
        expect(await f.answers('t1', 'n2', null)).toHaveLength(1);
        expect(await f.experiences('t1', 'n2', 'U1')).toHaveLength(1);
      } finally {
        await done();
      }
    });
  });
}

contract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-follow-'));
  const store = new SqliteStore(join(dir, 'db.sqlite'));
  return {
    store,
    done: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

let cluster: PgCluster | undefined;
let url = '';
beforeAll(async () => {
  cluster = await startPostgres();
  url = await cluster.createDatabase();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});

contract('PostgreSQL', async () => {
  const store = await PostgresStore.open(url);
  return { store, done: () => store.close() };
});
