// Issue #16: the tab in a group chat network, and what the API answers when Teams' roster cannot be asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { groupChat } from '../meetings/channel-support.ts';
import { person } from '../support/teams.ts';
import { netOf, startTabApp, T1, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const per = person('Per Persen', 3);

describe('a group chat network', () => {
  let app: TabApp;
  let chat: ReturnType<typeof groupChat>;

  beforeAll(async () => {
    app = await startTabApp();
    chat = groupChat(app.t.connector.url, T1, 1);
    expect((await app.t.post(chat.installed(kari))).status).toBe(200);
    await app.t.post(chat.message(kari, 'oppgave @Ola Hansen ringe Bufetat innen 10.12'));
    app.t.connector.emulator.setMembers(
      chat.conversationId,
      [kari, ola].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })),
    );
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('is found by its chat id, for the members of the chat only', async () => {
    const q = `${tabApi.context}?tenantId=${T1}&chatId=${encodeURIComponent(chat.conversationId)}`;
    const res = await app.api(q, { token: await app.token(ola) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      network: { id: chat.conversationId, name: 'Gruppechat 1', kind: 'groupChat' },
      role: 'member',
    });
    // Someone outside the chat gets what a chat without the bot gets (attack round 6, A7).
    const outsider = await app.api(q, { token: await app.token(per) });
    expect(outsider.status).toBe(200);
    expect(outsider.body.network).toBeNull();
    const overview = await app.api(tabApi.overview(chat.conversationId), { token: await app.token(ola) });
    expect(overview.status).toBe(200);
    expect(overview.body.network.kind).toBe('groupChat');
  });

  it('a context without a team or chat id is a 400 with an example', async () => {
    const res = await app.api(`${tabApi.context}?tenantId=${T1}`, { token: await app.token(ola) });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('teamId');
  });
});

describe('when Teams cannot tell who is in the team', () => {
  let app: TabApp;
  beforeAll(async () => {
    app = await startTabApp();
    const net = netOf(app, 1);
    await app.install(net, kari);
    app.members(net, [kari, ola]);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('a member gets 503 to try again (never the data, never a 403 that says they are out); a leader the store knows still gets in', async () => {
    const net = netOf(app, 1);
    app.t.connector.emulator.faults.next({ status: 500 });
    const res = await app.api(tabApi.overview(net.teamId), { token: await app.token(ola) });
    expect(res.status).toBe(503);
    expect(res.body.error).toContain('Prøv igjen');
    // One failure, no hidden retries: the next look-up reaches Teams again.
    app.t.connector.emulator.faults.next({ status: 500 });
    expect((await app.api(tabApi.overview(net.teamId), { token: await app.token(kari) })).status).toBe(200);
    expect((await app.api(tabApi.overview(net.teamId), { token: await app.token(ola) })).status).toBe(503);
    expect((await app.api(tabApi.overview(net.teamId), { token: await app.token(ola) })).status).toBe(200);
  });
});
