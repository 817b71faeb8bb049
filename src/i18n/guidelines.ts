import { dateText } from './dates.ts';
import { rolesText } from './roles.ts';
import { count } from './common.ts';

// Text for the guidelines answerer: answers come from the knowledge files, only the frame is here.
type SourceLike = { title: string; section: string; year: number };

// A dated section ("Lagret av Kari 23.11.2026") already says the year.
const sourceText = (s: SourceLike) =>
  `${s.title}, ${s.section}${s.section.includes(String(s.year)) ? '' : ` (${s.year})`}`;
// In a note the rule's text and the title often name the year too: say it once, and nest no parentheses.
const noteSource = (s: SourceLike, text: string) =>
  `${s.title}, ${s.section}${`${s.title} ${s.section} ${text}`.includes(String(s.year)) ? '' : `, ${s.year}`}`;
/** "2025-02" → "februar 2025". */
const monthText = (yearMonth: string) =>
  `${dateText.monthNames[Number(yearMonth.slice(5, 7)) - 1] ?? ''} ${yearMonth.slice(0, 4)}`.trim();

export const guidelinesText = {
  /**
   * Facts told before the question (month s15 #5): what was understood, and how long and where it is
   * kept. `parts` are the pieces below, in the order the member reads them.
   */
  statement: {
    noted: (parts: string[], place: 'personal' | 'channel' | 'groupChat') =>
      `Notert: ${parts.join(', ')}. Hva lurer du på? Spør som vanlig, for eksempel om revisor eller overhead. ` +
      `Jeg tar dette med når du spør uten egne tall, i et kvarter og bare i ${place === 'channel' ? 'denne kanalen' : 'denne chatten'}.`,
    kind: (kind: string) => kind,
    municipalities: (n: number) => count(n, 'kommune', 'kommuner'),
    amount: (kroner: number, how: 'granted' | 'applied' | 'plain') => {
      const kr = `${String(kroner).replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')} kr`;
      return how === 'granted' ? `${kr} i tilskudd` : how === 'applied' ? `søkt om ${kr}` : kr;
    },
    percent: (p: number) => `${String(p).replace('.', ',')} %`,
    year: (y: number) => `år ${y}`,
    // The spec's help texts; it has no command word, so `hjelp` does not list it.
    usage: 'Vi er <antall> kommuner og fikk <beløp> kr',
    example: 'Vi er 6 kommuner i et læringsnettverk og fikk 400 000 kr i år.',
    description: 'Fortell om nettverket først; neste spørsmål uten egne tall leses med det.',
    group: 'Retningslinjer',
  },
  declined:
    'Det finner jeg ikke noe sikkert svar på i retningslinjene og dokumentene jeg kjenner. Spør gjerne Statsforvalteren, eller still spørsmålet med andre ord.',
  /** After a specific reason for declining: where to go instead. */
  declinedHint: 'Spør gjerne nettverkslederen eller Statsforvalteren, eller still spørsmålet med andre ord.',
  didYouMean: (topics: string[]) => (topics.length ? `Mente du: ${topics.join(' · ')}?` : ''),
  source: (s: SourceLike) => `Kilde: ${sourceText(s)}`,
  // Two sections of one document name the document once: "Rammer og føringer …, 3. … og 6. … (2024)".
  sources: (list: SourceLike[]) => {
    const groups: SourceLike[] = [];
    for (const s of list) {
      const same = groups.find((g) => g.title === s.title && g.year === s.year);
      if (same) same.section = `${same.section} og ${s.section}`;
      else groups.push({ ...s });
    }
    return `Kilde: ${groups.map(sourceText).join('; ')}`;
  },
  // Shown under the label "Tidligere regel" / "Gjelder nå": the rule, then where it is from.
  olderRule: (year: number, s: SourceLike, text: string) => {
    const dated = text.includes(String(year)) ? text : `${year}: ${text}`;
    return `${dated} Kilde: ${noteSource(s, dated)}.`;
  },
  newerRule: (s: SourceLike, text: string) => `${text} Kilde: ${noteSource(s, text)}.`,
  /** Opens an answer from an older document to a question about what holds now, when no newer document speaks to the point. */
  onlyOlderSays: (year: number, newest: number) =>
    `Dette står i et dokument fra ${year}. De nyeste dokumentene jeg kjenner (${newest}) sier ikke det samme om dette, så det kan ha endret seg. Sjekk med Statsforvalteren før dere legger det til grunn.`,
  olderDocument: (s: SourceLike, excerpt: string) => `${excerpt} Kilde: ${noteSource(s, excerpt)}.`,
  /** The lead of a yes/no answer to «stemmer det at … ikke …»: whether the negated claim holds. */
  negatedClaimLead: { holds: 'Ja, det stemmer.', false: 'Nei, det stemmer ikke.' },
  /** Opens an answer whose rule is about one kind of network only, unless the answer already names it. */
  appliesOnlyTo: { learning: 'Gjelder bare læringsnettverk.', leaders: 'Gjelder bare barnevernsledernettverk.' },
  /** Names each kind, to tell whether an answer already says which one it is about. */
  networkKindWord: { learning: 'læringsnettverk', leaders: 'ledernettverk' },
  revisionDue: (sourceYear: number, yearMonth: string) =>
    `Kilden fra ${sourceYear} skulle revideres i ${monthText(yearMonth)}, så det kan finnes en nyere versjon. Sjekk med Statsforvalteren.`,
  /** The answer quotes years that are past: they are the document's own example years, and nothing says the rule still holds. */
  revisionDueDated: (sourceYear: number, yearMonth: string, nowYear: number) =>
    `Regelen er fra retningslinjene for ${sourceYear}, og årstallene i den gjelder ${sourceYear}-midlene. Kilden skulle revideres i ${monthText(yearMonth)}; jeg vet ikke om regelen gjelder uendret for midler i ${nowYear}. Sjekk med Statsforvalteren.`,
  datedRule: (sourceYear: number, nowYear: number) =>
    `Dette står i dokumentet for ${sourceYear}, og årstallene i det gjelder ${sourceYear}-midlene. Jeg vet ikke om det gjelder uendret i ${nowYear}. Sjekk med Statsforvalteren.`,
  // Computed answers: the rule applied to the member's own figure, put before the rule as written.
  rangeAbove: (amount: string, span: string) => `${amount} er over det en søknad kunne gjelde (${span}).`,
  rangeBelow: (amount: string, span: string) => `${amount} er under det en søknad kunne gjelde (${span}).`,
  rangeWithin: (amount: string, span: string) => `${amount} er innenfor det en søknad kunne gjelde (${span}).`,
  auditorBelowBound: (limit: string) =>
    `For beløp under ${limit} kreves ikke attestasjon fra revisor; kravet gjelder bare beløp over ${limit}.`,
  auditorAboveBound: (limit: string) =>
    `For beløp over ${limit} kreves attestasjon fra registrert eller statsautorisert revisor.`,
  auditorOver: (amount: string, limit: string) =>
    `${amount} er over grensen på ${limit}, så kravet om attestasjon fra registrert eller statsautorisert revisor gjelder.`,
  auditorNotOver: (amount: string, limit: string, exactly: boolean) =>
    exactly
      ? `${amount} er ikke over ${limit} (kravet gjelder beløp over ${limit}), så kravet om attestasjon fra revisor gjelder ikke for dette beløpet.`
      : `${amount} er ikke over grensen på ${limit}, så kravet om attestasjon fra revisor gjelder ikke for dette beløpet.`,
  overheadOf: (pct: string, amount: string, max: string) => `${pct} av ${amount} er høyst ${max} til overhead.`,
  overheadAbove: (asked: string, limit: string) => `${asked} er mer enn grensen på ${limit}.`,
  overheadPartAbove: (part: string, pct: string, whole: string, max: string) =>
    `Nei: ${part} er mer enn ${pct} av ${whole} (${max}).`,
  overheadPartWithin: (part: string, pct: string, whole: string, max: string) =>
    `Ja: ${part} er innenfor ${pct} av ${whole} (høyst ${max}).`,
  overheadWithin: (asked: string, limit: string) => `${asked} er innenfor grensen på ${limit}.`,
  spendLeaders: (year: number, until: string) =>
    `Midler tildelt et barnevernsledernettverk for ${year} kan brukes til og med ${until}.`,
  spendLearning: (year: number, end: string, transferred: string) =>
    `Midler tildelt et læringsnettverk for ${year} skal brukes innen ${end}; innvilger Statsforvalteren overføring, innen ${transferred}.`,
  reportBy: (year: number, date: string) =>
    `Rapporten for midlene fra ${year} skal til Statsforvalteren innen ${date}.`,
  /** "og hva med ledernettverkene da?" with no question before it to carry over. */
  followUpAlone: (subject: string) =>
    `«Hva med ${subject}» bygger på et spørsmål jeg ikke har. Skriv hele spørsmålet, for eksempel «Når må barnevernsledernettverk bruke 2024-midlene?» eller «Når skal rapporten for 2023-midlene sendes?».`,
  /** A two-part question where one part has no answer in the documents. */
  partNotCovered: (part: string) => `Om «${part}» finner jeg ikke noe sikkert svar i dokumentene.`,
  /** The best match is more likely wrong than right. */
  lowConfidence: 'Jeg fant noe som ligner, men er ikke sikker på at det svarer på spørsmålet ditt.',
  /** The gate: texts on the topic were found, but none says what the question asks for. */
  gateDeclined: {
    when: 'Jeg fant tekster om dette, men ingen som sier noe om tidspunkt eller frist. Jeg vil ikke gjette.',
    amount: 'Jeg fant tekster om dette, men ingen som oppgir et beløp eller en sats. Jeg vil ikke gjette.',
    count: 'Jeg fant tekster om dette, men ingen som oppgir et antall. Jeg vil ikke gjette.',
    countNotGiven: (noun: string) =>
      `Dokumentene jeg kjenner oppgir ikke noe tall for ${noun}. Jeg vil ikke gjette; kanskje et av emnene under hjelper.`,
    who: 'Jeg fant tekster om dette, men ingen som sier hvem. Jeg vil ikke gjette.',
    why: 'Jeg fant tekster om dette, men ingen som sier hvorfor. Jeg vil ikke gjette.',
    duration: 'Jeg fant tekster om dette, men ingen som sier hvor lang tid det tar. Jeg vil ikke gjette.',
    /** `due`: the month the document said it would be revised («2025-02»), when it says one. */
    change: (due?: string) =>
      `Dokumentene jeg kjenner sier bare at retningslinjene skulle revideres${due ? ` (i ${monthText(due)})` : ''}, ikke hva som er endret.`,
    duty: 'Jeg fant tekster om dette, men ingen som sier om det er et krav eller frivillig. Jeg vil ikke gjette.',
    otherSubject:
      'Det du spør om, gjelder et bestemt nettverk eller prosjekt, men det jeg fant, står i et annet dokument. Jeg vil ikke gi det som svar.',
    person: 'Dokumentene jeg kjenner sier ikke hvem som har den rollen nå.',
    eventThisYear:
      'Dokumentene jeg kjenner nevner bare slike arrangementer fra tidligere år, ikke datoen for årets eller det neste.',
    contact: 'Kontaktopplysninger står ikke i dokumentene jeg kjenner.',
    kind: 'Det jeg fant gjelder en annen type nettverk enn den du spør om, så jeg gir det ikke som svar.',
    year: 'Dokumentene jeg kjenner sier ikke noe om det året; det står i utlysningen eller tilskuddsbrevet.',
    unknownConcept:
      'Det du spør om, nevnes ikke i dokumentene jeg kjenner. Jeg fant bare tekster om noe i nærheten, så jeg vil ikke gi dem som svar.',
    otherScheme:
      'Dokumentene jeg kjenner gjelder tilskuddet til kommunale læringsnettverk og barnevernsledernettverk, ikke den tilskuddsordningen du spør om.',
    partOfTotal:
      'Dokumentene jeg kjenner gir bare et samlet tall for flere kommuner, ikke tallet for den ene kommunen du spør om.',
    tally:
      'Dokumentene jeg kjenner sier ikke hvor mange som har gjort det; de gir reglene, ikke tall for hvem som har fått eller søkt.',
    eventYear: (year: number) =>
      `Dokumentene jeg kjenner nevner ikke noe slikt arrangement i ${year}, bare fra andre år. Jeg vil ikke gjette.`,
  },
  fromYear: (year: number) => `Svaret bygger på dokumentet fra ${year}.`,
  /** A question about the network's own records, which a command answers, not the guidelines. */
  ownData: {
    meetings:
      'Det er et spørsmål om nettverkets egne møter, ikke om retningslinjene. Skriv «møteplan» for å se de neste møtedatoene.',
    tasks:
      'Det er et spørsmål om nettverkets egne oppgaver, ikke om retningslinjene. Skriv «oppgaver» for å se de åpne oppgavene og hvem som har ansvaret, eller «mine oppgaver» for dine.',
    deadlines:
      'Det er et spørsmål om nettverkets egne frister, ikke om retningslinjene. Skriv «frister» for å se de kommende fristene. Gjelder det en frist i retningslinjene, si hvilken, for eksempel «når er søknadsfristen?».',
    deadlinesThisYear:
      'Årets frister for nettverket ditt står ikke i retningslinjene; de gjelder årene de ble skrevet for. Skriv «frister» for å se fristene nettverket har lagt inn. Vil du vite hva retningslinjene sier om fristene, spør for eksempel «når er søknadsfristen?».',
    minutes:
      'Det er et spørsmål om hva nettverket selv har bestemt, ikke om retningslinjene. Skriv «referat» for å se siste referat (eller «referat 27.11» for et bestemt møte), «referater» for alle, eller «finn vedtak <søkeord>» for å søke i vedtakene.',
    members:
      'Hvem som er med i nettverket ditt, står ikke i retningslinjene. Skriv «ledere» for å se nettverkets ledere og «kommuner» for å se kommunene som er med.',
  },
  /** A bare question with several readings: ask which, with the readings as buttons. */
  clarify: {
    deadline:
      'Dokumentene har flere frister: for å søke, for å bruke midlene og for å rapportere. Hvilken mener du? Velg under, eller still spørsmålet med fristen nevnt.',
    amount:
      'Dokumentene nevner flere beløp: hva ett prosjekt kan søke om, hva som var til fordeling i 2018 og 2022, og hvor mye som kan gå til overhead. Hvilket mener du? Velg under, eller still spørsmålet på nytt.',
  },
  /** Searched (never shown) to find the entry behind each reading of a bare question, in the order offered. */
  clarifyReadings: {
    deadline: ['søknadsfrist', 'frist for å bruke midlene', 'frist for rapportering'],
    amount: ['hvor mye kan et prosjekt søke om', 'samlet ramme til fordeling', 'overhead prosent'],
  },
  passageEllipsis: '…',
  /** Searched (never shown) when a question only asks whether an older document still holds. */
  changesQuery: 'endringer retningslinjene',
  cliUsage: 'Bruk: npm run ask -- "spørsmål"   eller   npm run ask -- --json < spørsmål.txt',
  cliScore: (score: number) => `Treffsikkerhet: ${score.toFixed(2)}`,
  evalAnswered: (ok: number, total: number) => `Besvart med riktig opplysning og kilde: ${ok}/${total}`,
  evalDeclined: (ok: number, total: number) => `Avslått blant spørsmål uten svar: ${ok}/${total}`,
  evalFailure: (id: string, question: string, why: string) => `  ${id}: ${question} – ${why}`,
  evalWhyDeclined: 'avslått',
  evalWhyMissingFact: (answer: string) => `svaret mangler forventet opplysning: ${answer}`,
  evalWhyNoSource: 'svaret mangler kilde',
  evalWhyAnswered: (answer: string) => `skulle vært avslått, men svarte: ${answer}`,
  evalBelowTarget: 'Under målet (≥ 95 % besvart, ≥ 90 % avslått).',
  evalOnTarget: 'Målet er nådd.',
  fileInvalid: (file: string, field: string, problem: string) => `${file}: feltet ${field}: ${problem}`,
  fileNotJson: 'ugyldig JSON',
  duplicateId: (id: string, earlierFile: string) => `id «${id}» finnes allerede i ${earlierFile}`,
  unknownId: (id: string) => `ukjent id «${id}»`,
  dirMissing: (dir: string) => `GUIDELINES_DIR: finner ikke mappen ${dir}`,
  builtIn: 'de innebygde kunnskapsfilene',
  // The answer card and the bot's side of asking, voting and escalating.
  card: {
    answeredTitle: 'Svar fra retningslinjene',
    localTitle: 'Svar fra nettverkslederen',
    declinedTitle: 'Ikke dekket av dokumentene',
    clarifyTitle: 'Hvilken mener du?',
    ownDataTitle: 'Det finner du med en kommando',
    resultTitle: (topic: string) => topic,
    question: (q: string) => `Spørsmål: ${q}`,
    olderLabel: 'Tidligere regel',
    newerLabel: 'Gjelder nå',
    // What a Statsforvalter once prioritised was never a rule; calling it one would tell a member it bound them.
    practiceLabel: 'Eldre praksis',
    /** The label before an answer's note, by what the note is. */
    noteLabel: (kind?: 'older' | 'newer' | 'practice') =>
      kind === 'newer'
        ? guidelinesText.card.newerLabel
        : kind === 'practice'
          ? guidelinesText.card.practiceLabel
          : guidelinesText.card.olderLabel,
    useful: 'Nyttig',
    notUseful: 'Ikke nyttig',
    askLeader: 'Spør nettverkslederen',
    chooseNetwork: 'Hvilket nettverk skal spørsmålet gå til?',
    send: 'Send spørsmålet',
    /** Said before the asker in a personal chat chooses (N17): who will see the question and the name. */
    waysExplained:
      'Du velger hvem som ser spørsmålet. Privat: det går bare til nettverkslederne, i personlig chat, og svaret kommer til deg her. I kanalen: alle i nettverket ser spørsmålet og navnet ditt, og svaret kommer i kanalen.',
    sendPrivately: 'Send privat til lederne',
    sendInChannel: 'Send i kanalen, med navnet ditt',
    noNetworkHint:
      'Vil du spørre nettverkslederen? Still spørsmålet i nettverkets kanal, så kan jeg sende det videre derfra.',
    didYouMean: 'Mente du …?',
    localSourceTitle: (network: string) => `Svar fra nettverkslederen i ${network}`,
    localSourceSection: (leader: string, date: string) => `Lagret av ${leader} ${date}`,
  },
  escalation: {
    title: 'Spørsmål til nettverkslederen',
    askedBy: (name: string) => `Spurt av ${name}`,
    mentionLine: (names: string[]) =>
      `${names.map((n) => `@${n}`).join(' ')} – et spørsmål som retningslinjene ikke svarer på.`,
    noLeaderLine: `Et spørsmål som retningslinjene ikke svarer på. Nettverket har ingen leder nå, så ingen blir varslet. ${rolesText.claimHow}`,
    summary: 'Nytt spørsmål til nettverkslederen',
    saveAnswer: 'Lagre svar',
    changeAnswer: 'Endre svar',
    answerLabel: 'Svar (lagres for nettverket og brukes når noen spør om det samme senere)',
    answerError: 'Skriv et svar på minst 10 tegn.',
    confirm: 'Lagre',
    answered: (leader: string, date: string) => `Svar lagret av ${leader} ${date}.`,
    sent: (network: string) => `Spørsmålet er sendt til nettverkslederen i ${network}. Svaret kommer i kanalen.`,
    sentPrivately: (network: string) =>
      `Spørsmålet er sendt privat til lederne i ${network}. Det vises ikke i kanalen, og svaret kommer til deg her i personlig chat.`,
    /** Above the card a leader gets in personal chat when a member asked privately. */
    privateLine: (network: string, asker: string) =>
      `Et spørsmål til lederne i ${network}, sendt privat: det vises ikke i kanalen. Svaret du lagrer går privat til ${asker}.`,
    privateNote: 'Sendt privat til lederne. Svaret går bare til den som spurte.',
    privateFailed:
      'Jeg nådde ingen av lederne i personlig chat akkurat nå. Prøv igjen om litt, eller send spørsmålet i kanalen.',
    alreadySent: 'Spørsmålet er allerede sendt til nettverkslederen.',
    notYourNetwork: 'Du kan bare sende spørsmål til et nettverk du er med i.',
    noNetwork:
      'Jeg vet ikke hvilket nettverk du hører til. Still spørsmålet i nettverkets kanal, så kan jeg sende det videre til nettverkslederen derfra.',
    notFound: 'Fant ikke spørsmålet. Det kan være slettet, eller kortet hører til et annet nettverk.',
    leaderWhat: 'lagre svar på spørsmål',
    saved: 'Svaret er lagret. Senere spørsmål om det samme i dette nettverket får dette svaret.',
    answerForYou: (network: string) => `Nettverkslederen i ${network} har svart på spørsmålet ditt.`,
    failed: 'Jeg fikk ikke lagt spørsmålet ut i kanalen akkurat nå. Prøv igjen om litt.',
    /** A click whose card carries no reference that opens: altered, or a card from before references. */
    staleCard:
      'Spørsmålet kan ikke sendes fra dette kortet. Still spørsmålet på nytt, for eksempel «Hvor mye kan vi bruke på administrasjon?», så får du et nytt svar med knappen «Spør nettverkslederen».',
  },
  feedbackThanks: 'Takk! Tilbakemeldingen er lagret.',
  feedbackUnknown:
    'Jeg kjenner ikke svaret dette kortet viser til, så tilbakemeldingen ble ikke lagret. Still spørsmålet på nytt, for eksempel «Når er fristen for rapporten til Statsforvalteren?», og trykk Nyttig eller Ikke nyttig på det nye svaret.',
  privacyRefused:
    'Meldingen ser ut til å inneholde et fødselsnummer, D-nummer eller H-nummer. Jeg lagrer eller deler den ikke. Skriv den uten personopplysninger.',
  searchEmpty: 'Ingen treff i retningslinjene.',
  /** Told the asker in the escalation's thread, with an @mention: an updated card notifies nobody in Teams. */
  answerToAsker: (asker: string, leader: string, changed: boolean) =>
    `@${asker}, ${leader} har ${changed ? 'endret svaret' : 'svart'} på spørsmålet ditt:`,
  /** A member with as many unanswered questions to the leaders as one may have (each card notifies every leader). */
  escalationLimit: (max: number) =>
    `Du har allerede ${max} ubesvarte spørsmål hos nettverkslederen, og det er grensen. Lederne svarer på de åpne spørsmålene først; når ett av dem er besvart, kan du sende et nytt.`,
  /** An older document's sentence on a point the newer one does not change: still what the documents say, not an earlier rule. */
  stillSaid: (year: number, s: SourceLike, text: string) =>
    `Dokumentet fra ${year} sier også dette, og de nyere dokumentene endrer det ikke: ${text} Kilde: ${noteSource(s, text)}.`,
  /** The older document said the same as the current rule: no earlier rule to show. */
  sameBefore: (year: number, s: SourceLike) => `Det samme sto i dokumentet fra ${year} (${noteSource(s, '')}).`,
  /** Said once when a two-part question's part has no answer in the documents (the parts named). */
  partsNotCovered: (parts: string[]) =>
    `Om ${parts.map((p) => `«${p}»`).join(' og ')} finner jeg ikke noe sikkert svar i dokumentene.`,
  /** The gate, for "hvor finner jeg …": texts on the topic were found, but none says where. */
  gateDeclinedWhere: 'Jeg fant tekster om dette, men ingen som sier hvor det finnes. Jeg vil ikke gjette.',
  /** The same point's rule for the other kind of network, after the answer, when the question named neither kind. */
  otherKindToo: (s: SourceLike, text: string) => `${text} Kilde: ${noteSource(s, text)}.`,
} as const;
