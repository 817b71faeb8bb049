import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATE_REPLY } from '../../bot/replies.ts';
import type { TestApp } from '../support/app.ts';
import { say as chatSay, startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';

// Attack round 8, A9: a reply Teams refuses for its size (413 MessageSizeTooBig) was retried as a late
// reply eight times and then dropped, so the leader never learned the deadline was saved.

const kari = person('Kari Nordmann', 1); // leader
const LIMIT = 28 * 1024;

describe('replies Teams refuses for their size, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = (text: string) => chatSay(t, net, kari, text);
  const calls = (from: number) => t.connector.emulator.calls.slice(from);
  const channel = async () => (await t.app.services.store.networks.get(net.tenantId, net.teamId))!.conversation;
  const lateJobs = () => t.app.services.store.jobs.list(net.tenantId, net.teamId, { kind: LATE_REPLY });

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-02T09:00:00Z', kari));
  });
  afterAll(() => t.close());

  it('«frist» on a date with 120 deadlines names the first 3 and how many more, in a reply Teams takes', async () => {
    const store = t.app.services.store;
    for (let i = 1; i <= 120; i++) {
      await store.deadlines.create({
        tenantId: net.tenantId,
        networkId: net.teamId,
        title: `Lang frist ${String(i).padStart(3, '0')} ${'x'.repeat(180)}`,
        kind: 'egen',
        date: '2027-02-19',
        time: '23:59',
        scope: 'network',
        statsforvalter: null,
        origin: null,
        source: 'test',
        checklist: [],
        yearly: false,
        createdBy: { id: kari.id, name: kari.name },
        createdAt: '2026-11-02T09:00:00.000Z',
      });
    }
    const from = t.connector.emulator.calls.length;
    const out = await say('frist 19.02.2027 Rapport til Statsforvalteren');
    expect(calls(from).filter((c) => c.status === 413)).toEqual([]);
    expect(out).toContain('F121');
    expect(out).toContain('lagt inn');
    expect(out).toContain('F1 «Lang frist 001');
    expect(out).toContain('F3 «Lang frist 003');
    expect(out).not.toContain('F4 «Lang frist 004');
    expect(out).toMatch(/og 117 til – skriv «frister»/);
    for (const c of calls(from)) expect(Buffer.byteLength(JSON.stringify(c.body))).toBeLessThan(LIMIT);
    expect(await lateJobs()).toEqual([]);
  });

  it('a card and its reply both refused with 413: the leader hears at once that it was saved, nothing is queued to retry', async () => {
    // The posted card, its short form, then the card's words as the turn's reply: all refused for size.
    t.connector.emulator.faults.next({ status: 413 }, { status: 413 }, { status: 413 });
    const from = t.connector.emulator.calls.length;
    const out = await say('frist 12.03.2027 Søknad om overføring');
    expect(calls(from).filter((c) => c.status === 413)).toHaveLength(3);
    expect(out).toMatch(/Fristen F\d+ «Søknad om overføring» .* er lagt inn/);
    expect(out).toContain('for stort til å vises i Teams');
    expect(await lateJobs()).toEqual([]);
  });

  it("a proactive message over Teams' limit is cut to fit before it is sent, never refused", async () => {
    const from = t.connector.emulator.calls.length;
    const words = Array.from({ length: 8000 }, (_, i) => `ord${i}`).join(' ');
    await t.app.services.messenger.send(await channel(), { text: `Fristen F157 er lagret. ${words}` }, null);
    const sent = calls(from);
    expect(sent.map((c) => c.status)).not.toContain(413);
    expect(sent).toHaveLength(1);
    const body = JSON.stringify(sent[0]!.body);
    expect(Buffer.byteLength(body)).toBeLessThan(LIMIT);
    expect(body).toContain('Fristen F157 er lagret.');
    expect(body).toContain('…');
    expect(body).toContain('for stort til å vises i Teams');
  });

  it('a proactive card Teams refuses with 413 is not retried: a short text goes at once instead', async () => {
    t.connector.emulator.faults.next({ status: 413 });
    const from = t.connector.emulator.calls.length;
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Frist F1' }] };
    await t.app.services.messenger.send(await channel(), { text: 'Fristen F1 er endret.', card: card as never }, null);
    const sent = calls(from);
    expect(sent.map((c) => c.status)).toEqual([413, expect.any(Number)]);
    expect(sent[1]!.status).toBeLessThan(300);
    const body = JSON.stringify(sent[1]!.body);
    expect(body).toContain('Fristen F1 er endret.');
    expect(body).toContain('for stort til å vises i Teams');
    expect(body).not.toContain('AdaptiveCard');
  });
  it('a late reply Teams refuses for its size is sent short at once, and never tried again as a job', async () => {
    // The turn's reply meets a 500: the scheduler posts it late. Then Teams refuses it (and its short form) for size.
    // Every try within the turn fails (botframework's own retries included).
    t.connector.emulator.faults.next({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    await say('frister');
    t.connector.emulator.faults.reset();
    const planned = await lateJobs();
    expect(planned).toHaveLength(1);
    t.connector.emulator.faults.next({ status: 413 }, { status: 413 });
    const from = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    expect(calls(from).map((c) => c.status)).toEqual([413, 413]);
    const [job] = await lateJobs();
    expect(job!.status).toBe('failed');
    expect(job!.attempts).toBe(1);
    t.clock.advance(24 * 3600_000);
    const later = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    expect(calls(later).filter((c) => c.status === 413)).toEqual([]);
  });
});
