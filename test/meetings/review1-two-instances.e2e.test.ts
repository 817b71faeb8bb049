import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../bot/compose.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { withoutMention } from '../support/chat.ts';
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

// Review 1 (session 11) L2 and M5 with two instances behind one balancer on one PostgreSQL database:
// a message on one and its edit on the other; a «Lagre som» press on each at once.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const texts = (calls: { body: unknown }[]) => calls.map((c) => JSON.stringify(c.body)).join('\n');

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
  return { reached, release, restore: () => ((target as Record<string, unknown>)[method] = real) };
}

describe('review 1 on two instances', () => {
  let two: TwoInstances;
  let apps: RunningApp[] = [];
  let net: NetworkFixture;
  const clock = new ManualClock('2026-11-27T08:05:00Z');

  const post = async (app: RunningApp, activity: object) => {
    const before = two.connector.emulator.calls.length;
    await two.post(app, activity);
    return texts(two.connector.emulator.calls.slice(before));
  };
  const edited = (who: TestPerson, id: string, text: string) => {
    const m = channelMessage(net, who, text, { id });
    return { ...m, type: 'messageUpdate', channelData: { ...m.channelData, eventType: 'editMessage' } };
  };

  beforeAll(async () => {
    two = await startTwoInstances(clock);
    apps = two.apps;
    net = networkFixture(two.connector.url);
    await post(apps[0]!, botAddedToTeam(net, kari));
    const list = [kari, ola].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    two.connector.emulator.setMembers(net.channelId, list);
    two.connector.emulator.setMembers(net.teamId, list);
  });
  afterAll(async () => two?.close());

  it('L2: an edit on B while A still handles the refused message is not told «om igjen»; the next edit runs once', async () => {
    const roster = apps[0]!.services.roster!;
    const held = hold(roster, 'members');
    const id = 'pg-r2-refused';
    const original = post(
      apps[0]!,
      channelMessage(net, kari, 'oppgave Nes: send svar til familien til Amina innen 15.12', { id }),
    );
    await held.reached;
    const early = await post(apps[1]!, edited(kari, id, 'oppgave Nes: send svar om saken innen 15.12'));
    expect(early).not.toContain('om igjen');
    expect(early).toContain('ennå');
    held.release();
    expect(await original).toContain('enkelt barn');
    held.restore();
    expect(await post(apps[1]!, edited(kari, id, 'oppgave Nes: send svar om saken innen 16.12'))).not.toContain(
      'om igjen',
    );
    expect(await post(apps[0]!, edited(kari, id, 'oppgave Nes: send svar om saken innen 17.12'))).toContain('om igjen');
    const tasks = await apps[0]!.services.store.tasks.listAll(net.tenantId, net.teamId);
    expect(tasks.map((x) => x.text)).toEqual([expect.stringContaining('send svar om saken')]);
  });

  it('M5: «Lagre som» pressed on A and B at once adds the waiting line to the ended minutes once', async () => {
    const thread = '898101';
    const say = (app: RunningApp, who: TestPerson, text: string, mention = true) => {
      const m = channelMessage(net, who, text, { thread });
      return post(app, mention ? m : withoutMention(m));
    };
    await say(apps[0]!, kari, 'start møte');
    expect(await say(apps[0]!, ola, 'infi: Nes har ny barnevernleder fra april', false)).toContain('Mente du');
    await say(apps[0]!, kari, 'avslutt møte');
    const [m] = await apps[0]!.services.store.meetings.ended(net.tenantId, net.teamId, 1);
    const line = 'info: Nes har ny barnevernleder fra april';
    // A card press is answered in the HTTP response: its body is what the presser reads.
    const press = (app: RunningApp, who: TestPerson) =>
      two.post(app, cardAction(net, who, 'meeting.line', { networkId: net.teamId, line }, { thread }));
    const held = hold(apps[0]!.services.store.meetings, 'append');
    const first = press(apps[0]!, ola);
    await held.reached;
    const second = await press(apps[1]!, kari);
    held.release();
    const firstSaid = await first;
    held.restore();
    const entries = (await apps[0]!.services.store.meetings.entries(net.tenantId, net.teamId, m!.id)) as {
      kind: string;
    }[];
    expect(entries.filter((e) => e.kind === 'note')).toHaveLength(1);
    expect(second).toContain('allerede');
    expect(firstSaid).toContain('27.11.2026');
  });
});
