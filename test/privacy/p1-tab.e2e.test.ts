import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

// Session 11, P1 items 1 and 3 in the tab: a settings text naming a child in small letters after its
// age, or holding a fødselsnummer with URL-encoded digits, is refused as in chat and nothing is kept.

const kari = person('Kari Nordmann', 1);
let app: TabApp;
let net: NetworkFixture;
let token = '';

beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2026-11-23T08:00:00Z') });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari]);
  token = await app.token(kari);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const put = (title: string) =>
  app.api(tabApi.settingsSection(net.teamId, 'agenda'), {
    token,
    method: 'PUT',
    body: { items: [{ title, minutes: 10 }] },
  });

describe('the tab’s settings (P1)', () => {
  it('refuses a child named in small letters after its age and a URL-encoded number; ordinary text is kept', async () => {
    for (const [title, secret] of [
      ['Saken om jenta på 7 år, sara har flyttet', 'sara'],
      ['Gutten (9) jonas bor hos besteforeldre', 'jonas'],
      ['Se %31%35%30%33%38%37%31%32%34%38%36', '%31%35%30'],
    ] as const) {
      const refused = await put(title);
      expect(refused.status, title).toBe(400);
      expect(JSON.stringify(refused.body), title).not.toContain(secret);
    }
    const settings = JSON.stringify((await app.api(tabApi.settings(net.teamId), { token })).body);
    for (const s of ['sara', 'jonas', '%31%35']) expect(settings).not.toContain(s);
    const ok = await put('Prosjektet på 3 år, med oppstart i mars');
    expect(ok.status).toBe(200);
    expect(JSON.stringify((await app.api(tabApi.settings(net.teamId), { token })).body)).toContain(
      'Prosjektet på 3 år, med oppstart i mars',
    );
  });
});
