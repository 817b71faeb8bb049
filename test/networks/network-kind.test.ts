import { describe, expect, it } from 'vitest';
import { kindFromName, kindNamed } from '../../src/networks/network-kind.ts';

describe('the kind of network a word or a team name names', () => {
  it('reads the forms a leader types after «nettverkstype»', () => {
    for (const w of ['ledernettverk', 'Barnevernsledernettverk', 'barnevernsledernettverket', 'leder', 'ledere'])
      expect(kindNamed(w), w).toBe('leaders');
    for (const w of ['læringsnettverk', 'Læringsnettverket', 'laeringsnettverk', 'læring', 'laring'])
      expect(kindNamed(w), w).toBe('learning');
    for (const w of ['', 'nettverk', 'prosjekt', 'ledernettverk og læringsnettverk'])
      expect(kindNamed(w), w).toBeNull();
  });

  it('reads a team name only when it names one kind', () => {
    expect(kindFromName('Barnevernsledernettverket Øst')).toBe('leaders');
    expect(kindFromName('Ledernettverk Romerike')).toBe('leaders');
    expect(kindFromName('Læringsnettverk Romerike')).toBe('learning');
    expect(kindFromName('Nettverk Øvre Romerike')).toBeNull();
    expect(kindFromName('Lærings- og ledernettverk')).toBeNull();
  });
});
