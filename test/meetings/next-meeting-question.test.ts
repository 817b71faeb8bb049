import { describe, expect, it } from 'vitest';
import { asksNextMeeting } from '../../src/meetings/next-meeting-question.ts';

describe('asksNextMeeting (month s14 #4, #13)', () => {
  it.each([
    'neste møte',
    'når er neste møte?',
    'hva skjer på neste møtet',
    'når er nesete møte',
    'når møtes vi neste gang?',
    'hva står på agendaen til neste møte?',
    'når er møtet?',
    'kva skjer på neste nettverksmøte',
    'når starter neste samling',
  ])('«%s» asks about the next meeting', (q) => expect(asksNextMeeting(q)).toBe(true));

  it.each([
    'hvor ofte skal nettverket ha møter?',
    'når var fellessamlingen i Hordaland?',
    'neste',
    'neste punkt',
    'nesten alle kommer på møtet',
    'hva skal et møte i et ledernettverk inneholde?',
    'når er neste søknadsfrist?',
    'møtet agenda',
  ])('«%s» is something else', (q) => expect(asksNextMeeting(q)).toBe(false));
});
