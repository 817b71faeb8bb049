import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../bot/compose.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startTwoInstances, type TwoInstances } from '../support/instances.ts';
import {
  botAddedToTeam,
  cardAction,
  channelMessage,
  networkFixture,
  person,
  type NetworkFixture,
  type TestPerson,
} from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader: she installs the bot
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);
const texts = (calls: { body: unknown }[]) => calls.map((c) => JSON.stringify(c.body)).join('\n');
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

/**
 * Two instances behind one balancer, one PostgreSQL database: a double click on «Ferdig» or «Levert»
 * lands on both at the same moment. One closes the item and posts; the other posts nothing and its
 * clicker is told who did.
 */
describe('double clicks on two instances (PostgreSQL)', () => {
  let two: TwoInstances;
  let connector: TwoInstances['connector'];
  let apps: RunningApp[] = [];
  let net: NetworkFixture;
  const clock = new ManualClock('2026-11-27T08:05:00Z');

  const post = (app: RunningApp, activity: object) => two.post(app, activity);
  const say = (i: number, who: TestPerson, text: string) => post(apps[i]!, channelMessage(net, who, text));
  const both = async (who: [TestPerson, TestPerson], verb: string, data: object) => {
    const before = connector.emulator.calls.length;
    const answers = await Promise.all(
      [0, 1].map((i) => post(apps[i]!, cardAction(net, who[i]!, verb, data, { thread: '800001' }))),
    );
    return { answers, sent: texts(connector.emulator.calls.slice(before).filter((c) => c.kind !== 'update')) };
  };

  beforeAll(async () => {
    two = await startTwoInstances(clock);
    ({ connector, apps } = two);
    net = networkFixture(connector.url);
    await post(apps[0]!, botAddedToTeam(net, kari));
    await say(0, kari, 'kommuner Nes, Hurdal');
  });
  afterAll(async () => two?.close());

  it('closes a municipality task once: the leaders hear it once, the second clicker is told who did', async () => {
    for (let n = 1; n <= 4; n++) {
      await say(n % 2, kari, `oppgave Nes: sende oversikt ${n} innen 10.12`);
      const { answers, sent } = await both([ola, per], 'task.done', {
        taskId: `T${n}`,
        networkId: net.teamId,
        shown: 'open',
      });
      expect(count(sent, new RegExp(`markerte oppgave T${n} `, 'g'))).toBe(1);
      const history = await apps[0]!.services.store.tasks.history(net.tenantId, net.teamId, `T${n}`);
      expect(history.filter((e) => e.change.type === 'status')).toHaveLength(1);
      const winner = history.find((e) => e.change.type === 'status')!.by.name;
      // Both answers show the task done; the loser's says by whom.
      expect(answers.join('\n')).toContain('Ferdig');
      const loser = answers.find((a) => a.includes(`T${n} ble markert som ferdig`));
      if (loser) expect(loser).toContain(`av ${winner}`);
    }
  });

  it('marks a deadline delivered once: one notice, and both cards say who marked it', async () => {
    for (let n = 1; n <= 9; n++) {
      await say(n % 2, kari, `frist 1${n}.12 Rapport ${n}`);
      const { answers, sent } = await both([kari, ola], 'deadline.done', {
        deadlineId: `F${n}`,
        networkId: net.teamId,
      });
      expect(count(sent, new RegExp(`F${n} «Rapport ${n}» som levert`, 'g'))).toBe(1);
      const d = (await apps[1]!.services.store.deadlines.get(net.tenantId, net.teamId, `F${n}`))!;
      expect(d.status).toBe('done');
      for (const a of answers) expect(a).toContain(`markert av ${d.doneBy!.name}`);
    }
  });

  it('gives a leaderless network one leader when two name themselves on two instances at once', async () => {
    const store = apps[0]!.services.store;
    for (let round = 0; round < 4; round++) {
      for (const l of await store.people.listRole(net.tenantId, net.teamId, 'leader'))
        await store.people.removeRole(net.tenantId, net.teamId, l);
      const before = connector.emulator.calls.length;
      await Promise.all([
        post(apps[0]!, channelMessage(net, ola, 'leder + meg')),
        post(apps[1]!, channelMessage(net, per, 'leder + meg')),
      ]);
      expect(await store.people.listRole(net.tenantId, net.teamId, 'leader')).toHaveLength(1);
      expect(count(texts(connector.emulator.calls.slice(before)), /har tatt lederrollen/g)).toBe(1);
    }
  });
});
