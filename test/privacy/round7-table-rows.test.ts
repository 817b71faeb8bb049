// Attack round 7, A7: rows of a budget table, a payment list or a time sheet (a date without its
// year and amounts grouped in thousands) are no identity numbers; a number in a table cell still is.
import { describe, expect, it } from 'vitest';
import { guard } from '../../src/privacy/guard.ts';
import { redactText } from '../../src/privacy/redact.ts';
import { mistypedNationalId, validNationalId } from '../support/national-id.ts';

const refused = (text: string) => guard(text).ok === false;
const ids = [validNationalId('010190', '100'), validNationalId('150585', '101'), validNationalId('311299', '499')];

function expectRefusedAndMasked(text: string, tail: string) {
  expect(refused(text), text).toBe(true);
  const out = redactText(`Du skrev: ${text} (slutt)`);
  expect(out, text).toContain('[fødselsnummer fjernet]');
  expect(out, text).not.toContain(tail);
}
function expectPasses(text: string) {
  expect(refused(text), text).toBe(false);
  expect(redactText(text), text).toBe(text);
}

describe('A7: budget tables, payment lists and time sheets are no identity numbers', () => {
  it('passes the rows the attacker sent', () => {
    for (const s of [
      '| 2026 | 20.03 | 10 500 | 20 000 |',
      '| 15.01 | 12 000 | 45 000 |',
      '15.01 12 000 45 000',
      '| 31.03 | 50 000 | 10 000 |',
      'Tabell: 2026, 15.01, 12 000, 45 000',
      '| Dato | Beløp | Sum |\n| 15.01 | 12 000 | 12 000 |',
    ])
      expectPasses(s);
  });

  it('passes every row of generated budget tables, payment lists and time sheets', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const two = (n: number) => String(n).padStart(2, '0');
    const amount = () => `${1 + rnd(99)} ${String(rnd(1000)).padStart(3, '0')}`;
    for (let k = 0; k < 3000; k++) {
      const date = `${two(1 + rnd(28))}.${two(1 + rnd(12))}`;
      for (const row of [
        `| 2026 | ${date} | ${amount()} | ${amount()} |`,
        `| ${date} | ${amount()} | ${amount()} |`,
        `${date} ${amount()} ${amount()}`,
        `${date}: ${amount()}, ${amount()}`,
        `| ${date} | ${two(7 + rnd(3))}:${two(rnd(60))} | ${two(14 + rnd(4))}:${two(rnd(60))} | ${rnd(10)},${rnd(10)} |`,
      ])
        expect(refused(row), row).toBe(false);
    }
  });

  it('still refuses a number in a table cell, written as one or with one separator', () => {
    for (const id of ids) {
      const [date, tail] = [id.slice(0, 6), id.slice(6)];
      const dotted = `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)}`;
      for (const s of [
        `| Ola | ${id} |`,
        `| Ola | ${date} ${tail} | x |`,
        `| ${dotted} | ${tail} |`,
        `| ${date}|${tail} |`,
      ])
        expectRefusedAndMasked(s, tail);
    }
  });

  it('refuses a valid number spread over cells, and a date with mixed separators whatever the check digits (review of A7)', () => {
    for (const id of ids) {
      const [dd, mm, yy, tail] = [id.slice(0, 2), id.slice(2, 4), id.slice(4, 6), id.slice(6)];
      for (const s of [
        `| ${dd}.${mm} | ${yy}${tail} |`,
        `| ${dd} | ${mm} ${yy} ${tail} |`,
        `| ${dd}.${mm} | ${yy} ${tail} |`,
        `${dd}.${mm} | ${yy}${tail}`,
      ])
        expectRefusedAndMasked(s, tail);
      for (const number of [id, mistypedNationalId(id)]) {
        const wrongTail = number.slice(6);
        for (const s of [
          `${dd}.${mm}-${yy} ${wrongTail}`,
          `${dd}.${mm} ${yy} ${wrongTail}`,
          `${dd}/${mm}.${yy}-${wrongTail}`,
          `${dd}-${mm}/${yy}.${wrongTail}`,
        ])
          expectRefusedAndMasked(s, wrongTail);
      }
    }
  });
});
