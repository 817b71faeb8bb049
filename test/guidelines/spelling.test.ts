import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, Speller } from '../../src/guidelines/spelling.ts';

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('revsior', 'revisor', 2)).toBe(1);
    expect(editDistance('rolel', 'rolle', 2)).toBe(1);
    expect(editDistance('overhed', 'overhead', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
    expect(editDistance('kontonummer', 'kompetanse', 2)).toBe(3);
  });
});

describe('Speller', () => {
  const words = new Map([
    ['revisor', 5],
    ['overhead', 7],
    ['styringsgruppa', 3],
    ['rapporteringsfristen', 1],
    ['rolle', 2],
    ['rollen', 1],
    ['kompetansemiljø', 4],
  ]);
  const s = new Speller(words);

  it('corrects typos to the corpus word within the allowed edits', () => {
    expect(s.correct('overhed')).toBe('overhead');
    expect(s.correct('styringsgrupa')).toBe('styringsgruppa');
    expect(s.correct('rapporterigsfristen')).toBe('rapporteringsfristen');
    expect(s.correct('kompetansemijlø')).toBe('kompetansemiljø');
    expect(s.correct('rolel')).toBe('rolle');
  });

  it('leaves a word alone when nothing is near, or when it is short', () => {
    expect(s.correct('kontonummeret')).toBeUndefined();
    expect(s.correct('revs')).toBeUndefined();
    expect(allowedEdits(4)).toBe(0);
  });
});
