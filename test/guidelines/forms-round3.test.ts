import { describe, expect, it } from 'vitest';
import { fullText } from '../../src/guidelines/eval-core.ts';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';
import { phrases } from '../../src/guidelines/analyzer.ts';

// Mechanisms behind failures on questions nobody on the team wrote (outside tester, round 2). Each test
// uses wordings of its own, not the evaluation sets' strings, and checks the kind of fact the answer gives.
const g = loadKnowledgeBaseSync();

describe('what the money may not be used for is not money left unspent', () => {
  it('reads "ikke brukt (opp)" as unspent money, "ikke bruke … til/på" as a prohibition', () => {
    expect(phrases('midler som ikke er brukt')).toContain('ubrukte');
    expect(phrases('vi rakk ikke å bruke opp pengene')).toContain('ubrukte');
    expect(phrases('hvis vi ikke klarer å bruke pengene')).toContain('ubrukte');
    expect(phrases('hva får vi ikke bruke pengene til')).not.toContain('ubrukte');
    expect(phrases('kva kan ein ikkje bruke midlane på')).not.toContain('ubrukte');
  });

  it('asked what the grant may not pay for, the answer is about limits on use, not repayment', () => {
    for (const q of ['hva får vi ikke bruke pengene til', 'hva er det vi ikke kan bruke tilskuddet på', 'kva kan me ikkje bruke midlane til']) {
      const a = g.answer(q);
      expect(a.answered, q).toBe(true);
      expect(fullText(a), q).toMatch(/ikke kan brukes|dekkes ikke|godkjent budsjett/);
      expect(fullText(a), q).not.toMatch(/betales tilbake/);
    }
  });

  it('asked about money left over, the answer is still about unspent money', () => {
    const a = g.answer('hva skjer med pengene vi ikke rakk å bruke opp');
    expect(a.answered).toBe(true);
    expect(fullText(a)).toMatch(/tilbake|overf/);
  });
});
