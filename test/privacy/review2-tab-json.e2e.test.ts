import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../src/projects/project.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { validNationalId } from '../support/national-id.ts';
import { person } from '../support/teams.ts';
import { tabOfOneLeader } from '../support/tab-suite.ts';

// Review 2, items 1 and 5: the tab's JSON went through the text mask as one string. Stored values came
// back with «[navn fjernet]» over ordinary text (and a form saved it back so); «\nEmma» read as «nEmma».
// Each string value is masked once (identity numbers, controls), through the real server.

const kari = person('Kari Nordmann', 1);
const tab = tabOfOneLeader(kari, '2026-11-23T08:00:00Z');

describe('review 2: the tab JSON', () => {
  it('gives stored values back as stored and masks a number that starts a line', async () => {
    const id = validNationalId('010190', '123');
    const plan = emptyPlan('Prosjekt Trygg Oppvekst (3 år)');
    const stored = 'Kari Nordmann (6 mnd) er frikjøpt; saken til Formannskapet\nEmma Larsen (8 år) leder';
    const project = await tab.app.t.app.services.store.projects.create({
      tenantId: tab.net.tenantId,
      networkId: tab.net.teamId,
      plan: { ...plan, mainGoal: `${stored}\n${id}` },
      origin: 'cards',
      createdBy: { id: kari.id, aadObjectId: kari.aadObjectId, name: kari.name },
      createdAt: '2026-11-23T08:00:00Z',
    } as never);
    expect(project.id).toBe('U1');
    const res = await tab.app.api(tabApi.projects(tab.net.teamId), { token: tab.token });
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).toContain(JSON.stringify(stored).slice(1, -1));
    expect(text).toContain('Prosjekt Trygg Oppvekst (3 år)');
    expect(text).not.toContain(id);
    expect(text).not.toContain(id.slice(0, 6));
  });
});
