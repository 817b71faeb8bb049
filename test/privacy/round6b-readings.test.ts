// Round 6b, A2–A6: spellings of an identity number a reader still sees as the number, each read by
// the guard in and the mask out; and the ordinary text next to each new reading that must pass.
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/privacy/guard.ts';
import { redactText } from '../../src/privacy/redact.ts';
import { validNationalId } from '../support/national-id.ts';

const fnr = validNationalId('150585', '101'); // 15058510170
const dnr = validNationalId('710585', '100');
const hnr = validNationalId('155285', '100');
const wrong = '15058512345'; // a real date, check digits that do not hold
const tail = (id: string) => id.slice(6);
const refused = (text: string) => guard(text).ok === false;

function expectRefusedAndMasked(text: string, id: string) {
  expect(refused(text), text).toBe(true);
  const out = redactText(`Du skrev: ${text} (slutt)`);
  expect(out, text).toContain('[fødselsnummer fjernet]');
  expect(out, text).not.toContain(tail(id));
}
function expectPasses(text: string) {
  expect(refused(text), text).toBe(false);
  expect(redactText(text), text).toBe(text);
}

describe('A2: named HTML entities a renderer decodes', () => {
  it('reads invisible, space and separator entities by name, also the legacy names without ";"', () => {
    for (const id of [fnr, dnr, hnr, wrong]) {
      const [a, b] = [id.slice(0, 6), id.slice(6)];
      for (const ent of [
        '&ZeroWidthSpace;',
        '&NoBreak;',
        '&InvisibleTimes;',
        '&InvisibleComma;',
        '&NegativeThinSpace;',
        '&lowbar;',
        '&middot;',
        '&centerdot;',
        '&hyphen;',
        '&nbsp',
        '&shy',
        '&middot',
        '&NBSP;',
        '&#x200B;',
      ])
        expectRefusedAndMasked(`${a}${ent}${b} A`, id);
    }
  });
  it('lets ordinary text with entities through', () => {
    for (const text of [
      'Tom &amp; Jerry 15.01.2027 kl 10:00',
      'Budsjett&nbsp;2027: 12&nbsp;500 kr',
      'R&D-møte 1.1.2027 kl 10:00',
      'Kontonummer 1503&middot;42&middot;12345',
      'Ring 912&nbsp;34&nbsp;567',
    ])
      expectPasses(text);
  });
});
