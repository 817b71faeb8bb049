import { count } from './common.ts';
import { reopenExample } from './deadlines.ts';
export const meetingText = {
  group: 'Møter',
  commands: {
    schedule: {
      usage: 'møteplan [beskrivelse]',
      description: 'Viser de neste tre møtedatoene. Ledere kan endre møteplanen med en beskrivelse.',
      example: 'møteplan siste fredag i måneden 09:00-15:30',
    },
    agenda: { usage: 'agenda', description: 'Viser agendaen for neste møte.', example: 'agenda' },
    propose: {
      usage: 'agenda + <tekst>',
      description:
        'Foreslår et punkt til neste møte. Lederne godtar eller avslår forslaget; en leders eget punkt kommer rett på agendaen.',
      example: 'agenda + Erfaringer med ny rutine for fosterhjemsveiledning',
    },
    start: { usage: 'start møte', description: 'Starter møtet i denne tråden (ledere).', example: 'start møte' },
    next: {
      usage: 'neste / punkt <n>',
      description: 'Går til neste punkt eller til punkt n på agendaen.',
      example: 'punkt 4',
    },
    present: {
      usage: 'til stede <kommuner>',
      description: 'Fører opp kommuner som er til stede.',
      example: 'til stede Nes, Eidsvoll, Hurdal',
    },
    absent: { usage: 'forfall <kommuner>', description: 'Fører opp forfall.', example: 'forfall Gjerdrum' },
    task: {
      usage:
        'oppgave @Navn <tekst> innen <dato> · oppgave T3 ferdig|pågår|utsett <dato>|ny ansvarlig @Navn|tekst <ny tekst>',
      description:
        'Delegerer en oppgave med ansvarlig og frist, i møtet eller mellom møtene. En kommune på nettverkets liste kan også være ansvarlig. Med nummeret endrer du en oppgave; «T3 er ferdig» og «T3 er utsatt til 20.12» forstår jeg også.',
      example: 'oppgave @Ola Hansen sende rapportutkast innen 15.01',
    },
    decision: {
      usage: 'vedtak: <tekst>',
      description: 'Fører et vedtak i referatet.',
      example: 'vedtak: Nettverket søker om midler til felles veiledningsteam',
    },
    note: {
      usage: 'info: <tekst>',
      description: 'Fører et notat under punktet.',
      example: 'info: Bufetat kan holde opplæring i mars',
    },
    undo: {
      usage: 'angre',
      description: 'Angrer det siste du førte i møtet (hele linjen), også en endring av en oppgave.',
      example: 'angre',
    },
    municipalities: {
      usage: 'kommuner [Nes, Eidsvoll, …]',
      description: 'Viser nettverkets kommuner. Ledere setter listen, som oppmøte og oppgaver sjekkes mot.',
      example: 'kommuner Nes, Eidsvoll, Hurdal, Gjerdrum',
    },
    correct: {
      usage: 'rett referat [dato]',
      description: 'Retter et avsluttet referat: endre, fjern eller legg til føringer (ledere). Historikken beholdes.',
      example: 'rett referat 27.11',
    },
    approve: {
      usage: 'godkjent',
      description: 'Godkjenner referatet fra forrige møte (punkt 2).',
      example: 'godkjent',
    },
    end: {
      usage: 'avslutt møte',
      description: 'Avslutter møtet og legger ut referatet (ledere).',
      example: 'avslutt møte',
    },
    place: {
      usage: 'møtested <sted eller Teams-lenke>',
      description: 'Setter hvor møtene holdes, eller lenken til Teams-møtet (ledere).',
      example: 'møtested Rådhuset i Nes, møterom 2',
    },
    minutes: {
      usage: 'referat [dato]',
      description: 'Viser siste referat, eller referatet fra en bestemt dato.',
      example: 'referat 27.11',
    },
  },
  scheduleNext: 'De neste møtene:',
  scheduleNone: 'Møteplanen gir ingen kommende datoer.',
  scheduleSet: (description: string) => `Møteplanen er endret. Jeg forstod: ${description}.`,
  /** A change on a meeting day keeps that day's meeting; the new rule starts tomorrow (month round 14, #6). */
  scheduleKeepsToday: (when: string, short: string) =>
    `Dagens møte ${when} holdes som planlagt; den nye møteplanen gjelder fra i morgen. Skal det ikke holdes, skriv for eksempel «avlys møte ${short}».`,
  /** «møteplan stopp» (month round 14, #7). */
  scheduleStop: (last: string) =>
    `Møteserien er avsluttet: ingen faste møter etter ${last}. Enkeltmøter legger du inn med for eksempel «ekstra møte 10.03 kl. 12-14», og en ny møteplan med for eksempel «møteplan siste fredag i måneden 09:00-15:30».`,
  scheduleStopped: (last: string) =>
    `Nettverket har ingen faste møter; møteserien ble avsluttet ${last}. Ny møteplan: skriv for eksempel «møteplan siste fredag i måneden 09:00-15:30».`,
  scheduleIs: (description: string) => `Nettverket møtes ${description}.`,
  changeScheduleWhat: 'endre møteplanen',
  placeSet: (place: string) => `Møtestedet er satt til: ${place}`,
  placeEmpty: 'Skriv stedet eller lenken etter «møtested».',
  agendaSaveError: 'Agendaen ble ikke lagret: skriv ett punkt per linje som «Tittel | minutter», med minst ett punkt.',
  agendaEdit: {
    title: 'Endre fast agenda',
    help: 'Ett punkt per linje: tittel, loddrett strek og minutter. For eksempel «Eventuelt | 15». Bare ledere kan lagre.',
    label: 'Fast agenda',
    error: 'Agendaen må ha minst ett punkt.',
    save: 'Lagre fast agenda',
    notSaved: 'Agendaen ble ikke lagret. Teksten din står fortsatt i skjemaet: rett linjene under og lagre igjen.',
    saved: 'Den faste agendaen er lagret.',
    /** On the redrawn notice, for everyone. */
    changedOn: (date: string, who: string) => `Agendaen ble endret ${date} av ${who}.`,
    /** In the notice's thread, so members see that the agenda above changed (Teams tells them of a reply). */
    changedLine: (who: string, date: string) =>
      `${who} har endret den faste agendaen. Agendaen for møtet ${date} over er oppdatert.`,
  },
  agendaLine: {
    /** New lines typed without minutes got the default length (N5). */
    assumed: (titles: readonly string[], minutes: number, example: string) =>
      `${titles.map((x) => `«${x}»`).join(', ')} fikk ${minutes} minutter, fordi ingen tid var skrevet. Vil du ha en annen tid, endre agendaen og skriv for eksempel «${example}».`,
    noTitle: (line: number) => `Linje ${line}: punktet mangler tittel – skriv f.eks. «Eventuelt | 15».`,
    titleTooLong: (line: number, length: number, max: number) =>
      `Linje ${line}: tittelen har ${length} tegn, høyst ${max} går – skriv den kortere, f.eks. «Faglig tema | 60».`,
    notMinutes: (line: number, typed: string, example: string) =>
      `Linje ${line}: «${typed}» – skriv minutter som tall, f.eks. «${example}».`,
    zero: (line: number, example: string) => `Linje ${line}: et punkt må ha minst 1 minutt, f.eks. «${example}».`,
    overMeeting: (line: number, minutes: number, limit: number, example: string) =>
      `Linje ${line}: ${count(minutes, 'minutt', 'minutter')} er mer enn møtet varer (${count(limit, 'minutt', 'minutter')}) – skriv f.eks. «${example}».`,
    overItem: (line: number, minutes: number, limit: number, example: string) =>
      `Linje ${line}: ${count(minutes, 'minutt', 'minutter')} er mer enn et punkt kan ha (${count(limit, 'minutt', 'minutter')}) – skriv f.eks. «${example}».`,
    tooMany: (n: number, max: number) =>
      `Agendaen har ${count(n, 'punkt', 'punkter')}; høyst ${max} går. Slå sammen noen punkter.`,
    empty: 'Agendaen må ha minst ett punkt, f.eks. «Eventuelt | 15».',
    dropped: (titles: string[], example: string) =>
      `Merk: ${titles.map((x) => `«${x}»`).join(', ')} er ikke lenger på den faste agendaen, og boten fyller dem ikke ut før møtene. Var det en feil, skriv dem inn igjen, f.eks. «${example}».`,
  },
  startWhat: 'starte møtet',
  endWhat: 'avslutte møtet',
  decideWhat: 'godta eller avslå agendaforslag',
  editAgendaWhat: 'endre den faste agendaen',
  agendaTitle: (date: string) => `Agenda for møtet ${date}`,
  agendaMoved: (text: string) => `Merk: møtet er ${text}.`,
  agendaCutoff: (date: string) => `Forslag til agendaen tas imot til og med ${date}.`,
  fillTasks: (n: number) =>
    n === 1 ? '1 åpen oppgave følges opp' : n ? `${n} åpne oppgaver følges opp` : 'Ingen åpne oppgaver',
  noTasksToFollow: 'Ingen åpne oppgaver å følge opp fra tidligere møter.',
  noDeadlinesToFollow: (days: number) => `Ingen åpne frister de neste ${days} dagene.`,
  fillTaskOverdue: (date: string) => `(forfalt ${date})`,
  fillTasksMore: (n: number) => `… og ${n} til (se «oppgaver»)`,
  fillOverdue: (date: string, title: string) => `Forfalt ${date}: ${title} – ikke merket levert`,
  fillDeadlines: (n: number, days: number) =>
    n ? `${count(n, 'frist', 'frister')} de neste ${days} dagene` : `Ingen frister de neste ${days} dagene`,
  fillCorrection: (date: string) => `Rettelse i referat fra ${date}`,
  fillApproval: (date: string | null) => (date ? `Referat fra ${date}` : 'Ingen tidligere referater'),
  fillProjects:
    'Følger vi planen? Ja: hva fikk oss dit, og hvordan feirer vi? Nei: hva skjedde, og hvordan kommer vi tilbake på sporet?',
  fillLog: 'Gjort – lært – lurt',
  /** N18: a network with no project has no experience log to keep; the item says what to do instead. */
  fillLogNoProject:
    'Nettverket har ingen prosjekt ennå, så det er ingen erfaringslogg å føre. Del det dere har gjort, lært og funnet lurt i møtetråden («gjort: …», «lært: …», «lurt: …»), så kommer det i referatet.',
  timeBoxWarning: (w: string) => `Advarsel: ${w}`,
  proposed: (id: string, date: string) => `Takk! Forslaget (${id}) er sendt til lederne og gjelder møtet ${date}.`,
  proposalEmpty: 'Skriv hva punktet skal handle om etter «agenda +».',
  proposalClosed: (date: string, cutoff: string) =>
    `Fristen for forslag til møtet ${date} var ${cutoff}. Ta det opp under «Eventuelt», eller foreslå det til møtet etter.`,
  proposedLate: (id: string, date: string, cutoff: string, next: string) =>
    `Fristen for forslag til møtet ${date} var ${cutoff}, så jeg har satt forslaget (${id}) på møtet ${next} og sendt det til lederne. Vil du ta det opp ${date}, ta det under «Eventuelt».`,
  addedByLeader: (id: string, text: string, date: string) => `«${text}» (${id}) står nå på agendaen for møtet ${date}.`,
  addedByLeaderLate: (id: string, text: string, date: string, cutoff: string, next: string) =>
    `Fristen for forslag til møtet ${date} var ${cutoff}, så jeg har satt «${text}» (${id}) på agendaen for møtet ${next}. Vil du ta det opp ${date}, ta det under «Eventuelt».`,
  proposalCardTitle: 'Nytt forslag til agendaen',
  accept: 'Godta',
  decline: 'Avslå',
  accepted: (by: string) => `Godtatt av ${by}`,
  declined: (by: string) => `Avslått av ${by}`,
  declineReasonLabel: 'Begrunnelse hvis du avslår (valgfritt, forslagsstilleren ser den)',
  declineReasonPlaceholder: 'For eksempel: Vi tar det på fagdagen i mars i stedet',
  declineReasonShown: (reason: string) => `Begrunnelse: ${reason}`,
  declineReasonTooLong: (length: number, max: number) =>
    `Begrunnelsen er ${length} tegn; skriv den på høyst ${max} tegn, for eksempel «Vi tar det på fagdagen i mars i stedet».`,
  proposalBeingDecided: 'Forslaget blir behandlet akkurat nå. Se kortet om et øyeblikk.',
  /** An item accepted after the agenda notice was posted (month s13 #8). */
  agendaChanged: (date: string, n: number, text: string) =>
    `Agendaen for møtet ${date} er endret: nytt punkt ${n} «${text}». Skriv «@Nettverksboten agenda» for å se hele agendaen.`,
  proposerAccepted: (proposer: string, id: string, text: string, by: string, date: string) =>
    `@${proposer}, forslaget ditt (${id}) «${text}» er godtatt av ${by} og står på agendaen for møtet ${date}.`,
  proposerDeclined: (proposer: string, id: string, text: string, by: string, reason: string) =>
    `@${proposer}, forslaget ditt (${id}) «${text}» ble avslått av ${by}.${reason ? ` Begrunnelse: ${/[.!?…»"]$/u.test(reason) ? reason : `${reason}.`}` : ''} Du kan ta det opp under «Eventuelt» på møtet.`,
  /** N13 (round 9): a proposal that says what a fixed agenda item says, told the proposer and the leaders. */
  proposalOnFixedAgenda: (n: number, title: string) =>
    `Merk: «${title}» står allerede på den faste agendaen som punkt ${n}.`,
  noMeetingPlanned:
    'Nettverket har ingen kommende møter i møteplanen. En leder kan sette den med for eksempel «møteplan siste fredag i måneden 09:00-15:30».',
  started: (date: string, title: string) => `Møtet ${date} er startet. Vi er på punkt 1: ${title}.`,
  sameDayRestart: (date: string, started: string, ended: string) =>
    `Møtet ${date} som startet kl. ${started}, ble avsluttet kl. ${ended}. Var det avsluttet for tidlig, trykk «Gjenåpne møtet fra ${started}»: det fortsetter i sin egen tråd, og når det avsluttes igjen, legger jeg ut referatet på nytt. Ellers trykk «Nytt møte» (eller skriv «start møte» en gang til). Vil du bare rette en linje i det referatet, skriv «rett referat».`,
  sameDayTitle: 'Møtet i dag er avsluttet',
  reopenButton: (started: string) => `Gjenåpne møtet fra ${started}`,
  newMeetingButton: 'Nytt møte',
  reopenWhat: 'Bare nettverkets ledere kan gjenåpne et møte.',
  reopened: (started: string, by: string) =>
    `${by} gjenåpnet møtet fra kl. ${started}. Skriv videre i møtets tråd; «avslutt møte» der legger ut referatet på nytt.`,
  reopenedInThread: (by: string) =>
    `${by} gjenåpnet møtet. Det som skrives her nå, kommer med i referatet; skriv «avslutt møte» når dere er ferdige, så legger jeg ut referatet på nytt.`,
  newChosen: (by: string) => `${by} valgte nytt møte.`,
  reopenGone: 'Det møtet kan ikke gjenåpnes lenger (det er gjenåpnet allerede, eller er ikke fra i dag).',
  reopenedMinutes: 'Møtet ble gjenåpnet; referatet under er den nye versjonen.',
  alreadyRunning: (date: string) =>
    `Et møte er allerede i gang (startet ${date}). Skriv «avslutt møte» i det møtets tråd før du starter et nytt.`,
  remarkTitle: 'Skal dette stå i referatet?',
  /** «info: 🎉»: an entry with no letters or digits (s12 #9). */
  noWords:
    'Linjen har verken ord eller tall, så den er ikke lagret. Skal noe stå i referatet, skriv det med ord etter «info:» eller «vedtak:».',
  /** The example under the hint for a line that opens with a task number: the task's own commands. */
  remarkTaskExample: (id: string) =>
    `oppgave ${id} ferdig», «oppgave ${id} ny frist 12.02» eller «oppgave ${id} ny ansvarlig @Navn`,
  /** A meeting line written as a reply in another thread of the channel while the meeting runs. */
  strayReplyHint:
    'Denne meldingen står i en annen tråd, ikke i møtetråden, så den ble ikke lagret. Skriv den som svar i møtetråden under «start møte», så kommer den i referatet.',
  /** A further meeting line typed beside the running meeting, after the full hint (month round 6b, N3). */
  strayAgain: (typed: string) => `Ikke lagret (skriv det i møtetråden): «${typed}»`,
  remarkHint:
    'I møtetråden fører jeg det som starter med «info:», «vedtak:», «oppgave», «til stede» eller «forfall», og en leders linjer som «Vi vedtok at …» eller «Vi ble enige om …» som vedtak (andres spør jeg om først). Annen prat lar jeg ligge, og sier bare fra med en kort linje av og til. Vil du spørre meg om retningslinjene, skriv @Nettverksboten foran spørsmålet.',
  /** After a plain «Vi vedtok at …» line was kept as a decision (month s15 #1). */
  decisionRead: 'Linjen er ført som vedtak. Var det ikke ment slik, skriv «angre».',
  /** A plain «Vi bestemte …» line, or one from a member, asked about before it goes in as a decision (review s15 #4). */
  decisionAsk: {
    title: 'Før som vedtak?',
    message:
      'Linjen er ikke ført i referatet. Er den et vedtak i nettverket, trykk knappen, så føres den slik den står under. Skrevet av en leder med «vi vedtok …» eller «vedtak: …» føres den med én gang.',
    button: 'Før som vedtak',
  },
  /** A further plain line not stored, after the full hint; at most now and then in each meeting (month s15 #1). */
  remarkAgain: 'Ikke ført i referatet – skriv «info: …» eller «vedtak: …» foran for å føre det.',
  notRunning: 'Det er ikke noe møte i gang i nettverket.',
  /** A line that opened with a near miss of an entry word before its colon (N6). */
  nearMiss: {
    title: (word: string) => `Mente du «${word}»?`,
    message:
      'Linjen er ikke lagret ennå, fordi ordet før kolon var skrevet litt annerledes. Trykk knappen, så lagres den slik den står under, eller skriv den på nytt.',
    button: (word: string) => `Lagre som «${word}»`,
    taskMessage:
      'Oppgaven er ikke lagret ennå, fordi ordet «oppgave» var skrevet litt annerledes. Trykk knappen, så lagres den slik den står under, eller skriv den på nytt.',
    taskAlready: 'Oppgaven fra dette kortet er allerede lagret. Ingenting er endret. Skriv «oppgaver» for å se den.',
    savedBy: (name: string) => `Lagret av ${name}`,
    already: (name: string) => `Linjen er allerede lagret av ${name}. Ingenting er endret.`,
    retyped: (name: string) => `${name} skrev linjen på nytt, og den er allerede lagret. Ingenting er endret.`,
    notYours: (writer: string) =>
      `Bare ${writer}, som skrev linjen, eller en leder kan lagre den. Knappen virker fortsatt for dem.`,
    someone: 'en annen',
    gone: 'Linjen kunne ikke leses. Skriv den på nytt i møtetråden, for eksempel «vedtak: felles fagdag i mars».',
  },
  /** Lines still waiting for «Lagre som …» when the meeting ends (month round 8b, N6). */
  waiting: {
    title: (n: number) =>
      n === 1 ? '1 linje venter fortsatt på «Lagre som …»' : `${n} linjer venter fortsatt på «Lagre som …»`,
    message: (date: string) =>
      `De kom ikke med i referatet. Trykk knappen for en linje, så legges den til i referatet fra ${date} som en rettelse. Skal den ikke med, la den ligge.`,
    button: (word: string, start: string) => `Lagre som «${word}»: ${start}`,
    added: (date: string) => `✓ Linjen er lagt til i referatet fra ${date} som en rettelse.`,
    already: (date: string) => `Linjen står allerede i referatet fra ${date}. Ingenting er endret.`,
    notYours: (date: string) =>
      `Møtet er avsluttet, så bare den som skrev linjen eller en leder kan legge den til i referatet fra ${date}.`,
  },
  alreadyEnded: (date: string) =>
    `Møtet ${date} er allerede avsluttet, og referatet står i tråden. Skal noe rettes, skriv «rett referat».`,
  lateLine: (date: string) =>
    `Møtet ${date} er fortsatt åpent, så linjen over kom med i referatet fra ${date}. Hører den ikke hjemme der, skriv «angre». Er møtet over, bør en leder skrive «avslutt møte» i denne tråden.`,
  stillOpen: (date: string) =>
    `Møtet ${date} er fortsatt åpent, så referatet er ikke lagt ut. Skriv «avslutt møte» i denne tråden når dere er ferdige. Det dere skriver her til da, kommer med i referatet fra ${date}.`,
  notRunningHint:
    'Møtelinjer føres når en leder har skrevet «start møte». Vil du ta det opp på neste møte, foreslå det med «agenda + …».',
  runningElsewhere: (date: string) => `Møtet ${date} går i en annen tråd`,
  runningElsewhereHint: 'Skriv i tråden der møtet ble startet, så kommer det i referatet. Her føres ingenting.',
  notKept: 'Teksten er ikke lagret.',
  resendAfterMeeting: (date: string, id: string) =>
    `Møtet ${date} er avsluttet, så ${id} er lagt inn som en vanlig oppgave utenfor referatet fra det møtet. Den følges opp som de andre oppgavene (skriv «oppgaver»).`,
  needsMention:
    'Her får jeg bare se linjer som nevner meg. Skriv @Nettverksboten foran hver linje i dette møtet, eller be IT-ansvarlig om å gi appen lov til å lese kanalmeldinger (tillatelsen ChannelMessage.Read.Group), så holder det å skrive linjen.',
  tooLongTitle: 'Teksten er for lang',
  tooLong: (length: number, max: number) =>
    `Den har ${length} tegn, og en innføring kan ha høyst ${max}. Del den i flere innføringer. Hele teksten står under, så du kan kopiere den.`,
  item: (n: number, title: string) => `Punkt ${n}: ${title}`,
  noSuchItem: (n: string, count: number) => `Agendaen har punkt 1–${count}, ikke «${n}».`,
  itemExample: 'punkt 3',
  lastItem: 'Vi er på siste punkt. Skriv «avslutt møte» når dere er ferdige.',
  ack: { note: 'Notat', decision: 'Vedtak', task: 'Oppgave', present: 'Til stede', absent: 'Forfall' },
  ackAttendance: (status: 'present' | 'absent', names: string) =>
    `✓ ${status === 'present' ? 'Til stede på møtet' : 'Forfall til møtet'}: ${names}`,
  /** «avslutt møte» with no attendance recorded (month s15 #6). */
  noAttendanceAtEnd:
    'Merk: Ingen oppmøte ble ført («til stede …» / «forfall …»), så referatet viser kommunene som ikke registrert.',
  /** A name on an attendance line that is not the network's (month s15 #6): only it is left out. */
  attendanceNotKept: (name: string, restDone: boolean) =>
    `«${name}» er ikke ført.${restDone ? ' Resten av linjen er tatt med som vist over.' : ''}`,
  ackLine: (what: string, item: number, detail: string) => `✓ ${what} (punkt ${item})${detail ? `: ${detail}` : ''}`,
  taskAck: (id: string, owners: string, due: string) => `✓ Oppgave ${id} til ${owners}${due ? `, frist ${due}` : ''}`,
  emptyEntry: (usage: string) => `Skriv teksten etter kommandoen, for eksempel «${usage}».`,
  noOwner:
    'Jeg fant ingen ansvarlig. Nevn en person med @ (så Teams markerer navnet), eller skriv kommunen først med kolon, for eksempel «oppgave Nes: sjekke lokaler innen 31.12».',
  taskExample: 'oppgave @Ola Hansen sende rapportutkast innen 15.01',
  /** A due date read from the end of the line, written without «innen». */
  taskDueRead: (id: string, date: string, typed: string) =>
    `Frist for ${id}: ${date} — tolket fra «${typed}». Var det feil, skriv for eksempel «oppgave ${id} ny frist 15.01».`,
  taskTwin: (owners: string, twin: string, id: string) =>
    `Merk: ${owners} har allerede ${twin} med samme tekst og frist. Er ${id} en dobbel, skriv «angre» (etter møtet «avlys oppgave ${id}»).`,
  /** «Send på nytt» on a second draft of a line already saved (month s13 #5): nothing new is made. */
  resentTwin: (id: string) =>
    `${id} med samme tekst, ansvarlig og frist finnes allerede, så ingen ny oppgave ble laget. Skal det være to, skriv linjen i tråden på nytt.`,
  /** A second «Send på nytt» clicked while the first is still saving the same line: nothing new is made. */
  resendBusy:
    'Denne oppgaven lagres allerede fra et annet klikk, så ingen ny ble laget. Se kortet i tråden om et øyeblikk.',
  /** The same task typed again with another due date (s12 #7): likely meant as a new date for the first. */
  taskTwinOtherDue: (owners: string, twin: string, twinDue: string, id: string, due: string) =>
    `Merk: ${owners} har allerede ${twin} med samme tekst, med frist ${twinDue}. Mente du å endre fristen? Skriv «angre» (etter møtet «avlys oppgave ${id}») og så «oppgave ${twin} ny frist ${due}».`,
  taskNoDue: (id: string) =>
    `${id} har ingen frist. Sett en med «oppgave ${id} ny frist 15.01», eller skriv fristen med «innen» neste gang: «oppgave @Navn sende rapportutkast innen 15.01».`,
  municipalitiesMissing: 'Skriv hvilke kommuner det gjelder, skilt med komma.',
  municipalitiesAre: (list: string) => `Nettverkets kommuner: ${list}.`,
  municipalitiesNone:
    'Nettverket har ingen kommuneliste ennå. En leder setter den med for eksempel «kommuner Nes, Eidsvoll, Hurdal». Da sjekker jeg oppmøte og ansvarlige mot den.',
  municipalitiesSet: (list: string) =>
    `Nettverkets kommuner er nå: ${list}. Oppmøte («til stede alle») og ansvarlige kommuner sjekkes mot listen.`,
  municipalitiesWhat: 'endre kommunelisten',
  municipalityBad: (name: string) => `«${name}» ser ikke ut som et kommunenavn.`,
  noListForAll:
    'Jeg vet ikke hvilke kommuner «alle» er: nettverket har ingen kommuneliste ennå. En leder setter den med «kommuner».',
  attendanceMoved: (names: string, from: string, to: string) =>
    `✓ ${names} er flyttet fra ${from} til ${to}. Skriv «angre» om det var feil.`,
  attendanceAlready: (names: string) => `${names} er allerede ført. Ingenting er endret.`,
  /** A command that acts on one network («levert F4»), typed in a personal chat (month round 9, N2). */
  personalAct: {
    noNetwork: (command: string) =>
      `Jeg finner ikke noe nettverk du er med i. Skriv «${command}» i nettverkets kanal, for eksempel: «@Nettverksboten ${command} F1».`,
    choose: (names: string[], example: string) =>
      `Du er med i flere nettverk (${names.join(', ')}). Velg hvilket, eller skriv navnet i linjen, for eksempel: «${example}».`,
    /** The line as typed with the network named, as the choice's example and its buttons send it. */
    inNetwork: (line: string, network: string) => `${line} i ${network}`,
  },
  nothingToUndo: 'Du har ikke ført noe i dette møtet som kan angres.',
  undoNoMeeting: {
    title: 'Det er ikke noe møte i gang i nettverket',
    message:
      '«angre» tar tilbake den siste linjen du førte i et møte som er i gang. Trykket du «Levert» på en frist ved en feil, skriv «angre levert» og fristens nummer. En ferdig oppgave åpnes med «Åpne igjen» på kortet.',
    example: reopenExample,
  },
  undone: (what: string) => `↩ Angret: ${what}`,
  /** After a task change was taken back: how the task stands again. */
  taskBackTo: (id: string, status: string, owners: string, due: string | null) =>
    `${id} er som før: ${status}, ansvarlig ${owners}${due ? `, frist ${due}` : ''}.`,
  /** To the people a task goes back to, or is taken from, when «angre» takes back a change of its owners. */
  taskOwnerBack: (who: string, id: string, text: string) =>
    `${who} angret at oppgave ${id} «${text}» ble gitt til andre. Den er din igjen.`,
  taskOwnerUndone: (who: string, id: string, text: string) =>
    `${who} angret at du fikk oppgave ${id} «${text}». Den er ikke din likevel.`,
  /** A task change nobody can take back with «angre»: someone changed the task after it (month round 9, N6). */
  taskChangedSince: (id: string, who: string, command: string) =>
    `Jeg kan ikke angre endringen av ${id}: ${who} har endret oppgaven etter det. Ingenting er angret. Skriv «${command}» hvis du vil sette den tilbake.`,
  ended: (date: string) => `Møtet ${date} er avsluttet, og referatet er lagt ut i tråden.`,
  minutesTitle: (date: string) => `Referat fra møtet ${date}`,
  // As the meeting thread says it («Punkt 5: …»): a heading starting «5.» is a list item to Markdown.
  minutesItemHeading: (n: number, title: string) => `Punkt ${n}: ${title}`,
  present: 'Til stede',
  absent: 'Forfall',
  heldAt: 'Tid',
  heldMovedFrom: (date: string) => `flyttet fra ${date}`,
  heldPlanned: (time: string) => `planlagt ${time}`,
  nextMeeting: 'Neste møte',
  decisions: 'Vedtak',
  tasksByOwner: 'Oppgaver etter ansvarlig',
  owner: 'Ansvarlig',
  task: 'Oppgave',
  due: 'Frist',
  noDue: 'ingen frist',
  /** The downloaded minutes (.docx, .md) travel by e-mail: they name the network and its municipalities (N4). */
  minutesTitleFor: (date: string, network: string) => `Referat fra møtet ${date} – ${network}`,
  networkMunicipalities: 'Kommuner i nettverket',
  overdueAtMeeting: 'forfalt',
  approvedPrevious: (date: string) => `Referatet fra ${date} ble godkjent.`,
  /** A correction made after approval, approved at this meeting (its minutes say so; month round 8b). */
  correctionApprovedPrevious: (date: string) => `Rettelsen i referatet fra ${date} ble godkjent.`,
  correctionApprovedNow: (dates: string) => `✓ Rettelsen i referatet fra ${dates} er godkjent.`,
  /** Each corrected minutes named with the command that shows it (review 1, L4: only the first was). */
  correctionHint: (dates: readonly string[]) =>
    dates.length > 1
      ? `Referatene fra ${meetingText.dateList(dates)} ble rettet etter at de var godkjent. Se rettelsene med ${meetingText.dateList(dates.map((d) => `«referat ${d.slice(0, 5)}»`))}, og skriv «godkjent» for å godkjenne dem.`
      : `Referatet fra ${dates.join('')} ble rettet etter at det var godkjent. Se rettelsen med «referat ${dates.join('').slice(0, 5)}», og skriv «godkjent» for å godkjenne den.`,
  notApprovedPrevious: (date: string) =>
    `Referatet fra ${date} ble ikke behandlet og står til godkjenning på neste møte.`,
  /** Older minutes in the chain beyond the two shown: named by count, kept in the tab (review 2, HIGH 3). */
  olderNotApproved: (n: number) =>
    `Og ${n} eldre ${n === 1 ? 'referat' : 'referater'} ble ikke behandlet (se fanen Referater).`,
  /** After the dates on the agenda's item 2: «Referat fra 11.01.2027 og 12.01.2027, og 4 eldre (se fanen Referater)». */
  olderNotShown: (n: number) => `, og ${n} eldre (se fanen Referater)`,
  olderHint: (n: number) =>
    `I tillegg er ${n} eldre ${n === 1 ? 'referat' : 'referater'} ikke godkjent. De vises ikke her, men ligger i fanen Referater.`,
  notRegistered: 'Ikke registrert',
  approveButton: 'Godkjenn referatet',
  correct: {
    title: (date: string) => `Rett referatet fra ${date}`,
    help: 'Rett teksten og trykk «Lagre», eller fjern en føring. Alt som endres, blir stående i historikken, og referatet viser hvem som rettet det og når.',
    empty: 'Referatet har ingen føringer å rette.',
    itemLabel: (n: number) => `Punkt ${n}`,
    editLabel: 'Tekst',
    save: 'Lagre',
    remove: 'Fjern',
    what: 'rette referatet',
    notEnded:
      'Møtet pågår fortsatt. Rett med «angre» og skriv linjen på nytt; etter «avslutt møte» kan lederne rette referatet med «rett referat».',
    gone: 'Den føringen er allerede fjernet eller finnes ikke i referatet.',
    empty_text: 'Teksten kan ikke være tom. Vil du fjerne føringen, trykk «Fjern».',
    unchanged: 'Teksten er den samme som før. Ingenting er endret.',
    /** Under the correction card: how to add a line the meeting forgot (month s15 #1). */
    addHint: (date: string) =>
      `Mangler et vedtak eller notat? Skriv for eksempel «rett referat ${date} punkt 3 vedtak: Nannestad blir vertskommune».`,
    added: (what: string, item: number, date: string, stored: string) =>
      `✓ ${what} lagt til under punkt ${item} i referatet fra ${date}: ${stored}. Referatet viser hvem som la det til og når.`,
    addedChange: (what: string, stored: string) => `${what.toLowerCase()} er lagt til: ${stored}`,
  },
  approveHint: (date: string) =>
    `Over er referatet fra ${date}. Godkjenn det med knappen eller ved å skrive «godkjent». Går dere videre uten, står det til godkjenning på neste møte.`,
  /** Several minutes nobody dealt with are up at once, oldest first (N22). */
  approveHintMany: (dates: string) =>
    `Over er referatene fra ${dates}, som ikke er godkjent ennå. Skriv «godkjent» for å godkjenne alle, eller bruk knappen på hvert. Går dere videre uten, står de til godkjenning på neste møte.`,
  approvedNow: (date: string) => `✓ Referatet fra ${date} er godkjent. Skriv «angre» om det var feil.`,
  approvedNowMany: (dates: string) => `✓ Referatene fra ${dates} er godkjent. Skriv «angre» om det var feil.`,
  /** «24.03.2027, 09.04.2027 og 30.04.2027». */
  dateList: (dates: readonly string[]) =>
    dates.length < 2 ? dates.join('') : `${dates.slice(0, -1).join(', ')} og ${dates.at(-1)}`,
  alreadyApproved: (date: string) => `Referatet fra ${date} er allerede godkjent i dette møtet.`,
  alreadyApprovedMany: (dates: string) => `Referatene fra ${dates} er allerede godkjent.`,
  atTime: (time: string) => `kl. ${time}`,
  approveByDateExample: 'Skriv for eksempel «godkjent 24.03» eller «godkjent 30.04 kl. 09:00».',
  noMinutesToApproveOn: (date: string) =>
    `Det finnes ikke noe tidligere referat fra ${date}. Skriv for eksempel «godkjent 24.03» med datoen til møtet.`,
  whichMinutes: (date: string, times: string) =>
    `Det var flere møter ${date}: ${date} ${times}. Skriv hvilket, for eksempel «godkjent ${date.slice(0, 5)} ${times.split(' og ')[0]!.split(', ')[0]}».`,
  nothingToApprove: 'Det er ikke noe tidligere referat å godkjenne.',
  approveOnlyInMeeting: 'Referatet godkjennes i tråden til møtet som pågår.',
  approvalUndone: (date: string) => `godkjenningen av referatet fra ${date}`,
  correctedBy: (date: string, by: string, changes: readonly string[] = []) =>
    `Rettet ${date} av ${by}${changes.length ? `: ${changes.join('; ')}` : ''}.`,
  correctedAfterApproval: (date: string, by: string, changes: readonly string[] = []) =>
    `Rettet etter godkjenning ${date} av ${by}${changes.length ? `: ${changes.join('; ')}` : ''}.`,
  /** A decision corrected after the meeting: its wording now, and old → new only for figures or dates. */
  decisionCorrected: (now: string, figures?: string) =>
    `et vedtak er rettet${figures ? ` (${figures})` : ''} og lyder nå: «${now}»`,
  /** A note, task or other line corrected or removed: named by kind only, its text never repeated. */
  changeOther: (kind: 'decision' | 'note' | 'task' | 'attendance' | 'line', removed: boolean) =>
    `${{ decision: 'et vedtak', note: 'et notat', task: 'en oppgave', attendance: 'en oppmøteføring', line: 'en linje' }[kind]} er ${removed ? 'fjernet' : 'rettet'}`,
  correctedAnnouncement: (date: string, by: string, change?: string) =>
    `Referatet fra ${date} er rettet etter at det ble godkjent (av ${by})${change ? `: ${change}` : ''}. Se referatet med «@Nettverksboten referat ${date.slice(0, 5)}».`,
  approvedBy: (date: string, by: string) => `Godkjent på møtet ${date} av ${by}.`,
  notApprovedYet: 'Godkjennes som punkt 2 på neste møte.',
  download: 'Last ned (.docx)',
  downloadMd: 'Last ned (Markdown)',
  noMinutes: 'Nettverket har ingen referater ennå. Referatet lages når en leder skriver «avslutt møte».',
  noMinutesOn: (date: string) => `Jeg finner ikke noe møte ${date}. Skriv «referat» for det siste.`,
  linkExpired: 'Lenken er utløpt. Skriv «@Nettverksboten referat» i kanalen for å få en ny.',
  /** An expired minutes link knows its meeting: the command that gives that meeting's minutes, not the latest (month 13, #3). */
  linkExpiredFor: (date: string) =>
    `Lenken er utløpt (lenkene gjelder i 7 dager). Skriv «@Nettverksboten referat ${date}» i nettverkets kanal, så får du referatet fra ${date} med nye lenker.`,
  linkInvalid: 'Lenken er ikke gyldig.',
  /** Task follow-up made while a meeting ran, as a line in its minutes. */
  followUpStatus: (id: string, text: string, status: string) => `${id} «${text}»: ${status}`,
  /** A task closed, between the meetings (round 9) or in one (s12 #15), in the minutes: who reported it and when. */
  followUpBetween: (line: string, by: string, date: string) => `${line} (${by}, ${date})`,
  followUpDue: (id: string, text: string, due: string) => `${id} «${text}»: ny frist ${due}`,
  /** A task that had no due date got one (month s13 #10): not moved, so not «ny frist». */
  followUpFirstDue: (id: string, text: string, due: string) => `${id} «${text}»: fikk frist ${due}`,
  followUpDueRemoved: (id: string, text: string) => `${id} «${text}»: fristen er tatt bort`,
  followUpOwners: (id: string, text: string, owners: string) => `${id} «${text}»: ansvarlig nå ${owners}`,
  notice: {
    agendaSummary: (date: string) => `Agenda for møtet ${date}`,
    /** The title a posted notice gets once its meeting was moved or cancelled; the message says which. */
    retired: (date: string) => `Denne innkallingen til møtet ${date} gjelder ikke lenger`,
    /** `when`: the meeting is tomorrow, today (a reminder sent late), or later (before a weekend or the holidays). */
    /** `place`: the series' «møtested», said when set (N9, round 9). */
    reminder: (date: string, time: string, when: 'tomorrow' | 'today' | 'later' = 'tomorrow', place = '') =>
      when === 'later'
        ? `Påminnelse: neste nettverksmøte er ${date} ${time}${place ? `, ${place}` : ''}. Skriv «@Nettverksboten agenda» for å se agendaen.`
        : `Påminnelse: nettverksmøte ${when === 'today' ? 'i dag' : 'i morgen'}, ${date} ${time}${place ? `, ${place}` : ''}. Skriv «@Nettverksboten agenda» for å se agendaen.`,
    /** `date` when the meeting is not tomorrow (the reminder came before a weekend or the holidays). */
    leaderSummary: (n: number, date: string | null = null) =>
      `${count(n, 'oppgave', 'oppgaver')} har passert fristen før møtet ${date ?? 'i morgen'}:`,
    /** With the agenda, to the leaders, when the meeting's holiday question is still unanswered (N13). */
    holidayUnanswered: (date: string, holiday: string) =>
      `Møtet ${date} faller på ${holiday}, og ingen leder har valgt om det skal holdes, flyttes eller avlyses. Svar på spørsmålet om fridagen i kanalen, eller skriv for eksempel «@Nettverksboten flytt møte ${date} til …» eller «@Nettverksboten avlys møte ${date}».`,
    /** Added to the day-before reminder of a meeting on a holiday nobody decided on (N13). */
    reminderOnHoliday: (holiday: string) => `Merk: møtet faller på ${holiday}.`,
    /** At a planned meeting's end when nobody started it (month round 6, N19). */
    notStarted: (date: string, time: string, moveTo: string) =>
      `Møtet ${date} ${time} ble ikke startet her. Ble det holdt et annet sted, skriv «@Nettverksboten start møte» og før det viktigste i tråden. Ble det avlyst, skriv «@Nettverksboten avlys møte ${date}»; ble det flyttet, skriv for eksempel «@Nettverksboten flytt møte ${date} til ${moveTo}».`,
  },
} as const;
