// Month round 15, #15: the grant received (entered on «Type, mål og kommuner») was stored and used by
// the report draft, but the project card only showed «Søknadsbeløp».
import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { storedPlan } from '../support/projects.ts';
import { cardAction, person } from '../support/teams.ts';
import { SAMPLE_PLAN } from './follow-fixtures.ts';

const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2026-12-02T08:05:00Z');
const plain = (s: string) => s.replace(/\\u00a0|\u00a0/g, ' ');

describe('the project card shows the grant received once it is entered', () => {
  it('not before; after saving 400 000 on the basics card, «Tildelt beløp 400 000 kr» on the card', async () => {
    const { t, net } = await app();
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, grant: { applied: 450_000, received: null } });
    const before = plain(await say(t, net, kari, 'prosjekt U1'));
    expect(before).toContain('Søknadsbeløp');
    expect(before).toContain('450 000 kr');
    expect(before).not.toContain('Tildelt beløp');

    const saved = await t.post(
      cardAction(net, kari, 'project.save', {
        networkId: net.teamId,
        projectId: 'U1',
        form: 'basics',
        type: 'egeninitiert',
        applicant: 'Nes kommune',
        municipalities: 'Nes, Eidsvoll, Hurdal',
        mainGoal: String(SAMPLE_PLAN.mainGoal),
        grant: '450 000',
        received: '400 000',
      }),
    );
    expect(saved.status).toBe(200);
    const after = plain(await say(t, net, kari, 'prosjekt U1'));
    expect(after).toMatch(/"title":"Tildelt beløp","value":"400 000 kr"/);
    expect(after).toMatch(/"title":"Søknadsbeløp","value":"450 000 kr"/);
  });
});
