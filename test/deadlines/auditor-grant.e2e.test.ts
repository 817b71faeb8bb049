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
  it('400 000 kr received: «Gjelder dere»; until it is ticked', async () => {
    const { t, net } = await start();
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, grant: { applied: 400_000, received: 400_000 } });
    const out = await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    expect(out).toContain(
      `Gjelder dere: U1 fikk tildelt ${formatKroner(400_000)}, som er over ${formatKroner(200_000)}.`,
    );
    const item = 'Revisorattestert regnskap når tilskuddet er over 200 000 kr';
    const ticked = await t.post(
      cardAction(net, kari, 'deadline.tick', { deadlineId: 'F1', networkId: net.teamId, item, on: 'true' }),
    );
    expect(JSON.stringify(ticked.body)).not.toContain('Gjelder dere');
  });

  it('150 000 kr received: «Gjelder ikke dere», with the button to press', async () => {
    const { t, net } = await start();
    await storedPlan(t, net, kari, { ...SAMPLE_PLAN, grant: { applied: 150_000, received: 150_000 } });
    const out = await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    expect(out).toContain(`Gjelder ikke dere: U1 fikk tildelt ${formatKroner(150_000)}`);
    expect(out).toContain('Trykk «Gjelder ikke oss».');
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
