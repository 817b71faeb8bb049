// Attack round 9, A2: `fileConsent/invoke` and `composeExtension/submitAction` without `value` crashed
// the turn inside botbuilder (a TypeError with its stack at error level), so any caller with a token
// could fill the error log. Invoke names the app does not use are answered 501 before botbuilder's
// dispatch; a used one without a valid `value` gets 400 with the usual Norwegian body; neither logs
// at error level, and the used ones still work.
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
import {
  botAddedToTeam,
  channelMessage,
  composeExtensionQuery,
  networkFixture,
  person,
  type NetworkFixture,
} from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
let app: RunningApp;
let connector: Awaited<ReturnType<typeof startConnectorEmulator>>;
let dir: string;
let net: NetworkFixture;
const lines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nettverksboten-'));
  connector = await startConnectorEmulator();
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  app = await startApp({
    config: loadConfig({ PORT: '0', DATABASE_URL: `sqlite:${join(dir, 'test.db')}`, LOG_LEVEL: 'debug' }),
    log: createLogger('debug', sink),
    clock: new ManualClock('2026-11-23T08:00:00Z'),
    host: '127.0.0.1',
    schedulerIntervalMs: 0,
  });
  net = networkFixture(connector.url, 1);
  expect((await post(botAddedToTeam(net, kari))).status).toBeLessThan(300);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await connector?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function post(activity: object): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body };
}

/** An invoke as Teams frames it, in the team's channel. */
function invoke(name: string, value?: unknown) {
  const a = composeExtensionQuery(net, kari, 'overhead') as Record<string, unknown>;
  a.name = name;
  if (value === undefined) delete a.value;
  else a.value = value;
  return a;
}

const errorsLogged = () =>
  lines.map((l) => JSON.parse(l) as { level: number; msg?: string }).filter((l) => l.level >= 50);

describe('A2: invokes the app does not use, and used ones without a value', () => {
  it('names the app does not use get 501 before botbuilder, with or without a value, and nothing at error level', async () => {
    for (const name of [
      'fileConsent/invoke',
      'composeExtension/submitAction',
      'composeExtension/fetchTask',
      'task/fetch',
      'application/search',
      'signin/verifyState',
      'nothing/here',
    ]) {
      for (const value of [undefined, {}, { action: 'accept' }]) {
        const r = await post(invoke(name, value));
        expect(r.status, `${name} ${JSON.stringify(value)}`).toBe(501);
        expect(JSON.stringify(r.body)).not.toContain('TypeError');
      }
    }
    expect(errorsLogged()).toEqual([]);
  });

  it('a used invoke without a valid value gets 400 «Ugyldig aktivitet» naming «value»; nothing at error level', async () => {
    for (const name of ['composeExtension/query', 'adaptiveCard/action']) {
      for (const value of [undefined, null, 'tekst', 7, ['a']]) {
        const r = await post(invoke(name, value));
        expect(r.status, `${name} ${JSON.stringify(value)}`).toBe(400);
        expect(r.body.message).toContain('Ugyldig aktivitet');
        expect(r.body.message).toMatch(/«value(?:\.action)?»/);
      }
    }
    // The search's parameters must be a list of objects (anything else threw in the turn).
    for (const value of [{ parameters: 'x' }, { parameters: [null, 5] }, { parameters: [{ name: 7 }] }]) {
      const r = await post(invoke('composeExtension/query', value));
      expect(r.status, JSON.stringify(value)).toBe(400);
      expect(r.body.message).toContain('«value.parameters»');
    }
    expect(errorsLogged()).toEqual([]);
  });

  it('the used ones still work: a search answers 200 with results', async () => {
    const r = await post(composeExtensionQuery(net, kari, 'overhead'));
    expect(r.status).toBe(200);
    expect(r.body.composeExtension.type).toBe('result');
  });
});

describe('A2, the same kind: other fields botbuilder and the bot read without a check', () => {
  it('a reaction list, a mention, a team or conversation name of the wrong type gets 400 naming the field; nothing at error level', async () => {
    const cases: [string, (a: any) => void][] = [
      ['reactionsAdded', (a) => Object.assign(a, { type: 'messageReaction', reactionsAdded: 'x' })],
      ['reactionsAdded.0', (a) => Object.assign(a, { type: 'messageReaction', reactionsAdded: [null] })],
      ['reactionsRemoved', (a) => Object.assign(a, { type: 'messageReaction', reactionsRemoved: { like: 1 } })],
      ['entities.1.text', (a) => (a.entities[1] = { type: 'mention', mentioned: { id: '29:x', name: 'X' }, text: 5 })],
      ['entities.1.mentioned', (a) => (a.entities[1] = { type: 'mention', mentioned: null, text: '<at>X</at>' })],
      ['channelData.team.name', (a) => (a.channelData.team = { id: net.teamId, name: 5 })],
      ['channelData.team', (a) => (a.channelData.team = 'x')],
      ['conversation.name', (a) => (a.conversation.name = 5)],
    ];
    for (const [field, change] of cases) {
      const a = channelMessage(net, kari, 'hjelp') as any;
      a.entities.push({ type: 'mention', mentioned: { id: '29:y', name: 'Y' }, text: '<at>Y</at>' });
      change(a);
      const r = await post(a);
      expect(r.status, field).toBe(400);
      expect(r.body.message, field).toContain(`«${field}»`);
    }
    // A team renamed to a name of the wrong type.
    const renamed = channelMessage(net, kari, '') as any;
    Object.assign(renamed, { type: 'conversationUpdate', text: undefined });
    renamed.channelData = { ...renamed.channelData, eventType: 'teamRenamed', team: { id: net.teamId, name: 5 } };
    expect((await post(renamed)).status).toBe(400);
    expect(errorsLogged()).toEqual([]);
    // Teams' own shapes still pass.
    const ok = channelMessage(net, kari, 'hjelp') as any;
    ok.type = 'messageReaction';
    ok.reactionsAdded = [{ type: 'like' }];
    expect((await post(ok)).status).toBe(200);
    expect((await post(channelMessage(net, kari, 'hjelp'))).status).toBe(200);
  });
});
