// Issue #11, finding 6c: a serviceUrl of http://[::1]:port/ passed local mode's loopback check but
// every reply failed (getaddrinfo ENOTFOUND [::1]). Real server in-process, the connector emulator
// listening on the IPv6 loopback address.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectorEmulator, type ConnectorEmulator } from '../../src/dev/connector/emulator.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { channelMessage, networkFixture, person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);

describe('local mode with an IPv6 loopback serviceUrl', () => {
  let emulator: ConnectorEmulator;
  let server: Server;
  let url: string;
  let t: TestApp;
  beforeAll(async () => {
    emulator = createConnectorEmulator();
    server = createServer((req, res) => {
      emulator.handle(req, res).then(
        (handled) => {
          if (!handled) res.writeHead(404).end();
        },
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((r) => server.listen(0, '::1', r));
    url = `http://[::1]:${(server.address() as AddressInfo).port}/`;
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
  });

  it('delivers the reply to http://[::1]:port/', async () => {
    const res = await t.post(channelMessage(networkFixture(url, 1), kari, 'hjelp'));
    expect(res.status).toBe(200);
    expect(emulator.calls.length).toBeGreaterThan(0);
    expect(JSON.stringify(emulator.calls.map((c) => c.body))).toContain('Nettverksboten');
  });

  it('delivers a proactive message there too', async () => {
    const before = emulator.calls.length;
    const net = networkFixture(url, 2);
    // The bot added to a team stores the serviceUrl and posts its welcome into the channel.
    const { botAddedToTeam } = await import('../support/teams.ts');
    const res = await t.post(botAddedToTeam(net, kari));
    expect(res.status).toBe(200);
    const network = await t.app.services.store.networks.get(net.tenantId, net.teamId);
    expect(network).not.toBeNull();
    await t.app.services.messenger.send(network!.conversation, { text: 'Hei fra boten' });
    expect(emulator.calls.length).toBeGreaterThan(before);
    expect(JSON.stringify(emulator.calls.slice(before).map((c) => c.body))).toContain('Hei fra boten');
  });
});
