export const dateText = {
  example: 'innen 30.09, innen 30. september, innen fredag, innen neste møte eller innen om 2 uker',
  empty: 'Datoen mangler.',
  unreadable: (typed: string) => `Jeg forstod ikke datoen «${typed}».`,
  noSuchDate: (typed: string) => `Datoen «${typed}» finnes ikke i kalenderen.`,
  justPassed: (typed: string, passed: string, nextYear: string) =>
    `«${typed}» var ${passed}, for kort tid siden. Mener du ${nextYear}, skriv året med, for eksempel «${nextYear}».`,
  weekdayMismatch: (typed: string, actual: string) => `«${typed}» stemmer ikke: den datoen er en ${actual}.`,
  noNextMeeting: 'Nettverket har ingen kommende møter i møteplanen, så «neste møte» er ikke en dato ennå.',
} as const;
