import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../bot/compose.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { playgroundText } from '../../src/i18n/index.ts';

// The playground as `npm start` runs it (the real, movable local clock), stopped and started again
// on the same data folder: Teams keeps a channel's history and time does not run backwards.

type Entry = { id: string; from: string; text?: string; card?: unknown; time?: string; at?: string };

const dir = mkdtempSync(join(tmpdir(), 'nettverksboten-pg-restart-'));
const db = join(dir, 'local.db');
const start = () =>
  startApp({
    config: loadConfig({ PORT: '0', DATABASE_URL: `sqlite:${db}`, LOG_LEVEL: 'silent' }),
    log: createLogger('silent'),
    host: '127.0.0.1',
    schedulerIntervalMs: 0,
  });

const api = (app: RunningApp) => ({
  async post(path: string, body: object) {
    const res = await fetch(`${app.url}/playground/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  },
  async feed(): Promise<{ epoch: string; entries: Entry[] }> {
    return (await fetch(`${app.url}/playground/api/feed?as=leader`)).json() as any;
  },
});
const welcomes = (entries: Entry[]) => entries.filter((e) => JSON.stringify(e.card ?? '').includes('Hei! Jeg er'));

let app: RunningApp | undefined;
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the playground across a restart', () => {
  it('keeps the transcript with its times, the moved clock and the installation; the page hears of the restart', async () => {
    app = await start();
    let pg = api(app);
    expect((await pg.post('say', { text: '@Nettverksboten hjelp', mentions: ['bot'] })).status).toBe(200);
    const first = await pg.feed();
    expect(welcomes(first.entries)).toHaveLength(1);
    // Every message carries the time Teams would show: today's ones the clock time alone.
    for (const e of first.entries) expect(e.time).toMatch(/^\d{2}:\d{2}$/);
    expect((await pg.post('clock', { jump: 'week' })).status).toBe(200);
    const movedTo = app.services.clock.now().getTime();
    const before = await pg.feed();
    // A week on, the same messages show their weekday and date.
    for (const e of (await pg.feed()).entries) expect(e.time).toMatch(/^\p{L}+\.? \d{2}\.\d{2}\.? \d{2}:\d{2}$/u);
    await app.close();
    app = undefined;

    app = await start();
    pg = api(app);
    // The clock has not gone back to real time.
    expect(app.services.clock.now().getTime()).toBeGreaterThanOrEqual(movedTo);
    const after = await pg.feed();
    expect(after.epoch).not.toBe(first.epoch);
    expect(after.entries.map((e) => e.id)).toEqual(before.entries.map((e) => e.id));
    expect(after.entries.map((e) => e.time)).toEqual(before.entries.map((e) => e.time));
    // Writing again does not install the app a second time: no second welcome card.
    expect((await pg.post('say', { text: '@Nettverksboten hjelp', mentions: ['bot'] })).status).toBe(200);
    const again = await pg.feed();
    expect(welcomes(again.entries)).toHaveLength(1);
    expect(again.entries.length).toBeGreaterThan(after.entries.length);
    // The new run's messages get ids of their own: an update meant for one never lands on an old one.
    expect(new Set(again.entries.map((e) => e.id)).size).toBe(again.entries.length);
  });

  it('starts empty, not broken, when the saved state is torn', async () => {
    await app?.close();
    app = undefined;
    const file = `${db}.playground.json`;
    expect(existsSync(file)).toBe(true);
    writeFileSync(file, '{"entries": [ {"id": 1');
    app = await start();
    const res = await fetch(`${app.url}/playground/api/feed?as=leader`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { entries: unknown[] }).entries).toEqual([]);
  });
});

describe('the time label', () => {
  const tz = 'Europe/Oslo';
  const now = new Date('2027-03-26T10:00:00Z'); // fredag 26. mars 2027, 11:00 in Oslo
  it('says the clock time today, «I går» yesterday, the weekday and date this year, the year otherwise', () => {
    expect(playgroundText.sentAt(new Date('2027-03-26T06:05:00Z'), now, tz)).toBe('07:05');
    // Just before midnight in Oslo is still yesterday there, although it is the same UTC day as «now» minus one.
    expect(playgroundText.sentAt(new Date('2027-03-25T22:59:00Z'), now, tz)).toBe('I går 23:59');
    expect(playgroundText.sentAt(new Date('2027-03-25T23:01:00Z'), now, tz)).toBe('00:01');
    expect(playgroundText.sentAt(new Date('2027-03-19T08:00:00Z'), now, tz)).toMatch(/^fre\.? 19\.03\.? 09:00$/);
    expect(playgroundText.sentAt(new Date('2026-12-18T08:00:00Z'), now, tz)).toBe('18.12.2026 09:00');
  });
});
