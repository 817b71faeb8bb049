import { describe, expect, it } from 'vitest';
import { looksLikeMeetingLine } from '../../src/meetings/thread-talk.ts';

// A post beside a running meeting gets the «skriv det i møtetråden» hint only when it reads as a line for the minutes.
describe('looksLikeMeetingLine', () => {
  it.each([
    'vedtak: Hurdal leverer tall til T2 innen 8. januar',
    'Vedtak – felles fagdag i mars',
    'VEDTAK:felles fagdag',
    'beslutning: vi søker',
    'Info: Bufetat kan holde opplæring',
    'notat: ny mal for referat',
    '- info: punktliste fra notatene',
    'oppgave @Ola Hansen bestille lokale innen 11.12',
    'Oppgave Nes: lage oversikt innen 1.2',
    'oppgave T2 ferdig',
    'oppgave: ringe Bufetat',
    'Til stede: Nes, Hurdal',
    'tilstede Nes og Hurdal',
    'Forfall fra Eidsvoll',
    'T2 er ferdig, planen ligger i mappa',
    'gjort: faste veiledningsgrupper',
  ])('«%s» is a meeting line', (typed) => {
    expect(looksLikeMeetingLine(typed)).toBe(true);
  });

  it.each([
    'God morgen, vi starter om fem minutter',
    'Info om kurset kommer senere i dag',
    'oppgaven fra sist var vanskelig',
    'oppgave 3 i kurset var lett',
    'Vedtaket fra i fjor gjelder fortsatt',
    'Hvem har forfallsdato på fakturaen?',
    'Er alle til stede?',
    'Kan noen sende referatet?',
    'T2-rapporten er levert',
  ])('«%s» is ordinary chat', (typed) => {
    expect(looksLikeMeetingLine(typed)).toBe(false);
  });
});
