import { describe, expect, it } from 'vitest';
import { asksOwnTasks } from '../../src/tasks/own-tasks-question.ts';

describe('asksOwnTasks', () => {
  it.each([
    'hva har jeg ansvar for?',
    'hva er mitt?',
    'hva har jeg av oppgaver?',
    'har jeg noen oppgaver?',
    'hvilke oppgaver har jeg igjen',
    'hva er mitt ansvar',
    'kva har eg ansvar for?',
    'har eg nokon oppgåver?',
    'hva er mine opgaver?',
    'har jeg noen oppgavr igjen',
  ])('«%s» asks for my own tasks', (q) => expect(asksOwnTasks(q)).toBe(true));

  it.each([
    'hvem har ansvar for rapporteringen?',
    'hva har prosjektleder ansvar for?',
    'hva har jeg ansvar for som prosjektleder?',
    'hvilke oppgaver har vi?',
    'hva skal jeg gjøre?',
    'hva er min frist for å søke?',
    'hva er mine rettigheter som deltaker?',
    'hva er mine oppgaver som prosjektleder?',
  ])('«%s» is another question', (q) => expect(asksOwnTasks(q)).toBe(false));
});
