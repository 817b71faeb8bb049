import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { channelTalk } from '../support/members.ts';
import { botAddedToTeam, networkFixture, person, type NetworkFixture } from '../support/teams.ts';

// Teams behaviour (month round 6): a person leaving the team arrives as conversationUpdate with
// membersRemoved and eventType teamMemberRemoved; a person joining as membersAdded and
// teamMemberAdded (Microsoft's «Conversation events» payloads: the member's id, and for an added
// one the aadObjectId; no name).

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);

describe('a person leaves or joins the team', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const { say, event } = channelTalk(() => ({ t, net }), kari);

  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url);
    await t.post(botAddedToTeam(net, kari));
    expect(await say(kari, 'leder + @Ola Hansen', [ola])).toContain('Ola Hansen er nå leder');
  });
  afterAll(async () => t?.close());

  it('a leader who leaves is no leader any more, and the remaining leaders are told by @mention in the channel', async () => {
    const out = await event(kari, 'removed', ola);
    const text = JSON.stringify(out);
    expect(text).toContain('Kari Nordmann har forlatt teamet');
    // The remaining leader is @mentioned, so Teams notifies him; the one who left is not.
    const mentioned = out.flatMap((b) => (b.activity ?? b).entities ?? []).map((e: any) => e.mentioned?.id);
    expect(mentioned).toContain(ola.id);
    expect(mentioned).not.toContain(kari.id);
    expect(await say(ola, 'ledere')).toContain('Ola Hansen');
    expect(await say(ola, 'ledere')).not.toContain('Kari Nordmann');
    // A refusal names only the leaders who are still there.
    const refused = await say(per, 'møteplan første tirsdag kl 12-14');
    expect(refused).toContain('Be lederen (Ola Hansen) om å endre møteplanen');
    expect(refused).not.toContain('Kari Nordmann');
  });

  it('a member who leaves or joins makes no post; one who comes back is a member, not a leader again', async () => {
    // Nothing in the channel; a new member is only welcomed in a personal chat (month 13, #1), which Per has not got.
    expect((await event(per, 'added')).filter((b) => b?.type === 'message')).toEqual([]);
    expect(await event(per, 'removed', ola)).toEqual([]);
    expect((await event(kari, 'added', ola)).filter((b) => b?.type === 'message')).toEqual([]);
    expect(await say(kari, 'leder + @Per Berg', [per])).toContain('Bare nettverkets ledere');
  });

  it('when the last leader leaves, the channel is told the network has no leader and how to name one', async () => {
    const out = JSON.stringify(await event(ola, 'removed', kari));
    expect(out).toContain('Ola Hansen har forlatt teamet');
    expect(out).toContain('ingen leder');
    expect(out).toContain('leder + @');
    expect(await say(kari, 'ledere')).not.toContain('Ola Hansen');
  });
});
