import { describe, expect, it } from 'vitest';
import { formatKroner } from '../../src/projects/amounts.ts';
import { SAMPLE_PLAN } from '../projects/follow-fixtures.ts';
import { appPerTest, say } from '../support/chat.ts';
import { storedPlan } from '../support/projects.ts';
import { cardAction, person } from '../support/teams.ts';

// Month s15 #7b: the report deadline's checklist said «☐ Revisorattestert regnskap når tilskuddet er over
// 200 000 kr» with its own «Gjelder ikke oss», though project U1 held «Tildelt 400 000». With a grant
// received the card says plainly whether the item applies.
const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2027-01-05T09:00:00Z');

describe('s15 #7b: the auditor item answered by the grant the network got', () => {
  // Review s16 #2: a plan gives no year for its grant, and SAMPLE_PLAN runs over 2026 and 2027, so «fikk
  // tildelt 400 000 kr for 2026» would be said again «for 2027»: the year is never claimed.
  it('400 000 kr received in a project running in the report year: over the limit if it is that year’s; until ticked', async () => {
    const { t, net } = await start();
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, grant: { applied: 400_000, received: 400_000 } });
    const out = await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    expect(out).toContain(`U1 er registrert med tildelt ${formatKroner(400_000)}, i et prosjekt som løper i 2026.`);
    expect(out).toContain(`er beløpet tildelt for 2026, er det over ${formatKroner(200_000)}`);
    expect(out).not.toContain('for 2026, som');
    expect(out).not.toContain('Gjelder dere');
    const item = 'Revisorattestert regnskap når tilskuddet er over 200 000 kr';
    const ticked = await t.post(
      cardAction(net, kari, 'deadline.tick', { deadlineId: 'F1', networkId: net.teamId, item, on: 'true' }),
    );
    expect(JSON.stringify(ticked.body)).not.toContain('er registrert med tildelt');
  });

  // Review s15 #3: the largest single grant decided it, so two of 150 000 kr the same year said «Gjelder
  // ikke dere … Trykk «Gjelder ikke oss»». The year's grants are summed.
  it('two projects of 150 000 kr running in the report year: summed, never «Gjelder dere … for 2026»', async () => {
    const { t, net } = await start();
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, grant: { applied: 150_000, received: 150_000 } });
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, name: 'Andre', grant: { applied: 150_000, received: 150_000 } });
    const out = await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    expect(out).toContain(
      `U1 og U2 er registrert med tildelt til sammen ${formatKroner(300_000)}, i prosjekter som løper i 2026.`,
    );
    expect(out).toContain('Planen sier ikke hvilket år midlene er tildelt for');
    expect(out).not.toContain('Gjelder dere');
  });

  it('150 000 kr received: said neutrally, never «press Gjelder ikke oss»', async () => {
    const { t, net } = await start();
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, grant: { applied: 150_000, received: 150_000 } });
    const out = await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    expect(out).toContain(
      `Etter det som er registrert har U1 tildelt ${formatKroner(150_000)}, i et prosjekt som løper i 2026;`,
    );
    expect(out).not.toContain('for 2026');
    expect(out).toContain('Tilskuddsbrevet avgjør');
    expect(out).not.toContain('Gjelder ikke dere');
    expect(out).not.toContain('Trykk «Gjelder ikke oss»');
  });

  it('a project from another year does not count for this report', async () => {
    const { t, net } = await start();
    const old = SAMPLE_PLAN.subGoals!.map((g) => ({
      ...g,
      milestones: g.milestones!.map((m) => ({ ...m, when: '01.06.2024', due: '2024-06-01' })),
    }));
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, subGoals: old, grant: { applied: 400_000, received: 400_000 } });
    const out = await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    expect(out).toContain('Revisorattestert regnskap');
    expect(out).not.toContain('er registrert med tildelt');
    expect(out).not.toContain('Etter det som er registrert');
  });

  it('only applied for, or no project: the item stands as it was', async () => {
    const { t, net } = await start();
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, grant: { applied: 400_000, received: null } });
    const out = await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    expect(out).toContain('Revisorattestert regnskap');
    expect(out).not.toContain('Gjelder dere');
    expect(out).not.toContain('Gjelder ikke dere');
  });
});
