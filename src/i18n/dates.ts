export const dateText = {
  /** The months as written in running text («februar 2025»), January first. */
  monthNames: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  /** One date as it can be copied into a command; the forms understood are listed in `unreadable`. */
  example: '30.09',
  empty: 'Datoen mangler.',
  unreadable: (typed: string) =>
    `Jeg forstod ikke datoen «${typed}». Jeg forstår for eksempel 30.09, 30. september, fredag, neste uke, om 2 uker, nyttår og neste møte.`,
  noSuchDate: (typed: string) => `Datoen «${typed}» finnes ikke i kalenderen.`,
  justPassed: (typed: string, passed: string, nextYear: string) =>
    `«${typed}» var ${passed}, for kort tid siden. Mener du ${nextYear}, skriv året med, for eksempel «${nextYear}».`,
  /** Attack round 12 A1: a date more than ten years ahead is taken for a typing slip. */
  tooFarAhead: (typed: string, date: string, example: string) =>
    `«${typed}» er ${date}, mer enn ti år fram i tid. Sjekk året, for eksempel «${example}».`,
  weekdayMismatch: (typed: string, actual: string) => `«${typed}» stemmer ikke: den datoen er en ${actual}.`,
  noNextMeeting: 'Nettverket har ingen kommende møter i møteplanen, så «neste møte» er ikke en dato ennå.',
} as const;
