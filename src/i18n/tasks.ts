import type { TaskStatus } from '../tasks/task.ts';
import { count } from './common.ts';
import { rolesText } from './roles.ts';

export const taskText = {
  /** «hvem har ansvar for …?» answered from the network's open tasks (month s14 #4). */
  whoOwns: {
    line: (id: string, text: string, owners: string[], due: string | null) =>
      `${id} «${text}»: ${owners.join(' og ')} har ansvaret${due ? `, med frist ${due}` : ', uten frist'}.`,
    /** How to open the task's card, as it must be typed where the question was asked. */
    see: (command: string) => `Skriv «${command}» for å se oppgaven.`,
    several: 'Flere åpne oppgaver passer:',
  },
  /** «kan jeg få utsatt X til fredag?» about the asker's own task (month s14 #4): the command that does it. */
  postponeByWords: (id: string, text: string, command: string) =>
    `${id} «${text}» er din, så du kan utsette den selv: skriv «${command}», eller trykk «Utsett» på oppgavekortet.`,
  group: 'Oppgaver',
  status: {
    open: 'Åpen',
    in_progress: 'Pågår',
    done: 'Ferdig',
    postponed: 'Utsatt',
    deleted: 'Slettet',
    cancelled: 'Avlyst',
  } satisfies Record<TaskStatus, string>,
  heading: (id: string) => `Oppgave ${id}`,
  owners: 'Ansvarlig',
  due: 'Frist',
  noDue: 'ingen frist',
  origin: 'Fra',
  originMeeting: (date: string, item: number | null) => (item ? `møtet ${date}, punkt ${item}` : `møtet ${date}`),
  needsHelp: 'Trenger hjelp: lederne er varslet i kanalen.',
  helpAsked: (who: string, id: string, text: string) =>
    `${who} trenger hjelp med oppgave ${id}: «${text}». Kan en av dere ta kontakt?`,
  deletedNotice: 'Oppgaven ble angret i møtet og finnes ikke lenger.',
  /** Taken back with «angre» in the meeting or removed with «rett referat» after it: true of both (month s14 #17). */
  deletedBy: (who: string, date: string) => `${who} tok oppgaven ut av referatet ${date}, og den finnes ikke lenger.`,
  cancelledNotice: (who: string, when: string) => `Avlyst av ${who} (${when}).`,
  cancelledPlain: 'Oppgaven er avlyst.',
  lastChange: (who: string, what: string, when: string) => `${who} ${what} (${when}).`,
  changeVerbs: {
    done: 'markerte den som ferdig',
    in_progress: 'satte den til pågår',
    postponed: 'utsatte den',
    movedDue: (to: string) => `flyttet fristen til ${to}`,
    /** A task that had none got a due date (month s13 #10): nothing was put off. */
    firstDue: (to: string) => `ga den frist ${to}`,
    open: 'åpnet den igjen',
    cancelled: 'avlyste den',
    help: 'ba om hjelp',
    owners: (to: string) => `ga den til ${to}`,
    /** The one who changed the owners made herself the only owner (month round 6b, N2). */
    ownersSelf: 'tok oppgaven selv',
    text: 'endret teksten',
  },
  labels: {
    done: 'Ferdig',
    inProgress: 'Pågår',
    help: 'Trenger hjelp',
    postpone: 'Utsett',
    newDue: 'Ny frist',
    newDueError: 'Velg en ny frist.',
    postponeConfirm: 'Lagre ny frist',
    reopen: 'Åpne igjen',
    back: 'Tilbake til listen',
  },
  onWeekend: 'i helgen',
  draft: {
    help: 'Oppgaven er ikke lagret, og ingenting er ført i referatet. Rett linjen under og send den på nytt.',
    label: 'Linjen du skrev',
    error: 'Skriv oppgaven, for eksempel «oppgave @Ola Hansen sende rapport innen 15.01».',
    resend: 'Send på nytt',
  },
  listTitle: (network: string) => `Åpne oppgaver i ${network}`,
  myListTitle: 'Mine åpne oppgaver',
  /** A due date passed, in the task lists. */
  listOverdue: (date: string) => `${date} (forfalt)`,
  /** After a shared task's text in «mine oppgaver»: who else owns it. */
  sharedWith: (names: string) => `(sammen med ${names})`,
  /** Praise only when tasks were done; with none at all (new network, or after «slett nettverksdata») say so plainly. */
  listEmpty: 'Ingen åpne oppgaver. Bra jobbet!',
  listNone: 'Nettverket har ingen oppgaver. Lag en med for eksempel «oppgave @Ola Hansen sende rapport innen 15.01».',
  myListEmpty: 'Du har ingen åpne oppgaver i nettverkene du er med i.',
  myListTitleHere: (network: string) => `Mine åpne oppgaver i ${network}`,
  myListEmptyHere: (network: string) =>
    `Du har ingen åpne oppgaver i ${network}. Skriv «mine oppgaver» til meg i en personlig chat for å se alle nettverkene dine.`,
  listHint: 'Trykk på en oppgave for å oppdatere den.',
  municipality: (name: string) => `${name} (kommune)`,
  /** An owner the bot heard leave the team (month s16 #2): the task is orphaned until a leader gives it away. */
  ownerGone: (name: string) => `${name} (har forlatt teamet)`,
  /** A button on an older card of a task that has since got another owner (month s16 #4). */
  notYoursNow: (id: string, owners: string) =>
    `Oppgave ${id} er ikke lenger din (ansvarlig er nå ${owners}), så ingenting ble endret. Skriv «mine oppgaver» for å se det som er ditt.`,
  overdue: (days: number) => (days === 1 ? 'forfalt i går' : `forfalt for ${days} dager siden`),
  onHoliday: (holiday: string) => `${holiday.toLocaleLowerCase('nb')}, en fridag`,
  commands: {
    tasks: { usage: 'oppgaver', description: 'Viser nettverkets åpne oppgaver, gruppert etter hvem som er ansvarlig.' },
    mine: {
      usage: 'mine oppgaver',
      description:
        'Viser dine egne åpne oppgaver: i kanalen fra dette nettverket, i personlig chat fra alle nettverkene dine.',
    },
    show: { usage: 'oppgave vis <nr>', description: 'Viser én oppgave med knapper for å oppdatere den.' },
    cancel: {
      usage: 'avlys oppgave <nr>',
      description:
        'Avlyser en oppgave som ble laget to ganger eller ved en feil (leder eller den som skrev den). Den kan åpnes igjen.',
    },
  },
  notFound: (id: string) => `Jeg finner ingen oppgave «${id}» i dette nettverket. Skriv «oppgaver» for å se numrene.`,
  showExample: 'oppgave vis T3',
  notAllowed: (owners: string, leaders: string) =>
    `Bare den ansvarlige (${owners}) eller en leder i nettverket${leaders ? ` (${leaders})` : ''} kan endre denne oppgaven.`,
  /** N6: a municipality's task, changed in a way that is not a progress report, by a member who did not write it. */
  notAllowedMunicipality: (municipality: string, creator: string, leaders: string) =>
    `Oppgaven tilhører ${municipality} (kommunen). Alle i nettverket kan melde fremdrift på den: ferdig, pågår, utsett eller trenger hjelp. Teksten og hvem som er ansvarlig endres bare av den som skrev oppgaven (${creator}) eller en leder i nettverket${leaders ? ` (${leaders})` : ''}.`,
  /** A follow-up line in the minutes for a municipality's task, naming who reported it (N6). */
  reportedBy: (line: string, name: string) => `${line} (meldt av ${name})`,
  notAllowedOwnerLeads: (owners: string) =>
    `Bare ${owners} (ansvarlig og leder i nettverket) kan endre denne oppgaven.`,
  /** `example`: already addressed as the conversation needs (helpText.commandLine). */
  earlierThanDue: (date: string, due: string, example: string) =>
    `Den nye fristen (${date}) er før fristen den har nå (${due}), så det er ingen utsettelse. Velg en senere dato, eller skriv «${example}» hvis fristen skal flyttes fram.`,
  dueOnHoliday: (date: string, holiday: string) => `Merk: ${date} er ${holiday.toLocaleLowerCase('nb')}, en fridag.`,
  dueOnWeekend: (date: string) => `Merk: ${date} er i helgen.`,
  /** s12 #10: a due date said as a word («innen fredag») that landed on a holiday is the working day before. */
  dueMovedOffHoliday: (from: string, holiday: string, to: string, example: string) =>
    `Merk: ${from} er ${holiday.toLocaleLowerCase('nb')}, så fristen er satt til ${to}, siste hele virkedag før. Skal fristen likevel være ${from}, skriv «${example}».`,
  pastDate: (date: string, today: string) =>
    `Den nye fristen (${date}) er passert. Velg en dato fra og med i dag (${today}).`,
  badDate: 'Jeg forstod ikke den nye fristen. Velg en dato i kalenderen, for eksempel 2027-01-15.',
  deleted: 'Denne oppgaven finnes ikke lenger (den ble angret i møtet). Ingenting ble endret.',
  /** A click on a card that showed another status than the task has now: what happened, and by whom. */
  outdated: {
    what: {
      done: 'ble markert som ferdig',
      in_progress: 'ble satt til pågår',
      postponed: 'ble utsatt',
      open: 'ble åpnet igjen',
      cancelled: 'ble avlyst',
    },
    happened: (id: string, what: string, when: string, who: string, due: string | null) =>
      `${id} ${what} ${when} av ${who}${due ? ` (ny frist ${due})` : ''}.`,
    now: (id: string, status: string) => `${id} har nå status «${status}».`,
    reopen: 'Ingenting ble endret. Trykk «Åpne igjen» hvis den ikke er ferdig likevel.',
    reopenCancelled: 'Ingenting ble endret. Trykk «Åpne igjen» hvis den skal gjøres likevel.',
    other: 'Ingenting ble endret. Kortet viser nå oppgaven slik den er; trykk på nytt hvis du fortsatt vil endre den.',
  },
  change: {
    unknown: (id: string, rest: string) => `Jeg forstod ikke hva som skal endres på ${id}: «${rest}».`,
    forms: (id: string) =>
      `Skriv for eksempel «oppgave ${id} ferdig», «oppgave ${id} pågår», «oppgave ${id} utsett 15.01», «oppgave ${id} ny ansvarlig @Navn», «oppgave ${id} tekst ny tekst» eller «oppgave ${id} avlys».`,
    ownersMissing: (id: string) => `Skriv hvem som skal ha ${id}: nevn en person med @, eller skriv kommunen.`,
    textMissing: (id: string) => `Skriv den nye teksten etter «oppgave ${id} tekst».`,
    dueMissing: (id: string) => `Skriv den nye fristen etter «oppgave ${id} utsett».`,
    textTooLong: (length: number, max: number) => `Teksten har ${length} tegn; en oppgave kan ha høyst ${max}.`,
    unchanged: (id: string) => `${id} er allerede slik. Ingenting ble endret.`,
  },
  pastDue: (date: string, today: string) => `Fristen ${date} er passert. Velg en dato fra og med i dag (${today}).`,
  notListed: (name: string, suggestion: string | null, list: string) =>
    `«${name}» er ikke blant nettverkets kommuner.${suggestion ? ` Mente du ${suggestion}?` : ''} Kommunene er: ${list}.`,
  /** A task's owner typed as a known person's name without @ (month round 6b, N9). */
  /** «Send på nytt» with a person typed in the card's field that is no one person the network knows (s12 #2). */
  pickFromList: {
    title: 'Velg personen fra @-lista i tråden',
    message:
      'Et navn skrevet i feltet blir ikke en nevning i Teams, og navnet passer ikke på nøyaktig én person jeg kjenner i nettverket. Skriv linjen på nytt i tråden, skriv @ og velg navnet fra lista. Oppgaven er ikke lagret.',
  },
  mentionPerson: (typed: string, full: string) =>
    `«${typed}» er ikke en kommune, men ligner ${full}. Nevn ${full} med @ (skriv @ og velg navnet fra lista), så blir oppgaven personens.`,
  /** A task given, or re-assigned, to someone the bot heard leave the team (month round 7b, N10). */
  ownerLeft: (name: string) =>
    `${name} har forlatt teamet, så ${name} ser ikke kanalen og kan ikke svare på påminnelsene. Oppgaven er ikke lagret. Gi oppgaven til en annen (skriv @ og velg navnet) eller til en kommune.`,
  ownerLeftChange: (name: string, id: string) =>
    `${name} har forlatt teamet, så ${name} ser ikke kanalen og kan ikke svare på påminnelsene. ${id} beholder ansvarlig. Gi oppgaven til en annen (skriv @ og velg navnet) eller til en kommune.`,
  /** A task given to a known person's name typed without @ (round 9): who is meant, and how to say it. */
  ownerIsPerson: (typed: string, full: string, id: string, municipality: string | null) =>
    `«${typed}» er ikke en kommune, men ligner ${full}. Skal ${full} ha ${id}, nevn personen med @ (skriv @ og velg navnet fra lista i Teams).${municipality ? ` Skal en kommune ha den, skriv kommunenavnet, for eksempel «oppgave ${id} ny ansvarlig ${municipality}».` : ' Skal en kommune ha den, skriv kommunenavnet.'}`,
  /** A task's owner written as a name that is no listed municipality and no near miss of one (N3). */
  notOnList: (name: string, list: string) =>
    `${name} er ikke på nettverkets kommuneliste (${list}). Er ${name} med i nettverket, kan en leder legge kommunen til med «@Nettverksboten kommuner ${list}, ${name}». Ellers skriver du en av kommunene på listen, eller nevner en person med @.`,
  /** Several municipalities before the colon (N7): a task has one. */
  oneMunicipality: (names: string) =>
    `En oppgave har én kommune som ansvarlig, så «${names}» kan ikke stå sammen. Skriv én oppgave for hver kommune.`,
  /** No owner found, with a municipality list: the example names one on it. */
  noOwnerListed: (list: string) =>
    `Jeg fant ingen ansvarlig. Nevn en person med @ (så Teams markerer navnet), eller skriv en av nettverkets kommuner først (${list}).`,
  /** «T3 er ferdig» in a personal chat (month round 7, N2). */
  /** «ferdig med lunsjen»: a task named by its words (month s13 #4). */
  doneByWords: {
    usage: 'ferdig med <ord fra oppgaven>',
    description:
      'Merker en av dine åpne oppgaver som ferdig når ordene passer på nøyaktig én av dem (du får spørsmål først).',
    meant: (id: string, text: string) => `Mente du ${id} «${text}»?`,
    message: (id: string) => `Trykk «Ferdig» for å merke ${id} som ferdig. Neste gang kan du skrive «${id} ferdig».`,
    button: (id: string) => `Ferdig med ${id}`,
    several: (listed: string[], example: string) =>
      `Ordene passer på flere av dine åpne oppgaver: ${listed.join(', ')}. Skriv nummeret, for eksempel «${example} ferdig».`,
    /** The words fit none of the person's tasks but one open deadline of the network. */
    deadline: (id: string, title: string) =>
      `Mente du fristen ${id} «${title}»? Den merkes som levert med «levert ${id}» (i kanalen: «@Nettverksboten levert ${id}»). Ingen oppgave ble endret.`,
    none: (said: string, example: string) =>
      `Jeg fant ingen av dine åpne oppgaver som passer «${said}». Skriv oppgavens nummer, for eksempel «${example} ferdig». «mine oppgaver» viser dem med nummer.`,
  },
  personalLine: {
    notFound: (id: string) => `Jeg finner ingen oppgave ${id} i nettverkene dine.`,
    which: (id: string, names: string[], example: string) =>
      `${id} finnes i flere av nettverkene dine (${names.join(', ')}). Skriv hvilket, for eksempel: «${example}».`,
  },
  /**
   * The line above a reminder's (or a «ga deg oppgave» message's) card once the task has changed since it
   * came (month round 7, N3: «har frist om 3 virkedager» contradicted the redrawn card). Month s16 #8: a
   * generic line replaced what the message said («Kari Nordmann ga deg oppgave T1 …»),
   * so who gave the task was lost. The message keeps its words, dated, and says what changed since.
   */
  lineKept: (sent: string, line: string, changes: string[]) =>
    `Melding fra ${sent}: «${line.trim().replace(/[.!]$/u, '')}». Endret siden: ${changes.join(', ')}. Kortet under viser oppgaven slik den er nå.`,
  lineChanges: {
    due: (due: string) => `fristen er nå ${due}`,
    noDue: 'fristen er fjernet',
    status: (status: string) => `status er nå «${status}»`,
  },
  nudge: {
    /**
     * A municipality task's nudge with no leader, the first such post of the day (N4, month round 7b):
     * says once that nobody is notified, and how the network gets a leader.
     */
    noLeaderFirst: (municipalities: string) =>
      `Oppgaven tilhører ${municipalities}, og ingen person er ansvarlig. Nettverket har ingen leder nå, så påminnelsen står bare her i kanalen og ingen blir varslet. ${rolesText.claimHow}`,
    before: (id: string, days: number) =>
      `Påminnelse: oppgave ${id} har frist om ${count(days, 'virkedag', 'virkedager')}.`,
    dueToday: (id: string) => `Påminnelse: oppgave ${id} har frist i dag.`,
    /** Sent on the working day before a due date that falls on a weekend or holiday. */
    dueOn: (id: string, date: string) => `Påminnelse: oppgave ${id} har frist ${date}.`,
    overdue: (id: string) => `Oppgave ${id} har passert fristen. Er den ferdig, eller trenger den ny frist?`,
    /** Month s14 #11: the last overdue reminder to the owner says what comes next, so the silence after is no surprise. */
    lastOverdue: 'Dette er siste påminnelse; om en uke får lederne beskjed om oppgaven i stedet.',
    /**
     * Month s14 #11: after the owner's last overdue reminder, the leaders are told once, in the channel, and
     * the reminders stop: a fourth «har passert fristen» changes nothing that three did not.
     */
    handover: (lead: string, id: string, text: string, owners: string, reminded: number, example: string) =>
      `${lead ? `${lead} ` : ''}Oppgave ${id} «${text}» (${owners}) har passert fristen, og jeg har minnet om den ${reminded} ganger uten at noe har endret seg. Jeg sender ingen flere påminnelser om den. Gi den ny frist, ny ansvarlig eller avlys den, for eksempel «${example}».`,
    handoverSummary: 'Forfalt oppgave til lederne',
    summary: 'Påminnelse om oppgave',
    /**
     * In the personal chat the line names its network (s12 #16), as «Mine oppgaver» does: one person in
     * two networks may have a T1 in each. The channel is the network's own, so its reminder needs none.
     */
    inNetwork: (network: string, line: string) => `${network} · ${line}`,
    /** A municipality's task has no person to remind: the leaders are @mentioned, and told why. */
    municipality: (names: string) =>
      `Oppgaven tilhører ${names}, og ingen person er ansvarlig, så jeg varsler lederne.`,
  },
  /** A task given to a person (`oppgave T3 ny ansvarlig @Kari`): what the new owner is told in her personal chat. */
  given: {
    lead: (by: string, id: string, text: string) => `${by} ga deg oppgave ${id} «${text}».`,
    due: (date: string) => `Fristen er ${date}.`,
    noDue: 'Oppgaven har ingen frist.',
    overdue: (date: string, example: string) =>
      `Fristen var ${date} og har passert. Er den ferdig, trykk «Ferdig»; trenger den ny frist, skriv for eksempel «${example}».`,
    summary: 'Du har fått en oppgave',
  },
  /** To a person a task was taken from (month round 6b, N2): his cards change silently, so he is told. */
  taken: (by: string, id: string, text: string, to: string) =>
    `Oppgave ${id} «${text}» er ikke lenger din: ${to === by ? `${by} tok den selv` : `${by} ga den til ${to}`}. Du trenger ikke gjøre mer med den.`,
  /** To the other owners of a shared task when one of them marks it done (month 13, #2). */
  closedByCoOwner: (who: string, id: string, text: string) =>
    `${who} markerte oppgave ${id} «${text}», som dere har sammen, som ferdig. Du trenger ikke gjøre mer med den. Er den ikke ferdig, trykk «Åpne igjen» på kortet.`,
  /** To the leaders when a member marks a municipality's task done. */
  closedByMember: (who: string, id: string, text: string, owners: string) =>
    `${who} markerte oppgave ${id} «${text}» (${owners}) som ferdig. Er den ikke det, trykk «Åpne igjen» på kortet eller skriv «oppgave ${id} åpne igjen».`,
  /** «avlys oppgave T3»: the confirmation card, and what it turns into. */
  cancel: {
    example: 'avlys oppgave T3',
    which: 'Skriv hvilken oppgave som skal avlyses, for eksempel «avlys oppgave T3».',
    /** «avlys 26.02» without «møte»: a meeting is meant more likely than a task. */
    meeting: (example: string) => `Skal et møte avlyses? Skriv for eksempel «${example}».`,
    title: (id: string) => `Avlyse oppgave ${id}?`,
    body: 'Oppgaven blir ikke markert som ferdig. Den tas ut av listene, agendaene og påminnelsene, og referatet sier «avlyst». Den kan åpnes igjen.',
    asked: (who: string) => `Spurt av ${who}`,
    confirm: 'Avlys oppgaven',
    keep: 'Avbryt',
    done: (id: string, who: string) => `${id} ble avlyst av ${who}.`,
    kept: (id: string, who: string) => `${id} ble beholdt: ${who} trykket «Avbryt». Ingenting ble endret.`,
    expired: (id: string) => `Kortet er utløpt. Skriv «avlys oppgave ${id}» på nytt hvis den fortsatt skal avlyses.`,
    used: (id: string, status: string) => `Dette kortet er allerede brukt. ${id} har nå status «${status}».`,
    already: (id: string) => `${id} er allerede avlyst. Skriv «oppgave ${id} åpne igjen» hvis den skal gjøres likevel.`,
    notAllowed: (creator: string, leaders: string) =>
      `Bare den som skrev oppgaven (${creator}) eller en leder i nettverket${leaders ? ` (${leaders})` : ''} kan avlyse den.`,
    /** The one who wrote it is a leader too: named once (month s14 #17). */
    leadersOnly: (leaders: string) => `Bare en leder i nettverket (${leaders}) kan avlyse den.`,
    /** Any other change to a cancelled task. */
    isCancelled: (id: string) =>
      `${id} er avlyst. Skriv «oppgave ${id} åpne igjen» hvis den skal gjøres likevel. Ingenting ble endret.`,
  },
  /** A4: a due date more than two years ahead (src/tasks/due-limit.ts). */
  dueTooFar: (date: string, latest: string, example: string) =>
    `Fristen ${date} er mer enn to år fram i tid. Velg en dato til og med ${latest}, for eksempel ${example}.`,
} as const;
