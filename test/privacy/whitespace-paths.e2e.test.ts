// Round 6b, A8: the chat reads every message with its whitespace runs as one space (as Teams shows
// it), but card submits and the tab did not: a number split by a CR, a run of spaces, a newline or
// U+2028/2029 was stored and posted in the channel. The guard itself now reads text so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { installedWithMember } from '../support/with-member.ts';
import { validNationalId } from '../support/national-id.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

describe('A8: a card submit with a number split by unseen whitespace is refused like the chat', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeEach(async () => {
    ({ t, net } = await installedWithMember(kari, ola));
  });
  afterEach(async () => t?.close());

  it('guidelines.escalate with CR, space runs, newlines or U+2028/2029 inside the number posts nothing', async () => {
    const id = validNationalId('150585', '101');
    const [a, b] = [id.slice(0, 6), id.slice(6)];
    for (const gap of ['\r', '    ', '\n', '\u2028', '\u2029', ' \t ']) {
      const before = t.connector.emulator.calls.length;
      const res = await t.post(
        cardAction(net, ola, 'guidelines.escalate', { question: `Spørsmål om ${a}${gap}${b}?`, networkId: net.teamId }),
      );
      expect(res.body.statusCode, JSON.stringify(gap)).toBe(200);
      // Refused either as an identity number or (since the escalation takes only the question the
      // server sealed, 16f4468) as a click carrying its own text: nothing is posted either way.
      expect(JSON.stringify(res.body.value), JSON.stringify(gap)).toMatch(
        /fødselsnummer|personnummer|kan ikke sendes/i,
      );
      const sent = JSON.stringify(t.connector.emulator.calls.slice(before));
      expect(sent, JSON.stringify(gap)).not.toContain(b);
    }
    // A question the bot answered goes to the leaders through the sealed reference on its card:
    // test/guidelines/escalation-tamper.e2e.test.ts.
  });
});
