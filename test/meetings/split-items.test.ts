import { describe, expect, it } from 'vitest';
import { splitItems } from '../../src/meetings/split-items.ts';

// Month s15 #2: several meeting lines in one message are split where a keyword opens a sentence or follows «;».
describe('splitItems', () => {
  it('splits at a repeated keyword after «;» or a full stop', () => {
    expect(
      splitItems('vedtak: Søknaden sendes innen 15. januar; oppgave @Ola Hansen sender søknaden innen 15.01.2027'),
    ).toEqual([
      { kind: 'decision', line: 'vedtak: Søknaden sendes innen 15. januar', args: 'Søknaden sendes innen 15. januar' },
      {
        kind: 'task',
        line: 'oppgave @Ola Hansen sender søknaden innen 15.01.2027',
        args: '@Ola Hansen sender søknaden innen 15.01.2027',
      },
    ]);
    expect(
      splitItems('Vedtak: Referatet fra desember godkjent. Oppgave: Kari sender referatet til kommunedirektørene')?.map(
        (p) => [p.kind, p.args],
      ),
    ).toEqual([
      ['decision', 'Referatet fra desember godkjent.'],
      ['task', 'Kari sender referatet til kommunedirektørene'],
    ]);
    expect(
      splitItems('Vedtak: Nannestad blir vertskommune. Vedtak: Vi bruker Bufdirs budsjettmal')?.map((p) => p.args),
    ).toEqual(['Nannestad blir vertskommune.', 'Vi bruker Bufdirs budsjettmal']);
  });

  it('leaves one line alone, and a keyword inside a sentence or after a date', () => {
    expect(splitItems('vedtak: felles fagdag i mars')).toBeNull();
    expect(splitItems('vedtak: Vi søker. Info om dette kommer')).toBeNull();
    expect(splitItems('info: vedtak: se punkt 4')).toBeNull();
    expect(splitItems('vedtak: frist 15. Oppgave: x')).toBeNull();
    expect(splitItems('Hei. Vedtak: x. Vedtak: y')).toBeNull();
  });

  // Review s15 #5: the owner check ran under the keyword's case-insensitive match, so any word passed.
  it('keeps a lowercase «oppgave» continuation in the line, and still splits at an owner', () => {
    expect(splitItems('vedtak: Budsjettet godkjent; oppgave er å sende det videre')).toBeNull();
    expect(splitItems('Vedtak: Vi går videre. Oppgave for neste møte er å lese planen')).toBeNull();
    expect(splitItems('vedtak: Budsjettet godkjent; oppgave @Ola sender det videre')?.map((p) => p.kind)).toEqual([
      'decision',
      'task',
    ]);
    expect(splitItems('vedtak: Budsjettet godkjent; oppgave Kari sender det videre')?.map((p) => p.args)).toEqual([
      'Budsjettet godkjent',
      'Kari sender det videre',
    ]);
  });
});
