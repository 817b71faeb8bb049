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

// Review 1, item 4: municipalities in other tenants take part as guests of the host's team (README),
// so the leader of a cross-municipal network may well be a guest. A Teams guest who is a member of
// the team claims a leaderless network like anyone else; refused are only those Teams cannot name
// (anonymous: no Entra account) and, when ALLOWED_TENANT_IDS lists the tenants that take part, a
// person whose home tenant is not among them.

const HOST = '10000000-0000-4000-8000-000000000001';
const NEIGHBOUR = '20000000-0000-4000-8000-000000000002';
const STRANGER = '30000000-0000-4000-8000-000000000003';

const kari = person('Kari Nordmann', 1); // added the bot: the first leader
const gina = person('Gina Gjest', 4); // a guest from the neighbour municipality's tenant
const tor = person('Tor Nabo', 5); // another home tenant, no role given by the roster
const sara = person('Sara Fremmed', 6); // a guest from a tenant not listed
const anna = person('Anna Anonym', 7); // Teams' roster says anonymous

function roster(t: TestApp, net: NetworkFixture) {
  t.connector.emulator.setMembers(net.channelId, [
    { id: kari.id, name: kari.name, aadObjectId: kari.aadObjectId, userRole: 'user', tenantId: HOST },
    { id: gina.id, name: gina.name, aadObjectId: gina.aadObjectId, userRole: 'guest', tenantId: NEIGHBOUR },
    { id: tor.id, name: tor.name, aadObjectId: tor.aadObjectId, tenantId: NEIGHBOUR },
    { id: sara.id, name: sara.name, aadObjectId: sara.aadObjectId, userRole: 'guest', tenantId: STRANGER },
    { id: anna.id, name: anna.name, aadObjectId: anna.aadObjectId, userRole: 'anonymous' },
  ]);
}

function helpers(get: () => { t: TestApp; net: NetworkFixture }) {
  const say = async (who: TestPerson | { id: string; name: string }, text: string) => {
    const { t, net } = get();
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, who as TestPerson, text));
    return t.connector.emulator.calls
      .slice(before)
      .map((c) => JSON.stringify(c.body))
      .join('\n');
  };
  const leaders = async () => {
    const { t, net } = get();
    return (await t.app.services.store.people.listRole(net.tenantId, net.teamId, 'leader')).map((l) => l.name);
  };
  /** Every leader leaves the team and comes back: the network is leaderless, the people still members. */
  const leaderless = async () => {
    const { t, net } = get();
    for (const name of await leaders()) {
      const who = [kari, gina, tor, sara, anna].find((p) => p.name === name)!;
      await t.post(memberEvent(net, kari, who, 'removed'));
      await t.post(memberEvent(net, kari, who, 'added'));
    }
    expect(await leaders()).toEqual([]);
  };
  return { say, leaders, leaderless };
}

describe('a guest claiming the leader role of a leaderless network (no ALLOWED_TENANT_IDS)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const { say, leaders, leaderless } = helpers(() => ({ t, net }));
  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url);
    roster(t, net);
    await t.post(botAddedToTeam(net, kari));
  });
  afterAll(async () => t?.close());

  it('gives it to a Teams guest from another municipality who is a member of the team', async () => {
    await leaderless();
    expect(await say(gina, 'leder + meg')).toContain('Gina Gjest har tatt lederrollen');
    expect(await leaders()).toEqual(['Gina Gjest']);
  });

  it('gives it to a member whose home tenant is another one', async () => {
    await leaderless();
    expect(await say(tor, 'leder + @meg')).toContain('Tor Nabo har tatt lederrollen');
    expect(await leaders()).toEqual(['Tor Nabo']);
  });

  it('refuses someone Teams names anonymous, or without an Entra account, saying why and what works', async () => {
    await leaderless();
    for (const who of [anna, { id: '29:anon-1', name: 'Anonym' }]) {
      const out = await say(who, 'leder + meg');
      expect(out).toContain('ikke logget inn');
      expect(out).toContain('leder + @dittnavn');
      expect(out).not.toContain('Gjester i teamet kan ikke');
    }
    expect(await leaders()).toEqual([]);
  });
});

describe('a guest claiming the leader role where ALLOWED_TENANT_IDS lists the tenants', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const { say, leaders, leaderless } = helpers(() => ({ t, net }));
  beforeAll(async () => {
    t = await startTestApp({ env: { ALLOWED_TENANT_IDS: `${HOST},${NEIGHBOUR.toUpperCase()}` } });
    net = networkFixture(t.connector.url);
    roster(t, net);
    await t.post(botAddedToTeam(net, kari));
  });
  afterAll(async () => t?.close());

  it('gives it to a guest from a listed tenant', async () => {
    await leaderless();
    expect(await say(gina, 'leder + meg')).toContain('Gina Gjest har tatt lederrollen');
  });

  it('refuses a guest whose home tenant is not listed, saying why', async () => {
    await leaderless();
    const out = await say(sara, 'leder + meg');
    expect(out).toContain('ALLOWED_TENANT_IDS');
    expect(out).toContain('leder + @dittnavn');
    expect(out).not.toContain('har tatt lederrollen');
    expect(await leaders()).toEqual([]);
  });
});
