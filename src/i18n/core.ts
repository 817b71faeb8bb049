export const helpText = {
  title: 'Dette kan Nettverksboten',
  intro:
    'Skriv kommandoene til meg. I en kanal nevner du meg først, for eksempel «@Nettverksboten hjelp». Store og små bokstaver spiller ingen rolle.',
  example: 'Eksempel:',
  /**
   * A command as it must be typed where it is to be typed: a channel or group chat needs the bot's
   * @mention, a personal chat has no @ to type (s12 #14). The one place an example gets its prefix.
   */
  commandLine: (line: string, where: 'channel' | 'groupChat' | 'personal') =>
    where === 'personal' ? line : `@Nettverksboten ${line}`,
  /**
   * Only when the help card would pass Teams' size limit (attack round 7, A3): which commands are
   * left out, or for many, which areas they are in, and how to see them (round 15 #13).
   */
  moreCommands: (left: string[], groups: string[]) =>
    left.length <= 3
      ? `Kortet har ikke plass til alle kommandoene; ${left.length === 1 ? 'denne står' : 'disse står'} ikke her: ${left.map((x) => `«${x}»`).join(', ')}. Skriv «hjelp ${left[0]}» for å se ${left.length === 1 ? 'den' : 'en av dem'}.`
      : `Kortet har ikke plass til alle kommandoene; ${left.length} til står ikke her (${groups.join(', ')}). Skriv «hjelp» og et område, for eksempel «hjelp ${groups[0]?.toLowerCase() ?? 'frister'}», for å se dem.`,
  /** `hjelp <ord>` where no command or area has that word: the whole card follows. */
  noneMatched: (typed: string) => `Ingen kommando heter «${typed}», så her er alle.`,
  youWrote: (typed: string) => `Du skrev: «${typed}»`,
  privacy:
    'Husk: kanalen er for tjenestene og nettverkets arbeid, aldri for enkeltsaker. Ikke skriv navn, fødselsnummer eller andre opplysninger om enkeltbarn.',
  groupGeneral: 'Generelt',
  helpUsage: 'hjelp',
  helpDescription: 'Viser denne oversikten over kommandoer.',
  unknownTitle: 'Den kommandoen kjenner jeg ikke',
  unknownWithSuggestions: (typed: string, suggestions: string[]) =>
    `Jeg forstod ikke «${typed}». Mente du ${suggestions
      .map((x) => `«${x}»`)
      .join(suggestions.length > 2 ? ', ' : ' eller ')
      .replace(/, («[^»]*»)$/, ' eller $1')}?`,
  unknownNoSuggestion: (typed: string) => `Jeg forstod ikke «${typed}».`,
  seeHelp: 'Skriv «hjelp» for å se alle kommandoer.',
  empty: 'Hei! Skriv «hjelp» for å se hva jeg kan, eller still et spørsmål om retningslinjene.',
  questionComing:
    'Spørsmål om retningslinjene kommer snart: jeg kan ikke svare på dem ennå. Inntil videre finner du reglene i Bufdirs «Rammer og føringer» for læringsnettverk og barnevernsledernettverk.',
  typedBotName:
    'Jeg gjorde ingenting med meldingen: navnet mitt ble skrevet som vanlig tekst. Velg Nettverksboten i lista når du skriver @ (navnet blir uthevet) og send på nytt. Ellers er meldingen ikke til meg, og i mange team ser jeg den ikke i det hele tatt.',
  /** A file or picture sent with no text where the bot listens: it cannot read files (N14). */
  fileOnly:
    'Jeg leser ikke filer eller bilder, så dette kommer ikke med i referatet. Skal det stå der, skriv en linje om det i tråden, for eksempel «info: Rapporten for 2026 ligger ved i tråden».',
  /** The same, sent to the bot outside a meeting: no minutes to speak of. */
  fileOnlyNoMeeting:
    'Jeg leser ikke filer eller bilder, så jeg gjorde ingenting med den. Skriv med ord hva du vil at jeg skal gjøre, eller «hjelp» for å se hva jeg kan.',
  mentionNeeded: (typed: string) =>
    `Jeg gjorde ingenting med meldingen: i kanalen gjør jeg bare det jeg blir bedt om når jeg er nevnt. Skriv @ og velg Nettverksboten først, for eksempel: «@Nettverksboten ${typed}»`,
  wrongPlace: (command: string, where: string, example: string) =>
    `«${command}» brukes ${where}. Skriv det der, for eksempel: «${example}»`,
  /** Added when a task command comes in a personal chat, where the task cards' buttons do work. */
  wrongPlaceTasks: 'Dine egne oppgaver kan du også endre her: skriv «mine oppgaver» og bruk knappene på oppgaven.',
  wherePhrases: {
    channel: 'i nettverkets kanal',
    groupChat: 'i en gruppechat',
    personal: 'i en personlig chat med meg',
  },
  or: 'eller',
  // Only for a turn that failed before anything was stored: then the message really must come again.
  error: 'Beklager, noe gikk galt hos meg, og det du skrev ble ikke lagret. Prøv igjen om litt.',
  /** A reply that could not be posted at first, posted later by the scheduler. */
  lateReply: (time: string) => `Svaret på meldingen din kl. ${time} kom ikke fram da, så her er det nå:`,
  /** N19: an edited command message whose change the bot did as this command. */
  editFollowed: (command: string) => `Du redigerte meldingen, så jeg gjorde det samme som «${command}»:`,
  /** An edited command message that was refused when sent, so nothing was done: the edit ran as new. */
  editRefusedRan:
    'Du redigerte meldingen. Den ble ikke utført da den ble sendt, så jeg tok den nye teksten som en ny melding:',
  /** An edit that came while the message was still being handled (review 1, L2): nothing is known to have run. */
  editBeforeOutcome: (again: string) =>
    `Meldingen ble redigert mens jeg ennå holdt på med den, så jeg fulgte ikke endringen. Svaret på meldingen slik den ble sendt, kommer for seg. Ble den ikke utført, kan du redigere den én gang til, eller sende det nye som en ny melding: «${again}».`,
  /** N19: an edited command message the bot could not follow safely. */
  editNotFollowed: (word: string, again: string) =>
    `Meldingen ble redigert, men jeg gjør ikke «${word}» om igjen når en melding endres: det som ble gjort da den ble sendt, står som før. Skal det nye gjelde, send det som en ny melding: «${again}» (og fjern det gamle hvis det trengs).`,
  /** An edited «frist» message whose deadline no longer has the date the message gave (moved since). */
  editChangedSince: (command: string) =>
    `Meldingen ble redigert, men jeg flyttet ikke fristen: den kan være endret siden meldingen ble sendt, og da ville jeg ha gjort om den endringen. Skal den flyttes, skriv: «${command}».`,
  confirmationUsed: 'Denne bekreftelsen er allerede brukt, så ingenting ble gjort nå.',
  alreadyHandled:
    'Dette klikket er allerede mottatt og behandlet. Last inn kortet på nytt for å se hvordan det står nå.',
  badCardData: 'Knappen sendte data jeg ikke forstod, så ingenting ble endret. Last inn kortet på nytt og prøv igjen.',
  networkUnknown:
    'Jeg finner ikke hvilket nettverk denne samtalen hører til, så jeg kan ikke gjøre dette her. Skriv til meg i kanalen der Nettverksboten er lagt til i teamet, for eksempel «@Nettverksboten hjelp».',
  unknownAction: 'Denne knappen er ikke i bruk lenger. Ingenting ble endret.',
  tenantNotAllowed: 'Denne organisasjonen har ikke tilgang til Nettverksboten.',
} as const;

export const welcomeText = {
  title: 'Hei! Jeg er Nettverksboten',
  introNetwork:
    'Jeg hjelper nettverket med de månedlige møtene (fast agenda, referat med hvem som har ansvar for hva, og oppfølging til oppgavene er gjort), svarer på spørsmål om retningslinjene for stimuleringsmidlene med kilde, og minner dere på søknads- og rapporteringsfrister.',
  introPersonal:
    'Her kan du spørre meg om retningslinjene for læringsnettverk og barnevernsledernettverk, og se oppgavene dine fra nettverkene du er med i.',
  tryTitle: 'Tre ting å prøve først',
  triesNetwork: [
    { command: 'møteplan', what: 'Se de neste møtedatoene.' },
    { command: 'agenda', what: 'Se den faste agendaen for neste møte.' },
    { command: 'Hvor stor del av tilskuddet kan gå til overhead?', what: 'Still et spørsmål om retningslinjene.' },
  ],
  triesPersonal: [
    { command: 'Trenger vi revisor?', what: 'Still et spørsmål om retningslinjene.' },
    { command: 'mine oppgaver', what: 'Se oppgavene du har ansvar for.' },
    { command: 'hjelp', what: 'Se alle kommandoene.' },
  ],
  privacy:
    'Kanalen er for tjenestene og nettverkets arbeid, aldri for enkeltsaker: ikke skriv opplysninger om enkeltbarn her.',
  helpButton: 'Vis alle kommandoer',
  /** The one personal message to someone added to a network's team: short, and what to write here. */
  joined: (network: string) =>
    `Velkommen til ${network}! Jeg er Nettverksboten: jeg fører referat fra møtene, følger opp oppgavene og minner om frister. Her kan du skrive «frister», «mine oppgaver» eller «kalenderlenke», eller stille et spørsmål om retningslinjene. «hjelp» viser alle kommandoene.`,
} as const;
