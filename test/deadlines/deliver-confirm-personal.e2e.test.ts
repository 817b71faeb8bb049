import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { memberEvent } from '../support/members.ts';
import { person, personalCardAction, personalMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Trust review, item 1: «levert F1» in the personal chat for a deadline far ahead got the single-use
// question (N11), and «Ja, den er levert» there answered «Jeg finner ingen frist F1»: a click in a personal
// chat counted only on a deadline card the bot had posted there. The answer works there as in the
// channel, for a member of the network only, and the deadline's card in the channel is redrawn.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // member
const eva = person('Eva Berg', 3); // in another team
const start = appPerTest(kari, '2027-10-15T08:00:00Z');

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

async function personal(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, net.tenantId, who, text));
  expect(res.status).toBe(200);
  return sentSince(t, before);
}

async function askedInPersonal(t: TestApp, net: NetworkFixture, who: TestPerson) {
  const sent = await personal(t, net, who, 'levert F1');
  const asked = sent.flatMap((c) => cardsOf(c.body)).find((c) => JSON.stringify(c).includes('deadline.done.confirm'));
  expect(asked, JSON.stringify(sent.map((c) => c.body))).toBeDefined();
  return executeActions(asked).find((a) => a.verb === 'deadline.done.confirm')!;
}

const status = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.status;

describe('«Ja, den er levert» in the personal chat', () => {
  it('marks the deadline delivered for a member and redraws its card in the channel', async () => {
    const { t, net } = await start();
    roster(t, net, [kari, ola]);
    await say(t, net, kari, 'frist 01.03.2028 Søknad om stimuleringsmidler');
    await say(t, net, ola, 'frister');
    const yes = await askedInPersonal(t, net, ola);
    expect(await status(t, net)).toBe('open');

    const before = t.connector.emulator.calls.length;
    const res = await t.post(personalCardAction(net.serviceUrl, net.tenantId, ola, yes.verb, yes.data));
    const answer = JSON.stringify(res.body);
    expect(answer).not.toContain('Jeg finner ingen frist');
    expect(answer).toContain('er markert som levert');
    expect(await status(t, net)).toBe('done');
    // The channel's deadline card is redrawn as delivered.
    const updates = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.conversationId?.startsWith(net.channelId));
    expect(updates.length).toBeGreaterThan(0);
    expect(JSON.stringify(updates.map((c) => c.body))).toContain('Levert');
    // Pressed again: already answered, nothing more.
    const again = await t.post(personalCardAction(net.serviceUrl, net.tenantId, ola, yes.verb, yes.data));
    expect(JSON.stringify(again.body)).toContain('allerede besvart');
  });

  it('is refused for someone who left the team after being asked, and for someone never in it', async () => {
    const { t, net } = await start();
    roster(t, net, [kari, ola]);
    await say(t, net, kari, 'frist 01.03.2028 Søknad om stimuleringsmidler');
    await say(t, net, ola, 'frister');
    const yes = await askedInPersonal(t, net, ola);

    // The same card data pressed by someone outside the network (a forged or forwarded press).
    const stranger = await t.post(personalCardAction(net.serviceUrl, net.tenantId, eva, yes.verb, yes.data));
    expect(JSON.stringify(stranger.body)).not.toContain('er markert som levert');
    expect(await status(t, net)).toBe('open');

    await t.post(memberEvent(net, kari, ola, 'removed'));
    const left = await t.post(personalCardAction(net.serviceUrl, net.tenantId, ola, yes.verb, yes.data));
    expect(JSON.stringify(left.body)).toContain('Du er ikke lenger med i teamet');
    expect(await status(t, net)).toBe('open');
  });
});
