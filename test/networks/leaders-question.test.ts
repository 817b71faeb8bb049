import { describe, expect, it } from 'vitest';
import { asksLeaders } from '../../src/networks/leaders-question.ts';

describe('asksLeaders (month s14 #4)', () => {
  it.each(['hvem er leder?', 'Hvem er lederne i nettverket vårt?', 'hvem leder nettverket?', 'kven er leiar her?'])(
    '«%s» asks who leads the network',
    (q) => expect(asksLeaders(q)).toBe(true),
  );
  it.each([
    'hvem er leder av styringsgruppa?',
    'hvem skal være leder i et ledernettverk?',
    'ledere',
    'hvem kan delta i et barnevernsledernettverk?',
  ])('«%s» is another question', (q) => expect(asksLeaders(q)).toBe(false));
});
