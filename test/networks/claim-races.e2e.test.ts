import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import {
  botAddedToTeam,
  channelMessage,
  networkFixture,
  person,
  type NetworkFixture,
  type TestPerson,
} from '../support/teams.ts';
import { memberEvent } from './member-event.ts';

// Races and roles: the self-claim of a leaderless network (N10) is one conditional write. Guests
// of the team may claim it (claim-guests.e2e.test.ts); someone without an Entra id cannot.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);
const gina = person('Gina Gjest', 4);
const tor = person('Tor Utenfra', 5);

describe('claiming the leader role of a leaderless network', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const bodies = (before: number) => t.connector.emulator.calls.slice(before).map((c) => JSON.stringify(c.body));
  const say = async (who: TestPerson | { id: string; name: string }, text: string) => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, who as TestPerson, text));
    return bodies(before).join('\n');
  };
  const leaders = async () =>
    (await t.app.services.store.people.listRole(net.tenantId, net.teamId, 'leader')).map((l) => l.name);
  const leaderless = async () => {
    for (const name of await leaders()) {
      const who = [kari, ola, per].find((p) => p.name === name)!;
      await t.post(memberEvent(net, kari, who, 'removed'));
      await t.post(memberEvent(net, kari, who, 'added'));
    }
    expect(await leaders()).toEqual([]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url);
    t.connector.emulator.setMembers(net.channelId, [
      ...[kari, ola, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId, userRole: 'user' })),
      { id: gina.id, name: gina.name, aadObjectId: gina.aadObjectId, userRole: 'guest' },
      { id: tor.id, name: tor.name, aadObjectId: tor.aadObjectId, tenantId: '20000000-0000-4000-8000-000000000002' },
    ]);
    await t.post(botAddedToTeam(net, kari));
  });
  afterAll(async () => t?.close());

  it('gives the role to exactly one of two people who name themselves at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      await leaderless();
      const before = t.connector.emulator.calls.length;
      await Promise.all([
        t.post(channelMessage(net, ola, 'leder + meg')),
        t.post(channelMessage(net, per, 'leder + meg')),
      ]);
      expect(await leaders()).toHaveLength(1);
      const out = bodies(before).join('\n');
      expect(out.match(/har tatt lederrollen/g)).toHaveLength(1);
      expect(out).toContain('Nettverket fikk en leder akkurat nå');
    }
  });

  it('refuses one without an Entra id, saying why', async () => {
    await leaderless();
    const anonymous = { id: '29:anon-1', name: 'Anonym' };
    const out = await say(anonymous, 'leder + meg');
    expect(out).toContain('anonym deltaker');
    expect(out).toContain('leder + @dittnavn');
    expect(await leaders()).toEqual([]);
    // A member of the owning organisation still can.
    expect(await say(ola, 'leder + meg')).toContain('Ola Hansen har tatt lederrollen');
  });

  it('decides nothing when Teams cannot say who the person is, and says to try again', async () => {
    await leaderless();
    t.connector.emulator.faults.next({ status: 500 });
    const out = await say(per, 'leder + meg');
    t.connector.emulator.faults.reset();
    expect(out).toContain('Prøv igjen om litt');
    expect(await leaders()).toEqual([]);
  });
});
