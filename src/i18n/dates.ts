export const dateText = {
  example: 'innen 30.09, innen 30. september, innen fredag, innen neste møte eller innen om 2 uker',
  empty: 'Datoen mangler.',
  unreadable: (typed: string) => `Jeg forstod ikke datoen «${typed}».`,
  noSuchDate: (typed: string) => `Datoen «${typed}» finnes ikke i kalenderen.`,
  noNextMeeting: 'Nettverket har ingen kommende møter i møteplanen, så «neste møte» er ikke en dato ennå.',
} as const;
