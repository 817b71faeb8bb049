import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { networkKindOf, toBokmal } from '../../src/guidelines/question.ts';

// Causes left after blind round 18, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('short forms and dialect are written out before the network kind and the deadline kind are read', () => {
  it('writes out the child welfare short forms glued to a word', () => {
    expect(toBokmal('bvlederen')).toBe('barnevernslederen');
    expect(toBokmal('bv-leiarane')).toBe('barnevernslederne');
    expect(toBokmal('bvtj')).toBe('barneverntjeneste');
    expect(toBokmal('statsforv.')).toBe('statsforvalteren');
    expect(toBokmal('rapp.fristen')).toBe('rapporteringsfristen');
    expect(toBokmal('søkn.frist')).toBe('søknadsfrist');
  });

  it('reads a northern «æ e» as «jeg er»', () => {
    expect(toBokmal('æ e prosjektleder')).toBe('jeg er prosjektleder');
  });

  it('takes a child welfare leader sitting in an unnamed network as asking about the leader network', () => {
    expect(networkKindOf(toBokmal('vi er bv-ledere i et nettverk på vestlandet'))).toBe('leaders');
    expect(networkKindOf(toBokmal('eg er barnevernsleiar i eit nettverk'))).toBe('leaders');
    // A leader who names the learning network asks about that one.
    expect(networkKindOf(toBokmal('jeg er barnevernsleder i et læringsnettverk'))).toBe('learning');
    expect(networkKindOf(toBokmal('jeg er prosjektleder i et nettverk'))).toBeUndefined();
  });

  it('gives a leader asking in chat shorthand the leader network rule, not the learning network one', () => {
    const a = g.answer('æ e bv-leiar i et nettverk nordpå, får vi bruke tilskuddet på ledertrening med en ekstern?');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/Gjelder bare læringsnettverk/);
    expect(a.answer).toMatch(/ledertrening|ledelsesfaglige/);
  });

  it('answers a cut «report deadline» with the report date, not the application deadline', () => {
    const a = g.answer('når går rapp.fristen ut hos statsforv for lnv?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/1\. mars|01\.03/);
    expect(a.answer).not.toMatch(/^Retningslinjene fra 2024 har ingen felles søknadsfrist/);
  });
});
