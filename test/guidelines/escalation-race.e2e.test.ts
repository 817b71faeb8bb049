import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { installedWithMember } from '../support/with-member.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { questionRef } from '../../src/guidelines/use-cases/escalation-ref.ts';

const kari = person('Kari Nordmann', 1); // installs the network: its leader
const ola = person('Ola Hansen', 2); // a member who sends many questions at once

/**
 * A9 race: the cap of five unanswered escalations per member and network must hold when the
 * questions arrive at the same instant (ten clicks sent together, ten different questions), not
 * only one after another: exactly five stored and posted, the other five refused in Norwegian.
 */
describe('A9: the escalation cap holds under concurrency', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeEach(async () => {
    ({ t, net } = await installedWithMember(kari, ola));
  });
  afterEach(async () => t?.close());

  it('ten different questions at once: five stored and posted, five refused with the limit', async () => {
    const before = t.connector.emulator.calls.length;
    // The references the answer cards carry (the server seals the question it answered).
    const refs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        questionRef(
          t.app.services.store.secrets,
          `Spørsmål ${i + 1}: kan midlene brukes til tiltak ${i + 1}?`,
          t.clock.now(),
        ),
      ),
    );
    const answers = await Promise.all(refs.map((ref) => t.post(cardAction(net, ola, 'guidelines.escalate', { ref }))));
    const said = answers.map((r) => JSON.stringify(r.body.value));
    expect(said.filter((x) => x.includes('sendt til nettverkslederen'))).toHaveLength(5);
    const refused = said.filter((x) => /ubesvarte spørsmål hos nettverkslederen/.test(x));
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r).toContain('5');
    const db = t.app.services.store.guidelines;
    expect(await db.countOpenEscalations(net.tenantId, net.teamId, ola.id)).toBe(5);
    const posted = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'create' && c.status < 300);
    expect(posted).toHaveLength(5);
    // What was refused is not stored either, so it takes no place (and nothing is posted later).
    for (let i = 1; i <= 10; i++) {
      const q = `Spørsmål ${i}: kan midlene brukes til tiltak ${i}?`;
      const e = await db.findEscalation(net.tenantId, net.teamId, ola.id, q);
      const ok = said.some((x, j) => j === i - 1 && x.includes('sendt til nettverkslederen'));
      expect(e !== null).toBe(ok);
    }
  });
});
