// Attack round 9, A1, through the real server: a child's name with an age or a class got through in
// full-width capitals, with an en or em dash before the age, as «(9)» after a full name, with a class
// written «4A»/«3B», and as «jenta (8) i 3B ved Nes skole» without a name. Each is refused in the
// channel and the tab and never stored; a team name or a display name Teams hands the bot in those
// forms is masked before it is kept. The earlier ordinary lines still pass.
import { describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { say } from '../support/chat.ts';
import { channelMessage, person, teamRenamed } from '../support/teams.ts';
import { tabOfOneLeader } from '../support/tab-suite.ts';

const kari = person('Kari Nordmann', 1);
const tab = tabOfOneLeader(kari, '2026-11-23T08:00:00Z');
const REFUSED = /enkelt barn/;
const NAME_MARK = '[navn fjernet]';

const CHILD = [
  'ＳＡＲＡ ＢＥＲＧ (９ år)',
  'Sara Berg – 9 år',
  'Sara Berg — 9 år',
  'Sara Berg (9) i 4A',
  'Sara Berg (9)',
  'Sara Berg i 4A',
  'Sara (9 år) i 4A',
  'Jenta (8) i 3B ved Nes skole',
  'gutten på 9 år i 4B på Nes skole',
  'Sara Berg i 4. trinn',
  'vi drøftet Sara Berg i 4. klasse',
  '𝐒𝐚𝐫𝐚 𝐁𝐞𝐫𝐠 (9 𝐚𝐚𝐫)',
  'Ｓａｒａ Ｂｅｒｇ ｉ ４Ａ',
];
const ORDINARY = [
  'Prosjekt Trygg Oppvekst (3 år)',
  'Status Oslo (15)',
  'PROSJEKT TRYGG OPPVEKST (3 ÅR)',
  'STATUS OSLO (15)',
  'Kari Nordmann – 12 år i barnevernet',
  'Møte i rom 4A med Hurdal',
  'samtale med Emil (12)',
  'Barn (6–12 år) i skolen trenger ro',
];

describe('A1 in the channel', () => {
  it('refuses every form, stores none of them, and keeps the ordinary lines', async () => {
    const { app, net } = tab;
    for (const s of CHILD) {
      const said = await say(app.t, net, kari, `agenda + ${s}`);
      expect(said, s).toMatch(REFUSED);
    }
    for (const s of ORDINARY) expect(await say(app.t, net, kari, `agenda + ${s}`), s).not.toMatch(REFUSED);
    const agenda = await say(app.t, net, kari, 'agenda');
    for (const s of ['SARA', 'ＳＡＲＡ', 'Sara', 'Jenta', 'gutten', '𝐒𝐚𝐫𝐚', 'Ｓａｒａ'])
      expect(agenda, s).not.toContain(s);
    for (const s of ['Prosjekt Trygg Oppvekst (3 år)', 'Status Oslo (15)', 'samtale med Emil (12)'])
      expect(agenda).toContain(s);
  });

  it('refuses a meeting line in those forms (what would reach the minutes)', async () => {
    const { app, net } = tab;
    const said = await say(app.t, net, kari, 'info: Jenta (8) i 3B ved Nes skole har flyttet');
    expect(said).toMatch(REFUSED);
  });
});

describe('A1 in the tab', () => {
  it('refuses the place and an agenda item in those forms with 400 and keeps neither', async () => {
    const { app, net, token } = tab;
    const place = await app.api(tabApi.settingsSection(net.teamId, 'place'), {
      token,
      method: 'PUT',
      body: { place: 'ＳＡＲＡ ＢＥＲＧ (９ år)' },
    });
    expect(place.status).toBe(400);
    const agenda = await app.api(tabApi.settingsSection(net.teamId, 'agenda'), {
      token,
      method: 'PUT',
      body: { items: [{ title: 'Sara Berg – 9 år', minutes: 10 }] },
    });
    expect(agenda.status).toBe(400);
    const settings = JSON.stringify((await app.api(tabApi.settings(net.teamId), { token })).body);
    expect(settings).not.toContain('ＳＡＲＡ');
    expect(settings).not.toContain('Sara');
  });
});

describe('A1 in names Teams hands the bot', () => {
  it('a renamed team and a display name in those forms are masked before they are kept', async () => {
    const { app, net } = tab;
    const renamed = await app.t.post(teamRenamed(net, kari, 'Sara Berg – 9 år'));
    expect(renamed.status).toBeLessThan(300);
    const network = await app.t.app.services.store.networks.get(net.tenantId, net.teamId);
    expect(network?.name).not.toContain('Sara');
    expect(network?.name).toContain(NAME_MARK);

    const shouty = person('ＳＡＲＡ ＢＥＲＧ (９ år)', 9);
    app.members(net, [kari, shouty]);
    const res = await app.t.post(
      channelMessage(net, kari, `oppgave @${shouty.name} lage notat innen 20.12`, { mentions: [shouty] }),
    );
    expect(res.status).toBe(200);
    const tasks = await app.t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
    expect(tasks.length).toBeGreaterThan(0);
    expect(JSON.stringify(tasks)).not.toContain('ＳＡＲＡ');
    expect(JSON.stringify(tasks)).toContain(NAME_MARK);
  });
});
