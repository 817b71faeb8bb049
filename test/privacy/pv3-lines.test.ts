// A number split over two lines the minutes put side by side (attack round 8, A3), and control
// characters in what the bot sends (A6): the pure parts, beside the e2e in pv3-findings.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { maskAcrossLines } from '../../src/privacy/across-lines.ts';
import { withoutControls } from '../../src/privacy/controls.ts';
import { redactText } from '../../src/privacy/redact.ts';
import { validNationalId } from '../support/national-id.ts';

const MARK = '[fødselsnummer fjernet]';

describe('maskAcrossLines', () => {
  it('masks a number whose digits end one line and start the next, keeping the words around it', () => {
    expect(maskAcrossLines(['• saken gjelder 010190', '• 12345 er resten', '• annet'])).toEqual([
      `• saken gjelder ${MARK}`,
      '• er resten',
      '• annet',
    ]);
    expect(maskAcrossLines(['Vedtak: tema 0101', '• 9012345 videre'])).toEqual([`Vedtak: tema ${MARK}`, '• videre']);
    const id = validNationalId('150387', '124');
    expect(maskAcrossLines([`• ref ${id.slice(0, 6)}`, `• ${id.slice(6)}`])).toEqual([`• ref ${MARK}`, `• ${MARK}`]);
  });
  it('masks a number within one line as the outgoing mask does', () => {
    expect(maskAcrossLines(['• sak 010190 12345 ferdig'])).toEqual([redactText('• sak 010190 12345 ferdig')]);
  });
  it('leaves lines that hold no number together as they are', () => {
    const lines = [
      '• fagdag 12.03.2027',
      '• 12 deltakere',
      'Vedtak: budsjett 450 000',
      '• 12345 kr til reise',
      'Oppgave: sende tall (Nes, frist 15.01.2027)',
      '• 2026',
    ];
    expect(maskAcrossLines(lines)).toEqual(lines);
    expect(maskAcrossLines([])).toEqual([]);
  });
});

describe('withoutControls and the outgoing mask', () => {
  it('removes C0 and C1 controls and ANSI sequences, keeping tab and line breaks', () => {
    expect(withoutControls('Ctl \u0000\u0007\u001b[31m rød')).toBe('Ctl  rød');
    expect(withoutControls('a\u0085b\u009b1mc\u007fd')).toBe('abcd');
    expect(withoutControls('linje 1\nlinje 2\r\n\tinnrykk')).toBe('linje 1\nlinje 2\r\n\tinnrykk');
    const plain = 'Møte 12.03.2027 – «Fagdag» æøå';
    expect(withoutControls(plain)).toBe(plain);
  });
  it('nothing the outgoing mask gives carries one', () => {
    expect(redactText('Frist \u0000\u001b[1mviktig\u001b[0m')).toBe('Frist viktig');
    expect(redactText('sak 010190\u0007 12345')).toBe(`sak ${MARK}`);
  });
});
