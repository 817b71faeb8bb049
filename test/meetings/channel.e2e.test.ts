import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { personalMessage, person } from '../support/teams.ts';
import { entriesOf, groupChat } from './channel-support.ts';

// Friday 27 November 2026, 09:05 in Oslo: a meeting day.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

const setup = appPerTest(kari, '2026-11-27T08:05:00Z');

describe('a real channel, where the bot reads every message (RSC)', () => {
  it('ignores messages without an @mention outside a running meeting: no answer, nothing kept', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '700001');
    expect(await s.bodies(ola, 'vedtak: dette er bare prat', { mention: false })).toEqual([]);
    expect(await s.bodies(ola, 'Hvor mye kan vi bruke på overhead?', { mention: false })).toEqual([]);
    // A command word on its own is meant for the bot (round 5, N13): it says how to address it, and does nothing.
    const bare = await s.bodies(ola, 'hjelp', { mention: false });
    expect(bare.map((b) => b.text)).toEqual([expect.stringContaining('«@Nettverksboten hjelp»')]);
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).toEqual([]);
    const db = readFileSync(join(t.dir, 'test.db'));
    const wal = existsSync(join(t.dir, 'test.db-wal')) ? readFileSync(join(t.dir, 'test.db-wal')) : Buffer.alloc(0);
    expect(db.includes('bare prat') || wal.includes('bare prat')).toBe(false);
    // With the mention, commands work anywhere.
    expect(await s.say(ola, 'hjelp')).toContain('møteplan');
    // A personal chat never needs a mention.
    const before = t.connector.emulator.calls.length;
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'));
    expect(JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body))).toContain('mine oppgaver');
  });

  it('in the meeting thread every line counts without a mention; other threads stay outside the meeting', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '700002');
    expect(await s.say(kari, 'start møte')).toContain('er startet');
    expect(await s.say(ola, 'info: Bufetat kan holde opplæring i mars', { mention: false })).toContain('Notat');
    expect(await s.say(kari, 'vedtak: felles fagdag i mars', { mention: false })).toContain('Vedtak');
    // Plain talk without a mention gets the hint, and a question between people is not answered from the guidelines.
    expect(await s.say(ola, 'Vi diskuterte ny mal for referat', { mention: false })).toContain(
      'Skal dette stå i referatet?',
    );
    expect(await s.say(ola, 'Kan du dele skjermen?', { mention: false })).not.toContain('retningslinjene sier');
    expect(await s.bodies(ola, 'ok', { mention: false })).toEqual([]);
    // The hint comes once per person and meeting: the people's own chat is not answered line by line.
    expect(await s.bodies(ola, 'enig med det, bra forslag', { mention: false })).toEqual([]);
    expect(await s.say(kari, 'kaffe nå tror jeg', { mention: false })).toContain('Skal dette stå i referatet?');
    expect(await s.bodies(kari, 'ja kaffe nå er lurt', { mention: false })).toEqual([]);
    // Asked by name, the bot still answers.
    expect(await s.say(ola, 'vi diskuterte ny mal for referat')).toContain('Skal dette stå i referatet?');

    // Another thread of the same channel while the meeting runs: not the meeting, and the writer is told so
    // once with the line shown back (month round 6, N15).
    const hint = JSON.stringify(
      await s.bodies(ola, 'vedtak: skal ikke i referatet', { thread: '700099', mention: false }),
    );
    expect(hint).toContain('ble ikke lagret');
    expect(hint).toContain('skal ikke i referatet');
    const other = await s.say(ola, 'vedtak: heller ikke dette', { thread: '700099' });
    expect(other).toContain('tråden der møtet');
    const texts = (await entriesOf(t, net)).filter((e) => 'text' in e).map((e) => e.text);
    expect(texts).toEqual(['Bufetat kan holde opplæring i mars', 'felles fagdag i mars']);
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).toEqual([]);
  });

  it('without RSC the meeting works with mentions, and says once in the thread that lines need one', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '700003');
    await s.say(kari, 'start møte');
    const first = await s.say(kari, 'info: første linje');
    expect(first).toContain('Notat');
    expect(first).toContain('@Nettverksboten');
    const second = await s.say(kari, 'info: andre linje');
    expect(second).toContain('Notat');
    expect(second).not.toContain('@Nettverksboten');
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'note')).toHaveLength(2);
  });

  it('with RSC (a message without a mention has arrived) no such hint is given', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '700004');
    await s.bodies(ola, 'god morgen alle sammen', { thread: '700005', mention: false });
    await s.say(kari, 'start møte');
    expect(await s.say(kari, 'info: første linje')).not.toContain('@Nettverksboten');
  });

  it('"@Nettverksboten hjelp" typed by hand after the picked mention is the help command; without one it only says how to pick the name (N24)', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '700006');
    const twice = await s.say(ola, '@Nettverksboten hjelp');
    expect(twice).toContain('møteplan');
    expect(twice).not.toContain('kjenner jeg ikke');
    const typed = await s.say(ola, '@Nettverksboten hjelp', { mention: false });
    expect(typed).not.toContain('møteplan');
    expect(typed).toContain('Velg Nettverksboten i lista');
  });
});

describe('a group chat, where the app reads every message with ChatMessage.Read.Chat', () => {
  it('a meeting there hears every line without a mention; outside a meeting such lines are ignored', async () => {
    const app = (await setup(0)).t;
    const tenantId = '10000000-0000-4000-8000-000000000001';
    const chat = groupChat(app.connector.url, tenantId);
    const post = async (activity: object) => {
      const before = app.connector.emulator.calls.length;
      expect((await app.post(activity)).status).toBe(200);
      return JSON.stringify(app.connector.emulator.calls.slice(before).map((c) => c.body));
    };
    await post(chat.installed(kari));
    expect(await post(chat.message(ola, 'info: før møtet', false))).toBe('[]');
    expect(await post(chat.message(kari, 'start møte'))).toContain('er startet');
    expect(await post(chat.message(ola, 'info: Bufetat kan holde opplæring', false))).toContain('Notat');
    expect(await post(chat.message(kari, 'avslutt møte', false))).toContain('avsluttet');
    expect(await post(chat.message(ola, 'info: etter møtet', false))).toBe('[]');
    const m = (await app.app.services.store.meetings.ended(tenantId, chat.conversationId, 1))[0]!;
    const texts = ((await app.app.services.store.meetings.entries(tenantId, chat.conversationId, m.id)) as any[])
      .filter((e) => e.kind === 'note')
      .map((e) => e.text);
    expect(texts).toEqual(['Bufetat kan holde opplæring']);
  });
});
