// Month round 13, #1: a team member who had not yet written in the channel was told in the personal
// chat «Jeg finner ikke noe nettverk du er med i», and someone added to the team heard nothing at all.
// The bot now asks Teams' roster where it knows no network of the person, and records a join at once,
// with one short personal welcome.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { memberEvent } from '../support/members.ts';
import { person, personalMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // installs the bot: leader
const per = person('Per Olsen', 2);
const eva = person('Eva Berg', 3);
const app = appPerTest(kari, '2026-12-02T08:00:00Z');
const NO_NETWORK = 'finner ikke noe nettverk';

async function personal(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, net.tenantId, who, text));
  expect(res.status).toBe(200);
  return JSON.stringify(sentSince(t, before).map((c) => c.body));
}

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

describe('month 13 #1: a member who has not written in the channel', () => {
  it('sees the network in the personal chat, because Teams lists him in the team', async () => {
    const { t, net } = await app(1);
    roster(t, net, [kari, per]);
    await say(t, net, kari, 'frist 1. mars 2027 Rapport til Statsforvalteren', { status: (s) => expect(s).toBe(200) });
    const frister = await personal(t, net, per, 'frister');
    expect(frister).not.toContain(NO_NETWORK);
    expect(frister).toContain('Rapport til Statsforvalteren');
    expect(await personal(t, net, per, 'kalenderlenke')).toMatch(/frister\.ics/);
    // Recorded: he is now a member on record, as a line in the channel would have made him.
    expect(await t.app.services.store.people.memberNetworksOf(net.tenantId, per)).toContain(net.teamId);
  });

  it('someone Teams does not list is still told there is no network', async () => {
    const { t, net } = await app(1);
    roster(t, net, [kari]);
    expect(await personal(t, net, eva, 'frister')).toContain(NO_NETWORK);
  });

  it('a member added to the team is recorded and welcomed once, personally', async () => {
    const { t, net } = await app(1);
    roster(t, net, [kari, per]);
    // Teams opens the 1:1 chat when the app is his (the emulator's rule for a personal chat).
    t.connector.emulator.installPersonal(per.id);
    await say(t, net, kari, 'frist 1. mars 2027 Rapport til Statsforvalteren', { status: (s) => expect(s).toBe(200) });
    const before = t.connector.emulator.calls.length;
    expect((await t.post(memberEvent(net, kari, per, 'added'))).status).toBeLessThan(300);
    const sent = sentSince(t, before);
    const welcomes = sent.filter((c) => JSON.stringify(c.body).includes('Velkommen til'));
    expect(welcomes).toHaveLength(1);
    // In a personal chat, not in the channel.
    expect(JSON.stringify(welcomes[0]!.body)).toContain(net.teamName);
    expect(welcomes[0]!.conversationId ?? '').not.toContain(net.channelId);
    expect(await t.app.services.store.people.memberNetworksOf(net.tenantId, per)).toContain(net.teamId);
    // The same join delivered again says nothing more; leaving and coming back gets the shorter welcome
    // back (month s14 #12), never the first welcome again.
    await t.post(memberEvent(net, kari, per, 'added'));
    await t.post(memberEvent(net, kari, per, 'removed'));
    await t.post(memberEvent(net, kari, per, 'added'));
    const said = (w: string) => t.connector.emulator.calls.filter((c) => JSON.stringify(c.body ?? '').includes(w));
    expect(said('Velkommen til ')).toHaveLength(1);
    expect(said('Velkommen tilbake til ')).toHaveLength(1);
  });
});
