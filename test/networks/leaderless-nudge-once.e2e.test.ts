import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker } from '../meetings/channel-support.ts';
import { memberEvent } from './member-event.ts';
import { eachHour } from '../support/schedule-walk.ts';

// Month round 7b, N4: with no leader, a municipality task's nudge in the channel said twice that nobody
// gets a notice («Nettverket mangler leder, så ingen får varsel om den. Nettverket har ingen leder nå, så
// ingen blir varslet …»). Each post says it once, and the first of a day says how to take the role.
const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');

async function walk(t: TestApp, from: string, to: string): Promise<string[]> {
  const posts: string[] = [];
  await eachHour(t, from, to, { first: 6, last: 17 }, (c) => {
    if ((c.kind === 'create' || c.kind === 'send') && c.status < 300) {
      const body = c.body as { text?: string; activity?: { text?: string } } | undefined;
      const said = body?.activity?.text ?? body?.text;
      if (said) posts.push(said);
    }
  });
  return posts;
}

describe('a municipality task nudged with no leader says once that nobody is notified (N4)', () => {
  it('no post repeats it; the first of the day says how to take the role', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    const s = speaker(t, net, '931001');
    expect(await s.say(kari, 'oppgave Nes: sjekke lokaler innen 8.1.2027')).toContain('Oppgave T1');
    expect(await s.say(kari, 'oppgave Hurdal: sende tall innen 8.1.2027')).toContain('Oppgave T2');
    await t.post(memberEvent(net, ola, kari, 'removed'));
    const posts = (await walk(t, '2027-01-04', '2027-01-08')).filter((p) => /T[12] /.test(p));
    expect(posts.length).toBeGreaterThan(1);
    for (const p of posts) {
      expect(p).toContain('ingen person er ansvarlig');
      expect(p.match(/ingen leder|mangler leder/g)).toHaveLength(1);
      expect(p.match(/varsel|varslet/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
    expect(posts.filter((p) => p.includes('leder + @dittnavn')).length).toBeGreaterThan(0);
  });
});
