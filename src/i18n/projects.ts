import { count } from './common.ts';
// Texts for the project register, plan import and export, the plan check and the project cards (issue #17 items 1–3).

export const projectTypeNames = {
  egeninitiert: 'Egeninitiert prosjekt',
  fosterhjemsprosjekt: 'Fosterhjemsprosjekt',
} as const;

export const planCheckText = {
  servicesTooFew: (count: number, min: number) =>
    count === 0
      ? `Planen nevner ingen deltakende barneverntjenester. Et utviklingsprosjekt må omfatte minst ${min}: fyll inn søkerkommunen og de deltakende kommunene/bydelene.`
      : `Planen har bare ${count} deltakende barneverntjeneste. Et utviklingsprosjekt må omfatte minst ${min}; legg til de andre kommunene/bydelene som deltar.`,
  typeNone: 'Ingen type prosjekt er krysset av. Kryss av for enten egeninitiert prosjekt eller fosterhjemsprosjekt.',
  typeBoth:
    'Både egeninitiert prosjekt og fosterhjemsprosjekt er krysset av. Malen tillater bare ett kryss; har nettverket to prosjekter, lag én plan for hvert.',
  overheadTooHigh: (overhead: string, percent: string, limit: string, base: string, baseKind: string) =>
    `Overhead i budsjettet er ${overhead}, ${percent} av ${baseKind} (${base}). Grensen er ${limit}; flytt det som er over til andre poster eller reduser det.`,
  baseGrantReceived: 'tildelte midler',
  baseGrantApplied: 'omsøkte midler',
  baseBudget: 'budsjettet',
  auditor: (grant: string, limit: string) =>
    `Tilskuddet er ${grant}, over ${limit}: regnskapet må attesteres av registrert eller statsautorisert revisor. Det er lagt til på rapporteringssjekklisten.`,
  auditorChecklistItem: 'Regnskap attestert av registrert eller statsautorisert revisor',
  budgetMissing:
    'Budsjettet er tomt. Før opp hva stimuleringsmidlene skal brukes til, med beløp i kroner, og summen nederst.',
  budgetUnread: (description: string, typed: string) =>
    `Beløpet for «${description}» kan ikke leses som kroner («${typed}»). Skriv for eksempel 150 000 eller 1,2 mill.`,
  budgetSumWrong: (stated: string, sum: string, diff: string) =>
    `Budsjettet går ikke opp: «Sum kostnader» er ${stated}, men postene blir til sammen ${sum} (${diff} i forskjell).`,
  mainGoalMissing:
    'Hovedmålet er ikke fylt ut. Skriv én setning som beskriver tilstanden i tjenesten når prosjektet er gjennomført.',
  mainGoalSentences: (n: number) =>
    `Råd: hovedmålet ser ut til å ha ${count(n, 'setning', 'setninger')}. Malen ber om én setning; flytt det andre til delmålene eller bakgrunnen.`,
  mainGoalTense: (word: string) =>
    `Råd: hovedmålet ser ut til å beskrive en hensikt («${word}») heller enn tilstanden når målet er nådd. Malen anbefaler presens, for eksempel «Alle medarbeidere i barneverntjenesten tar barn og familier med på råd i utformingen av plan for tiltak.»`,
  mainGoalObservable:
    'Råd: hovedmålet kan bli vanskelig å observere eller måle. Si hvem som merker hva når målet er nådd (for eksempel «alle», «hver», et antall eller noe medarbeidere og familier gjør).',
  milestoneOwner: (goal: string, activity: string) =>
    `Milepælen «${activity}» under delmål «${goal}» mangler ansvarlig. Skriv hvem som sørger for at den blir gjennomført.`,
  milestoneDate: (goal: string, activity: string) =>
    `Milepælen «${activity}» under delmål «${goal}» mangler dato. Skriv når den skal være gjennomført, for eksempel 15.03.2025.`,
  milestoneDateUnread: (activity: string, typed: string) =>
    `Råd: «${typed}» for milepælen «${activity}» er ingen dato jeg kan lage en frist av. Skriv en dato, for eksempel 15.03.2025 eller mars 2025.`,
  /** Review s15 #7: a «Når?» more than ten years ahead gets no deadline. */
  milestoneDateFar: (activity: string, typed: string, years: number) =>
    `«${typed}» for milepælen «${activity}» er mer enn ${years} år fram i tid, så jeg lager ingen frist av den. Er årstallet skrevet feil? Skriv for eksempel 15.03.2027 eller mars 2027.`,
  noFindings: 'Planen har ingen funn: alle kontrollene er bestått.',
};

/** The plan template's parts that the project card names in the same words. */
const planPartNames = {
  applicant: 'Søkerkommune/-bydel',
  municipalities: 'Deltakende kommuner/bydeler',
  leader: 'Prosjektleder',
  steeringGroup: 'Styringsgruppe',
  projectGroup: 'Prosjektgruppe',
  competence: 'Kompetansemiljø',
  mainGoal: 'Hovedmål',
  budget: 'Budsjett',
} as const;

export const importText = {
  parts: {
    networkName: 'Navn på læringsnettverket',
    name: 'Navn på utviklingsprosjektet',
    type: 'Type prosjekt',
    ...planPartNames,
    background: 'Bakgrunn – lokale tilstandsvurderinger',
    mainGoalAgain: 'Delmål og milepæler',
    successHeading: 'Hindringer og tiltak',
    success: 'Suksesskriterier',
    obstacles: 'Hindringer',
    measures: 'Tiltak',
    progress: 'Fremdriftsplan',
    furtherWork: 'Videre utviklingsarbeid',
    grantApplied: 'Søknadsbeløp',
    grantReceived: 'Tildelt beløp',
  },
  fields: {
    name: 'Navn på utviklingsprosjektet er tomt.',
    applicant: 'Søkerkommune/-bydel er tomt.',
    municipalities: 'Deltakende kommuner/bydeler er tomt.',
    leader: 'Navn på prosjektleder er tomt.',
    competence: 'Kompetansemiljø er tomt.',
    background: 'Bakgrunn (lokale tilstandsvurderinger) er tomt.',
    mainGoal: 'Hovedmål er tomt.',
    success: 'Suksesskriterier er tomt.',
    subGoals: 'Ingen delmål er fylt ut.',
    furtherWork: 'Videre utviklingsarbeid er tomt.',
    budget: 'Budsjettet har ingen poster.',
  },
  subGoalTextMissing: (n: number) => `Delmål ${n} har milepæler, men ingen tekst for selve delmålet.`,
  activityMissing: (goal: string) =>
    `En rad under delmål «${goal}» har ansvar eller dato, men ingen aktivitet/milepæl.`,
  amountMissing: (what: string) => `Budsjettposten «${what}» har ikke noe beløp.`,
  amountUnread: (what: string, typed: string) =>
    `Beløpet «${typed}» for «${what}» kunne ikke leses som kroner (skriv for eksempel 150 000 eller 1,2 mill.).`,
  grantAppliedWhat: 'søknadsbeløpet',
  grantReceivedWhat: 'tildelt beløp',
  sumWhat: 'Sum kostnader',
  budgetLineWhat: 'en budsjettpost',
  progressNoMilestone: (n: number) =>
    n
      ? `Fremdriftsplanen viser til milepæl ${n}, men planen har ikke så mange milepæler; de underaktivitetene ble ikke lest inn.`
      : 'Fremdriftsplanen har underaktiviteter uten nummer på milepælen; de ble ikke lest inn.',
  cutShort:
    'Noen felt var lengre enn det er plass til og er kortet ned (navn og korte felt: 500 tegn; beskrivelser: 20 000 tegn).',
  tableUnknown: (after: string) => `En tabell i delen «${after}» passer ikke i malen og ble ikke lest inn.`,
  textOutside: (text: string) =>
    `Teksten «${text.length > 60 ? `${text.slice(0, 57)}…` : text}» står utenfor feltene i malen og ble ikke lest inn.`,
  refused: {
    'too-large': 'Filen er større enn 10 MB. En utfylt prosjektplan er langt mindre; fjern store bilder og prøv igjen.',
    'not-docx': 'Dette er ikke en Word-fil (.docx). Lagre prosjektplanen som .docx i Word og last den opp på nytt.',
    damaged: 'Word-filen er skadet og kan ikke leses. Åpne den i Word, lagre den på nytt som .docx og prøv igjen.',
    'zip-bomb': 'Filen pakker seg ut til langt mer enn et vanlig dokument og blir ikke åpnet.',
    'too-much-text':
      'Dokumentet har langt mer tekst enn en prosjektplan (over 750 kB i selve dokumentet) og blir ikke lest. Last opp bare den utfylte planmalen, uten vedlegg og lange lister.',
    'not-template':
      'Dette ser ikke ut som prosjektplanmalen for læringsnettverk (Bufdirs mal 2024/2025): feltene i malen ble ikke funnet. Bruk malen fra Statsforvalteren og fyll ut feltene der.',
    'national-id': (part: string) =>
      `Planen inneholder et fødselsnummer, D-nummer eller H-nummer (i «${part}»). Ingenting er lagret. Fjern nummeret fra dokumentet og last det opp på nytt.`,
    child:
      'Planen ser ut til å handle om et enkelt barn, så ingenting er lagret. Ta navnet ut av dokumentet og last det opp på nytt.',
    empty: 'Filen er tom.',
  },
  imported: (id: string, name: string) => `Prosjektplanen «${name}» er lest inn som ${id}.`,
  replaced: (id: string, name: string) =>
    `Prosjektplanen «${name}» fantes fra før som ${id}. Den nye planen erstatter den gamle; milepælene og fristene følger den nye.`,
  missingHeading: 'Ikke fylt ut i planen:',
  unreadableHeading: 'Kunne ikke leses:',
  everythingRead: 'Alle feltene i malen ble lest inn.',
};

export const cliText = {
  usage: [
    'Bruk:',
    '  npm run plan -- check <plan.docx|plan.json> [--json]',
    '  npm run plan -- import <plan.docx> --tenant <tenant-id> --network <nettverk-id> [--json]',
    'Eksempel: npm run plan -- check prosjektplan.docx --json',
  ].join('\n'),
  cannotOpen: (file: string) => `Fant ikke filen «${file}», eller den kan ikke leses.`,
  notJsonOrDocx: (file: string) =>
    `«${file}» er verken en Word-fil (.docx) eller JSON. Oppgi den utfylte prosjektplanmalen (.docx) eller en plan som JSON.`,
  badJson: (field: string, problem: string) =>
    `JSON-planen har feil i feltet «${field}»: ${problem}. Eksempel på en plan: {"name": "Tryggere overganger", "types": ["egeninitiert"], "municipalities": ["Nes", "Eidsvoll"]}`,
  jsonPart: 'JSON-planen',
  importNeedsNetwork:
    'Oppgi hvilket nettverk planen skal inn i: --tenant <tenant-id> --network <nettverk-id>. Eksempel: npm run plan -- import plan.docx --tenant 72f988bf-… --network 19:abc…@thread.tacv2',
  noDatabase: (path: string) =>
    `Databasen «${path}» finnes ikke. Sett DATABASE_URL til databasen boten bruker, for eksempel DATABASE_URL=sqlite:./data/nettverksboten.db.`,
  noSuchNetwork: (tenant: string, network: string, known: string[]) =>
    `Nettverket «${network}» finnes ikke i tenant «${tenant}».` +
    (known.length ? ` Nettverk i denne tenanten: ${known.join(', ')}.` : ' Tenanten har ingen aktive nettverk.'),
  operator: 'Operatør (kommandolinjen)',
  milestonesLater: (n: number, id: string) =>
    `${n === 1 ? '1 milepæl har' : `${n} milepæler har`} dato. De blir frister med påminnelser straks noen skriver «milepæler ${id}» i nettverkets kanal, og ellers når boten starter på nytt.`,
  inNetwork: (name: string) => `Nettverk: ${name}.`,
  noFindings: 'Ingen funn: planen består alle kontrollene.',
  error: 'FEIL',
  advice: 'RÅD ',
  note: 'MERK',
  source: 'Kilde',
};

export const projectText = {
  group: 'Utviklingsprosjekter',
  commands: {
    list: { usage: 'prosjekter', description: 'Viser nettverkets utviklingsprosjekter.', example: 'prosjekter' },
    show: {
      usage: 'prosjekt <U-nummer> (eller vis prosjekt <navn>)',
      description: 'Viser prosjektplanen, med knapper for å fylle den ut steg for steg.',
      example: 'prosjekt U1',
    },
    check: {
      usage: 'prosjekt sjekk <U-nummer>',
      description: 'Sjekker prosjektplanen mot malen og retningslinjene, med kilde for hvert funn.',
      example: 'prosjekt sjekk U1',
    },
    create: {
      usage: 'nytt prosjekt <navn>',
      description: 'Oppretter et utviklingsprosjekt og fyller ut planen på kort, steg for steg.',
      example: 'nytt prosjekt Tryggere overganger',
    },
  },
  none: 'Nettverket har ingen utviklingsprosjekter ennå. Opprett ett med «nytt prosjekt <navn>», eller last opp den utfylte prosjektplanmalen i fanen.',
  noneExample: 'nytt prosjekt Tryggere overganger',
  notFound: (id: string, known: string) =>
    `Finner ikke prosjekt «${id}».${known ? ` Nettverkets prosjekter: ${known}.` : ''}`,
  which: (known: string) => `Nettverket har flere prosjekter (${known}). Skriv hvilket.`,
  /** The command words an example repeats (the card's «Eksempel» line). */
  commandWord: { show: 'prosjekt', check: 'prosjekt sjekk' },
  nameMissing: 'Skriv navnet på prosjektet etter «nytt prosjekt».',
  nameTooLong: 'Navnet er for langt; høyst 200 tegn.',
  created: (id: string, name: string) =>
    `Prosjektet ${id} «${name}» er opprettet. Fyll ut planen steg for steg med knappene på kortet.`,
  untitled: '(uten navn)',
  listHeading: 'Utviklingsprosjekter',
  listLine: (type: string, milestones: number, errors: number, advice: number) =>
    `${type} · ${milestones === 1 ? '1 milepæl' : `${milestones} milepæler`} · ${errors ? `${errors} feil` : 'ingen feil'}${advice ? `, ${advice} råd` : ''}`,
  show: 'Vis',
  typeNone: 'Type ikke valgt',
  typeBoth: 'Begge typer krysset av',
  card: {
    type: 'Type',
    ...planPartNames,
    grant: 'Søknadsbeløp',
    received: 'Tildelt beløp',
    notFilled: 'Ikke fylt ut',
    subGoals: 'Delmål og milepæler',
    noSubGoals: 'Ingen delmål ennå.',
    noMilestones: 'Ingen milepæler ennå.',
    milestone: (activity: string, owner: string, when: string) =>
      `${activity || '…'} · ${owner || 'ansvarlig mangler'} · ${when || 'dato mangler'}`,
    budgetLine: (description: string, amount: string) => `${description}: ${amount}`,
    budgetTotal: (sum: string, overhead: string) => `Sum ${sum}${overhead ? `, herav overhead ${overhead}` : ''}`,
    noBudget: 'Ingen budsjettposter ennå.',
    moreInDocx: 'Resten står i planen: trykk «Last ned .docx».',
    findings: (errors: number, advice: number) =>
      errors || advice
        ? `Plansjekken: ${errors ? `${errors} feil` : 'ingen feil'}${advice ? ` og ${advice} råd` : ''}. Trykk «Sjekk planen».`
        : 'Plansjekken finner ingenting å utsette.',
    boughtOut: (name: string, boughtOut: string | null) => (boughtOut ? `${name} (${boughtOut})` : name),
    background: 'Bakgrunn',
    successCriteria: 'Suksesskriterier',
    obstacles: 'Hindringer og tiltak',
    furtherWork: 'Videre arbeid',
    milestoneCount: (n: number) => (n === 1 ? '1 milepæl' : `${n} milepæler`),
    members: (n: number, names: string) => (n ? `${n}: ${names}` : ''),
    origin: { import: 'Lest inn fra prosjektplanmalen', cards: 'Fylt ut på kort' },
  },
  actions: {
    check: 'Sjekk planen',
    basics: 'Type, mål og kommuner',
    subGoal: 'Legg til delmål',
    milestone: 'Legg til milepæl',
    budget: 'Legg til budsjettpost',
    download: 'Last ned .docx',
    save: 'Lagre',
    cancel: 'Tilbake',
    leader: 'Prosjektleder',
    steering: 'Styringsgruppe',
    members: 'Prosjektgruppe',
    background: 'Kompetansemiljø og bakgrunn',
    success: 'Suksesskriterier',
    obstacles: 'Hindringer og tiltak',
    further: 'Videre arbeid',
    editSubGoals: 'Endre delmål',
    editMilestones: 'Endre milepæler',
    editBudget: 'Endre budsjett',
    edit: 'Endre',
    delete: 'Slett',
    add: 'Legg til',
    confirmDelete: 'Ja, slett',
  },
  checkHeading: (id: string, name: string) => `Plansjekk for ${id} «${name}»`,
  checkSummary: (errors: number, advice: number) =>
    errors || advice
      ? `${errors === 1 ? '1 feil' : `${errors} feil`} og ${advice} råd. Hvert funn viser hvor regelen står.`
      : 'Ingen funn: planen består alle kontrollene.',
  moreFindings: 'Flere funn enn kortet har plass til. Rett opp de første og sjekk planen på nytt.',
  errorLabel: 'Feil',
  adviceLabel: 'Råd',
  sourceLabel: (source: string) => `Kilde: ${source}`,
  forms: {
    basicsHeading: (id: string) => `${id}: type, hovedmål og kommuner`,
    subGoalHeading: (id: string) => `${id}: nytt delmål`,
    milestoneHeading: (id: string) => `${id}: ny milepæl`,
    budgetHeading: (id: string) => `${id}: ny budsjettpost`,
    type: 'Type prosjekt (kun ett kryss)',
    applicant: 'Søkerkommune/-bydel',
    municipalities: 'Deltakende kommuner/bydeler',
    municipalitiesPlaceholder: 'For eksempel: Nes, Eidsvoll og Hurdal',
    mainGoal: 'Hovedmål (én setning, i presens, som beskriver tilstanden når målet er nådd)',
    mainGoalPlaceholder:
      'For eksempel: Alle medarbeidere i barneverntjenesten tar barn og familier med på råd i utformingen av plan for tiltak.',
    grant: 'Søknadsbeløp (kroner)',
    received: 'Tildelt beløp (kroner), når Statsforvalteren har bestemt',
    amountPlaceholder: 'For eksempel 150 000, 1,2 mill. eller kr 50 000,-',
    subGoal: 'Delmål',
    subGoalPlaceholder: 'For eksempel: Felles veiledningsteam for fosterhjem',
    subGoalError: 'Skriv delmålet.',
    whichSubGoal: 'Under delmål',
    activity: 'Hovedaktivitet/milepæl',
    activityError: 'Skriv aktiviteten eller milepælen.',
    owner: 'Ansvar (hvem sørger for at den blir gjennomført?)',
    ownerPerson: 'Eller velg en person (da får hen påminnelsene og ser milepælen i «mine oppgaver»)',
    ownerPersonPlaceholder: 'Søk etter navn',
    partner: 'Samarbeid med kompetansemiljø/Bufetat (der det er aktuelt)',
    when: 'Når? (frist)',
    /** `example` is a date a couple of months after today, and its month: «15.03.2027 eller mars 2027». */
    whenPlaceholder: (example: string) => `For eksempel ${example}`,
    checkpoint: 'Evaluering, sjekkpunkter',
    description: 'Beskrivelse av kostnad (lønn, administrasjon, lokalleie, el. annet)',
    descriptionError: 'Skriv hva kostnaden gjelder.',
    amount: 'Kroner',
    overhead: 'Overhead (administrasjon, husleie, regnskap, IT)',
    editHeading: (id: string, what: string) => `${id}: endre ${what}`,
    leaderHeading: (id: string) => `${id}: prosjektleder`,
    steeringHeading: (id: string) => `${id}: nytt medlem i styringsgruppen`,
    memberHeading: (id: string) => `${id}: nytt medlem i prosjektgruppen`,
    backgroundHeading: (id: string) => `${id}: kompetansemiljø og bakgrunn`,
    successHeading: (id: string) => `${id}: suksesskriterier`,
    obstacleHeading: (id: string) => `${id}: ny hindring og tiltak`,
    furtherHeading: (id: string) => `${id}: videre utviklingsarbeid`,
    rowWhat: {
      subgoals: 'delmål',
      milestones: 'milepæl',
      budget: 'budsjettpost',
      steering: 'medlem i styringsgruppen',
      members: 'medlem i prosjektgruppen',
      obstacles: 'hindring og tiltak',
    },
    name: 'Navn',
    leaderMunicipality: 'Kommune/bydel og barneverntjeneste',
    municipality: 'Kommune/bydel',
    phone: 'Telefon',
    email: 'E-post',
    position: 'Stilling',
    role: 'Rolle/arbeidsoppgave i prosjektet',
    boughtOut: 'Frikjøpt tid (la stå tom hvis ingen)',
    boughtOutPlaceholder: 'For eksempel 50 % eller 2 dager i uka',
    namePlaceholder: 'For eksempel Kari Nordmann',
    emailPlaceholder: 'For eksempel kari.nordmann@nes.kommune.no',
    phonePlaceholder: 'For eksempel 900 12 345',
    competence: 'Kompetansemiljø, og hva samarbeidet skal bestå i',
    competencePlaceholder:
      'For eksempel: RBUP Øst og Sør veileder prosjektgruppen i samarbeidsmøter to ganger i halvåret.',
    background: 'Bakgrunn for prosjektet – lokale tilstandsvurderinger',
    backgroundPlaceholder: 'Hva viste tilstandsvurderingene i kommunene, og hvorfor er dette prosjektet svaret?',
    successCriteria: 'Suksesskriterier (ett på hver linje)',
    successPlaceholder: 'For eksempel:\nAlle overganger har en plan\nFamiliene sier de ble hørt',
    obstacle: 'Hindring (hva kan stå i veien?)',
    obstaclePlaceholder: 'For eksempel: Sykefravær i prosjektgruppen',
    measure: 'Tiltak (hva gjør dere da?)',
    measurePlaceholder: 'For eksempel: Vikar fra nabokommunen',
    furtherWork: 'Videre utviklingsarbeid – implementering, vedlikehold og videreutvikling',
    furtherPlaceholder: 'For eksempel: Rutinen tas inn i kvalitetssystemet, og prosjektgruppen lærer opp nyansatte.',
  },
  rows: {
    heading: (id: string, what: string) => `${id}: ${what}`,
    lists: {
      subgoals: 'delmål',
      milestones: 'milepæler',
      budget: 'budsjett',
      steering: 'styringsgruppe',
      members: 'prosjektgruppe',
      obstacles: 'hindringer og tiltak',
    },
    none: 'Ingen rader ennå. Trykk «Legg til».',
    more: (n: number) =>
      `… og ${n} til, som ikke får plass på kortet. Slett eller slå sammen noen av radene over for å komme til dem.`,
    deleted: (what: string) => `Slettet: ${what}.`,
    alreadyGone: 'Raden er allerede slettet. Ingenting mer er slettet.',
    changedMeanwhile:
      'Listen er endret siden kortet ble vist (raden er kanskje allerede slettet). Ingenting mer er slettet; her er listen slik den er nå.',
    confirmSubGoal: (goal: string, n: number) =>
      `Delmålet «${goal}» har ${n === 1 ? '1 milepæl' : `${n} milepæler`}. Slettes delmålet, slettes milepælene og fristene deres også. Vil du slette?`,
    milestoneRow: (goal: string, activity: string, owner: string, when: string) =>
      `${goal} › ${activity} · ${owner || 'ansvarlig mangler'} · ${when || 'dato mangler'}`,
    memberRow: (name: string, role: string, municipality: string) =>
      [name, role, municipality].filter(Boolean).join(' · '),
    obstacleRow: (obstacle: string, measure: string) => `${obstacle} → ${measure || 'tiltak mangler'}`,
  },
  errors: {
    badType: 'Velg én type prosjekt.',
    badWhen: (typed: string, example: string) =>
      `«${typed}» er ingen dato jeg kan lese. Skriv for eksempel ${example} (med år).`,
    noSubGoal: 'Legg til et delmål først; milepælene står under delmålene.',
    /** Review s15 #14: a picked person the team's roster does not know is not dropped silently. */
    ownerPickUnknown:
      'Jeg finner ikke personen du valgte blant medlemmene i teamet, så jeg kan ikke sette vedkommende som ansvarlig. Velg en som er med i teamet, eller skriv navnet i feltet «Ansvarlig», for eksempel «Per Olsen og Nes kommune».',
    /** Review s16 #3: Teams could not be asked who the picked person is; that is not «not a member». */
    ownerPickNoAnswer:
      'Jeg fikk ikke spurt Teams hvem personen du valgte er akkurat nå, så ingenting er lagret ennå. Det du skrev står igjen: velg personen på nytt og trykk «Lagre» om litt, eller skriv navnet i feltet «Ansvarlig» og lagre uten å velge.',
    unknownSubGoal: 'Delmålet finnes ikke lenger. Velg et annet.',
    amountNeeded: 'Skriv beløpet i kroner.',
    tooMany: 'Planen har nådd grensen for antall rader her.',
    leaderName:
      'Skriv navnet på prosjektlederen, for eksempel Kari Nordmann. Skal prosjektlederen fjernes, tøm alle feltene.',
    memberName: (group: string) => `Skriv navnet på den som er med i ${group}, for eksempel Kari Nordmann.`,
    groupSteering: 'styringsgruppen',
    groupMembers: 'prosjektgruppen',
    badEmail: (typed: string) =>
      `«${typed}» ser ikke ut som en e-postadresse. Skriv for eksempel kari.nordmann@nes.kommune.no, eller la feltet stå tomt.`,
    badPhone: (typed: string) =>
      `«${typed}» ser ikke ut som et telefonnummer. Skriv for eksempel 900 12 345 eller +47 900 12 345, eller la feltet stå tomt.`,
    badBoughtOut: (typed: string) =>
      `«${typed}» kan ikke være frikjøpt tid: en prosent må være fra 1 til 100. Skriv for eksempel 50 % eller 2 dager i uka.`,
    obstacleMissing: 'Skriv hindringen, for eksempel «Sykefravær i prosjektgruppen», og tiltaket ved siden av.',
    rowChanged:
      'Raden er endret eller slettet siden du åpnet skjemaet. Teksten din er tatt vare på: trykk «Lagre» for å legge den inn som ny rad, eller «Tilbake».',
    tooLong:
      'Et av feltene er for langt: navn, kommuner, ansvar og beskrivelse av kostnad får høyst 500 tegn hver. Skriv det kortere.',
  },
  saved: 'Lagret.',
  /** A member's milestone with a date (month round 7, N18): a deadline only once a leader confirms it. */
  awaiting: {
    notice: (leaders: boolean) =>
      `Milepælen er lagret i planen. Den blir en frist med påminnelser i kanalen først når en leder bekrefter den (bare nettverkets ledere legger inn frister). ${leaders ? 'Lederne har fått et kort om den.' : 'Nettverket har ingen leder nå; kortet ligger i kanalen til en leder bekrefter.'}`,
    ask: (who: string, id: string, activity: string, when: string) =>
      `${who} la inn milepælen «${activity}» i ${id} med frist ${when}. Skal den bli en frist med påminnelser i kanalen?`,
    confirm: 'Gjør til frist',
    confirmWhat: 'gjøre en milepæl til frist',
    confirmed: (id: string, activity: string, deadline: string) =>
      `Milepælen «${activity}» i ${id} er nå frist ${deadline}, med påminnelser i kanalen.`,
    already: (id: string, activity: string) => `Milepælen «${activity}» i ${id} er allerede bekreftet.`,
    gone: (id: string) => `Milepælen finnes ikke lenger i ${id}.`,
    noDeadline: (id: string, activity: string) =>
      `Milepælen «${activity}» i ${id} er bekreftet, men datoen er passert eller mangler, så den gir ingen påminnelser.`,
  },
  /** Two people saved the same field of a section (month round 7, N6). */
  conflict: {
    heading: (id: string) => `${id}: noen andre endret det samme mens du skrev`,
    intro:
      'Resten av endringene dine er lagret. Feltet under ble endret av en annen etter at du åpnet skjemaet, og du endret det også. Ingen av verdiene er skrevet over: velg hva som skal stå.',
    stored: (by: string, value: string) => `Lagret nå${by ? ` (endret av ${by})` : ''}: «${value || 'tomt'}»`,
    mine: (value: string) => `Ditt: «${value || 'tomt'}»`,
    changedBy: (name: string, when: string) => `${name} ${when}`,
    useMine: 'Bruk mitt',
    keepStored: 'Behold lagret',
  },
  goneOrOther: (id: string) => `Prosjekt ${id} finnes ikke i dette nettverket.`,
  linkInvalid: 'Lenken er ugyldig. Skriv «prosjekt <U-nummer>» i kanalen for en ny.',
  linkExpired: 'Lenken er utløpt. Skriv «prosjekt <U-nummer>» i kanalen for en ny.',
};

/** A milestone due on a weekend day or a public holiday (N20, round 6): the deadlines' rule, said for a milestone. */
export const milestoneOffDayText = {
  /** When the milestone is saved. */
  note: (day: string, what: string, before: string) =>
    `Merk: ${day} er ${what}. Siste virkedag før er ${before}; endre «Når» på milepælen om den egentlig er da. Påminnelser som faller på en fridag, kommer virkedagen før.`,
  /** On the milestone's row in `milepæler`. */
  row: (day: string, what: string, before: string) => `Merk: ${day} er ${what}. Siste virkedag før er ${before}.`,
};
