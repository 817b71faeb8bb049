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
    // Month s16 #1: what is left to do stands for the task word.
    'hva har jeg igjen',
    'hva har jeg igjen?',
    'hva gjenstår for meg?',
    'hva skal jeg gjøre?',
    'hva skal jeg gjøre nå',
    'har jeg noe ugjort',
    'hva står igjen på meg?',
    'er det noe jeg ikke har gjort?',
    'hva må eg gjere?',
    'hva har jeg å gjøre i dag?',
    'mangler jeg noe?',
    'kva har eg att?',
  ])('«%s» asks for my own tasks', (q) => expect(asksOwnTasks(q)).toBe(true));

  it.each([
    'hvem har ansvar for rapporteringen?',
    'hva har prosjektleder ansvar for?',
    'hva har jeg ansvar for som prosjektleder?',
    'hvilke oppgaver har vi?',
    'hva er min frist for å søke?',
    'hva er mine rettigheter som deltaker?',
    'hva er mine oppgaver som prosjektleder?',
    // Month s16 #1: a first-person question about the grant rules names what it is about.
    'hva må jeg gjøre for å søke?',
    'hva må jeg gjøre for å søke om tilskudd',
    'hvor mye har jeg igjen av midlene?',
    'hva gjenstår av budsjettet?',
    'jeg skal gjøre det',
    'jeg har gjort det',
    'hva har jeg gjort feil?',
    'hva skal jeg gjøre med ubrukte midler?',
  ])('«%s» is another question', (q) => expect(asksOwnTasks(q)).toBe(false));
});
