import { describe, expect, it } from 'vitest';
import { refusedOnly } from '../../src/commands/edited-refusals.ts';
import { privacyText } from '../../src/i18n/index.ts';

// Trust review, item 6: a command that answered nothing did not refuse anything, so its edit must
// not run as the command as meant. Only an answer made of refusals counts as refused.
describe('refusedOnly', () => {
  it('an empty answer is no refusal', () => {
    expect(refusedOnly([])).toBe(false);
  });
  it('the input check’s refusal alone is one; with anything else beside it, not', () => {
    const refused = { kind: 'text' as const, text: privacyText.childRefused('age') };
    expect(refusedOnly([refused])).toBe(true);
    expect(refusedOnly([refused, { kind: 'text', text: '✓ Notat (punkt 1)' }])).toBe(false);
  });
});
