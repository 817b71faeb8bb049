import { describe, expect, it } from 'vitest';
import { readTaskStatus } from '../../src/meetings/task-status-phrase.ts';

describe('readTaskStatus', () => {
  it.each([
    ['T1 er ferdig', 'T1 ferdig'],
    ['t1 ferdig!', 'T1 ferdig'],
    ['ferdig med oppgave T5', 'T5 ferdig'],
    ['Oppgave T5 er nå fullført', 'T5 ferdig'],
    ['T5 er done', 'T5 ferdig'],
    ['#T5 gjort', 'T5 ferdig'],
    ['T3 pågår', 'T3 pågår'],
    ['T3 er i gang', 'T3 pågår'],
    ['Jeg har startet på T6 nå.', 'T6 pågår'],
    ['T2 er utsatt til 20.12', 'T2 utsett 20.12'],
    ['utsett T2 til neste møte', 'T2 utsett neste møte'],
    // Moving and a new due date may go either way; only «utsett» must go later.
    ['flytt T7 til fredag', 'T7 ny frist fredag'],
    ['ny frist for T2: 20.12', 'T2 ny frist 20.12'],
    ['T2 er utsatt', 'T2 utsett'],
    ['T4 og T5 er gjort', 'T4 T5 ferdig'],
    ['T1 er ikke ferdig', 'T1 åpne igjen'],
    ['er T1 ferdig?', 'T1'],
  ])('%s → %s', (typed, args) => {
    expect(readTaskStatus(typed)).toBe(args);
  });

  it.each([
    'Hva er fristen for søknaden?',
    'T1',
    'hva handler T1 om',
    'Når er rapporten ferdig?',
    'T3 handler om opplæring, og det tar tid før vi kan si noe mer om hvordan det går med planen for ferdig arbeid',
    'TV-serien er ferdig',
    'Rapporten for tertial T2 er levert',
    'Regnskapet i T2 er ferdig',
    'T2 2026 er ferdig rapportert',
    'T2-rapporten er levert',
    // A requirement or a plan is not a status (a stranger's decision line closed T2).
    'T2 skal være ferdig før jul',
    'T2 må være ferdig innen fredag',
    'T4 bør bli gjort før neste møte',
    'T3 skal startes i januar',
    // A labelled line is a meeting entry, even when the label is mistyped.
    'vedtk: T2 er ferdig',
    'Notat: T5 gjort',
  ])('leaves «%s» alone', (typed) => {
    expect(readTaskStatus(typed)).toBeNull();
  });
});
