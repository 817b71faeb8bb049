import { describe, expect, it } from 'vitest';
import { maskAcrossLines } from '../../src/privacy/across-lines.ts';

// Attack round 8b, A1: two decisions, each harmless alone, whose digits meet across the «Vedtak:» label
// the minutes put before every decision line.
describe('a number split over two labelled minutes lines', () => {
  it('is masked where the lines meet, whatever label the second line carries', () => {
    for (const label of ['Vedtak', 'Oppgave']) {
      const out = maskAcrossLines([`Vedtak: Nes tar 150390`, `${label}: 12488 kroner`]);
      expect(out.join('\n')).not.toMatch(/150390|12488/);
      expect(out[1]).toContain('kroner');
    }
  });

  it('leaves two ordinary labelled lines with numbers as they are', () => {
    const lines = ['Vedtak: budsjettet er 150 000 kr', 'Vedtak: 12 deltakere fra 4 kommuner'];
    expect(maskAcrossLines(lines)).toEqual(lines);
  });
});
