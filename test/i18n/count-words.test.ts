import { describe, expect, it } from 'vitest';
import * as catalogue from '../../src/i18n/index.ts';
import { count } from '../../src/i18n/common.ts';

// Plural nouns that have a singular of their own: after «1» each must be in the singular.
const PLURALS = [
  'oppgaver',
  'frister',
  'punkter',
  'dager',
  'virkedager',
  'møter',
  'rader',
  'tabeller',
  'oppføringer',
  'måneder',
  'minutter',
  'timer',
  'uker',
  'kommuner',
  'milepæler',
  'setninger',
  'deltakere',
  'ledere',
  'personer',
  'linjer',
  'meldinger',
  'forslagene',
  'åpne oppgaver',
  'felles frister',
];

type Found = { path: string; fn: (...args: unknown[]) => unknown };

/** Every function in the catalogue, with where it sits («deadlineText.daysLeft»). */
function templates(value: unknown, path: string, out: Found[] = [], seen = new Set<unknown>()): Found[] {
  if (seen.has(value)) return out;
  if (typeof value === 'function') out.push({ path, fn: value as Found['fn'] });
  else if (value && typeof value === 'object') {
    seen.add(value);
    for (const [k, v] of Object.entries(value)) templates(v, `${path}.${k}`, out, seen);
  }
  return out;
}

/** Called with 1 for every argument (a number, or a string a count is written into): whatever text comes back. */
function withOne(fn: Found['fn']): string[] {
  const texts: string[] = [];
  for (const one of [1]) {
    try {
      const r = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => one));
      if (typeof r === 'string') texts.push(r);
    } catch {
      // Templates that need a list or an object are no count templates.
    }
  }
  return texts;
}

describe('counts of one are said in the singular (N11)', () => {
  it('the helper', () => {
    expect(count(1, 'oppgave', 'oppgaver')).toBe('1 oppgave');
    expect(count(0, 'oppgave', 'oppgaver')).toBe('0 oppgaver');
    expect(count(2, 'frist', 'frister')).toBe('2 frister');
  });

  it('every template of the catalogue, called with 1, says «1 X» in the singular', () => {
    const all = templates(catalogue, 'i18n');
    expect(all.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const { path, fn } of all) {
      for (const text of withOne(fn)) {
        for (const p of PLURALS) {
          if (new RegExp(`(?<![\\d,.])1 ${p}(?![\\p{L}])`, 'u').test(text)) wrong.push(`${path}: ${text}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the ones the stranger saw: the leader summary and the agenda line on deadlines', () => {
    expect(catalogue.meetingText.fillDeadlines(1, 60)).toBe('1 frist de neste 60 dagene');
    expect(catalogue.deadlineText.daysLeft(1)).toBe('1 dag igjen');
  });
});
