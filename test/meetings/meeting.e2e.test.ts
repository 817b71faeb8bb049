import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt, textOf as texts } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

/** A synthetic fødselsnummer with valid check digits (01.01.1999, individual number 123). */
function syntheticFnr(): string {
  const d = [0, 1, 0, 1, 9, 9, 1, 2, 3];
  const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, i) => a + w * d[i]!, 0) % 11);
  const c1 = k1 === 11 ? 0 : k1;
  const d2 = [...d, c1];
  const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * d2[i]!, 0) % 11);
  const c2 = k2 === 11 ? 0 : k2;
  if (c1 === 10 || c2 === 10) throw new Error('pick other digits');
  return [...d2, c2].join('');
}

describe('the monthly meeting, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const thread = '900001';
  const say = async (who: typeof kari, text: string, mentions: (typeof kari)[] = []) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(channelMessage(net, who, text, { thread, mentions }));
    expect(res.status).toBe(200);
    return t.connector.emulator.calls.slice(before);
  };

  beforeAll(async () => {
    // Friday 27 November 2026, 09:05 in Oslo: the last Friday of the month.
    ({ t, net } = await startAt('2026-11-27T08:05:00Z', kari));
  });
  afterAll(async () => t?.close());

  it('shows the next three dates; 1. juledag is not moved to julaften unasked (the leaders are asked)', async () => {
    const out = texts(await say(ola, 'møteplan'));
    expect(out).toContain('siste fredag i måneden');
    expect(out).toContain('fredag 27. november 2026');
    expect(out).toContain('fredag 25. desember 2026');
    expect(out).not.toContain('torsdag 24. desember 2026');
  });

  it('refuses a member who tries to change the schedule or start the meeting, naming the leader', async () => {
    expect(texts(await say(ola, 'møteplan første tirsdag kl 12-14'))).toContain('Kari Nordmann');
    expect(texts(await say(ola, 'start møte'))).toContain('Bare nettverkets ledere');
  });

  it('an entry made outside a meeting is shown back with a hint, and not kept (agenda + proposes on purpose)', async () => {
    const out = texts(await say(ola, 'vedtak: dette kom før møtet'));
    expect(out).toContain('Det er ikke noe møte i gang');
    expect(out).toContain('vedtak: dette kom før møtet');
    expect(out).toContain('agenda +');
    expect(out).not.toContain('proposal.accept');
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).toEqual([]);
  });

  it('runs a meeting: attendance, a task with owner and date, a decision, a note, angre', async () => {
    expect(texts(await say(kari, 'start møte'))).toContain('Møtet 27.11.2026 er startet');
    expect(texts(await say(kari, 'start møte'))).toContain('allerede i gang');
    expect(texts(await say(kari, 'til stede Nes, Eidsvoll, Hurdal'))).toContain('Til stede');
    await say(kari, 'forfall Gjerdrum');
    expect(texts(await say(kari, 'punkt 4'))).toContain('Status i utviklingsprosjektene');
    const task = await say(kari, 'oppgave @Ola Hansen sende utkast til søknad innen 15.01.2027', [ola]);
    expect(texts(task)).toContain('Oppgave T1');
    expect(texts(task)).toContain('Ola Hansen');
    await say(kari, 'vedtak: Nettverket søker om midler til felles veiledningsteam');
    await say(ola, 'info: Bufetat kan holde opplæring i mars');
    await say(ola, 'info: en feilføring');
    // Named by kind and item, never by its words (round 8 N1).
    expect(texts(await say(ola, 'angre'))).toContain('Angret: notatet under punkt 4');
    const bad = texts(await say(kari, 'oppgave @Ola Hansen ringe Bufetat innen blåmandag', [ola]));
    expect(bad).toContain('blåmandag');
    expect(bad).toContain('Send på nytt'); // kept only as a draft, never as a note
  });

  it('refuses an entry with a fødselsnummer and stores no trace of it', async () => {
    const fnr = syntheticFnr();
    const out = texts(await say(ola, `info: gjelder barnet ${fnr.slice(0, 6)} ${fnr.slice(6)}`));
    expect(out).toContain('fødselsnummer');
    expect(out).not.toContain(fnr.slice(6));
    const db = readFileSync(join(t.dir, 'test.db'));
    const wal = (() => {
      try {
        return readFileSync(join(t.dir, 'test.db-wal'));
      } catch {
        return Buffer.alloc(0);
      }
    })();
    for (const form of [fnr, `${fnr.slice(0, 6)} ${fnr.slice(6)}`]) {
      expect(db.includes(form)).toBe(false);
      expect(wal.includes(form)).toBe(false);
    }
  });

  it('ends the meeting and posts minutes with every entry, the owner and the date', async () => {
    const out = texts(await say(kari, 'avslutt møte'));
    expect(out).toContain('Referat fra møtet fredag 27. november 2026');
    for (const s of [
      'Nes',
      'Eidsvoll',
      'Gjerdrum',
      'Ola Hansen',
      '15.01.2027',
      'felles veiledningsteam',
      'Bufetat kan holde opplæring',
      'sende utkast til søknad',
    ]) {
      expect(out).toContain(s);
    }
    expect(out).not.toContain('en feilføring');
    expect(out).not.toMatch(/\d{6} \d{5}/);
  });

  it('gives the minutes again after a restart, and the .docx link opens with the task table', async () => {
    await t.restart();
    const out = await say(ola, 'referat');
    const text = texts(out);
    expect(text).toContain('Ola Hansen');
    const docxUrl = /"url":"([^"]+\.docx[^"]+)"/.exec(text)![1]!.replace(/\\u0026/g, '&');
    const res = await fetch(docxUrl);
    expect(res.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    expect(value).toContain('Oppgaver etter ansvarlig');
    expect(value).toContain('Ola Hansen');
    expect(value).toContain('15.01.2027');
    const tampered = docxUrl.replace(/n=[^&]+/, 'n=other');
    expect((await fetch(tampered)).status).toBe(403);
    expect(texts(await say(ola, 'referat 27.11'))).toContain('Referat fra møtet');
    expect(texts(await say(ola, 'referat 1.1.2020'))).toContain('finner ikke');
  });

  it('approves the minutes as item 2 of the next meeting when someone says so', async () => {
    t.clock.set('2026-12-24T08:05:00Z');
    await say(kari, 'start møte');
    await say(kari, 'neste');
    await say(kari, 'godkjent');
    await say(kari, 'neste');
    const previous = await t.app.services.store.meetings.get(net.tenantId, net.teamId, 'M1');
    expect(previous?.approvedIn).toBe('M2');
    await say(kari, 'avslutt møte');
    expect(texts(await say(ola, 'referat'))).toContain('ble godkjent');
  });
});
