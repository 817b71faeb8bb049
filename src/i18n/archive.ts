import type { CommandText } from '../commands/spec.ts';
import { count } from './common.ts';

/** The minutes archive: the list of minutes, a choice between a day's meetings, and decision search. */
export const archiveText = {
  group: 'Møter',
  commands: {
    list: {
      usage: 'referater [år]',
      description: 'Alle referatene, nyeste først, med vedtak og nedlasting.',
      example: 'referater',
    },
    search: {
      usage: 'finn vedtak <søkeord>',
      description: 'Finner vedtak i alle referatene.',
      example: 'finn vedtak fosterhjem',
    },
  } satisfies Record<string, CommandText>,
  listTitle: 'Referater',
  listYearTitle: (year: string) => `Referater ${year}`,
  listEmpty: 'Nettverket har ingen referater ennå. Referatet lages når en leder skriver «avslutt møte».',
  listYearEmpty: (year: string) => `Nettverket har ingen referater fra ${year}.`,
  listMore: (shown: number, total: number) =>
    `Viser de ${shown} nyeste av ${total}. Skriv «referater <år>» for et bestemt år, for eksempel «referater 2025».`,
  heading: (date: string, time: string) => `${date} kl. ${time}`,
  noDecisions: 'Ingen vedtak.',
  moreDecisions: (n: number) => `… og ${n} til i referatet.`,
  show: 'Vis referatet',
  docx: '.docx',
  md: 'Markdown',
  chooseTitle: (date: string, n: number) => `${count(n, 'møte', 'møter')} ${date}: hvilket referat?`,
  searchTitle: (query: string, n: number) => (n === 1 ? `1 vedtak om «${query}»` : `${n} vedtak om «${query}»`),
  searchNone: (query: string) =>
    `Fant ingen vedtak om «${query}» i referatene. Prøv et kortere ord eller en del av et ord.`,
  searchEmpty: 'Skriv hva vedtaket handlet om etter «finn vedtak».',
  searchNoMinutes: 'Nettverket har ingen referater å søke i ennå.',
  searchMore: (shown: number, total: number) =>
    `Viser de ${shown} nyeste av ${total} treff. Skriv flere ord for å snevre inn.`,
  badYear: (typed: string) => `«${typed}» er ikke et årstall.`,
  notFound: 'Jeg finner ikke det referatet i dette nettverket.',
} as const;
