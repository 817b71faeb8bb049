import { describe, expect, it } from 'vitest';
import { whoOwnsSubject } from '../../src/tasks/who-owns-question.ts';

describe('whoOwnsSubject (month s14 #4)', () => {
  it.each([
    ['hvem har ansvar for lokalet til fagdagen?', 'lokalet til fagdagen'],
    ['Hvem har ansvaret for invitasjonen', 'invitasjonen'],
    ['hvem er ansvarlig for budsjettet?', 'budsjettet'],
    ['hvem skal bestille lunsj til fagdagen?', 'bestille lunsj til fagdagen'],
    ['hvem har fått oppgaven med programmet?', 'programmet'],
    ['hvem har T4?', 'T4'],
    ['kven har ansvar for lokalet?', 'lokalet'],
  ])('«%s» asks who owns «%s»', (q, subject) => expect(whoOwnsSubject(q)).toBe(subject));

  it.each([
    'hvem kan søke om midler?',
    'hvem er leder?',
    'hva har jeg ansvar for?',
    'hvem har ansvar for at midlene brukes etter formålet når nettverket har flere kommuner og en felles koordinator?',
  ])('«%s» is another question', (q) => expect(whoOwnsSubject(q)).toBeNull());
});
