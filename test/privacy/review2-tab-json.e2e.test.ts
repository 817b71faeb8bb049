import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPlan } from '../../src/projects/project.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { validNationalId } from '../support/national-id.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { netOf, startTabApp, type TabApp } from '../tab/api-support.ts';

// Review 2, items 1 and 5: the tab's JSON went through the text mask as one string. Stored values came
// back with «[navn fjernet]» over ordinary text (and a form saved it back so); «\nEmma» read as «nEmma».
// Each string value is masked once (identity numbers, controls), through the real server.

const kari = person('Kari Nordmann', 1);
let app: TabApp;
let net: NetworkFixture;
let token = '';

beforeAll(async () => {
  app = await startTabApp({ clock: new ManualClock('2026-11-23T08:00:00Z') });
  net = netOf(app, 1);
  await app.install(net, kari);
  app.members(net, [kari]);
  token = await app.token(kari);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe('review 2: the tab JSON', () => {
  it('gives stored values back as stored and masks a number that starts a line', async () => {
    const id = validNationalId('010190', '123');
    const plan = emptyPlan('Prosjekt Trygg Oppvekst (3 år)');
    const stored = 'Kari Nordmann (6 mnd) er frikjøpt; saken til Formannskapet\nEmma Larsen (8 år) leder';
    const project = await app.t.app.services.store.projects.create({
      tenantId: net.tenantId,
      networkId: net.teamId,
      plan: { ...plan, mainGoal: `${stored}\n${id}` },
      origin: 'cards',
      createdBy: { id: kari.id, aadObjectId: kari.aadObjectId, name: kari.name },
      createdAt: '2026-11-23T08:00:00Z',
    } as never);
    expect(project.id).toBe('U1');
    const res = await app.api(tabApi.projects(net.teamId), { token });
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).toContain(JSON.stringify(stored).slice(1, -1));
    expect(text).toContain('Prosjekt Trygg Oppvekst (3 år)');
    expect(text).not.toContain(id);
    expect(text).not.toContain(id.slice(0, 6));
  });
});
