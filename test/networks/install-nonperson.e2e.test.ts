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

// Attack round 8b, A4: an install whose `from` is not a person (a 28: service id, no name, no Entra id)
// must not make that id the leader; the network starts leaderless and a member can take the role.

const ola = person('Ola Hansen', 2);

describe('an install from something that is not a person leaves the network leaderless (A4)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (who: TestPerson, text: string, mentions: TestPerson[] = []) => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, who, text, { mentions }));
    return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body as any));
  };

  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url, 1);
    const install = botAddedToTeam(net, ola);
    const res = await t.post({ ...install, from: { id: '28:system' } });
    expect(res.status).toBeLessThan(300);
  });
  afterAll(async () => t?.close());

  it('ledere says there is no leader, never an empty name', async () => {
    const out = await say(ola, 'ledere');
    expect(out).toContain('ingen ledere');
    expect(out).not.toContain('Ledere i nettverket: .');
  });

  it('a leader-only command does not ask an unnamed leader', async () => {
    const out = await say(ola, 'leder + @Per Berg', [person('Per Berg', 3)]);
    expect(out).not.toContain('()');
  });

  it('a member can take the role for themselves', async () => {
    const out = await say(ola, 'leder + @Ola Hansen', [ola]);
    expect(out).toContain('Ola Hansen har tatt lederrollen');
    expect(await say(ola, 'ledere')).toContain('Ledere i nettverket: Ola Hansen.');
  });
});

describe('a nameless non-person leader stored before the fix does not lock the network (A4)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (who: TestPerson, text: string, mentions: TestPerson[] = []) => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, who, text, { mentions }));
    return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body as any));
  };

  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url, 1);
    await t.post({ ...botAddedToTeam(net, ola), from: { id: '28:system' } });
    // As the old install code stored it: the service id as leader, with no name.
    await t.app.services.store.people.setRole(
      net.tenantId,
      net.teamId,
      { id: '28:system', name: '' },
      'leader',
      new Date(),
    );
  });
  afterAll(async () => t?.close());

  it('no empty name is shown, and a member can take the role', async () => {
    const list = await say(ola, 'ledere');
    expect(list).not.toContain('Ledere i nettverket: .');
    expect(list).not.toContain('()');
    const out = await say(ola, 'leder + @Ola Hansen', [ola]);
    expect(out).toContain('Ola Hansen har tatt lederrollen');
    expect(await say(ola, 'ledere')).toContain('Ledere i nettverket: Ola Hansen.');
  });

  it('a named leader without a name from Teams is shown by a Norwegian fallback, never «()»', async () => {
    await t.app.services.store.people.setRole(
      net.tenantId,
      net.teamId,
      { id: '29:nameless', name: '' },
      'leader',
      new Date(),
    );
    const out = await say(person('Per Berg', 3), 'leder + @Per Berg', [person('Per Berg', 3)]);
    expect(out).not.toContain('()');
    expect(await say(ola, 'ledere')).toContain('en leder uten navn i Teams');
  });
});
