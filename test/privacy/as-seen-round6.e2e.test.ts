// Attack round 6, A1–A3: identity numbers a reader sees whole that the guard read as something else.
// A1: Markdown escapes ("010190\-12345") and links ("[010190](x)12345") render as the plain number.
// A2: characters that read as digits or blanks (⓿❶, ⑴, ⒈, the Braille blank U+2800) and the
// separators \ | + that sit where - / _ : are already read. A3: a word naming the number before an
// undotted or dotted birth date with a four-digit year ("fnr 01011990 12345", "f.nr 01.01.1990
// 12345"), and a four-digit year with the 3+2 split of a number whose check digits hold. All go
// through the real server: the chat, the tab's settings, names from Teams, and the database after.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker, type Speaker } from '../support/chat.ts';
import { validNationalId } from '../support/national-id.ts';
import { channelMessage, person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const REFUSED = 'ser ut til å inneholde et fødselsnummer';
const MARK = '[fødselsnummer fjernet]';

const plain = '01019012345'; // a birth date; the check digits do not hold
const valid = validNationalId('010190', '100'); // 01019010046
const [dd, mm, yy, nnn, kk] = [
  valid.slice(0, 2),
  valid.slice(2, 4),
  valid.slice(4, 6),
  valid.slice(6, 9),
  valid.slice(9),
];

/** ⓿ and the dingbat negative-circled ❶…❾ (no compatibility decomposition). */
const negCircled = (id: string) =>
  [...id].map((c) => (c === '0' ? '\u24ff' : String.fromCharCode(0x2775 + Number(c)))).join('');
/** ⑴…⑼ (parenthesised) for 1–9, 0 kept. */
const paren = (id: string) => [...id].map((c) => (c === '0' ? '0' : String.fromCharCode(0x2473 + Number(c)))).join('');
/** ⒈…⒐ (full stop) for 1–9, 0 kept. */
const stop = (id: string) => [...id].map((c) => (c === '0' ? '0' : String.fromCharCode(0x2487 + Number(c)))).join('');
/** Dingbat circled sans-serif ➀… and negative sans-serif ➊… digits. */
const sans = (id: string, base: number) =>
  [...id].map((c) => (c === '0' ? '0' : String.fromCharCode(base + Number(c) - 1))).join('');

const hidden: string[] = [
  // A1: Markdown escapes and links
  `${plain.slice(0, 6)}\\-${plain.slice(6)}`,
  `${plain.slice(0, 6)} \\- ${plain.slice(6)}`,
  `[${plain.slice(0, 6)}](x)${plain.slice(6)}`,
  `[${plain.slice(0, 4)}](x)${plain.slice(4)}`,
  `[${plain.slice(0, 6)}](https://example.org/a) ${plain.slice(6)}`,
  `${plain.slice(0, 2)}\\.${plain.slice(2, 4)}\\.${plain.slice(4, 6)} ${plain.slice(6)}`,
  // A2: blanks and digit-like characters
  [...plain].join('\u2800'),
  `${plain.slice(0, 6)}\u2800${plain.slice(6)}`,
  negCircled(plain),
  paren(plain),
  stop(plain),
  sans(plain, 0x2780),
  sans(plain, 0x278a),
  ...['\\', '|', '+'].map((sep) => `${plain.slice(0, 6)}${sep}${plain.slice(6)}`),
  `${plain.slice(0, 6)} | ${plain.slice(6)}`,
  // A3: a naming word before a four-digit-year date; the 3+2 split after a four-digit year
  `fnr 01011990 ${plain.slice(6)}`,
  `personnr 01011990 ${plain.slice(6)}`,
  `fnr. 01011990 ${plain.slice(6)}`,
  `f.nr 01.01.1990 ${plain.slice(6)}`,
  `f. nr 01.01.1990 ${plain.slice(6)}`,
  `p.nr: 01011990-${plain.slice(6)}`,
  `fnr 1990-01-01 ${plain.slice(6)}`,
  `${dd}.${mm}.19${yy} ${nnn} ${kk}`,
  `${dd}${mm}19${yy} ${nnn} ${kk}`,
  `${dd}.${mm}.19${yy} ${nnn}-${kk}`,
];

let app: TabApp;
let net: NetworkFixture;
let s: Speaker;
let token: string;

beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2026-11-23T08:00:00Z') });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola]);
  s = speaker(app.t, net, '900001');
  token = await app.token(kari);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

function dbText(): string {
  return readdirSync(app.t.dir)
    .filter((f) => f.startsWith('test.db'))
    .map((f) => readFileSync(join(app.t.dir, f)).toString('latin1'))
    .join('');
}

describe('round 6 A1–A3: the number as the reader sees it', () => {
  it('refuses each spelling in the chat and in the tab’s agenda', async () => {
    const passed: string[] = [];
    for (const h of hidden) {
      const out = await s.say(ola, `agenda + Sak ${h}`);
      if (!out.includes(REFUSED)) passed.push(`chat: ${h}`);
      const res = await app.api(tabApi.settingsSection(net.teamId, 'agenda'), {
        token,
        method: 'PUT',
        body: { items: [{ title: `Sak ${h}`, minutes: 10 }] },
      });
      if (res.status !== 400) passed.push(`tab: ${h}`);
    }
    expect(passed).toEqual([]);
    const overview = await app.api(tabApi.overview(net.teamId), { token });
    expect(overview.status).toBe(200);
    const text = JSON.stringify(overview.body);
    for (const h of hidden) expect(text, h).not.toContain(JSON.stringify(h).slice(1, -1));
    const db = dbText();
    for (const h of hidden) expect(db.includes(h), h).toBe(false);
  });

  it('masks the same spellings in names Teams hands the bot, on the card it posts', async () => {
    for (const h of [`${plain.slice(0, 6)}\\-${plain.slice(6)}`, negCircled(plain), [...plain].join('\u2800')]) {
      const eva = person('Eva', 7);
      app.members(net, [kari, ola, eva]);
      const from = app.t.connector.emulator.calls.length;
      const msg = channelMessage(net, kari, 'oppgave @Eva lage notat innen 20.12', { mentions: [eva] });
      // Teams writes the mention's tag with the short name, and the full display name in the entity.
      (msg.entities as any[])[1].mentioned.name = `Eva ${h}`;
      const res = await app.t.post(msg);
      expect(res.status).toBe(200);
      const sent = JSON.stringify(app.t.connector.emulator.calls.slice(from).map((c) => c.body));
      expect(sent, h).not.toContain(JSON.stringify(h).slice(1, -1));
      expect(sent, h).toContain(MARK);
    }
  });

  it('still takes account numbers, dates with amounts, phone numbers and Markdown around ordinary text', async () => {
    for (const v of [
      'konto 0101 70 12345',
      'konto 1503.42.12345',
      '15.01.2027 50000',
      '15.01.2027 500 00',
      '1.1.2027 kl 10:00',
      'tlf 22 33 44 55 eller +47 912 34 567',
      'kr 1 234 567,50',
      'se [referat 12.01.2027](https://example.org/r) \\- punkt 3',
      'sak 2027\\-0412 | prioritet 2',
      'fnr mangler, møte 15.01.2027 kl 10',
    ]) {
      const out = await s.say(ola, `agenda + Sak ${v}`);
      expect(out, v).not.toContain(REFUSED);
    }
  });
});
