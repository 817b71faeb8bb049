import { describe, expect, it } from 'vitest';
import { confirmedLine, nearMissEntry } from '../../src/meetings/keyword-typo.ts';

describe('nearMissEntry: one edit from an entry word, before a colon', () => {
  it('reads swaps, a missing, an extra or a wrong letter, in any case', () => {
    for (const [typed, word] of [
      ['vedatk: x', 'vedtak'],
      ['VEDAK: x', 'vedtak'],
      ['vedttak : x', 'vedtak'],
      ['ifno: x', 'info'],
      ['inf: x', 'info'],
      ['notta: x', 'notat'],
      ['beslutnnig: x', 'beslutning'],
    ])
      expect(nearMissEntry(typed)?.word, typed).toBe(word);
    expect(nearMissEntry('vedatk:   Arbeidsgruppa får mandat')?.line).toBe('vedtak: Arbeidsgruppa får mandat');
  });

  it('leaves the words themselves, two edits away, no colon, or nothing after it', () => {
    for (const typed of ['vedtak: x', 'Info: x', 'Merk: x', 'vdetka: x', 'vedatk x', 'vedatk:', 'Kl: 10 starter vi'])
      expect(nearMissEntry(typed), typed).toBeNull();
  });

  it('a confirmed line is a decision or a note', () => {
    expect(confirmedLine('beslutning: x')).toEqual({ kind: 'decision', args: 'x' });
    expect(confirmedLine('notat: y')).toEqual({ kind: 'note', args: 'y' });
    expect(confirmedLine('vedatk: y')).toBeNull();
  });
});
