import { afterAll, beforeAll, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from './api-support.ts';

// Attack round 10, A7: a leader's settings request whose body nests 30,000 brackets deep (60 KB, under the
// tab's 64 KB) overflowed the call stack in the identity check's walk over every text field: 500 «Noe gikk
// galt» and an error line with RangeError per request. It is read like any other body now.
const kari = person('Kari Nordmann', 1);

let app: TabApp;
let net: NetworkFixture;
const errors: string[] = [];
beforeAll(async () => {
  app = await startTabApp();
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari]);
  const log = app.t.app.services.log;
  const error = log.error.bind(log);
  log.error = ((...args: unknown[]) => {
    errors.push(JSON.stringify(args).slice(0, 200));
    return (error as (...a: unknown[]) => void)(...args);
  }) as typeof log.error;
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const deep = (depth: number) => `{"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

it('every settings section answers a deeply nested body with 400 naming the field, and logs no error', async () => {
  const token = await app.token(kari);
  for (const section of ['series', 'place', 'agenda', 'municipalities', 'retention', 'leaders'] as const) {
    const res = await fetch(`${app.t.app.url}${tabApi.settingsSection(net.teamId, section)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: deep(30_000),
    });
    expect(res.status, section).toBe(400);
    expect(((await res.json()) as { error: string }).error, section).toContain('Feltet');
  }
  expect(errors).toEqual([]);
});

it('an identity number deep inside the body is still found and refused', async () => {
  const token = await app.token(kari);
  const nested = `{"place":"Rådhuset","y":${'['.repeat(20_000)}"010190 12345"${']'.repeat(20_000)}}`;
  const res = await fetch(`${app.t.app.url}${tabApi.settingsSection(net.teamId, 'place')}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: nested,
  });
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: string }).error).toContain('fødselsnummer');
  expect(errors).toEqual([]);
});
