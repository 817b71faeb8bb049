// Round 6b, A7: a leader writing up costs puts a DD.MM.ÅÅ date before an amount ("Reise 03.02.27
// 250,00 kr"): eleven digits split along the fields of an identity number, but the øre after a
// decimal comma, or a currency or unit word right after, mark an amount; an account-number word
// before eleven digits marks an account. Such text passes unless the check digits hold.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { validNationalId } from '../support/national-id.ts';

const kari = person('Kari Nordmann', 1);
const setup = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string): Promise<string> =>
  chatSay(t, net, who, text, { thread: '800077', status: (status) => expect(status).toBeLessThan(300) });
const REFUSED = /ser ut til å inneholde et fødselsnummer/;

describe('A7: expense and amount lines after a date are not identity numbers', () => {
  it('passes amounts with øre, a currency or unit word, and account numbers; refuses when the check digits hold', async () => {
    const { t, net } = await setup();
    for (const line of [
      'Reise 03.02.27 250,00 kr',
      'Utlegg 12.03.27 145,50 kr',
      'Utlegg 12.03.27 145,50',
      'Lunsj 12.03.27: 14500 kr',
      'Møte 15.01.27: 12345 kr bevilget',
      'Tilskudd 15.01.27 12345 kroner',
      'Tilskudd 15.01.27 12345 NOK',
      'Kjøring 15.01.27 123 45 km',
      'Kontonummer 15034212345',
      'kontonr. 15034212345',
    ]) {
      const said = await say(t, net, kari, `agenda + ${line}`);
      expect(said, line).not.toMatch(REFUSED);
      expect(said, line).toContain(line.split(' ')[0]!);
    }
    // The check digits hold: a number whatever follows it.
    const id = validNationalId('150585', '101');
    for (const line of [
      `Reise ${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} ${id.slice(6, 9)},${id.slice(9)} kr`,
      `Lunsj ${id.slice(0, 6)} ${id.slice(6)} kr`,
      `Kontonummer ${id}`,
    ]) {
      const said = await say(t, net, kari, `agenda + ${line}`);
      expect(said, line).toMatch(REFUSED);
      expect(said, line).not.toContain(id.slice(6));
    }
    // A date and five digits with nothing marking an amount is still refused (wrong check digits).
    expect(await say(t, net, kari, 'agenda + Møte 15.01.27 12345')).toMatch(REFUSED);
    expect(await say(t, net, kari, 'agenda + Møte 15.01.27 12345 om barnet')).toMatch(REFUSED);
  });
});
