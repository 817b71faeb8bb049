import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { spendingDeadline } from '../../src/guidelines/spending-deadline.ts';

// Round 12's causes, in our own wordings.
const g = loadKnowledgeBaseSync();

describe('round 12 causes', () => {
  it('reads a bare «frist» after money spent by a date as the spending deadline', () => {
    expect(spendingDeadline('hvilken frist har 2025-pengene', 'før måtte tilskuddet være brukt opp innen nyttår')).toBe(
      'hvilken frist for å bruke har 2025-pengene',
    );
    // A deadline that says its kind, or a message that never speaks of spending, is left alone.
    expect(spendingDeadline('når er søknadsfristen', 'pengene ble brukt innen fristen')).toBe('når er søknadsfristen');
    expect(spendingDeadline('hva er fristen', 'vi søkte i fjor')).toBe('hva er fristen');
  });

  it('answers the spending deadline when the old one is given as context', () => {
    const a = g.answer(
      'Forrige tildeling skulle være brukt opp innen nyttår 2023. Hvilken frist gjelder for pengene fra 2024?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/31\.12\.2024|utgangen av 2024/);
  });
});
