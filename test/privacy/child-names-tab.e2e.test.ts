import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

// N2 in the tab: the settings and the questions pass the same guard as chat. A field naming a child
// is refused with the tab's words (the text is still in the field), never naming the child back; a
// question about children in general is answered.

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

describe('the tab', () => {
  it('refuses a settings text naming a child and stores nothing; the same text without the name is kept', async () => {
    const put = (body: unknown) =>
      app.api(tabApi.settingsSection(net.teamId, 'agenda'), { token, method: 'PUT', body });
    const refused = await put({ items: [{ title: 'Saken om jenta Sofie (11 år)', minutes: 10 }] });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain('Feltet ser ut til å handle om et enkelt barn (navn og alder)');
    expect(JSON.stringify(refused.body)).not.toContain('Sofie');
    const settings = await app.api(tabApi.settings(net.teamId), { token });
    expect(JSON.stringify(settings.body)).not.toContain('Sofie');
    const ok = await put({ items: [{ title: 'Overganger for barn i fosterhjem', minutes: 10 }] });
    expect(ok.status).toBe(200);
    expect(JSON.stringify((await app.api(tabApi.settings(net.teamId), { token })).body)).toContain(
      'Overganger for barn i fosterhjem',
    );
  });

  it('answers a question about children in general; refuses one naming a child without repeating the name', async () => {
    const general = await app.api(tabApi.ask(net.teamId), {
      token,
      body: { question: 'Kan tilskuddet brukes til tiltak for barn i fosterhjem?' },
    });
    expect(general.status).toBe(200);
    const named = await app.api(tabApi.ask(net.teamId), {
      token,
      body: { question: 'Kan tilskuddet brukes til tiltak for gutten Emil (9 år)?' },
    });
    expect(named.status).toBe(400);
    expect(named.body.error).toContain('enkelt barn');
    expect(JSON.stringify(named.body)).not.toContain('Emil');
  });
});
