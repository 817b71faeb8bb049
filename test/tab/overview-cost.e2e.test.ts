// Attack round 7, A5: the tab's overview answered 330 KB (every agenda line, every open task twice
// – by owner and by municipality) and cost ~1.5 s of CPU per call on a big network, so a few calls
// held /readyz. A big network (here 80 open tasks, 40 deadlines, 4 meetings; measured by hand with
// 300/300/20) now gets a bounded answer: counts for everything, the first items of each list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERVIEW_DEADLINES, OVERVIEW_TASKS_PER_GROUP } from '../../src/tab/api.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { speaker } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from './api-support.ts';

const MEETINGS = Number(process.env.OVERVIEW_MEETINGS ?? 4);
const TASKS_PER_MEETING = Number(process.env.OVERVIEW_TASKS_PER_MEETING ?? 20);
const DEADLINES = Number(process.env.OVERVIEW_DEADLINES ?? 40);
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

let app: TabApp;
let net: NetworkFixture;
let token = '';

beforeAll(async () => {
  const clock = new ManualClock('2026-11-23T08:00:00Z');
  app = await startTabApp({ clock, virtualSendTime: true });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari, ola]);
  const s = speaker(app.t, net, '700001');
  await s.say(kari, 'kommuner Nes, Eidsvoll, Hurdal, Ullensaker, Gjerdrum');
  const kommuner = ['Nes', 'Eidsvoll', 'Hurdal', 'Ullensaker', 'Gjerdrum'];
  for (let m = 0; m < MEETINGS; m++) {
    clock.set(
      `2026-${String(1 + (m % 11)).padStart(2, '0')}-${String(2 + Math.floor(m / 11) * 10).padStart(2, '0')}T08:00:00Z`,
    );
    await s.say(kari, 'start møte');
    await s.say(kari, 'start møte');
    for (let i = 0; i < TASKS_PER_MEETING; i++)
      await s.say(
        kari,
        `oppgave ${kommuner[i % 5]}: følge opp rutine nummer ${m * TASKS_PER_MEETING + i} for samarbeid om tiltak og oppfølging i nettverket innen 15.0${1 + (i % 9)}.2027`,
      );
    await s.say(kari, 'avslutt møte');
  }
  clock.set('2026-11-23T08:00:00Z');
  for (let i = 0; i < DEADLINES; i++)
    await s.say(
      kari,
      `frist ${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.2027 Rapport nummer ${i} om tiltak i nettverket`,
    );
  token = await app.token(kari);
}, 600_000);
afterAll(async () => app?.close());

describe('the overview of a big network', () => {
  it('is bounded in size: counts for everything, the first items of each list', async () => {
    const r = await app.api(tabApi.overview(net.teamId), { token });
    const size = JSON.stringify(r.body).length;
    expect(r.status).toBe(200);
    expect(r.body.tasks.open).toBe(MEETINGS * TASKS_PER_MEETING);
    // Every group keeps its counts and lists its first tasks, overdue first.
    const groups = [...r.body.tasks.byOwner, ...r.body.tasks.byMunicipality];
    expect(groups.reduce((n: number, g: any) => n + g.open, 0)).toBeGreaterThanOrEqual(MEETINGS * TASKS_PER_MEETING);
    for (const g of groups) expect(g.tasks.length).toBe(Math.min(g.open, OVERVIEW_TASKS_PER_GROUP));
    expect(r.body.deadlines.length).toBe(Math.min(DEADLINES, OVERVIEW_DEADLINES));
    expect(r.body.deadlines.length + r.body.deadlinesMore).toBeGreaterThanOrEqual(Math.min(DEADLINES, 28));
    expect(size).toBeLessThan(40_000);
  }, 60_000);
});
