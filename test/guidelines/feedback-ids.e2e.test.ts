// Attack round 5, A10: the Nyttig/Ikke nyttig button stored whatever entryId its card data held (an
// identity number, "../../etc", hundreds of made-up ids), logged it at info, and the data export
// handed it out unmasked. Through the real server with its log captured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startConnectorEmulator } from '../support/connector-emulator.ts';
import { validNationalId } from '../support/national-id.ts';
import {
  botAddedToTeam,
  cardAction,
  channelMessage,
  networkFixture,
  person,
  type NetworkFixture,
} from '../support/teams.ts';
import { executeActions as executes } from '../support/cards.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const fnr = validNationalId('010190', '100');

let app: RunningApp;
let connector: Awaited<ReturnType<typeof startConnectorEmulator>>;
let dir: string;
let net: NetworkFixture;
const logged: string[] = [];

async function post(activity: object): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nettverksboten-'));
  connector = await startConnectorEmulator();
  const sink = new Writable({
    write(chunk, _enc, done) {
      logged.push(String(chunk));
      done();
    },
  });
  app = await startApp({
    config: loadConfig({ PORT: '0', DATABASE_URL: `sqlite:${join(dir, 'test.db')}`, LOG_LEVEL: 'info' }),
    log: createLogger('info', sink),
    clock: new ManualClock('2026-11-23T08:00:00Z'),
    host: '127.0.0.1',
    schedulerIntervalMs: 0,
  });
  net = networkFixture(connector.url, 1);
  await post(botAddedToTeam(net, kari));
}, 60_000);
afterAll(async () => {
  await app?.close();
  await connector?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the feedback button', () => {
  it('stores a vote only for an entry the bot answered with, and names nothing the card carried in the log', async () => {
    const before = connector.emulator.calls.length;
    expect((await post(channelMessage(net, ola, 'Hvor mye kan vi bruke på overhead?'))).status).toBe(200);
    const buttons = executes(connector.emulator.calls.slice(before).map((c) => c.body));
    const useful = buttons.find((b) => b.verb === 'guidelines.feedback')!;
    expect(useful).toBeDefined();
    const real = await post(cardAction(net, ola, useful.verb, useful.data));
    expect(JSON.stringify(real.body)).toContain('Takk! Tilbakemeldingen er lagret.');

    const made = [
      fnr,
      '../../etc',
      `${useful.data.entryId}x`,
      'lokal-E999',
      ...Array.from({ length: 20 }, (_, i) => `junk-${i}`),
    ];
    for (const entryId of made) {
      const res = await post(cardAction(net, ola, 'guidelines.feedback', { ...useful.data, entryId, vote: 'down' }));
      expect(res.status, entryId).toBe(200);
      const said = JSON.stringify(res.body);
      expect(said, entryId).not.toContain('Takk');
      expect(said, entryId).toContain('Jeg kjenner ikke svaret');
      expect(said).not.toContain(fnr);
    }

    const counts = await app.services.store.guidelines.feedbackCounts(net.tenantId, net.teamId);
    expect(counts).toEqual([{ entryId: useful.data.entryId, up: 1, down: 0 }]);
    const exported = JSON.stringify(await app.services.store.networkData.export(net.tenantId, net.teamId));
    for (const entryId of made) expect(exported).not.toContain(JSON.stringify(entryId));

    const info = logged.map((l) => JSON.parse(l)).filter((l) => l.level >= 30);
    const lines = info.map((l) => JSON.stringify(l)).join('\n');
    for (const entryId of made) expect(lines, entryId).not.toContain(entryId);
    expect(info.filter((l) => l.msg === 'guidelines feedback refused')).toHaveLength(made.length);
  });
});

describe('the data export', () => {
  it('passes the outgoing mask: an identity number kept before the guard read it does not leave', async () => {
    // Text stored before the guard read this spelling (A3): written straight to the store, as an old row would be.
    await app.services.store.guidelines.recordFeedback({
      tenantId: net.tenantId,
      networkId: net.teamId,
      entryId: `${fnr.slice(0, 6)}+${fnr.slice(6)}`,
      voterKey: 'old-voter',
      vote: 'up',
      at: '2026-01-01T00:00:00.000Z',
    });
    connector.emulator.installPersonal(kari.id);
    const before = connector.emulator.calls.length;
    await post(channelMessage(net, kari, 'eksporter data'));
    const sent = JSON.stringify(connector.emulator.calls.slice(before).map((c) => c.body)).replace(/\\u0026/g, '&');
    const link = /https?:\/\/[^"\s)\]]+nettverksdata\.json[^"\s)\]]*/.exec(sent);
    expect(link, sent).not.toBeNull();
    const res = await fetch(link![0]);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('guideline_feedback');
    expect(body).not.toContain(fnr.slice(6));
    expect(body).toContain('[fødselsnummer fjernet]');
  });
});
