import { describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { person } from '../support/teams.ts';
import { tabOfOneLeader } from '../support/tab-suite.ts';

// N2 in the tab: the settings and the questions pass the same guard as chat. A field naming a child
// is refused with the tab's words (the text is still in the field), never naming the child back; a
// question about children in general is answered.

const kari = person('Kari Nordmann', 1);
const tab = tabOfOneLeader(kari, '2026-11-23T08:00:00Z');

describe('the tab', () => {
  it('refuses a settings text naming a child and stores nothing; the same text without the name is kept', async () => {
    const put = (body: unknown) =>
      tab.app.api(tabApi.settingsSection(tab.net.teamId, 'agenda'), { token: tab.token, method: 'PUT', body });
    const refused = await put({ items: [{ title: 'Saken om jenta Sofie (11 år)', minutes: 10 }] });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain('Feltet ser ut til å handle om et enkelt barn (navn og alder)');
    expect(JSON.stringify(refused.body)).not.toContain('Sofie');
    const settings = await tab.app.api(tabApi.settings(tab.net.teamId), { token: tab.token });
    expect(JSON.stringify(settings.body)).not.toContain('Sofie');
    const ok = await put({ items: [{ title: 'Overganger for barn i fosterhjem', minutes: 10 }] });
    expect(ok.status).toBe(200);
    expect(JSON.stringify((await tab.app.api(tabApi.settings(tab.net.teamId), { token: tab.token })).body)).toContain(
      'Overganger for barn i fosterhjem',
    );
  });

  it('answers a question about children in general; refuses one naming a child without repeating the name', async () => {
    const general = await tab.app.api(tabApi.ask(tab.net.teamId), {
      token: tab.token,
      body: { question: 'Kan tilskuddet brukes til tiltak for barn i fosterhjem?' },
    });
    expect(general.status).toBe(200);
    const named = await tab.app.api(tabApi.ask(tab.net.teamId), {
      token: tab.token,
      body: { question: 'Kan tilskuddet brukes til tiltak for gutten Emil (9 år)?' },
    });
    expect(named.status).toBe(400);
    expect(named.body.error).toContain('enkelt barn');
    expect(JSON.stringify(named.body)).not.toContain('Emil');
  });
});
