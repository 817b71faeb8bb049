import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// N2 for guideline questions: the answer card repeats the question and «Spør nettverkslederen» carries
// it on to the leaders, so a question naming a child is refused like any other text, in the guard's own
// words (not the identity-number ones) and without the name; a question about children in general is answered.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const setup = appPerTest(kari, '2026-11-23T08:00:00Z');

describe('guideline questions in a personal chat', () => {
  it('answers a question about children in general and refuses one naming a child without the name', async () => {
    const { t, net } = await setup();
    const ask = async (question: string) => {
      const before = t.connector.emulator.calls.length;
      expect((await t.post(personalMessage(t.connector.url, net.tenantId, ola, question))).status).toBe(200);
      return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    };
    const general = await ask('Kan tilskuddet brukes til tiltak for barn i fosterhjem?');
    expect(general).toContain('application/vnd.microsoft.card.adaptive');
    expect(general).not.toContain('enkelt barn');

    const named = await ask('Kan tilskuddet brukes til tiltak for gutten Emil (9 år)?');
    expect(named).toContain('ser ut til å handle om et enkelt barn');
    expect(named).not.toContain('fødselsnummer');
    expect(named).not.toContain('Emil');
  });
});
