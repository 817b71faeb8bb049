/** The tab's API: refusals and the few words the server puts in its answers (issue #16). */
export const tabApiText = {
  /** An identity number in a field of the tab (month round 6b, N10): nothing is stored, and no chat message exists. */
  identityRefused:
    'Feltet ser ut til å inneholde et fødselsnummer (eller D-/H-nummer), så ingenting er lagret. Fjern nummeret fra feltet og lagre på nytt. Her handler det om tjenestene og nettverkets arbeid, aldri om enkeltbarn: skriv for eksempel «et barn i fosterhjem» i stedet for nummeret.',
  unauthorized: 'Du er ikke logget inn. Åpne fanen i Teams på nytt, så logger Teams deg inn.',
  tenantNotAllowed: 'Organisasjonen din har ikke tilgang til Nettverksboten.',
  /** The one answer for a network that is not the caller's, whether it exists or not: nothing shows. */
  forbidden: 'Du har ikke tilgang til dette nettverket.',
  keysUnavailable: 'Innloggingen kunne ikke sjekkes akkurat nå. Prøv igjen om et minutt.',
  rosterUnavailable: 'Jeg fikk ikke sjekket med Teams at du er med i teamet. Prøv igjen om et minutt.',
  internal: 'Noe gikk galt hos Nettverksboten. Prøv igjen om litt.',
  /** The overview shows a few lines of an agenda item (attack round 7, A5). */
  moreLines: (n: number) => `… og ${n} til (se agendaen i møtekortet)`,
  /** Attack round 6b, A11: far more requests than the tab makes in use. */
  tooManyRequests: (seconds: number) =>
    `For mange forespørsler på kort tid. Vent ${seconds === 1 ? 'ett sekund' : `${seconds} sekunder`} og prøv igjen. Fanen selv sender aldri så mange, så et skript eller en annen fane kan stå bak.`,
  leaderOnly: (leaders: string[]) =>
    `Bare nettverkets ledere kan endre innstillingene.${leaders.length ? ` Ledere nå: ${leaders.join(', ')}.` : ''}`,
  contextNeedsPlace:
    'Fanen må vite hvilket team eller hvilken chat den står i (teamId eller chatId). Eksempel: /tab/api/context?tenantId=…&teamId=19:…@thread.tacv2',
  howToAddTeam:
    'Nettverksboten er ikke lagt til i dette teamet ennå. Legg den til først: velg «Apper» i Teams, søk etter Nettverksboten, velg «Legg til i et team» og velg kanalen nettverket bruker. Kom så tilbake hit og legg til fanen.',
  howToAddChat:
    'Nettverksboten er ikke lagt til i denne chatten ennå. Legg den til først: velg «+» øverst i chatten eller «Apper», søk etter Nettverksboten og legg den til i chatten. Kom så tilbake hit og legg til fanen.',
  badField: (field: string, example: string) => `Feltet «${field}» mangler eller har feil form. Eksempel: ${example}`,
  dueNeeded: 'Velg en ny frist for å utsette oppgaven (en dato fra i dag), for eksempel 2026-12-15.',
  meetingNotFound: (id: string) =>
    `Fant ikke noe referat med id ${id} i dette nettverket. Velg et referat fra arkivet.`,
  questionTooLong: (max: number) =>
    `Spørsmålet er for langt: skriv det med høyst ${max} tegn. Eksempel: Hvor mye kan vi bruke på administrasjon?`,
  queryTooLong: (max: number) => `Søket er for langt: bruk høyst ${max} tegn. Eksempel: fosterhjem`,
  noMunicipality: 'Uten kommune',
  columns: { open: 'Åpne', in_progress: 'Pågår', postponed: 'Utsatt', done: 'Ferdig' },
  delivered: (title: string) => `«${title}» er merket som levert.`,
  alreadyDelivered: (title: string) => `«${title}» var allerede merket som levert.`,
  personUnknown: 'Fant ikke den personen i nettverket. Velg en person fra listen.',
  saved: 'Lagret.',
};
