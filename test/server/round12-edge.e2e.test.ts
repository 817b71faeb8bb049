// Attack round 12 on what users type and the bot keeps, through the real server (as round11-edge.e2e.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { appPerTest, say, speaker } from '../support/chat.ts';
import { feedLinkOf } from '../support/feed-link.ts';
import { validNationalId } from '../support/national-id.ts';
import { carries } from '../support/national-id-spellings.ts';
import { cardAction, person } from '../support/teams.ts';
import { startApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { feedUrl } from '../../src/deadlines/feed.ts';
import { createLogger } from '../../src/log.ts';
import { ManualClock } from '../../src/time/clock.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader

const app = appPerTest(kari, MONDAY);

describe('A1: a date more than ten years ahead is refused wherever a date is typed', () => {
  it('a yearly deadline in 9999, an extra meeting in 9999 and a form date in 2999 are refused, and nothing is kept', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    const yearly = await say(t, net, kari, 'frist 31.12.9999 søknad hvert år');
    expect(yearly).not.toContain('noe gikk galt');
    expect(yearly).toContain(
      '«31.12.9999» er 31.12.9999, mer enn ti år fram i tid. Sjekk året, for eksempel «23.11.2027».',
    );
    expect(await store.deadlines.listOpen(net.tenantId, net.teamId)).toHaveLength(0);

    const meeting = await say(t, net, kari, 'ekstra møte 01.01.9999');
    expect(meeting).toContain('mer enn ti år fram i tid');
    expect(await say(t, net, kari, 'møter')).not.toContain('9999');

    // Ten years ahead to the day is still a date; the form's date picker sends ISO and is held to the same rule.
    expect(await say(t, net, kari, 'frist 23.11.2036 søknad')).toContain('er lagt inn');
    const saved = await t.post(
      cardAction(net, kari, 'deadline.save', {
        deadlineId: 'F1',
        networkId: net.teamId,
        title: 'søknad',
        date: '2999-01-01',
        checklist: '',
      }),
    );
    expect(JSON.stringify(saved.body)).toContain('mer enn ti år fram i tid');
    expect((await store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.date).toBe('2036-11-23');
    const moved = await say(t, net, kari, 'flytt frist F1 til 01.01.2207');
    expect(moved).toContain('mer enn ti år fram i tid');
    expect((await store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.date).toBe('2036-11-23');

    const feed = await (await fetch(await feedLinkOf(t, net, kari))).text();
    expect(feed).not.toMatch(/DT(?:START|END)[^:]*:\d{9}/);
  }, 60_000);
});

describe('A2: noncharacters and lone surrogates are read as nothing and never sent', () => {
  const id = validNationalId('010190', '123');
  const split = (sep: string) => `${id.slice(0, 6)}${sep}${id.slice(6)}`;

  it('an identity number split by U+FFFE, U+FDD0 or a lone surrogate is refused in chat and in a card form', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    for (const sep of ['\ufffe', '\uffff', '\ufdd0', '\ud800']) {
      const out = await say(t, net, kari, `agenda + sak ${split(sep)}`);
      expect(out, JSON.stringify(sep)).toContain('fødselsnummer');
    }
    expect(await say(t, net, kari, 'frist 10.12.2026 søknad')).toContain('er lagt inn');
    const saved = await t.post(
      cardAction(net, kari, 'deadline.save', {
        deadlineId: 'F1',
        networkId: net.teamId,
        title: `søknad ${split('\ufffe')}`,
        date: '2026-12-10',
        checklist: '',
      }),
    );
    expect(JSON.stringify(saved.body)).toContain('fødselsnummer');
    const stored = JSON.stringify([
      await store.deadlines.listOpen(net.tenantId, net.teamId),
      await store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27'),
    ]);
    expect(carries(stored.replace(/\\uff(?:fe|ff)|\\ufdd0|\\ud800/gi, ''), id)).toBe(false);
    expect((await store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.title).toBe('søknad');
  }, 60_000);

  it("a U+FFFE typed in a decision leaves the minutes' .docx valid XML that Word opens", async () => {
    const { t, net } = await app();
    t.clock.set('2026-11-27T08:30:00Z'); // Friday 27 November, the meeting's day
    const s = speaker(t, net, '870001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'vedtak: Fagdagen \ufffe holdes \uffff i april \ud800');
    const ended = await s.say(kari, 'avslutt møte');
    const docx = /"url":"([^"]+\.docx\?[^"]+)"/.exec(ended)![1]!.replace(/\\u0026/g, '&');
    const zip = await JSZip.loadAsync(Buffer.from(await (await fetch(docx)).arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Fagdagen');
    // XML 1.0's Char production: a character outside it makes the whole file unreadable.
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u);
  }, 60_000);
});

describe('A3: a failed request is logged by its path, never by its signed query', () => {
  it("a calendar feed that fails on the store logs «http error» without the link's signature or network", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nettverksboten-'));
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        cb();
      },
    });
    const running = await startApp({
      config: loadConfig({ PORT: '0', DATABASE_URL: `sqlite:${join(dir, 'test.db')}`, LOG_LEVEL: 'info' }),
      log: createLogger('info', sink),
      clock: new ManualClock(MONDAY),
      host: '127.0.0.1',
      schedulerIntervalMs: 0,
    });
    try {
      const s = running.services;
      const link = await feedUrl(s, 'tenant-a', 'team-a');
      const sig = new URL(link).searchParams.get('sig')!;
      // The store fails while the feed is read: the route throws and restify answers 500.
      s.store.deadlines.listOpen = () => Promise.reject(new Error('database is locked'));
      const res = await fetch(link.replace(s.publicUrl(), running.url));
      expect(res.status).toBe(500);
      const logged = lines.filter((l) => l.includes('http error'));
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.join('\n')).toContain('/feeds/frister.ics');
      expect(lines.join('\n')).not.toContain(sig);
      expect(lines.join('\n')).not.toContain('team-a');
    } finally {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('A1 (same kind): dates that come from a click or a plan, not typed', () => {
  it('a «Flytt til» click whose date was changed to 9999-12-31 is refused, and the feed leaves out such a date', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    expect(await say(t, net, kari, 'frist 12.12.2026 søknad')).toContain('er lagt inn');
    const moved = await t.post(
      cardAction(net, kari, 'deadline.move', { deadlineId: 'F1', networkId: net.teamId, date: '9999-12-31' }),
    );
    expect(JSON.stringify(moved.body)).toContain('mer enn ti år fram i tid');
    expect((await store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.date).toBe('2026-12-12');
    // As a project plan's «Når?» of «des 9999» makes one (src/projects/milestones.ts).
    const f1 = (await store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    await store.deadlines.update(
      net.tenantId,
      net.teamId,
      'F1',
      {
        title: f1.title,
        kind: f1.kind,
        date: '9999-12-31',
        source: f1.source,
        checklist: f1.checklist,
        yearly: false,
        origin: f1.origin,
      },
      t.clock.now(),
    );
    await say(t, net, kari, 'frist 14.12.2026 rapport');
    const res = await fetch(await feedLinkOf(t, net, kari));
    expect(res.status).toBe(200);
    const feed = await res.text();
    expect(feed).toContain('SUMMARY:rapport');
    expect(feed).not.toContain('9999');
    expect(feed).not.toMatch(/DT(?:START|END)[^:]*:\d{9}/);
  }, 60_000);
});
