import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { installedApp } from '../support/installed.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { executeActions as executes } from '../support/cards.ts';
import { questionRef } from '../../src/guidelines/use-cases/escalation-ref.ts';

const kari = person('Kari Nordmann', 1); // installs the network: its leader
const ola = person('Ola Hansen', 2); // a member who asks a lot
const per = person('Per Berg', 3); // another member

/**
 * A9: the escalation button takes its question from the card data, so one member could raise any
 * number of «Spørsmål til nettverkslederen» cards, each @mentioning every leader. Five open ones per
 * member and network; an answered one frees a place.
 */
describe('A9: at most five unanswered escalations per member and network', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeEach(async () => {
    ({ t, net } = await installedApp(kari));
    for (const p of [ola, per])
      await t.app.services.store.people.setRole(
        net.tenantId,
        net.teamId,
        { id: p.id, aadObjectId: p.aadObjectId, name: p.name },
        'member',
        t.clock.now(),
      );
  });
  afterEach(async () => t?.close());

  async function ask(who: typeof ola, question: string) {
    const before = t.connector.emulator.calls.length;
    // The reference the answer card carries (the server seals the question it answered).
    const ref = await questionRef(t.app.services.store.secrets, question, t.clock.now());
    const res = await t.post(cardAction(net, who, 'guidelines.escalate', { ref }));
    expect(res.body.statusCode).toBe(200);
    const created = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'create');
    return { said: JSON.stringify(res.body.value), created };
  }

  it('the sixth open question is refused with the limit in Norwegian, no card and no mention; an answer frees a place', async () => {
    const posted = [];
    for (let i = 1; i <= 5; i++) {
      const r = await ask(ola, `Spørsmål nummer ${i} om bruk av midler i nettverket?`);
      expect(r.said).toContain('sendt til nettverkslederen');
      expect(r.created).toHaveLength(1);
      posted.push(r.created[0]!);
    }
    const sixth = await ask(ola, 'Spørsmål nummer 6 om bruk av midler i nettverket?');
    expect(sixth.created).toHaveLength(0);
    expect(sixth.said).toContain('5');
    expect(sixth.said).toMatch(/ubesvarte/);
    expect(sixth.said).toMatch(/svarer på de åpne/);
    // A replayed question already sent is still told as sent, not as over the limit.
    expect((await ask(ola, 'Spørsmål nummer 1 om bruk av midler i nettverket?')).said).toContain('allerede sendt');

    // Another member is not held back by Ola's questions.
    const other = await ask(per, 'Kan vi bruke midler på kurs for nye ansatte?');
    expect(other.created).toHaveLength(1);

    // Kari answers one of Ola's: he may ask one more, and then he is at the limit again.
    const card = posted[0]!.body.activity.attachments[0].content;
    const save = executes(card).find((x) => x.verb === 'guidelines.saveAnswer')!;
    const saved = await t.post(
      cardAction(net, kari, save.verb, { ...save.data, answer: 'Ja, innenfor det som står i søknaden.' }),
    );
    expect(JSON.stringify(saved.body.value)).toContain('Svar lagret');
    const again = await ask(ola, 'Spørsmål nummer 6 om bruk av midler i nettverket?');
    expect(again.said).toContain('sendt til nettverkslederen');
    expect(again.created).toHaveLength(1);
    expect((await ask(ola, 'Spørsmål nummer 7 om bruk av midler i nettverket?')).created).toHaveLength(0);
  });
});
