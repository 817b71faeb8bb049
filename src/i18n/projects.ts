// Texts for the project register, plan import and export, the plan check and the project cards (issue #17 items 1–3).

export const projectTypeNames = { egeninitiert: 'Egeninitiert prosjekt', fosterhjemsprosjekt: 'Fosterhjemsprosjekt' } as const;

export const planCheckText = {
  servicesTooFew: (count: number, min: number) =>
    count === 0
      ? `Planen nevner ingen deltakende barneverntjenester. Et utviklingsprosjekt må omfatte minst ${min}: fyll inn søkerkommunen og de deltakende kommunene/bydelene.`
      : `Planen har bare ${count} deltakende barneverntjeneste. Et utviklingsprosjekt må omfatte minst ${min}; legg til de andre kommunene/bydelene som deltar.`,
  typeNone: 'Ingen type prosjekt er krysset av. Kryss av for enten egeninitiert prosjekt eller fosterhjemsprosjekt.',
  typeBoth: 'Både egeninitiert prosjekt og fosterhjemsprosjekt er krysset av. Malen tillater bare ett kryss; har nettverket to prosjekter, lag én plan for hvert.',
  overheadTooHigh: (overhead: string, percent: string, limit: string, base: string, baseKind: string) =>
    `Overhead i budsjettet er ${overhead}, ${percent} av ${baseKind} (${base}). Grensen er ${limit}; flytt det som er over til andre poster eller reduser det.`,
  baseGrantReceived: 'tildelte midler',
  baseGrantApplied: 'omsøkte midler',
  baseBudget: 'budsjettet',
  auditor: (grant: string, limit: string) =>
    `Tilskuddet er ${grant}, over ${limit}: regnskapet må attesteres av registrert eller statsautorisert revisor. Det er lagt til på rapporteringssjekklisten.`,
  auditorChecklistItem: 'Regnskap attestert av registrert eller statsautorisert revisor',
  budgetMissing: 'Budsjettet er tomt. Før opp hva stimuleringsmidlene skal brukes til, med beløp i kroner, og summen nederst.',
  budgetUnread: (description: string, typed: string) =>
    `Beløpet for «${description}» kan ikke leses som kroner («${typed}»). Skriv for eksempel 150 000 eller 1,2 mill.`,
  budgetSumWrong: (stated: string, sum: string, diff: string) =>
    `Budsjettet går ikke opp: «Sum kostnader» er ${stated}, men postene blir til sammen ${sum} (${diff} i forskjell).`,
  mainGoalMissing: 'Hovedmålet er ikke fylt ut. Skriv én setning som beskriver tilstanden i tjenesten når prosjektet er gjennomført.',
  mainGoalSentences: (n: number) =>
    `Råd: hovedmålet ser ut til å ha ${n} setninger. Malen ber om én setning; flytt det andre til delmålene eller bakgrunnen.`,
  mainGoalTense: (word: string) =>
    `Råd: hovedmålet ser ut til å beskrive en hensikt («${word}») heller enn tilstanden når målet er nådd. Malen anbefaler presens, for eksempel «Alle medarbeidere i barneverntjenesten tar barn og familier med på råd i utformingen av plan for tiltak.»`,
  mainGoalObservable:
    'Råd: hovedmålet kan bli vanskelig å observere eller måle. Si hvem som merker hva når målet er nådd (for eksempel «alle», «hver», et antall eller noe medarbeidere og familier gjør).',
  milestoneOwner: (goal: string, activity: string) => `Milepælen «${activity}» under delmål «${goal}» mangler ansvarlig. Skriv hvem som sørger for at den blir gjennomført.`,
  milestoneDate: (goal: string, activity: string) => `Milepælen «${activity}» under delmål «${goal}» mangler dato. Skriv når den skal være gjennomført, for eksempel 15.03.2025.`,
  milestoneDateUnread: (activity: string, typed: string) =>
    `Råd: «${typed}» for milepælen «${activity}» er ingen dato jeg kan lage en frist av. Skriv en dato, for eksempel 15.03.2025 eller mars 2025.`,
  noFindings: 'Planen har ingen funn: alle kontrollene er bestått.',
};

export const importText = {
  parts: {
    networkName: 'Navn på læringsnettverket',
    name: 'Navn på utviklingsprosjektet',
    type: 'Type prosjekt',
    applicant: 'Søkerkommune/-bydel',
    municipalities: 'Deltakende kommuner/bydeler',
    leader: 'Prosjektleder',
    steeringGroup: 'Styringsgruppe',
    projectGroup: 'Prosjektgruppe',
    competence: 'Kompetansemiljø',
    background: 'Bakgrunn – lokale tilstandsvurderinger',
    mainGoal: 'Hovedmål',
    mainGoalAgain: 'Delmål og milepæler',
    successHeading: 'Hindringer og tiltak',
    success: 'Suksesskriterier',
    obstacles: 'Hindringer',
    measures: 'Tiltak',
    progress: 'Fremdriftsplan',
    furtherWork: 'Videre utviklingsarbeid',
    budget: 'Budsjett',
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
  activityMissing: (goal: string) => `En rad under delmål «${goal}» har ansvar eller dato, men ingen aktivitet/milepæl.`,
  amountMissing: (what: string) => `Budsjettposten «${what}» har ikke noe beløp.`,
  amountUnread: (what: string, typed: string) => `Beløpet «${typed}» for «${what}» kunne ikke leses som kroner (skriv for eksempel 150 000 eller 1,2 mill.).`,
  grantAppliedWhat: 'søknadsbeløpet',
  grantReceivedWhat: 'tildelt beløp',
  sumWhat: 'Sum kostnader',
  budgetLineWhat: 'en budsjettpost',
  progressNoMilestone: (n: number) =>
    n ? `Fremdriftsplanen viser til milepæl ${n}, men planen har ikke så mange milepæler; de underaktivitetene ble ikke lest inn.` : 'Fremdriftsplanen har underaktiviteter uten nummer på milepælen; de ble ikke lest inn.',
  tableUnknown: (after: string) => `En tabell i delen «${after}» passer ikke i malen og ble ikke lest inn.`,
  textOutside: (text: string) => `Teksten «${text.length > 60 ? `${text.slice(0, 57)}…` : text}» står utenfor feltene i malen og ble ikke lest inn.`,
  refused: {
    'too-large': 'Filen er større enn 10 MB. En utfylt prosjektplan er langt mindre; fjern store bilder og prøv igjen.',
    'not-docx': 'Dette er ikke en Word-fil (.docx). Lagre prosjektplanen som .docx i Word og last den opp på nytt.',
    damaged: 'Word-filen er skadet og kan ikke leses. Åpne den i Word, lagre den på nytt som .docx og prøv igjen.',
    'zip-bomb': 'Filen pakker seg ut til langt mer enn et vanlig dokument og blir ikke åpnet.',
    'not-template': 'Dette ser ikke ut som prosjektplanmalen for læringsnettverk (Bufdirs mal 2024/2025): feltene i malen ble ikke funnet. Bruk malen fra Statsforvalteren og fyll ut feltene der.',
    'national-id': (part: string) =>
      `Planen inneholder et fødselsnummer, D-nummer eller H-nummer (i «${part}»). Ingenting er lagret. Fjern nummeret fra dokumentet og last det opp på nytt.`,
    empty: 'Filen er tom.',
  },
  imported: (id: string, name: string) => `Prosjektplanen «${name}» er lest inn som ${id}.`,
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
  notJsonOrDocx: (file: string) => `«${file}» er verken en Word-fil (.docx) eller JSON. Oppgi den utfylte prosjektplanmalen (.docx) eller en plan som JSON.`,
  badJson: (field: string, problem: string) => `JSON-planen har feil i feltet «${field}»: ${problem}. Eksempel på en plan: {"name": "Tryggere overganger", "types": ["egeninitiert"], "municipalities": ["Nes", "Eidsvoll"]}`,
  jsonPart: 'JSON-planen',
  importNeedsNetwork: 'Oppgi hvilket nettverk planen skal inn i: --tenant <tenant-id> --network <nettverk-id>. Eksempel: npm run plan -- import plan.docx --tenant 72f988bf-… --network 19:abc…@thread.tacv2',
  noDatabase: (path: string) => `Databasen «${path}» finnes ikke. Sett DATABASE_URL til databasen boten bruker, for eksempel DATABASE_URL=sqlite:./data/nettverksboten.db.`,
  noSuchNetwork: (tenant: string, network: string, known: string[]) =>
    `Nettverket «${network}» finnes ikke i tenant «${tenant}».` + (known.length ? ` Nettverk i denne tenanten: ${known.join(', ')}.` : ' Tenanten har ingen aktive nettverk.'),
  operator: 'Operatør (kommandolinjen)',
  inNetwork: (name: string) => `Nettverk: ${name}.`,
  noFindings: 'Ingen funn: planen består alle kontrollene.',
  error: 'FEIL',
  advice: 'RÅD ',
  note: 'MERK',
  source: 'Kilde',
};
