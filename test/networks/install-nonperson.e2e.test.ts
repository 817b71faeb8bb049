import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { botAddedToTeam, channelMessage, networkFixture, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

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
