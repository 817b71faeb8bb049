import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { fullText } from '../../src/guidelines/eval-core.ts';
import { guidelinesText as t } from '../../src/i18n/guidelines.ts';

// Issue #12, lever 3: the current rule first, an old one only under its label, and only when it is a rule that
// a newer one replaced. The team's own wordings.
const g = loadKnowledgeBaseSync();

// The 2024 guidelines still let one learning network run both kinds of project (§1: fosterhjem projects "i tillegg
// til" egeninitierte; Innledning: several projects per network), so "begge pottene" is current; 2024 only adds a
// third scheme, for leader networks.
describe('both pots for one learning network still hold in 2024; the third scheme is added, not a replacement', () => {
  it.each(['finnes det fremdeles to potter å søke fra?', 'kan et nettverk få penger fra begge pottene'])('%s', (q) => {
    const a = g.answer(q);
    expect(a.answered).toBe(true);
    expect(fullText(a)).toMatch(/tre ordninger|tredje ordning/);
    expect(fullText(a)).not.toContain(`${t.card.olderLabel}: 2022`);
    expect(a.sources.some((s) => s.year === 2024)).toBe(true);
  });
});

describe('an older text on another point is no earlier rule', () => {
  it('the 2018 steering group tasks are not replaced by the 2024 advice to have one', () => {
    const a = g.answer('hva gjør styringsgruppa egentlig');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/forberede|informasjon/);
  });
});
