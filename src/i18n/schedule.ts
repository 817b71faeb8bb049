export const scheduleText = {
  example: 'møteplan siste fredag i måneden 09:00-15:30',
  exampleSkip: 'møteplan siste fredag i måneden 09:00-15:30, ikke i juli',
  unreadMonths:
    'Jeg forstod ikke hvilken måned møtene skal hoppe over. Skriv månedene etter «ikke i», for eksempel «ikke i juli» eller «ikke i juli og desember».',
  noWeekday: 'Jeg fant ingen ukedag i beskrivelsen.',
  notWeekday: (typed: string, day: string) => `Jeg forstod ikke «${typed}». Mente du ${day}?`,
  noTime: 'Jeg fant ikke klokkeslettet møtet starter og slutter.',
  badTime: 'Klokkeslettet ser ikke riktig ut: sluttiden må være etter starttiden.',
  unreadTime: (typed: string) =>
    `Jeg forstod ikke klokkeslettet «${typed}». Skriv når møtet starter og slutter, med timer fra 0 til 23, for eksempel «kl 09:00-15:30».`,
  startDate: (typed: string) =>
    `Møteplanen gjelder fra i dag og tar ingen startdato, så «${typed}» ble ikke brukt, og ingenting er endret. Skriv planen uten startdatoen, og avlys møtene før den med «avlys møte <dato>».`,
  exampleNoStart: 'møteplan første fredag i måneden 09:00-15:00',
  noOrdinal:
    'Skriv hvilken ukedag i måneden det gjelder (første, andre, tredje, fjerde eller siste), eller «hver»/«annenhver» for ukentlige møter.',
} as const;
