import type { DeadlineKind } from '../deadlines/deadline.ts';
import { ownLink } from '../conversation/card-links.ts';
import { count, nounFor } from './common.ts';

/** «30, 14, 7 og 1 dager», «1 dag»: a list of day counts, the noun after the last. */
const dayList = (days: readonly number[] | number): string => {
  const list = [days].flat();
  const head = list.length > 1 ? `${list.slice(0, -1).join(', ')} og ` : '';
  return `${head}${list.at(-1) ?? 0} ${nounFor(list.length === 1 ? (list[0] ?? 0) : 2, 'dag', 'dager')}`;
};

/** After «levert» on a yearly deadline: that it comes back, and when (with its new title when that changes). */
const yearlyNext = (next: string | null, nextTitle: string | null): string =>
  next ? ` Den gjentas hvert år; neste frist er ${next}${nextTitle ? `, med tittelen «${nextTitle}»` : ''}.` : '';

/**
 * The typed undo of «levert» as every help text teaches it. Review s15 #11 and s16 #8: a concrete «F1» may be
 * open or missing, and following it then answers «er ikke markert som levert»; the placeholder is never wrong.
 */
export const reopenExample = 'angre levert F<nummer>';

/** After «levert»: the way back, as a task's «Er den ikke det, trykk «Åpne igjen»» (month s15 #3). */
/** «U1», «U1 og U2», «U1, U2 og U3». */
const joinIds = (ids: string[]): string =>
  ids.length > 1 ? `${ids.slice(0, -1).join(', ')} og ${ids.at(-1)}` : (ids[0] ?? '');
const undoHint = (id: string): string =>
  ` Er den ikke levert likevel, trykk «Angre levert» på kortet eller skriv «angre levert ${id}».`;

export const deadlineText = {
  group: 'Frister',
  commands: {
    add: {
      usage: 'frist <dato> <tittel>',
      description: 'Legger inn en frist (ledere). Jeg minner kanalen på den til noen trykker «Levert».',
      example: 'frist 1. mars Rapport til Statsforvalteren',
    },
    list: {
      usage: 'frister',
      description: 'Viser de kommende fristene; i personlig chat med meg også lenken til kalenderen.',
      example: 'frister',
    },
    feedLink: {
      usage: 'kalenderlenke',
      description: 'Sender deg lenken til nettverkets kalender (møter og frister) i en personlig melding.',
      example: 'kalenderlenke',
    },
    shared: {
      usage: 'felles frist <dato> <tittel>',
      description: 'Legger inn en frist fra Statsforvalteren for alle nettverk under samme Statsforvalter (ledere).',
      example: 'felles frist 30.09 Søknad om stimuleringsmidler',
    },
    statsforvalter: {
      usage: 'statsforvalter <navn>',
      description: 'Hvilken Statsforvalter nettverket hører under (ledere setter den).',
      example: 'statsforvalter Østfold, Buskerud, Oslo og Akershus',
    },
    feedRotate: {
      usage: 'ny kalenderlenke',
      description:
        'Lager en ny kalenderlenke og sender den til deg privat; den gamle slutter å virke med en gang (ledere).',
      example: 'ny kalenderlenke',
    },
    move: {
      usage: 'flytt frist <F-nummer> til <dato>',
      description: 'Flytter en frist til en ny dato (ledere); det samme som «Endre» på fristkortet.',
      example: 'flytt frist F1 til 16.12',
    },
    delivered: {
      usage: 'levert [F-nummer]',
      description:
        'Markerer en frist som levert, som «Levert» på kortet. I tråden til fristens kort trengs ikke F-nummeret: «@Nettverksboten levert».',
      example: 'F1 levert',
    },
    reopen: {
      usage: 'angre levert <F-nummer>',
      description:
        'Åpner igjen en frist som ble markert som levert ved en feil (ledere og den som markerte den), som «Angre levert» på kortet. Påminnelsene som ennå ikke har vært, kommer igjen.',
      example: 'angre levert F1',
    },
    offsets: {
      usage: 'frist varsler <dager>',
      description: 'Hvor mange dager før fristen jeg minner om (ledere).',
      example: 'frist varsler 30,14,7,1,0',
    },
  },
  addWhat: 'legge inn frister',
  offsetsWhat: 'endre varslene for frister',
  editWhat: 'endre frister',
  statsforvalterWhat: 'sette hvilken Statsforvalter nettverket hører under',
  statsforvalterSet: (name: string, copied: number) =>
    `Nettverket hører nå under ${name}.` +
    (copied
      ? ` ${count(copied, 'felles frist', 'felles frister')} fra andre nettverk under samme Statsforvalter er lagt inn her.`
      : ''),
  statsforvalterIs: (name: string) =>
    `Nettverket hører under ${name}. En leder kan endre det med for eksempel «statsforvalter Østfold, Buskerud, Oslo og Akershus».`,
  statsforvalterNone:
    'Nettverket har ingen Statsforvalter ennå. En leder kan sette den med for eksempel «statsforvalter Østfold, Buskerud, Oslo og Akershus».',
  statsforvalterBad: 'Skriv navnet på Statsforvalteren, høyst 80 tegn.',
  statsforvalterExample: 'statsforvalter Østfold, Buskerud, Oslo og Akershus',
  sharedNeedsStatsforvalter:
    'Sett først hvilken Statsforvalter nettverket hører under, så vet jeg hvilke nettverk fristen gjelder.',
  sharedAdded: (id: string, title: string, date: string, name: string, networks: number) =>
    `Fristen ${id} «${title}» ${date} er lagt inn for ${networks === 1 ? '1 nettverk' : `${networks} nettverk`} under ${name}. Hvert nettverk markerer selv «Levert».`,
  sharedExample: 'felles frist 30.09 Søknad om stimuleringsmidler',
  scopeLabel: 'Gjelder',
  scopeStatsforvalter: (name: string) => `Alle nettverk under ${name}`,
  edit: 'Endre',
  editHeading: (id: string) => `Endre frist ${id}`,
  editLabels: {
    title: 'Tittel',
    titleError: 'Fristen må ha en tittel.',
    date: 'Dato',
    datePlaceholder: 'For eksempel 1. mars 2027 eller 01.03.2027',
    dateError: 'Skriv en dato.',
    kind: 'Type',
    source: 'Kilde',
    checklist: 'Sjekkliste (ett punkt per linje)',
    yearly: 'Gjentas hvert år',
    save: 'Lagre',
    cancel: 'Avbryt',
  },
  kinds: {
    søknad: 'Søknad',
    rapportering: 'Rapportering',
    'bruk av midler': 'Bruk av midler',
    overføring: 'Overføring',
    revisjon: 'Revisjon',
    egen: 'Egen frist',
  } satisfies Record<DeadlineKind, string>,
  checklists: {
    søknad: [
      'Prosjektplan på malen for læringsnettverk',
      'Budsjett som viser egenandel og hva stimuleringsmidlene skal brukes til',
      'Lokal risiko- og tilstandsvurdering som grunnlag for temaet',
      'Minst to barneverntjenester med i nettverket',
      'Andre offentlige tilskudd til prosjektet er oppgitt',
    ],
    rapportering: [
      'Utfylt rapporteringsmal',
      'Vurdering av måloppnåelse',
      'Budsjett og regnskap',
      'Revisorattestert regnskap når tilskuddet er over 200 000 kr',
    ],
    'bruk av midler': [
      'Midlene er brukt innen 31. desember',
      'Ubrukte midler: søk Statsforvalteren om overføring, ellers betales de tilbake',
    ],
    overføring: [
      'Søknad til Statsforvalteren om å overføre ubrukte midler til neste år',
      'Oversikt over hva som er brukt og hva som gjenstår',
    ],
    revisjon: ['Les de reviderte retningslinjene', 'Ta endringene opp på neste nettverksmøte'],
    egen: [],
  } satisfies Record<DeadlineKind, string[]>,
  /**
   * Month round 14, #5: a barnevernsledernettverk applies on Bufdir's simplified form (Rammer og føringer 2024,
   * section 5) and reports how the money was used (section 6); it needs no project plan on the learning
   * networks' template. Kinds not listed here have the same checklist for both network kinds.
   */
  leaderChecklists: {
    søknad: [
      'Navn på nettverket og kommunene i det',
      'Ansvarlig søknadskommune med organisasjonsnummer og adresse',
      'Kontaktperson (navn, telefon, e-post)',
      'Søknadsbeløp og en kort beskrivelse av hva midlene skal brukes til',
      'Samarbeid med lederkompetansemiljø (om aktuelt)',
      'Alle deltakerne i nettverket stiller seg bak søknaden',
      'Andre offentlige tilskudd til nettverket er oppgitt',
    ],
    rapportering: [
      'Hvordan midlene er brukt',
      'Kort vurdering av erfaringene',
      'Om det er hentet inn lederfaglig kompetanse, og i så fall hvilken',
      'Revisorattestert regnskap når tilskuddet er over 200 000 kr',
    ],
  } satisfies Partial<Record<DeadlineKind, string[]>>,
  leaderSources: {
    søknad: 'Rammer og føringer 2024 (Bufdir), punkt 5: forenklet søknad for barnevernsledernettverk',
    rapportering: 'Rammer og føringer 2024 (Bufdir), punkt 6: rapportering for barnevernsledernettverk',
  } satisfies Partial<Record<DeadlineKind, string>>,
  /** #5: with no kind known, a checklist that holds for both, and the one line that differs named as a choice. */
  eitherKindChecklists: {
    søknad: [
      'Læringsnettverk: prosjektplan på malen for læringsnettverk. Barnevernsledernettverk: forenklet søknad (navn, kommuner, søknadskommune, kontaktperson)',
      'Søknadsbeløp og hva midlene skal brukes til',
      'Andre offentlige tilskudd er oppgitt',
    ],
    rapportering: [
      'Læringsnettverk: utfylt rapporteringsmal og vurdering av måloppnåelse. Barnevernsledernettverk: hvordan midlene er brukt, erfaringer og lederfaglig kompetanse',
      'Revisorattestert regnskap når tilskuddet er over 200 000 kr',
    ],
  } satisfies Partial<Record<DeadlineKind, string[]>>,
  eitherKindSources: {
    søknad: 'Rammer og føringer 2024 (Bufdir); prosjektplanmal 2024/2025 for læringsnettverk',
    rapportering: 'Rammer og føringer 2024 (Bufdir), rapportering for læringsnettverk og barnevernsledernettverk',
  } satisfies Partial<Record<DeadlineKind, string>>,
  /** #5: said when a deadline got the checklist for both kinds because the network's kind is unknown. */
  kindUnknownChecklist:
    'Jeg vet ikke om nettverket er et læringsnettverk eller et barnevernsledernettverk, så sjekklisten dekker begge. Skriv «nettverkstype ledernettverk» eller «nettverkstype læringsnettverk», så følger nye frister reglene for den typen.',
  sources: {
    søknad: 'Statsforvalterens utlysning; prosjektplanmal 2024/2025',
    rapportering: 'Rammer og føringer 2024 (Bufdir); samling Oslo og Viken 2022: rapport innen 1. mars året etter',
    'bruk av midler': 'Rammer og føringer 2024 (Bufdir), bruk av midler',
    overføring: 'Rammer og føringer 2024 (Bufdir), overføring av ubrukte midler',
    revisjon: 'Rammer og føringer 2024 (Bufdir)',
    egen: 'Lagt inn av nettverket',
  } satisfies Record<DeadlineKind, string>,
  daysLeft: (n: number) =>
    n === 0
      ? 'Fristen er i dag'
      : n === 1
        ? '1 dag igjen'
        : n === -1
          ? 'Fristen gikk ut i går'
          : n < 0
            ? `Fristen gikk ut for ${-n} dager siden`
            : `${count(n, 'dag', 'dager')} igjen`,
  cardTitle: (title: string) => `Frist: ${title}`,
  dateLine: (date: string, time: string) => `${date} kl. ${time}`,
  checklistTitle: 'Sjekkliste',
  checklistState: (ticked: number, applies: number) => `Sjekkliste: ${ticked} av ${applies} krysset av`,
  sourceLabel: 'Kilde',
  kindLabel: 'Type',
  doneBy: (who: string, when: string) => `Levert – markert av ${who} ${when}.`,
  delivered: 'Levert',
  snooze: 'Påminn meg senere',
  showChecklist: 'Vis sjekkliste',
  hideChecklist: 'Skjul sjekkliste',
  snoozed: (date: string, time: string) =>
    `Greit, jeg minner deg om fristen igjen ${date} kl. ${time}, i en personlig melding (eller med @-omtale i kanalen om jeg ikke når deg der).`,
  snoozedLastDay: (date: string, time: string) =>
    `Greit, jeg minner deg om fristen igjen i dag, ${date}, kl. ${time}, før fristen går ut, i en personlig melding (eller med @-omtale i kanalen om jeg ikke når deg der).`,
  /** The reminder itself, to the one who pressed «Påminn meg senere». */
  snoozeReminder: (id: string) => `Du ba meg minne deg om fristen ${id} igjen. Her er den:`,
  snoozePassed:
    'Fristen har gått ut, så jeg kan ikke minne om den senere. Trykk «Levert» når den er levert; en leder kan flytte datoen med «Endre».',
  checkHint:
    'Trykk på et punkt for å krysse det av (eller av igjen), eller på «Gjelder ikke oss» om punktet ikke gjelder nettverket deres. Alle ser de samme avkryssingene.',
  checkedBy: (who: string) => `(${who})`,
  notApplicable: 'Gjelder ikke oss',
  /**
   * Month s15 #7b, review s15 #3: the auditor item answered by the grants of the projects that run in the
   * report year. Review s16 #2: a plan holds the amount received but not the year it was granted for, and a
   * project over two years would have its whole grant «for» each, so the year is never claimed: over the
   * limit the line says what holds if it is that year's, under it only what is registered.
   */
  auditorOver: (projects: string[], amount: string, limit: string, year: number) =>
    `${joinIds(projects)} er registrert med tildelt ${projects.length > 1 ? 'til sammen ' : ''}${amount}, i ${projects.length > 1 ? 'prosjekter' : 'et prosjekt'} som løper i ${year}. Planen sier ikke hvilket år midlene er tildelt for: er beløpet tildelt for ${year}, er det over ${limit}, og da må regnskapet attesteres av revisor. Tilskuddsbrevet avgjør; sjekk det.`,
  auditorUnder: (projects: string[], undated: string[], amount: string, limit: string, year: number) =>
    (projects.length
      ? `Etter det som er registrert har ${joinIds(projects)} tildelt ${projects.length > 1 ? 'til sammen ' : ''}${amount}, i ${projects.length > 1 ? 'prosjekter' : 'et prosjekt'} som løper i ${year}; det er ikke over ${limit}.`
      : `Grensen er ${limit}.`) +
    (undated.length
      ? ` ${joinIds(undated)} har tildelt beløp, men ingen datoer i planen, så jeg ser ikke hvilket år det gjelder.`
      : '') +
    ' Tilskuddsbrevet avgjør; sjekk det.',
  applies: 'Gjelder oss likevel',
  notApplicableLine: (item: string, who: string) => `➖ ${item} – gjelder ikke oss (${who})`,
  tickLabel: 'Kryss av',
  checkUnknown: 'Det punktet står ikke lenger på sjekklisten. Åpne sjekklisten på nytt og prøv igjen.',
  alreadyDone: 'Fristen er allerede markert som levert.',
  /** Month s15 #3: the way back from a «Levert» pressed by mistake, as tasks have «Åpne igjen». */
  reopen: 'Angre levert',
  reopenedNotice: (who: string, id: string, title: string, reminders: string) =>
    `${who} åpnet ${id} «${title}» igjen; den er ikke levert likevel. ${reminders}`.trim(),
  reopenPassed: (date: string) =>
    `Fristen var ${date}, så det kommer ingen flere påminnelser før den. Trykk «Levert» når den er levert; en leder kan gi den ny dato med «Endre».`,
  notDelivered: (id: string, title: string) =>
    `${id} «${title}» er ikke markert som levert; den står åpen. Ingenting ble endret.`,
  /** «Angre levert» lost twice to someone marking the same deadline again in between (review s16 #6). */
  reopenRaced: (id: string) =>
    `${id} ble markert som levert på nytt av noen andre akkurat nå, så den ble ikke åpnet igjen. Se kortet, og prøv igjen om den ikke er levert.`,
  reopenWho: (marker: string, leaders: string[]) =>
    `Bare ${marker} (som markerte den som levert)${leaders.length ? ` og nettverkets ledere (${leaders.join(', ')})` : ' og nettverkets ledere'} kan åpne fristen igjen. Si fra til en av dem om den ikke er levert likevel. Ingenting ble endret.`,
  /**
   * Review s15 #11: the example named the newest open deadline, which «angre levert» refuses; a neutral
   * placeholder is never wrong.
   */
  reopenHowTo: `Jeg ser ikke hvilken frist som skal åpnes igjen. Skriv «${reopenExample}» med fristens nummer; nummeret står i meldingen om at den ble merket som levert. Du kan også trykke «Angre levert» på kortet.`,
  /** «flytt frist F5 …» on a delivered deadline: how to open it first (s15 #3). */
  moveDelivered: (id: string) =>
    `${id} er markert som levert, så den kan ikke flyttes. Er den ikke levert likevel, skriv «angre levert ${id}» (eller trykk «Angre levert» på kortet) og flytt den etterpå.`,
  /** N13: «levert» typed as words, done as the card's «Levert». */
  /** N11 (round 9): one post per action, so a yearly deadline's next date is said in this reply too. */
  deliveredByWords: (id: string, title: string, next: string | null = null, nextTitle: string | null = null) =>
    `✓ ${id} «${title}» er markert som levert.${yearlyNext(next, nextTitle)}${undoHint(id)}`,
  /** N11 (month round 9): «Levert» that looks like a slip is asked once, on a single-use card. */
  deliverAsk: {
    title: (id: string, title: string) => `Er ${id} «${title}» virkelig levert?`,
    periodOpen: (year: number) => `Tittelen gjelder ${year}, og det året er ikke over ennå.`,
    early: (date: string, days: number) => `Fristen er ${date}, om ${count(days, 'dag', 'dager')}.`,
    unticked: (open: number, total: number, items: string[]) =>
      `${open} av ${total} punkter på sjekklisten er ikke krysset av: ${items.map((i) => `«${i}»`).join(', ')}.`,
    body: 'Når den er markert som levert, går det ingen flere påminnelser om den. Er den levert?',
    asked: (who: string) => `${who} trykket «Levert».`,
    confirm: 'Ja, den er levert',
    confirmedBy: (who: string) => `Bekreftet av ${who}.`,
    keep: 'Nei, ikke ennå',
    kept: (who: string, id: string) =>
      `${who} svarte at ${id} ikke er levert ennå. Fristen står åpen, og påminnelsene går som før.`,
    expired: (id: string) =>
      `Spørsmålet er utløpt. Er ${id} levert, skriv «levert ${id}» på nytt eller trykk «Levert» på kortet.`,
    used: 'Spørsmålet er allerede besvart.',
  },
  /** N13: «levert» with no deadline to go by (outside a deadline card's thread, or several in it). */
  deliveredHowTo: (example: string, open: string[], inThread: boolean) =>
    `${inThread ? 'Jeg finner ingen åpen frist i denne tråden; kanskje den allerede er markert som levert (se «frister»).' : 'Jeg ser ikke hvilken frist som er levert.'} Skriv «levert» i tråden til fristens kort, eller nevn fristen, for eksempel «${example}». Du kan også trykke «Levert» på kortet.${open.length ? ` Åpne frister: ${open.join(', ')}.` : ''}`,
  notFound: (id: string) => `Jeg finner ingen frist «${id}» i dette nettverket.`,
  /** `reminders`: what `reminderPlan` (or `noReminders`) says about the reminders to come (N2, month round 7 N4). */
  added: (id: string, title: string, date: string, reminders: string) =>
    `Fristen ${id} «${title}» ${date} er lagt inn. ${reminders}`,
  /**
   * Month round 7, N4: the days the reminders are planned for, read from the planned jobs. `onTheDay`: the last
   * comes on the deadline's own day; else `early` says why it comes before (the deadline is on a day off), or
   * the last day is named plainly (the network's offsets end before the day).
   */
  reminderPlan: (
    days: readonly string[],
    onTheDay: boolean,
    early: { day: string; what: string; eve: boolean } | null,
  ): string => {
    const last = days.at(-1) ?? '';
    const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} og ${last}` : last;
    if (onTheDay && days.length === 1) return `Jeg minner kanalen om den på selve dagen, ${last}.`;
    if (onTheDay) return `Jeg minner kanalen om den ${list}, siste gang på selve dagen.`;
    if (early)
      return `Jeg minner kanalen om den ${list} (${early.day} er ${early.what}${
        early.eve ? ', som er fridag eller halv dag for de fleste kommunale kontorer' : ''
      }, så siste påminnelse kommer ${last}).`;
    return `Jeg minner kanalen om den ${list}. Siste påminnelse kommer ${last}, før fristen.`;
  },
  noReminders: 'Det kommer ingen flere påminnelser før fristen; dette kortet er varselet.',
  /** A reminder planned for today that has not gone out yet. */
  reminderToday: 'i dag',
  /** N4: on the last reminder before the deadline, when no other comes before it (eves, weekends, offsets). */
  lastReminder: (deadline: string) => `Dette er siste påminnelse før fristen ${deadline}.`,
  /** N5: julaften and nyttårsaften are no public holidays, but a deadline on them is never taken silently. */
  eves: { '12-24': 'julaften', '12-31': 'nyttårsaften' },
  eveNote: (day: string, what: string, before: string) =>
    `Merk: ${day} er ${what}. Det er ingen helligdag, men de fleste kommunale kontorer stenger tidlig eller holder stengt, og jeg sender ingen påminnelser den dagen. Siste hele virkedag før er ${before}; planlegg å levere da.`,
  addedYearly: 'Den gjentas hvert år.',
  /** Month s15 #7a: the grant's fixed deadlines offered when the network has none. */
  known: {
    title: 'Faste frister for stimuleringsmidlene',
    // Review s15 #13: each date with its own source. 1 March is from the 2022 slides of Statsforvalteren i Oslo og
    // Viken (seed 000); Bufdir 2024 (seed 003) gives no reporting date and leaves the terms to the tilskuddsbrev.
    body: 'Disse fristene kommer hvert år: rapporteringen til Statsforvalteren innen 1. mars året etter (slik Statsforvalteren i Oslo og Viken satte det i 2022; retningslinjene fra Bufdir 2024 gir ingen dato, så sjekk fristen i tilskuddsbrevet deres), og årets midler skal være brukt innen 31. desember (Rammer og føringer, Bufdir 2024). Ledere kan legge dem inn her; dere får kort, sjekkliste og påminnelser som for andre frister.',
    report: (year: number) => `Rapportering til Statsforvalteren for ${year}`,
    spend: (year: number) => `Midlene for ${year} brukt opp`,
    addOne: (title: string, date: string) => `Legg inn: ${title} (${date})`,
    addAll: 'Legg inn alle',
    /** Review s15 #6: what a click actually created, and what was there already. */
    added: (added: string[], existed: string[], failed: string[] = []) =>
      [
        added.length ? `Lagt inn: ${added.map((x) => `«${x}»`).join(' og ')}. Kortene står i kanalen.` : '',
        existed.length ? `Fantes fra før: ${existed.map((x) => `«${x}»`).join(' og ')}. «frister» viser dem.` : '',
        failed.length
          ? `Fikk ikke lagt inn: ${failed.map((x) => `«${x}»`).join(' og ')}. Skriv den selv, for eksempel «frist 31.12 Midlene brukt opp hvert år».`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    /** Review s16 #7: each one gone by, by name and date, whether or not others were added. */
    passed: (gone: { title: string; date: string }[]) =>
      `${gone.length > 1 ? 'Fristene' : 'Fristen'} ${gone.map((g) => `«${g.title}» (${g.date})`).join(' og ')} har gått ut, så jeg legger ${gone.length > 1 ? 'dem' : 'den'} ikke inn. Skriv «frister» for å få kortet med årets faste frister.`,
    already: 'De faste fristene er allerede lagt inn. «frister» viser dem.',
  },
  addedYearlyTitle: (next: string) =>
    `Den gjentas hvert år, og årstallet i tittelen følger med: neste år heter den «${next}». Er det feil, endre tittelen med «Endre» når den kommer.`,
  /** A new post when a leader moves or renames a deadline: a card redrawn in place notifies nobody in Teams. */
  changedDate: (who: string, id: string, title: string, from: string, to: string) =>
    `${who} flyttet fristen ${id} «${title}» fra ${from} til ${to}.`,
  /** N6: «Levert» redraws the cards in place, which notifies nobody, so one short post says who marked it. */
  /** `nextTitle`: next year's title when a year in it moved along (N20). */
  deliveredNotice: (who: string, id: string, title: string, next: string | null, nextTitle: string | null = null) =>
    `${who} merket ${id} «${title}» som levert.${yearlyNext(next, nextTitle)}${undoHint(id)}`,
  /** Month 13, #6: delivered with checklist items not ticked, the leaders are told by @mention (not asked). */
  deliveredOpenItems: (mentions: string, items: string[]) =>
    `${mentions} Til orientering: ${items.length === 1 ? 'dette punktet' : `disse ${items.length} punktene`} på sjekklisten var ikke krysset av: ${items.map((i) => `«${i}»`).join(', ')}.`,
  /** N1: «flytt frist …» that names no deadline or no date: what to write, with one that works. */
  moveHowTo: (what: string, example: string) =>
    `${what} Skriv for eksempel «${example}», eller trykk «Endre» på fristkortet. «frister» viser numrene.`,
  /** N12: a yearly deadline moved without «hvert år»: this year only, and how to move the series. */
  movedThisYear: (next: string, example: string) =>
    `Flyttingen gjelder bare i år; neste frist er ${next}. Skal den nye datoen gjelde hvert år, skriv «${example}».`,
  /** N12: moved with «hvert år»: the series' own day changed. */
  movedEveryYear: (day: string, next: string) =>
    `Fra nå av er fristen ${day} hvert år; neste frist etter denne er ${next}.`,
  moveNoId: 'Jeg ser ikke hvilken frist du vil flytte.',
  moveNoDate: (id: string) => `Jeg ser ikke hvilken dato ${id} skal flyttes til.`,
  moveSameDate: (id: string, date: string) => `${id} har allerede fristen ${date}; ingenting er endret.`,
  changedTitle: (who: string, id: string, from: string, to: string) =>
    `${who} endret tittelen på fristen ${id} fra «${from}» til «${to}».`,
  /** A deadline registered on a public holiday or a weekend day. */
  nonWorkingNote: (day: string, what: string, before: string, button: string) =>
    `Merk: ${day} er ${what}. Siste virkedag før er ${before}; trykk «${button}» på kortet om fristen egentlig er da. Påminnelser som faller på en fridag, kommer virkedagen før.`,
  aWeekday: (weekday: string) => `en ${weekday}`,
  moveTo: (date: string) => `Flytt til ${date}`,
  moveWhat: 'flytte frister',
  dateOnHoliday: (date: string, holiday: string) => `${date} (${holiday})`,
  badDate: (typed: string) => `Jeg fant ingen dato jeg forstod i «${typed}».`,
  noTitle: 'Fristen mangler en tittel.',
  duplicate: (id: string, date: string) =>
    `Fristen finnes allerede som ${id} med samme tittel og dato (${date}), så jeg la den ikke inn på nytt. Skriv «frister» for å se den.`,
  sameDay: (others: string) =>
    `Merk: samme dag har nettverket også ${others}. Er det samme frist, kan den ene endres eller markeres som levert.`,
  noDateFound: 'Jeg fant ingen dato jeg forstod først i teksten.',
  pastDate: (date: string) => `Datoen ${date} er passert. Legg inn en frist fram i tid.`,
  addExample: 'frist 1. mars Rapport til Statsforvalteren',
  listTitle: 'Kommende frister',
  listPassedTitle: 'Passerte frister – ikke markert som levert',
  listEmpty:
    'Ingen åpne frister. En leder kan legge inn en med for eksempel «frist 1. mars Rapport til Statsforvalteren».',
  feedHint:
    'Abonner på nettverkets møter og frister i Outlook: Legg til kalender → Fra Internett, og lim inn lenken. Flyttede og avlyste møter oppdateres der av seg selv. Lenken gjelder til den byttes: har den kommet på avveie, kan en leder skrive «ny kalenderlenke».',
  feedLink: 'Kalenderlenke (iCalendar)',
  /** A10: in a channel or group chat the list says how to get the link instead of showing it. */
  feedHintShared:
    'Lenken til nettverkets kalender (for Outlook) er hemmelig og deles ikke her. Skriv «@Nettverksboten kalenderlenke», så sender jeg den til deg i en personlig melding.',
  feedLinkPersonal: (network: string, link: string) =>
    `Kalenderlenke for ${network}: ${ownLink('lenke til kalenderen', link)}\n\nAbonner i Outlook: Legg til kalender → Fra Internett, og lim inn lenken. Del den bare med nettverkets deltakere; har den kommet på avveie, kan en leder skrive «ny kalenderlenke».`,
  feedLinkSent: (name: string) => `${name}, jeg har sendt deg kalenderlenken i en personlig melding.`,
  feedLinkNoPrivateChat:
    'Jeg får ikke sendt deg en personlig melding, og kalenderlenken deles ikke her. Åpne en chat med Nettverksboten (Apper → Nettverksboten), skriv «frister» der, så får du lenken.',
  offsetsSet: (offsets: readonly number[]) =>
    `Varslene er endret: ${[offsets].flat().some((o) => o > 0) ? `${dayList([offsets].flat().filter((o) => o > 0))} før fristen` : 'på dagen'}${[offsets].flat().includes(0) && [offsets].flat().some((o) => o > 0) ? ' og på dagen' : ''}. Påminnelser som faller på en helg, en helligdag, julaften eller nyttårsaften, kommer virkedagen før.`,
  offsetsBad: 'Skriv antall dager før fristen, skilt med komma, mellom 0 og 365.',
  offsetsExample: 'frist varsler 30,14,7,1,0',
  staleTitle: 'Frister som passerte mens jeg ikke kunne varsle',
  staleLine: (id: string, title: string, date: string) => `${id} ${title} (${date})`,
  staleHint: 'Trykk «Levert» på kortene eller skriv «frister» for å se dem.',
  summary: (title: string) => `Frist: ${title}`,
  /** The weekly question after a deadline passed without «Levert». */
  passedNudge: (when: string) => `Fristen gikk ut ${when} — er den levert? Trykk «Levert» på kortet når den er det.`,
  passedNudgeMonthly: (id: string) =>
    `Fra nå av spør jeg om ${id} hver fjerde uke (omtrent én gang i måneden), til noen trykker «Levert». Den står under «Passerte frister» når dere skriver «frister».`,
  yesterday: 'i går',
  passedSummary: (title: string) => `Forfalt: ${title}`,
  /** A10: «ny kalenderlenke» replaces the feed link; the old one stops at once. */
  feedRotateWhat: 'lage en ny kalenderlenke',
  feedRotated: (network: string, link: string) =>
    `Ny kalenderlenke for ${network}: ${ownLink('lenke til kalenderen', link)}\n\nDen gamle lenken virker ikke lenger. Alle som abonnerer på kalenderen i Outlook, må legge den inn på nytt med denne lenken (Legg til kalender → Fra Internett). Del den bare med nettverkets deltakere.`,
  feedRotatedPrivately: (name: string) =>
    `${name}, den gamle kalenderlenken virker ikke lenger. Jeg har sendt deg den nye i en personlig melding.`,
  feedRotateNoPrivateChat:
    'Den gamle kalenderlenken virker ikke lenger. Jeg får ikke sendt deg en personlig melding med den nye, og den deles ikke i kanalen. Åpne en chat med Nettverksboten (Apper → Nettverksboten), skriv «hei» der, og skriv «ny kalenderlenke» her igjen.',
  /** The body of the old feed link once replaced: a calendar app shows it as an error. */
  feedReplaced:
    'Denne kalenderlenken er erstattet av en ny. Be en leder i nettverket om den nye lenken, eller skriv «@Nettverksboten frister» i nettverkets kanal.',
  /** Attacker round 5, A11: a shared deadline reaches another network as an offer its own leaders accept. */
  offer: {
    title: 'Forslag om felles frist',
    proposes: (network: string, leader: string, date: string, title: string) =>
      `${network} (${leader}) foreslår en felles frist: ${date} ${title}`,
    explain:
      'Fristen kommer ikke på listen, i kalenderen eller i påminnelsene her før en av nettverkets ledere trykker «Legg inn hos oss».',
    accept: 'Legg inn hos oss',
    decline: 'Avslå',
    accepted: (who: string, id: string) => `Lagt inn som ${id} av ${who}.`,
    declined: (who: string) => `Avslått av ${who}.`,
    what: 'ta imot eller avslå felles frister',
    gone: 'Jeg finner ikke det forslaget lenger i dette nettverket.',
    proposedBy: (network: string, leader: string) => `Foreslått av ${network} (${leader})`,
    sentTo: (id: string, title: string, date: string, name: string, others: number) =>
      `Fristen ${id} «${title}» ${date} er lagt inn her, og foreslått for ${others === 1 ? '1 annet nettverk' : `${others} andre nettverk`} under ${name}. Der kommer den først inn når en leder i det nettverket godtar den. Hvert nettverk markerer selv «Levert».`,
    waiting: (n: number) =>
      ` ${count(n, 'felles frist', 'felles frister')} fra andre nettverk under samme Statsforvalter venter på at en leder her trykker «Legg inn hos oss».`,
  },
} as const;
