import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { installedApp } from '../support/installed.ts';
import { networkFixture, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { channelTalk, memberEvent } from '../support/members.ts';

// Month round 7, N10: the last leader leaves; the announcement says how to become leader, and that
// way must work — for a member of the team, for themselves, only while the network has no leader.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);

describe('a network whose last leader left gets a new leader the way the bot says (N10)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const talk = channelTalk(() => ({ t, net }), ola);
  const { say } = talk;
  const event = async (who: TestPerson, change: 'added' | 'removed', by = ola) =>
    JSON.stringify(await talk.event(who, change, by));

  beforeAll(async () => {
    ({ t, net } = await installedApp(kari));
  });
  afterAll(async () => t?.close());

  it('the announcement names the command that works, and a member taking the role for someone else is refused', async () => {
    const out = await event(kari, 'removed');
    expect(out).toContain('ingen leder');
    expect(out).toContain('leder + @dittnavn');
    // Only for oneself: naming another person while there is no leader is not a way in.
    const other = await say(ola, 'leder + @Per Berg', [per]);
    expect(other).toContain('bare gjøre deg selv til leder');
    expect(await say(ola, 'ledere')).toContain('ingen ledere');
  });

  it('the first member who names themselves becomes leader, and the channel is told who took the role', async () => {
    const out = await say(ola, 'leder + @Ola Hansen', [ola]);
    expect(out).toContain('Ola Hansen har tatt lederrollen');
    expect(out).not.toContain('Bare nettverkets ledere');
    expect(await say(ola, 'ledere')).toContain('Ola Hansen');
    // A leader-only command works for him now.
    expect(await say(ola, 'leder + @Per Berg', [per])).toContain('Per Berg er nå leder');
  });

  it('while a leader exists, nobody can take the role for themselves', async () => {
    await t.post(memberEvent(net, ola, kari, 'added'));
    const out = await say(kari, 'leder + @Kari Nordmann', [kari]);
    expect(out).toContain('Bare nettverkets ledere');
    expect(await say(kari, 'ledere')).toMatch(/Ledere i nettverket: [^"]*"/);
    expect(await say(kari, 'ledere')).not.toMatch(/Ledere i nettverket: [^"]*Kari/);
  });

  it('«leder + meg» works as well as the @mention of oneself', async () => {
    await event(ola, 'removed', per);
    await event(per, 'removed', kari);
    const out = await say(kari, 'leder + meg');
    expect(out).toContain('Kari Nordmann har tatt lederrollen');
  });

  it('a network that never had a leader (the bot came without an install event) works the same way', async () => {
    const other = networkFixture(t.connector.url, 2);
    const sayThere = channelTalk(() => ({ t, net: other }), per).say;
    const refused = await sayThere(per, 'møteplan første tirsdag kl 12-14');
    expect(refused).toContain('ingen leder');
    expect(refused).toContain('leder + @dittnavn');
    expect(refused).not.toContain('legg boten til på nytt');
    expect(await sayThere(per, 'leder + @Per Berg', [per])).toContain('Per Berg har tatt lederrollen');
    expect(await sayThere(ola, 'leder + @Ola Hansen', [ola])).toContain('Bare nettverkets ledere');
  });
});
