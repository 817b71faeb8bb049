// The tab in real Chromium, inside the playground's Teams host stand-in (/playground/tab), on the
// real server with the playground's demo network seeded through the bot's own chat commands.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ManualClock } from '../../src/time/clock.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { speaker } from '../support/chat.ts';
import { botAddedToTeam, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// The playground's demo people and network, whose tokens /playground/tab-token signs.
export const kari: TestPerson = {
  id: '29:playground-kari',
  aadObjectId: 'a0000000-0000-4000-8000-000000000001',
  name: 'Kari Nordmann',
};
export const ola: TestPerson = {
  id: '29:playground-ola',
  aadObjectId: 'a0000000-0000-4000-8000-000000000002',
  name: 'Ola Hansen',
};
const DEMO = {
  id: 'playground-tenant',
  team: '19:playground-team@thread.tacv2',
  channel: '19:playground-channel@thread.tacv2',
};

/** Where screenshots are kept after the run (git-ignored). */
export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'tab');

/**
 * The real server with the playground's demo network (its tenant, team and channel: the tokens the
 * host stand-in gets from /playground/tab-token are for that network's people), installed by Kari
 * and filled through chat: two ended meetings with decisions and tasks, the last one approved,
 * deadlines, and a municipality list.
 */
export async function seededApp(): Promise<{ t: TestApp; net: NetworkFixture }> {
  // Monday 23 November 2026, 09:00 in Oslo.
  const t = await startTestApp({ clock: new ManualClock('2026-11-23T08:00:00Z') });
  const net: NetworkFixture = {
    tenantId: DEMO.id,
    teamId: DEMO.team,
    teamName: 'Demonettverket',
    channelId: DEMO.channel,
    serviceUrl: t.connector.url,
  };
  // Teams' roster of the team: the tab API asks it who is in the network.
  t.connector.emulator.setMembers(
    net.channelId,
    [kari, ola].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })),
  );
  await t.post(botAddedToTeam(net, kari));
  const chat = speaker(t, net, 'seed-general');
  await chat.say(kari, 'kommuner Nes, Eidsvoll, Ullensaker');
  await chat.say(kari, 'frist 1. mars Rapport til Statsforvalteren');
  await chat.say(kari, 'frist 15.12 Søknad om overføring av midler');
  await chat.say(ola, 'hei');

  // A meeting on Friday 30 October with a decision and two tasks.
  t.clock.set('2026-10-30T08:00:00Z');
  const first = speaker(t, net, 'seed-m1');
  await first.say(kari, 'start møte');
  await first.say(kari, 'vedtak: Forsøksordningen med felles fosterhjemsrekruttering videreføres');
  await first.say(kari, 'notat: Eidsvoll har rekruttert fire nye fosterhjem');
  await first.say(kari, 'oppgave @Ola Hansen sende utkast til rapport innen 20.11.2026', { mentions: [ola] });
  await first.say(kari, 'oppgave Nes: kartlegge behovet for veiledning innen 15.01.2027');
  await first.say(kari, 'avslutt møte');
  // The next meeting, on 20 November: the last minutes, approved at the start of it.
  t.clock.set('2026-11-20T08:00:00Z');
  const second = speaker(t, net, 'seed-m2');
  await second.say(kari, 'start møte');
  await second.say(ola, 'godkjent');
  await second.say(kari, 'vedtak: Nettverket søker om midler til veiledningsteam');
  await second.say(kari, 'oppgave @Ola Hansen skrive søknad om veiledningsteam innen 11.12.2026', { mentions: [ola] });
  await second.say(kari, 'avslutt møte');
  t.clock.set('2026-11-23T08:00:00Z');
  return { t, net };
}

export interface HostOptions {
  view?: 'config' | 'content' | 'personal';
  as?: 'leader' | 'member';
  theme?: 'default' | 'dark' | 'contrast';
  channel?: 'network' | 'other';
  entityId?: string;
  page?: string;
}

/** Opens the host stand-in with the tab in its frame; resolves when the tab has drawn its page. */
export async function openTab(
  browser: Browser,
  t: TestApp,
  opts: HostOptions = {},
): Promise<{ page: Page; tab: FrameLocator; foreign: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  // The tab must never need another host (no CDN): the tests expect this list to stay empty.
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(t.app.url)) foreign.push(r.url());
  });
  // A request the tab's CSP blocks never shows as a request: it shows as a violation.
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) foreign.push(`CSP: ${m.text()}`);
  });
  const q = new URLSearchParams(Object.entries(opts).filter(([, v]) => v !== undefined) as [string, string][]);
  await page.goto(`${t.app.url}/playground/tab?${q}`);
  const tab = page.frameLocator('#tab-frame');
  await tab.locator('body[data-state]').waitFor({ timeout: 20_000 });
  return { page, tab, foreign };
}

export function artifacts(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}
