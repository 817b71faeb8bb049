import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { fullText } from '../../src/guidelines/eval-core.ts';
import { guidelinesText as t } from '../../src/i18n/guidelines.ts';

// Issue #12, lever 3: the current rule first, an old one only under its label, and only when it is a rule that
// a newer one replaced. The team's own wordings.
const g = loadKnowledgeBaseSync();

describe('the 2022 two pots are the earlier rule, the 2024 three schemes the current one', () => {
  it.each(['finnes det fremdeles to potter å søke fra?', 'kan et nettverk få penger fra begge pottene'])('%s', (q) => {
    const a = g.answer(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/tre ordninger/);
    expect(a.answer).not.toMatch(/to potter/);
    expect(a.noteKind).toBe('older');
    expect(fullText(a)).toContain(`${t.card.olderLabel}: 2022`);
  });
});

describe('an older text on another point is no earlier rule', () => {
  it('the 2018 steering group tasks are not replaced by the 2024 advice to have one', () => {
    const a = g.answer('hva gjør styringsgruppa egentlig');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/forberede|informasjon/);
  });
});
