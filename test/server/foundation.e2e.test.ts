import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import {
  botAddedToTeam,
  botRemovedFromTeam,
  channelMessage,
  installationUpdate,
  networkFixture,
  person,
  personalMessage,
  teamRenamed,
  type NetworkFixture,
} from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

function cardsIn(body: any): any[] {
  return (body?.attachments ?? [])
    .filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a: any) => a.content);
}

function cardText(card: any): string {
  return JSON.stringify(card);
}

describe('foundation, end to end through restify, CloudAdapter and the connector emulator', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url);
  });
  afterAll(async () => t?.close());

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.app.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('registers an install once and posts one welcome card in the selected channel', async () => {
    const before = t.connector.emulator.calls.length;
    expect((await t.post(botAddedToTeam(net, kari))).status).toBe(200);
    // Teams sends both events for one install, and may resend them.
    expect((await t.post(installationUpdate(net, kari, 'add'))).status).toBe(200);
    expect((await t.post(botAddedToTeam(net, kari))).status).toBe(200);
    const posted = t.connector.emulator.calls.slice(before).filter((c: any) => c.method === 'POST');
    expect(posted).toHaveLength(1);
    const card = cardsIn(posted[0].body.activity ?? posted[0].body)[0];
    expect(cardText(card)).toContain('Nettverksboten');
    expect(cardText(card)).toContain('møteplan');
    expect(cardText(card)).toMatch(/enkeltbarn|enkeltsaker/);
    const network = await t.app.services.store.networks.get(net.tenantId, net.teamId);
    expect(network?.channelId).toBe(net.channelId);
    expect(network?.active).toBe(true);
    expect(await t.app.services.store.people.roleOf(net.tenantId, net.teamId, { id: kari.id })).toBe('leader');
  });

  it('answers hjelp in a channel thread with a card listing the commands', async () => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, ola, 'HJELP'));
    expect(res.status).toBe(200);
    const replies = t.connector.emulator.calls.slice(before);
    expect(replies).toHaveLength(1);
    expect(replies[0].conversationId).toContain(';messageid=');
    const card = cardsIn(replies[0].body)[0];
    expect(card.type).toBe('AdaptiveCard');
    expect(cardText(card)).toContain('hjelp');
  });

  it('suggests the closest command for a typo', async () => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, ola, 'hjlep'));
    const card = cardsIn(t.connector.emulator.calls.slice(before)[0].body)[0];
    expect(cardText(card)).toContain('Mente du');
    expect(cardText(card)).toContain('hjelp');
  });

  it('routes a question to the guidelines answerer', async () => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, ola, 'Hvor mye kan vi bruke på overhead?'));
    const reply = t.connector.emulator.calls.slice(before)[0];
    expect(reply).toBeTruthy();
    expect(JSON.stringify(reply.body)).not.toContain('Mente du');
  });

  it('registers a personal chat on first contact, before any install event', async () => {
    const stranger = person('Per Personlig', 7);
    const before = t.connector.emulator.calls.length;
    const res = await t.post(personalMessage(t.connector.url, net.tenantId, stranger, 'hjelp'));
    expect(res.status).toBe(200);
    expect(t.connector.emulator.calls.slice(before)).toHaveLength(1);
    const pc = await t.app.services.store.people.findPersonalConversation(net.tenantId, {
      aadObjectId: stranger.aadObjectId,
    });
    expect(pc?.conversation.conversationType).toBe('personal');
  });

  it('follows a team rename and marks the network inactive on removal, keeping its data', async () => {
    await t.post(teamRenamed(net, kari, 'Barnevernsledernettverket Øst'));
    expect((await t.app.services.store.networks.get(net.tenantId, net.teamId))?.name).toBe(
      'Barnevernsledernettverket Øst',
    );
    await t.post(botRemovedFromTeam(net, kari));
    const removed = await t.app.services.store.networks.get(net.tenantId, net.teamId);
    expect(removed?.active).toBe(false);
    expect(await t.app.services.store.people.roleOf(net.tenantId, net.teamId, { id: kari.id })).toBe('leader');
  });

  it('answers malformed JSON with 400 and keeps serving', async () => {
    const res = await fetch(`${t.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message",',
    });
    expect(res.status).toBe(400);
    const notObject = await t.post([1, 2, 3]);
    expect(notObject.status).toBe(400);
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  });

  it('refuses bodies over the size limit', async () => {
    const res = await fetch(`${t.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(600 * 1024) }),
    });
    expect(res.status).toBe(413);
  });

  it('ignores unknown activity types without error', async () => {
    const res = await t.post({ ...channelMessage(net, ola, 'x'), type: 'somethingNew' });
    expect(res.status).toBeLessThan(300);
    const typing = await t.post({ ...channelMessage(net, ola, 'x'), type: 'typing' });
    expect(typing.status).toBeLessThan(300);
  });
});

describe('info pages the manifest links to', () => {
  it('serves /personvern and /vilkar in Norwegian', async () => {
    const t = await startTestApp();
    try {
      const privacy = await (await fetch(`${t.app.url}/personvern`)).text();
      expect(privacy).toContain('fødselsnummer');
      expect(privacy).toContain('lang="nb"');
      expect((await fetch(`${t.app.url}/vilkar`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
