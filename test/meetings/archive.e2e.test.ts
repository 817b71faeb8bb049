import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery } from '../../src/meetings/archive.ts';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf as texts } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

describe('decision search is tolerant (pure)', () => {
  it('ignores case and Norwegian letters written the old way, and matches parts of words', () => {
    expect(foldForSearch('Forsøksordningen')).toBe(foldForSearch('FORSOEKSORDNINGEN'));
    expect(foldForSearch('Årsmøte i Bærum')).toBe(foldForSearch('aarsmote i baerum'));
    expect(matchesQuery('Forsøksordningen med felles fosterhjemsrekruttering videreføres', 'forsoksordning')).toBe(
      true,
    );
    expect(matchesQuery('Forsøksordningen med felles fosterhjemsrekruttering videreføres', 'rekruttering felles')).toBe(
      true,
    );
    expect(matchesQuery('Forsøksordningen med felles fosterhjemsrekruttering videreføres', 'budsjett')).toBe(false);
    expect(matchesQuery('Neste samling i Ås', 'as')).toBe(true);
  });
});

describe('the minutes archive, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let thread = 'x';
  const say = async (who: typeof kari, text: string, inThread = true) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, who, text, inThread ? { thread } : {}));
    expect(res.status).toBe(200);
    return texts(t.connector.emulator.calls.slice(before));
  };
  const meeting = async (at: string, decision: string) => {
    t.clock.set(at);
    thread = `th-${at}`;
    // A second meeting the same day is confirmed by saying «start møte» once more (month round 6, N18).
    if (!(await say(kari, 'start møte')).includes('er startet')) await say(kari, 'start møte');
    await say(kari, 'punkt 4');
    await say(kari, `vedtak: ${decision}`);
    await say(kari, 'avslutt møte');
  };

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-10-30T07:00:00Z', kari));
    await meeting('2026-10-30T08:00:00Z', 'Forsøksordningen med felles fosterhjemsrekruttering videreføres');
    await meeting('2026-11-30T08:00:00Z', 'Nettverket søker om midler til veiledningsteam');
    await meeting('2026-11-30T12:00:00Z', 'Neste samling holdes i Eidsvoll');
    t.clock.set('2026-12-01T09:00:00Z');
  });
  afterAll(async () => t?.close());

  it('referater lists every minutes, newest first, with date, decisions and a download link', async () => {
    const out = await say(ola, 'referater', false);
    const eidsvoll = out.indexOf('Neste samling holdes i Eidsvoll');
    const midler = out.indexOf('Nettverket søker om midler');
    const forsok = out.indexOf('Forsøksordningen med felles');
    expect(eidsvoll).toBeGreaterThan(-1);
    expect(midler).toBeGreaterThan(eidsvoll);
    expect(forsok).toBeGreaterThan(midler);
    expect(out).toContain('30.11.2026');
    expect(out).toContain('30.10.2026');
    const links = [...out.matchAll(/\/files\/minutes\/(M\d+)\.docx/g)].map((m) => m[1]);
    expect(new Set(links).size).toBe(3);
    const url = /"url":"(http[^"]+\/files\/minutes\/M\d+\.docx[^"]*)"/.exec(out)![1]!.replace(/\\u0026/g, '&');
    expect((await fetch(url)).status).toBe(200);
  });

  it('referat <dato> offers a choice when there were two meetings that day, and each can be opened', async () => {
    const out = await say(ola, 'referat 30.11', false);
    expect(out.match(/minutes\.show/g)?.length).toBe(2);
    expect(out).toContain('kl. 09:00');
    expect(out).toContain('kl. 13:00');
    const [later, earlier] = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 2);
    expect(later!.date).toBe('2026-11-30');
    const res = await t.post(cardAction(net, ola, 'minutes.show', { meetingId: earlier!.id, networkId: net.teamId }));
    const card = JSON.stringify(res.body.value);
    expect(card).toContain('Nettverket søker om midler');
    expect(card).not.toContain('Eidsvoll');
    // One meeting that day: the minutes themselves, as before.
    expect(await say(ola, 'referat 30.10', false)).toContain('Forsøksordningen med felles');
  });

  it('finn vedtak finds decisions across all minutes, tolerant of case, letters and partial words', async () => {
    const hit = await say(ola, 'finn vedtak FORSOKSORDNING', false);
    expect(hit).toContain('Forsøksordningen med felles fosterhjemsrekruttering videreføres');
    expect(hit).toContain('30.10.2026');
    expect(hit).not.toContain('Eidsvoll');
    expect(await say(ola, 'finn vedtak midler søker', false)).toContain('Nettverket søker om midler');
    expect(await say(ola, 'finn vedtak eidsvol', false)).toContain('30.11.2026');
    expect(await say(ola, 'finn vedtak budsjett', false)).toContain('Fant ingen vedtak');
    const empty = await say(ola, 'finn vedtak', false);
    expect(empty).toContain('finn vedtak fosterhjem');
  });

  it('referat <dato> shows the ended meeting of a day when another one that day is still running', async () => {
    await meeting('2026-12-01T09:00:00Z', 'Tidlig vedtak samme dag');
    thread = 'th-running';
    expect(await say(kari, 'start møte')).toContain('start møte» en gang til');
    await say(kari, 'start møte');
    expect(await say(ola, 'referat 1.12', false)).toContain('Tidlig vedtak samme dag');
    await say(kari, 'avslutt møte');
  });

  it('a click from another network is refused', async () => {
    const [m] = await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1);
    const res = await t.post(cardAction(net, ola, 'minutes.show', { meetingId: m!.id, networkId: 'annet' }));
    expect(JSON.stringify(res.body)).not.toContain('Eidsvoll');
  });
});
