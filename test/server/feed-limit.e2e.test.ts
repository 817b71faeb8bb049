// Attack round 7b, A6: the calendar feed (/feeds/frister.ics), the one signed link valid until
// «ny kalenderlenke», answered 360 quick requests from one address, all 200. It now has the same kind
// of per-address and per-link token buckets as the minutes downloads, with room for calendar apps
// (which poll every few minutes to hours): beyond them 429 with Retry-After, before the feed is built.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDS_PER_ADDRESS, FEEDS_PER_LINK } from '../../src/server/download-limits.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { channelMessage, person, personalMessage, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const feedIn = (out: string) => /(https?:\/\/[^"\s)]+frister\.ics[^"\s)]+)/.exec(out)![1]!.replace(/\\u0026/g, '&');

describe('the calendar feed is rate-limited, through the real server', () => {
  let t: TestApp;
  let a: NetworkFixture;
  let b: NetworkFixture;
  const linkOf = async (net: NetworkFixture) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(personalMessage(t.connector.url, net.tenantId, kari, `frister ${net.teamName}`));
    expect(res.status).toBe(200);
    return feedIn(JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body)));
  };

  beforeAll(async () => {
    const started = await startWithNetworks(2, kari);
    t = started.t;
    [a, b] = started.nets as [NetworkFixture, NetworkFixture];
    for (const net of [a, b])
      expect((await t.post(channelMessage(net, kari, 'frist 1. mars 2027 Rapport til Statsforvalteren'))).status).toBe(
        200,
      );
  }, 60_000);
  afterAll(async () => t?.close());

  it('a calendar polling the link is answered; quick fetches beyond the link’s allowance get 429 + Retry-After', async () => {
    const feed = await linkOf(a);
    const first = await fetch(feed);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('BEGIN:VCALENDAR');
    const statuses: number[] = [];
    let refused: Response | null = null;
    for (let i = 0; i < 60; i++) {
      const r = await fetch(feed);
      statuses.push(r.status);
      if (r.status === 429 && !refused) refused = r;
      else await r.arrayBuffer();
    }
    const ok = statuses.filter((s) => s === 200).length;
    expect(ok + 1).toBeGreaterThanOrEqual(FEEDS_PER_LINK.capacity - 1);
    expect(ok + 1).toBeLessThanOrEqual(FEEDS_PER_LINK.capacity + 2);
    expect(statuses.filter((s) => s === 429).length).toBe(60 - ok);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused!.text()).toMatch(
      /For mange hentinger av kalenderen på kort tid\. Vent (ett sekund|\d+ sekunder)/,
    );
  }, 60_000);

  it('another network’s link from the same address is still answered (the link is what is limited)', async () => {
    const r = await fetch(await linkOf(b));
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('BEGIN:VCALENDAR');
  });

  it('360 quick fetches from one address spend the address’s allowance: then every link is refused', async () => {
    const feed = await linkOf(b);
    const statuses: number[] = [];
    for (let i = 0; i < 360; i++) {
      const r = await fetch(feed);
      statuses.push(r.status);
      await r.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(FEEDS_PER_LINK.capacity + 2);
    const other = await fetch(await linkOf(a));
    expect(other.status).toBe(429);
    expect(Number(other.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The address bucket is wide (calendar services fetch many feeds from few addresses), but bounded.
    expect(FEEDS_PER_ADDRESS.capacity).toBeLessThan(360 + 60);
  }, 60_000);
});
