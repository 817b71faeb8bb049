// Month round 6, N17: changing the meeting series (or place, or fixed agenda) in the tab's
// Innstillinger told the channel nothing, while the same change typed in the channel answers there
// for all to see. Now the channel gets a short note, in a thread of its own, with the same words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from './api-support.ts';

const kari = person('Kari Nordmann', 1); // installed the bot: leader
const ola = person('Ola Hansen', 2); // member

let app: TabApp;
let net: NetworkFixture;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2027-03-19T08:00:00Z') });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola]);
  tokens.kari = await app.token(kari);
  tokens.ola = await app.token(ola);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

/** What the bot posted in the network's channel since `before`, as text. */
const channelPosts = (before: number) =>
  app.t.connector.emulator.calls
    .slice(before)
    .filter((c) => c.body && (c.conversationId ?? '').startsWith(net.channelId))
    .map((c) => JSON.stringify(c.body));

describe('a change in the tab is told in the channel (N17)', () => {
  const put = (section: Parameters<typeof tabApi.settingsSection>[1], body: unknown, who = 'kari') =>
    app.api(tabApi.settingsSection(net.teamId, section), { token: tokens[who], method: 'PUT', body });

  it('a new meeting series, place or fixed agenda posts a short note in the channel naming who changed it', async () => {
    let before = app.t.connector.emulator.calls.length;
    const series = await put('series', { text: 'første torsdag i måneden 10:00-14:00' });
    expect(series.status).toBe(200);
    let posts = channelPosts(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toContain('Kari Nordmann');
    expect(posts[0]).toContain('Møteplanen er endret');
    expect(posts[0]).toContain('første torsdag i måneden');

    before = app.t.connector.emulator.calls.length;
    expect((await put('place', { place: 'Rådhuset, møterom 2' })).status).toBe(200);
    posts = channelPosts(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toContain('Rådhuset, møterom 2');

    before = app.t.connector.emulator.calls.length;
    const agenda = await put('agenda', {
      items: [
        { title: 'Velkommen', minutes: 10 },
        { title: 'Eventuelt', minutes: 20 },
      ],
    });
    expect(agenda.status).toBe(200);
    posts = channelPosts(before);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toContain('Kari Nordmann');
    expect(posts[0]).toContain('Eventuelt');
  });

  it('removing another leader in the tab takes effect at once and tells her, by @mention and in her personal chat (N5)', async () => {
    expect((await put('leaders', { action: 'add', personId: ola.id })).status).toBe(200);
    // Ola has the app in her personal chat, as Teams has it once the app is installed for her.
    app.t.connector.emulator.installPersonal(ola.id);
    const before = app.t.connector.emulator.calls.length;
    const removed = await put('leaders', { action: 'remove', personId: ola.id });
    expect(removed.status).toBe(200);
    expect(removed.body.leaders.map((l: { name: string }) => l.name)).toEqual(['Kari Nordmann']);
    const sent = app.t.connector.emulator.calls.slice(before).filter((c) => c.body);
    const mention = '"mentioned":{"id":"' + ola.id;
    expect(
      sent.some((c) => (c.conversationId ?? '').startsWith(net.channelId) && JSON.stringify(c.body).includes(mention)),
    ).toBe(true);
    const toOla = sent.filter((c) => c.path.includes('/activities') && c.body.conversation?.isGroup === false);
    expect(toOla).toHaveLength(1);
    expect(JSON.stringify(toOla[0]!.body)).toContain('Kari Nordmann har fjernet deg som leder');
    // The last leader stays, whoever asks.
    expect((await put('leaders', { action: 'remove', personId: kari.id })).status).toBe(400);
  });

  it("a refused change and a member's attempt post nothing", async () => {
    const before = app.t.connector.emulator.calls.length;
    expect((await put('series', { text: 'en gang iblant' })).status).toBe(400);
    expect((await put('series', { text: 'første fredag i måneden 10:00-12:00' }, 'ola')).status).toBe(403);
    expect(channelPosts(before)).toEqual([]);
  });
});
