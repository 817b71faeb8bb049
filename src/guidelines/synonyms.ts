import { stem } from './analyzer.ts';

// Members ask in everyday words and chat short forms (adm, rapp, SF, BVT); the documents use the formal
// ones. Each group is one concept.
// Nynorsk forms sit next to their bokmål twins so both find the same entries.
const GROUPS: string[][] = [
  [
    'revisor',
    'revisjon',
    'revisjonsuttalelse',
    'attestasjon',
    'attestert',
    'revisorattestert',
    'revisorkontroll',
    // Not "revidert": the documents also revise guidelines and templates ("malen skulle revideres"), which is no auditor.
    'attestere',
    'revisorattestasjon',
    // "revisorattest" is the everyday short form; not split, it matched only the 2022 report entry.
    'revisorattest',
  ],
  [
    'overhead',
    'adm',
    'overheadkostnader',
    'administrasjonskostnader',
    'administrasjon',
    'indirekte',
    'fellesutgifter',
    'påslag',
    'kontorkostnader',
    'kontorutgifter',
    'kontorhold',
    // Not «driftsutgifter/driftskostnader»: in general use they are a service's ordinary running costs, which the
    // scheme does not fund, and they would make «drift etter at prosjektet er slutt» an overhead question. A question
    // about the overhead the documents define names what it covers (husleie, regnskap, IT, administrasjon).
  ],
  // Unused money, moving it to next year and paying it back are three concepts: a question about one
  // must not be answered with the rule for another.
  [
    'ubrukte',
    'ubrukt',
    'restmidler',
    'overskudd',
    'gjenstående',
    'unytta',
    'restbeløp',
    'restbeløpet',
    'restpenger',
    'restpengene',
    'restmidlene',
  ],
  ['overføring', 'overføre', 'overføres', 'flytte'],
  [
    'tilbakebetale',
    'tilbakebetaling',
    'tilbakebetales',
    'betale tilbake',
    'tilbakeføre',
    'tilbakekreve',
    'tilbakekreving',
  ],
  [
    'stimuleringsmidler',
    'tilskudd',
    'tilskot',
    'penger',
    'pengar',
    'bevilgning',
    'støtte',
    'midler',
    'midlar',
    // How members name the grant in speech: "hvem sitter på pengesekken", "prosjektmidlene", "stønad".
    'pengesekken',
    'pengesekk',
    'pengestøtte',
    'stønad',
    'tilskuddsmidler',
    'prosjektmidler',
    'prosjektmidlene',
  ],
  ['frist', 'fristen', 'tidsfrist', 'deadline', 'innen', 'seinast', 'senest'],
  // The report's template is a thing of its own ("rapporteringsmal" = rapportering + mal): a text on what a report holds
  // does not say whether there is a template for it.
  // The report is yearly ("rapporteres årlig"): a member calls it the year's report, a word the documents never write.
  ['rapportering', 'rapport', 'rapp', 'rapportere', 'rapportera', 'årsrapport', 'årsrapportering'],
  [
    'kompetansemiljø',
    'kunnskapsmiljø',
    'fagmiljø',
    'forskningsmiljø',
    'kompetansesenter',
    'kunnskapsmiljøer',
    'kompetansemiljøer',
    // External expertise as members name it: researchers, experts, a university college.
    'fagmiljøer',
    'forskningsmiljøer',
    'forskere',
    'forsker',
    'fagfolk',
    'eksperter',
    'ekspert',
    'fagperson',
    'fagpersoner',
    'fagpersonen',
    'spesialist',
    'spesialister',
    'universitet',
    'høgskole',
    'høyskole',
    'kompetansemiljøet',
    'kunnskapsmiljøet',
  ],
  ['leder', 'leiar', 'ledere', 'leiarar', 'sjef', 'sjefen', 'sjefer', 'sjefene', 'sjefar', 'sjefane', 'boss', 'bossen'],
  ['møte', 'møtes', 'møtast', 'samling', 'treff', 'møtedag', 'møterytme'],
  ['søknad', 'søke', 'søkje', 'søknaden', 'søknadar'],
  [
    'formål',
    'føremål',
    'hensikt',
    'hensikten',
    'meining',
    'hovedhensikt',
    'hovedpoeng',
    'hovedpoenget',
    'poenget',
    'vitsen',
    'mål',
    'målet',
    'hovedmål',
    'hovedmålet',
    'målsetting',
    'målsettingen',
  ],
  [
    'fosterhjem',
    'fosterheim',
    'fosterheimar',
    'fosterhjemmene',
    'fosterforeldre',
    'fosterforeldrene',
    'fosterfamilie',
    'fosterfamilier',
  ],
  // An accountant keeps the accounts: "regnskapsføring", "bokføring".
  [
    'regnskap',
    'rekneskap',
    'regnskapet',
    'regnskapsføring',
    'regnskapsfører',
    'regnskapsføreren',
    'bokføring',
    'bokføringen',
  ],
  ['kostnader', 'utgifter', 'kostnad', 'utgift', 'koste', 'regning', 'regninga', 'regningen', 'regningene', 'utlegg'],
  // Sharing costs between municipalities. Funding ("annen finansiering" in a budget) is another concept: a
  // question on how the costs are split was answered with the budget template through it.
  [
    'fordelingsnøkkel',
    'kostnadsdeling',
    'fordele',
    'fordelte',
    'deling',
    'spleise',
    'splitte',
    'splittet',
    'splitta',
    'spleiset',
    'spleiselag',
    'kostnadsfordeling',
    'utgiftsfordeling',
    'fordelingsmodell',
  ],
  ['finansiering', 'finansieringsmodell', 'finansiere', 'finansieres'],
  ['roller', 'rolle', 'ansvar', 'oppgåver', 'oppgaver', 'ansvarsområde'],
  ['styringsgruppe', 'styringsgruppa', 'styringsgruppen'],
  // "Hva dekker tilskuddet?" asks what it may be used for.
  ['bruke', 'bruka', 'nytte', 'benytte', 'brukast', 'brukes', 'dekke', 'dekkes', 'dekker', 'dekkast'],
  ['år', 'året', 'årsskiftet', 'ettårige'],
  // A grant for one year at a time: the documents say "ettårige tilskudd"; members say "engangs", "engangsbeløp"
  // (a compound with a filler head, "engangsgreie", is read as its first part; see analyzer.ts).
  [
    'ettårig',
    'ettårige',
    'eittårig',
    'eittårige',
    'engang',
    'engangs',
    'engangsbeløp',
    'engangssum',
    'engangstilskudd',
  ],
  // The 2022 child-welfare reform as members name it: "omleggingen", "den store endringen".
  ['reform', 'reformen', 'barnevernsreform', 'barnevernsreformen', 'omlegging', 'omleggingen'],
  // "når året er slutt" is "ved utgangen av året".
  ['slutt', 'slutten', 'utgang', 'utgangen', 'avslutning', 'nyttår', 'nyttåret'],
  [
    'barnevernstjeneste',
    'barneverntjeneste',
    'barnevernteneste',
    'barnevernsteneste',
    'barnevernet',
    'barnevern',
    'bvt',
    'bvtj',
    'bv',
  ],
  // "nabokommunene", "samarbeidskommunene": the other municipalities are municipalities.
  ['kommune', 'kommunar', 'kommuner', 'bydel', 'nabokommune', 'nabokommunen', 'nabokommunene', 'nabokommuner'],
  // Fylkesmannen was renamed Statsforvalteren in 2021; old documents and members still use the old name.
  // "er det fylket som deler ut pengene?": members name the office by the county it serves.
  [
    'statsforvalter',
    'statsforvaltar',
    'statsforvalteren',
    'statsforvaltaren',
    'sf',
    'fylkesmann',
    'fylkesmannen',
    'fylket',
  ],
  // A diary kept along the way ("dagbok", "prosjektdagbok") is the experience log.
  ['erfaringslogg', 'logg', 'loggbok', 'dagbok', 'prosjektdagbok'],
  // Handing something in: "når må rapporten leveres?" asks when it is sent to the Statsforvalter.
  ['levere', 'leveres', 'levert', 'innlevere', 'innlevering', 'sende', 'sendes', 'sendast', 'innsending'],
  ['hotell', 'overnatting', 'overnattingar', 'overnattinger', 'hotellopphold', 'losji'],
  [
    'bespisning',
    'mat',
    'maten',
    'lunsj',
    'lunch',
    'måltid',
    'måltider',
    'servering',
    'bevertning',
    'middag',
    'frokost',
  ],
  ['beløp', 'søknadsbeløp', 'beløpsgrense', 'beløpsgrensa', 'maksbeløp'],
  ['grense', 'grensen', 'grensa', 'tak', 'taket', 'maksimum'],
  [
    'krav',
    'kravet',
    'påkrevd',
    'påkrevet',
    'obligatorisk',
    'pålagt',
    'kreve',
    'kreves',
    'plikt',
    'plikter',
    'plikta',
    'plikten',
    'forplikte',
    'forpliktet',
    'forplikta',
    'forpliktelse',
    // "er det nødvendig med X", "det er vel ikkje naudsynt": whether X is required (declined at 0.3 unread).
    'nødvendig',
    'naudsynt',
  ],
  ['utgave', 'utgaven', 'utgåve', 'versjon', 'versjonen'],
  // "Er det åpent for andre?" asks whom something is reserved for.
  ['forbeholdt', 'åpen', 'åpent', 'reservert', 'eksklusivt'],
  // A day of the week asked for by its kind: "hvilken ukedag møtes dere?" finds the text that says "fredag".
  ['ukedag', 'ukedagen', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  // Falling behind the plan; "henger etter", "står stille" are read as "forsinket" (see PHRASES in analyzer.ts).
  ['avvik', 'forsinket', 'forsinkelse', 'forsinkelser', 'etterslep', 'utsettelse'],
  // Taking part; "være med", "ta del" are read as "deltakelse".
  ['deltakelse', 'deltagelse'],
  // Everyday words for what the documents call hindrances and buying help.
  [
    'hindringer',
    'hindring',
    'fallgruve',
    'fallgruver',
    'fallgrop',
    'fallgroper',
    'snublestein',
    'snublesteiner',
    'barrierer',
    'barriere',
    // Not "risiko": the plan template asks for risks in its background section, hindrances in another.
    'utfordringer',
    'utfordring',
  ],
  ['kjøpe', 'kjøp', 'leie', 'hyre', 'engasjere'],
  // The person who runs the project: members say "koordinator".
  [
    'prosjektleder',
    'prosjektleiar',
    'prosjektlederen',
    'koordinator',
    'koordinatoren',
    'prosjektkoordinator',
    'prosjektkoordinatoren',
    'prosjektansvarlig',
    'prosjektansvarlige',
    'ildsjel',
    'ildsjelen',
    'ildsjeler',
  ],
  // The municipalities' top management: the documents say "kommuneledelsen".
  [
    'kommuneledelse',
    'kommuneledelsen',
    'kommunetoppene',
    'kommunetopp',
    'kommunetopper',
    'toppledelse',
    'toppledelsen',
    'rådmann',
    'rådmannen',
    'rådmenn',
    'kommunedirektør',
    'kommunedirektøren',
    'kommunedirektører',
    'administrasjonssjef',
    // "toppsjefene i kommunen", "topplederne": the same people, named by rank.
    'toppsjef',
    'toppsjefen',
    'toppsjefer',
    'toppsjefene',
    'toppleder',
    'topplederen',
    'toppledere',
    'topplederne',
  ],
  // The national programme the grant belongs to.
  [
    'kompetansestrategi',
    'kompetansestrategien',
    'satsing',
    'satsingen',
    'satsinga',
    'satsinger',
    'kompetanseløft',
    'kompetanseløftet',
  ],
  // Where a project starts: the documents say "tilstandsvurdering" and "tilstandsanalyse".
  [
    'tilstandsvurdering',
    'tilstandsanalyse',
    'kartlegging',
    'kartlegge',
    'nåsituasjon',
    'nåsituasjonen',
    'ståstedsanalyse',
  ],
  // "klarere det med rådmannen", "få det godkjent av kommunedirektøren": what the documents call anchoring it.
  [
    'forankring',
    'forankre',
    'forankret',
    'eierskap',
    'lederforankring',
    'ledelsesforankring',
    'oppslutning',
    'klarere',
    'klarert',
    'klarering',
  ],
  // "hva er hemmeligheten/oppskriften bak …" asks what made it succeed.
  [
    'suksesskriterier',
    'suksesskriterium',
    'suksessfaktorer',
    'suksessfaktor',
    'lykkes',
    'lyktes',
    'hemmelighet',
    'hemmeligheten',
    'oppskrift',
    'oppskriften',
  ],
  // "holde det gående", "leve videre" after the project: the documents' maintenance and carrying on.
  ['vedlikehold', 'vedlikeholde', 'videreføre', 'videreføring', 'gående', 'opprettholde', 'opprettholdes'],
  ['egenandel', 'egenandelen', 'eigenandel', 'egeninnsats', 'egenfinansiering', 'egenbidrag'],
  // The stemmer keeps "veileder" and "veiledning" apart.
  ['veiledning', 'veileder', 'veiledere', 'veilede', 'veiledningen', 'rettleiing', 'rettleiar', 'coaching'],
  // "En enkel søknad" is the documents' "forenklet søknad".
  ['forenklet', 'forenkla', 'forenkle', 'enkel', 'enklere', 'enkle'],
  ['anbefaling', 'anbefalinger', 'anbefale', 'anbefalte', 'anbefalt', 'tilråding', 'tilrådingar', 'råd'],
  // Examples, as members ask for them ("døme" in nynorsk, "ideer" in speech).
  ['eksempel', 'eksempler', 'eksemplene', 'døme', 'dømer', 'døma', 'ideer', 'idéer'],
  // Paying for something. Paying back is its own concept ("tilbakebetale" stems apart).
  [
    'betale',
    'betaler',
    'betales',
    'betalt',
    'betaling',
    'betalingsansvar',
    'betalingsansvaret',
    'spandere',
    'spanderer',
    'spandert',
  ],
  // Wages and posts: the documents say "stillinger", members say "lønn", "ansette", "frikjøpe".
  [
    'lønn',
    'lønne',
    'lønnes',
    'løn',
    'løne',
    'lønnskostnader',
    'stillinger',
    'prosjektstilling',
    'ansette',
    'ansettelse',
    'tilsetje',
    'tilsette',
    'tilsetting',
    'frikjøp',
    'frikjøpe',
    'frikjøpt',
  ],
  // Managing the grant: the documents say "forvalter"; "administrere" is read as it.
  ['forvalte', 'forvalter', 'forvaltar', 'forvaltning', 'forvaltes', 'administrere', 'administrerer'],
  // Who decides: the documents say the Statsforvalter "avgjør", "vurderer" and "prioriterer".
  [
    'avgjøre',
    'avgjør',
    'avgjer',
    'avgjørelse',
    'avgjørelsen',
    'beslutte',
    'beslutter',
    'bestemme',
    'bestemmer',
    'beslutning',
    'beslutninger',
    'beslutningene',
  ],
  // Everyday words, as members write them, for the documents' terms (each group one concept; checked against
  // every entry with the whole dev set, never against one question).
  // Training: "lære opp folka", "kurse de ansatte" ("lære opp" is read as "opplæring", see PHRASES).
  ['opplæring', 'opplæringen', 'kurs', 'kursing', 'kurse', 'skolering', 'skolere', 'undervisning'],
  // People: "hvor mange folk", "folka våre". Not the staff ("ansatte"): "hvor mange ansatte har helsestasjonen" must
  // not be answered by a text that counts persons in a network.
  ['folk', 'folka', 'folkene', 'personer', 'mennesker'],
  // A grant or a scheme that ends: the documents say it "faller bort" (read as "bortfaller", see PHRASES).
  [
    'bortfaller',
    'bortfall',
    'forsvinne',
    'forsvinner',
    'forsvant',
    'forsvunnet',
    'opphøre',
    'opphører',
    'opphørt',
    'avvikle',
    'avvikles',
    'avviklet',
    'avvikling',
    'nedlagt',
    'nedlegges',
    'nedlegging',
  ],
  // Rent: "kontorleie", "leie av lokaler" is what the documents call "husleie".
  ['husleie', 'husleige', 'kontorleie', 'lokaleleie', 'lokalleie', 'lokaler', 'kontorlokaler'],
  // What a project is about: "fokusområde", "emne"; "skal handle om" is read as "tema" (see PHRASES).
  ['tema', 'temaet', 'temaer', 'tematikk', 'temavalg', 'fokusområde', 'fokusområder', 'emne', 'emnet', 'emner'],
  // The leader network as members name it.
  [
    'ledernettverk',
    'barnevernsledernettverk',
    'sjefsnettverk',
    'lederforum',
    'lederforumet',
    'ledergruppe',
    'ledergruppa',
    'ledergruppen',
  ],
  // A leader's lonely role: the documents say "ensom"; members say they feel alone or isolated in the job.
  ['ensom', 'ensomt', 'einsam', 'isolert', 'isolerte', 'alenefølelse'],
  // Setting something up: "opprette en styringsgruppe", "nedsette en gruppe".
  ['etablere', 'etablering', 'etableres', 'opprette', 'opprettes', 'oppretting', 'nedsette', 'nedsettes'],
  // Looking at risks before a project: the documents say "risiko- og tilstandsvurderinger".
  ['risiko', 'risikovurdering', 'risikovurderinger', 'risikoanalyse', 'risikoanalysen', 'risikokartlegging'],
  // What lost out: the documents say what was preferred "framfor" what; members ask what was "nedprioritert".
  ['framfor', 'fremfor', 'nedprioritere', 'nedprioritert', 'nedprioriterte', 'nedprioritering', 'bortprioritert'],
  // Seeing to it that something is done right: "passe på at" (read as "påse"), "sjekke", "kontrollere".
  ['påse', 'påser', 'sjekke', 'sjekker', 'kontrollere', 'kontrollerer', 'kontrollert', 'etterprøve'],
  // The overview the Statsforvalter gets: "innsikt", "overblikk".
  ['oversikt', 'oversikten', 'innsikt', 'innsikten', 'overblikk', 'innblikk'],
  // Allocating the grant: "hvem deler ut pengene" (read as "tildele", see PHRASES), "tildelingen".
  ['tildele', 'tildeler', 'tildeling', 'tildelingen', 'tildelt', 'utdeling', 'utdelingen'],
  // The documents' "sårbarhet" as members put it: a service that struggles.
  ['sårbar', 'sårbare', 'sårbarhet', 'strever', 'strevar', 'sliter', 'svak', 'svake'],
  // The research that followed the scheme: the documents say "følgeevaluering"; members speak of the researchers
  // who followed it (read as it, see PHRASES) or of "følgeforskning".
  [
    'følgeevaluering',
    'følgeevalueringen',
    'følgeevaluert',
    'følgeevalueres',
    'følgeforskning',
    'følgeforskningen',
    'følgeforsker',
    'følgeforskere',
    'følgeforskerne',
  ],
  // The form one fills in to apply: "skjemaet", "blanketten", "søknadspapirene" (the documents: "søknadsskjema",
  // "fastsatt skjema").
  [
    'skjema',
    'skjemaet',
    'skjemaer',
    'skjemaene',
    'søknadsskjema',
    'søknadsskjemaet',
    'blankett',
    'blanketten',
    'blanketter',
    'søknadsblankett',
    'søknadspapirer',
    'søknadspapirene',
  ],
  // A hindrance the plan template names: "høyt arbeidspress"; members say it is busy or stressful at work.
  ['arbeidspress', 'arbeidspresset', 'tidspress', 'travelt', 'travelhet', 'hektisk', 'arbeidsbelastning', 'stress'],
  // The other one: "nøkkelpersoner slutter"; members speak of turnover.
  ['nøkkelpersoner', 'nøkkelperson', 'nøkkelpersonen', 'nøkkelpersonene', 'turnover', 'gjennomtrekk'],
  // A project that went on for good: the documents say it went over to "ordinært vertskommunesamarbeid"; members say
  // it became permanent (a "fast ordning" is read as it, see PHRASES).
  ['ordinær', 'ordinært', 'permanent', 'permanente', 'varig', 'varige'],
];

// Words narrower than a concept the documents use: a member names the service ("helsestasjonen"), the
// documents speak of "andre kommunale tjenester". One way only, and weaker than a synonym.
const BROADER: Record<string, string[]> = {
  // The documents define overhead by what it pays for: «generelle organisatoriske tjenester eller infrastruktur, f.eks.
  // husleie, og generelle tjenester som regnskap og IT». Naming those is a weak hit for overhead; one way, so a
  // question on the accounts the report holds is not an overhead question.
  overhead: [
    'husleie',
    'husleige',
    'kontorleie',
    'lokaleleie',
    'lokalleie',
    'regnskapskontor',
    'regnskapskontoret',
    'regnskapsfører',
    'regnskapsføring',
    'regnskapstjenester',
    'it-tjenester',
    'it-drift',
    'it-utgifter',
    'it-kostnader',
  ],
  // What a network sends in after the year is its report; members call it "papirene". Weak and one way: the
  // papers that go with an application belong to the application.
  rapport: ['papir', 'papirer', 'papirene', 'papirarbeid', 'papirarbeidet', 'beretning', 'beretningen', 'årsberetning'],
  // "Endringen" said of the service as a whole is the reform; one way, so a question on what changed in the
  // rules is not pulled to the reform.
  reform: ['endring', 'endringen', 'endringa'],
  // "Kan nettverket betale for coaching?" asks what the grant may be spent on: paying for something is a weak hit for
  // using the money. One way, so a text on how the municipalities split what they pay is not a text on spending.
  // Keeping the money one got (also «sitte på tilskuddet», see PHRASES) is having it to use: how long, and whether it may
  // be carried over or paid back, is what the spending rules decide. One way and weak, as paying for something is.
  bruke: [
    'beholde',
    'beholder',
    'beholdes',
    'beholdt',
    'betale',
    'betaler',
    'betales',
    'betalt',
    'betaling',
    'spandere',
    'spanderer',
  ],
  // The staff as members name them by their job.
  ansatte: [
    'saksbehandler',
    'saksbehandlere',
    'saksbehandleren',
    'saksbehandlerne',
    'miljøterapeut',
    'miljøterapeuter',
    'barnevernspedagog',
    'barnevernspedagoger',
    'sosionom',
    'sosionomer',
    'fagkonsulent',
    'fagkonsulenter',
  ],
  tjeneste: [
    'helsestasjon',
    'helsestasjonen',
    'skolehelsetjeneste',
    'skolehelsetjenesten',
    'ppt',
    'nav',
    'barnehage',
    'barnehagen',
    'skole',
    'skolen',
    'fastlege',
    'fastlegen',
    'familievern',
    'familievernet',
    'bup',
    'psykiatri',
    'rustjeneste',
    'tannhelse',
    'helsetjeneste',
    'helsetjenesten',
    'oppfølgingstjeneste',
    'oppfølgingstjenesten',
    'skulen',
    'barnehagen',
    // The people of those services, as members name them: "helsesøster", "lærerne".
    'helsesøster',
    'helsesøstre',
    'helsesøstrene',
    'helsesykepleier',
    'helsesykepleiere',
    'helsesykepleierne',
    'lærer',
    'lærere',
    'lærerne',
  ],
};

let index: Map<string, string[]> | undefined;

function build(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of GROUPS) {
    const stems = [...new Set(group.map((w) => stem(w)))];
    for (const s of stems) {
      const others = stems.filter((o) => o !== s);
      map.set(s, [...new Set([...(map.get(s) ?? []), ...others])]);
    }
  }
  return map;
}

let broader: Map<string, string[]> | undefined;
/** The broader concepts' stems a narrower word counts as a weak hit for. */
export function broaderOf(termStem: string): readonly string[] {
  if (!broader) {
    broader = new Map();
    for (const [wide, narrow] of Object.entries(BROADER)) for (const n of narrow) broader.set(stem(n), [stem(wide)]);
  }
  return broader.get(termStem) ?? broader.get(stem(termStem)) ?? [];
}

export function synonymsOf(termStem: string): readonly string[] {
  index ??= build();
  // The stemmer is not idempotent on definite forms: "universitetet" stems to "universitet", which the group
  // holds as "universit". Stemming once more finds the group for every inflection of a listed word.
  return index.get(termStem) ?? index.get(stem(termStem)) ?? [];
}
