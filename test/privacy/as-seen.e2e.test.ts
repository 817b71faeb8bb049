// Attack round 5, A2 and A3: identity numbers the reader sees whole, but that the guard read as
// something else. A2: Teams sends HTML, and a tag inside a number (bold on two digits) or an HTML
// entity for one digit hides it from a reading that turns tags into spaces. A3: numbers whose check
// digits hold, written with a year-first or short birth date, with separators not on the old list,
// or grouped inside their own fields. All go through the real server: chat, the tab's settings and
// the database afterwards.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker, type Speaker } from '../support/chat.ts';
import { validNationalId } from '../support/national-id.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const REFUSED = 'ser ut til å inneholde et fødselsnummer';

const fnr = validNationalId('010190', '100'); // 01019010046, check digits hold
const dnr = validNationalId('410190', '101'); // D-nummer for 1 January 1990
const [dd, mm, yy, tail] = [fnr.slice(0, 2), fnr.slice(2, 4), fnr.slice(4, 6), fnr.slice(6)];
const mistyped = '01017012345'; // a birth date with check digits that do not hold

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

/** Every file SQLite keeps for the test database, as text. */
function dbText(): string {
  return readdirSync(app.t.dir)
    .filter((f) => f.startsWith('test.db'))
    .map((f) => readFileSync(join(app.t.dir, f)).toString('latin1'))
    .join('');
}

/** The eleven digits appear in the database in one piece or with anything but digits between them. */
function stored(id: string): boolean {
  const db = dbText();
  return new RegExp(id.split('').join('[^0-9]{0,40}')).test(db);
}

describe('A2: the number as the reader sees it through HTML', () => {
  const hidden = [
    `${dd}${mm}<b>${yy}</b>${tail}`,
    `${dd}${mm}<strong>${yy}</strong> ${tail}`.replace(' ', ''),
    `${fnr.slice(0, 5)}<span></span>${fnr.slice(5)}`,
    `${fnr.slice(0, 4)}&#57;${fnr.slice(5)}`,
    `${fnr.slice(0, 4)}&#x39;${fnr.slice(5)}`,
    `${dd}<i>${mm}</i>${yy}<em>${tail}</em>`,
    `${mistyped.slice(0, 4)}<b>${mistyped.slice(4, 6)}</b>${mistyped.slice(6)}`,
  ];

  it('refuses a number a tag or an entity splits, typed in the chat, and keeps none of it', async () => {
    for (const h of hidden) {
      const out = await s.say(ola, `agenda + Sak ${h}`);
      expect(out, h).toContain(REFUSED);
    }
    expect(stored(fnr)).toBe(false);
    expect(stored(mistyped)).toBe(false);
  });

  it('refuses the same in the tab’s agenda, title and all, and keeps none of it', async () => {
    for (const h of hidden) {
      const res = await app.api(tabApi.settingsSection(net.teamId, 'agenda'), {
        token,
        method: 'PUT',
        body: { items: [{ title: `Sak ${h}`, minutes: 10 }] },
      });
      expect(res.status, h).toBe(400);
      expect(JSON.stringify(res.body)).toContain('fødselsnummer');
    }
    expect(stored(fnr)).toBe(false);
  });

  it('still takes ordinary formatted text in both places', async () => {
    const out = await s.say(ola, 'agenda + Sak om <b>budsjett</b> for 2027 &amp; kr 50&nbsp;000');
    expect(out).not.toContain(REFUSED);
    const res = await app.api(tabApi.settingsSection(net.teamId, 'agenda'), {
      token,
      method: 'PUT',
      body: { items: [{ title: 'Sak om <b>budsjett</b> 15.01.2027', minutes: 10 }] },
    });
    expect(res.status).toBe(200);
  });
});

describe('A3: valid numbers in groupings and date forms the guard did not read', () => {
  const spelled = [
    `19${yy}-${mm}-${dd} ${tail}`,
    `19${yy}${mm}${dd}-${tail}`,
    `19${yy}${mm}${dd} ${tail}`,
    `19${yy}.${mm}.${dd} ${tail}`,
    `1.1.${yy} ${tail}`,
    `1/1/${yy} ${tail}`,
    `4.1.${yy} ${dnr.slice(6)}`,
    ...['+', ';', '\\', '=', '|', "'", '#', '>', ')', '\uff0c', '\u3001', '\u2800'].map(
      (sep) => `${dd}${mm}${yy}${sep}${tail}`,
    ),
    fnr.split('').join(', '),
    `${fnr.slice(0, 4)} ${fnr.slice(4, 8)} ${fnr.slice(8)}`,
    `${fnr.slice(0, 5)} ${fnr.slice(5)}`,
    `${dd}.${mm}.19${yy} id-nummer ${tail}`,
    `${dd}.${mm}.19${yy} id-nr. ${tail}`,
  ];

  it('refuses each in the chat and in the tab, and keeps none of them', async () => {
    for (const v of spelled) {
      const out = await s.say(ola, `agenda + Sak ${v}`);
      expect(out, v).toContain(REFUSED);
      const res = await app.api(tabApi.settingsSection(net.teamId, 'agenda'), {
        token,
        method: 'PUT',
        body: { items: [{ title: `Sak ${v}`, minutes: 10 }] },
      });
      expect(res.status, v).toBe(400);
    }
    expect(stored(fnr)).toBe(false);
    expect(stored(dnr)).toBe(false);
  });

  it('keeps amounts, dates, phone and account numbers whose digits are no valid number', async () => {
    for (const v of [
      '15.01.2027 50000',
      '2027-01-15 50000',
      '1.1.2027 kl 10:00',
      'tlf 22 33 44 55 eller +47 912 34 567',
      'konto 0101 70 12345',
      'kr 1 234 567,50',
      'møte 2027-01-15, 10:00-12:00',
    ]) {
      const out = await s.say(ola, `agenda + Sak ${v}`);
      expect(out, v).not.toContain(REFUSED);
    }
  });
});
