import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { storedPlan } from '../support/projects.ts';
import { person } from '../support/teams.ts';
import { SAMPLE_PLAN } from './follow-fixtures.ts';

// Review s15 #7: the ten-year rule held for typed dates only; a plan's «Når?» «des 9999» made a deadline on
// 9999-12-31 with cards, «frister» and reminders. It makes none, and the plan check says why.
const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2026-11-27T09:00:00Z');

describe('a plan date more than ten years ahead', () => {
  it('gets no deadline from «milepæler», and «sjekk prosjekt» names it', async () => {
    const { t, net } = await start();
    const subGoals = SAMPLE_PLAN.subGoals!.map((g) => ({
      ...g,
      milestones: g.milestones!.map((m) => (m.id === 'm3' ? { ...m, when: 'des 9999', due: '9999-12-31' } : m)),
    }));
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, subGoals });
    await say(t, net, kari, 'milepæler');
    const open = await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId);
    expect(open.map((d) => d.date)).not.toContain('9999-12-31');
    expect(open.some((d) => d.origin === 'milestone:U1:m3')).toBe(false);
    const check = await say(t, net, kari, 'sjekk prosjekt U1');
    expect(check).toContain('«des 9999» for milepælen');
    expect(check).toContain('mer enn 10 år fram i tid');
  });
});
