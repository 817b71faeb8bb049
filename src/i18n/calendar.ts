import type { CommandText } from '../commands/spec.ts';

/** Single meetings: moved, cancelled, extra; the holiday question; an unplanned start. */
export const calendarText = {
  group: 'Møter',
  commands: {
    move: {
      usage: 'flytt møte <dato> til <dato> [kl. 10:00–14:00]',
      description: 'Flytter ett møte (bare ledere). Agendaforslag og varsler følger med.',
      example: 'flytt møte 29.01 til 22.01 kl. 10:00–14:00',
    },
    cancel: {
      usage: 'avlys møte <dato> [grunn]',
      description: 'Avlyser ett møte (bare ledere). Agendaforslagene går til neste møte.',
      example: 'avlys møte 26.02 for få saker',
    },
    extra: {
      usage: 'ekstra møte <dato> [kl. …]',
      description: 'Legger inn et ekstra møte (bare ledere).',
      example: 'ekstra møte 12.02 kl. 12–14',
    },
    skip: {
      usage: 'hopp over møtet i <måned> [grunn]',
      description: 'Avlyser det neste møtet i en måned (bare ledere), som «avlys møte <dato>».',
      example: 'hopp over møtet i februar vinterferie',
    },
    stopSeries: {
      usage: 'avslutt møteserien',
      description: 'Avslutter de faste møtene (bare ledere); holdte møter står. Samme som «møteplan stopp».',
      example: 'avslutt møteserien',
    },
  } satisfies Record<string, CommandText>,
  skipNone: (month: string, next: string) =>
    `Det er ikke planlagt noe møte i ${month}.${next ? ` De neste møtene er ${next}.` : ''}`,
  moveWhat: 'flytte et møte',
  cancelWhat: 'avlyse et møte',
  extraWhat: 'legge inn et ekstra møte',
  holidayWhat: 'velge ny dato for møtet',
  replaceWhat: 'koble møtet til et planlagt møte',
  noDate: 'Jeg fant ingen dato jeg forstod.',
  noTarget: 'Skriv hvilken dato møtet skal flyttes til, etter «til».',
  noMeetingOn: (date: string, next: string) =>
    `Det er ikke noe planlagt møte ${date}.${next ? ` Neste møter: ${next}.` : ''}`,
  pastDate: (date: string) => `${date} er passert. Velg en dato fram i tid.`,
  alreadyMeeting: (date: string) => `Det er allerede et møte ${date}.`,
  badTime: 'Klokkeslettet forstod jeg ikke. Skriv for eksempel «kl. 10:00–14:00».',
  sameDate: 'Møtet er allerede den dagen. Skriv et nytt klokkeslett for å endre tiden.',
  moved: (from: string, to: string, time: string) => `Møtet ${from} er flyttet til ${to} ${time}.`,
  timeChanged: (date: string, time: string) => `Møtet ${date} går nå ${time}.`,
  proposalsMoved: (n: number) => (n === 1 ? '1 agendaforslag følger med.' : `${n} agendaforslag følger med.`),
  proposalsToNext: (n: number, date: string) =>
    n === 1
      ? `1 agendaforslag er flyttet til neste møte, ${date}.`
      : `${n} agendaforslag er flyttet til neste møte, ${date}.`,
  noticesFollow: 'Agendaen og påminnelsen kommer etter den nye datoen, og kalenderen oppdateres.',
  onSpecialDay: (day: string) => `Merk: den dagen er ${day.toLowerCase()}.`,
  cancelled: (date: string, reason: string) =>
    `Møtet ${date} er avlyst${reason ? ` (${reason})` : ''}. Varslene for det er stoppet, og kalenderen viser det som avlyst.`,
  extraReason: (reason: string) => `Formål: ${reason}.`,
  extraAdded: (date: string, time: string) =>
    `Ekstra møte ${date} ${time} er lagt inn. Agendaen kommer en uke før, og møtet står i kalenderen.`,
  holidayTitle: (date: string, day: string) => `Møtet ${date} faller på ${day.toLowerCase()}`,
  holidayMessage:
    'Hva skal skje med møtet? Ingenting flyttes før en leder har valgt. Andre datoer: skriv «@Nettverksboten flytt møte <dato> til <dato>».',
  holidayMove: (date: string) => `Flytt til ${date}`,
  holidaySkip: 'Dropp møtet denne gangen',
  holidayKeep: 'Behold datoen',
  holidaySummary: (date: string) => `Møtet ${date}: velg ny dato`,
  holidayDecidedMove: (date: string, who: string) => `${who} valgte: møtet flyttes til ${date}.`,
  holidayDecidedSkip: (who: string) => `${who} valgte: møtet droppes denne gangen.`,
  holidayDecidedKeep: (who: string) => `${who} valgte: møtet holdes på datoen.`,
  holidayGone: 'Det møtet er ikke lenger planlagt; valget er ikke brukt.',
  /** A card pressed after a leader moved the meeting by command (month round 14, #3). */
  holidayOutdated: (when: string, from: string) =>
    `Dette kortet er utdatert: møtet er endret etter at kortet ble sendt, og står nå ${when}. Valget er ikke brukt. Skal det flyttes igjen, skriv for eksempel «@Nettverksboten flytt møte ${from} til <dato>».`,
  holidayBadChoice:
    'Det valget finnes ikke for dette møtet. Skriv «@Nettverksboten flytt møte <dato> til <dato>» for en annen dato.',
  extraTitle: 'Ekstra møte',
  extraMessage: (next: string) =>
    `Det var ikke planlagt noe møte i dag, så dette er et ekstra møte. Er det møtet ${next} dere holder nå, trykk knappen: da flyttes det hit, med agendaforslagene.`,
  replacesButton: (date: string) => `Erstatter møtet ${date}`,
  replaced: (date: string, n: number) =>
    `Dette møtet erstatter møtet ${date}.${n ? ` ${n} agendaforslag er lagt til på agendaen.` : ''}`,
  replacedDone: (date: string, who: string) => `${who} koblet møtet til det planlagte møtet ${date}.`,
  replaceGone: 'Det møtet er ikke lenger i gang eller planlagt, så jeg kan ikke koble dem.',
  // Read after "Merk: møtet er …" on the agenda and in brackets in «møteplan».
  noteHolidayMove: (from: string, day: string) => `flyttet fra ${from} fordi det er ${day.toLowerCase()}`,
  // ask: the day the leaders will be asked while it is ahead, null once they have been; not given, words
  // true either way («en måned før» is holidayAskDay in src/meetings/occurrences.ts).
  noteConflict: (day: string, ask?: string | null) =>
    ask === undefined
      ? `på ${day.toLowerCase()}; lederne får spørsmål om ny dato en måned før`
      : ask
        ? `på ${day.toLowerCase()}; lederne blir spurt om ny dato ${ask}`
        : `på ${day.toLowerCase()}; lederne er bedt om å velge dato`,
  noteMoved: (from: string) => `flyttet fra ${from}`,
  today: 'i dag',
  noteExtra: 'et ekstra møte',
  /** A meeting a leader kept on or moved to a day off (month round 14, #15). */
  noteDayOff: (before: string, day: string, extra: boolean) =>
    !before
      ? `på ${day.toLowerCase()}`
      : extra
        ? `${before} på ${day.toLowerCase()}`
        : `${before}, til ${day.toLowerCase()}`,
} as const;

/** Words in the calendar feed. */
export const feedText = {
  calendarName: 'Nettverksboten – møter og frister',
  meetingTitle: (network: string) => (network ? `Nettverksmøte – ${network}` : 'Nettverksmøte'),
  deadlineTitle: (title: string, network: string) => (network ? `${title} – ${network}` : title),
  cancelledTitle: (title: string) => `AVLYST: ${title}`,
  /** A meeting still on a holiday: marked tentative, with what happens next. */
  conflict: (day: string, askOn: string | null) =>
    `Møtet faller på ${day.toLowerCase()}. ${askOn ? `Lederne blir spurt om ny dato ${askOn}.` : 'Lederne er bedt om å velge dato.'}`,
  movedFrom: (from: string, holiday: string | null) =>
    `Flyttet fra ${from}${holiday ? ` (${holiday.toLowerCase()})` : ''}.`,
} as const;
