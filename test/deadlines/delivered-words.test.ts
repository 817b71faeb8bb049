import { describe, expect, it } from 'vitest';
import { readDelivered } from '../../src/deadlines/delivered-by-words.ts';

describe('readDelivered (N13): the words for «Levert»', () => {
  it('reads the forms people write, with or without an F-number', () => {
    expect(readDelivered('levert')).toBe('');
    expect(readDelivered('Levert!')).toBe('');
    expect(readDelivered('den er levert.')).toBe('');
    expect(readDelivered('Søknaden er levert')).toBe('');
    expect(readDelivered('vi har levert nå')).toBe('');
    expect(readDelivered('F2 er levert')).toBe('F2');
    expect(readDelivered('f12 levert')).toBe('F12');
    expect(readDelivered('levert F3')).toBe('F3');
  });
  it('leaves other sentences alone', () => {
    expect(readDelivered('er søknaden levert?')).toBeNull();
    expect(readDelivered('hvem har levert søknaden')).toBeNull();
    expect(readDelivered('levert for sent, hva skjer da')).toBeNull();
    expect(readDelivered('oppgave T2 levert')).toBeNull();
  });
});
