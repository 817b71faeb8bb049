import snowball from 'snowball-stemmers';

// Question words and fillers carry no topic; a match on them alone must never look like an answer.
const STOP_WORDS = new Set(
  `
  og i å det som en et er på til for av med den de at ikke har ha vi stille stiller kan skal fra om må var eller men
  så seg sin sitt sine også bli blir ble vært være hva hvem hvor hvordan hvilke hvilken hvilket hvorfor
  når dersom hvis der her denne dette disse etter før under over ved mot inn ut opp nå jo ja nei
  meg deg oss dere dem jeg du han hun hans hennes vår vårt våre deres min mitt mine din ditt dine
  man noe noen alle all alt andre annen annet hver hvert mye mange flere mer mest lite litt få
  bør burde kunne skulle ville vil får fikk gjør gjøre gjelder trenger trengs lov ok enn enda
  da dei eit ein ikkje kva kven kvar korleis kvifor kor når me dykk vere vore berre òg eg ho
  frå til ved mellom sjølv sjå slik sånn bare vel dvs osv f.eks eks
  innenfor innafor
  ca cirka omtrent
  gang ganger hos overfor angående gjennom uten per hele samme egen eget egne selv helt ganske veldig
  svært både enten heller ellers altså liksom begge hverandre kanskje gå går gikk gått
  fortsatt fremdeles framleis stadig lenger endret endra annerledes tidligere akkurat lurer egentlig snart
  ennå enno siden sidan skjedd blitt vorte eneste einaste vs slags slag greia greie greiene
  regel regelen reglene regler gjaldt
  fungere fungerer fungerte fungert skjer skje skjedde betyr bety innebærer handler dreier menes ligger
  kom kommer komme kommet spørsmål spørre spør lure fant finne finnes funnet viste vise viser sa si sier sagt
  holder holde holdt nok greit mulig fått beskjed lage laget inneholde inneholder unngå unngår ifølge iht jf
  la lagt grunn stå står
  heter het hete kalles kalt kaller navn navnet
  likevel allikevel uansett nemlig forresten liksom vanligvis egentlig virkelig
  god godt gode bra fin fint fine
  slike slikt sånne sånt ingen intet ingenting
`
    .split(/\s+/)
    .filter(Boolean),
);

const stemmer = snowball.newStemmer('norwegian');
const stemCache = new Map<string, string>();

export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Words, numbers and amounts; "200 000" and "200.000" become one token so amounts can be matched. */
export function tokenize(text: string): string[] {
  const joined = normalize(text).replace(/(\d)[\s.\u00a0](?=\d{3}\b)/g, '$1');
  return joined.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * A function word that a four-letter unknown word is one typed letter away from ("dert" → "det" or "der": either is
 * dropped the same way). Shorter words are left alone: "nav" is a name, not "av" mistyped.
 */
export function nearStopWord(word: string): string | undefined {
  if (word.length !== 4) return undefined;
  return [...STOP_WORDS].find((s) => s.length >= 2 && oneEdit(word, s));
}

/** Whether two words differ by one letter added, dropped, changed, or two neighbours swapped. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // The Snowball stemmer leaves "ledern" for "lederne" but "leder" for "ledere": agent nouns in the definite
    // plural ("barnevernslederne", "deltakerne", "søkerne") are stemmed as their indefinite plural. Adjectives
    // in -erne ("eksterne", "interne", "moderne") keep their form.
    const w =
      word.length > 6 && word.endsWith('erne') && !/(?:ekst|int|mod|kav|tav|lant|kas|fj)erne$/.test(word)
        ? `${word.slice(0, -4)}ere`
        : word;
    s = /^\d+$/.test(w) ? w : stemmer.stem(w);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/** What the index knows; compound splitting only accepts parts the corpus itself uses. */
export interface Vocabulary {
  hasWord(word: string): boolean;
  hasStem(stem: string): boolean;
}

const MIN_PART = 4;
const LINKS = ['', 's', 'e'];

// The stemmer accepts "fosterhjems" as a head; the linking letter belongs to neither part.
function bare(head: string, vocab: Vocabulary): string {
  const last = head.at(-1);
  if (last !== 's' && last !== 'e') return head;
  const without = head.slice(0, -1);
  return without.length >= MIN_PART && (vocab.hasWord(without) || vocab.hasStem(stem(without))) ? without : head;
}

/**
 * Splits a compound into parts found in the vocabulary (longest head first, one recursion level per
 * part), allowing the linking -s-/-e- that Norwegian puts between parts: fosterhjemsprosjekt → fosterhjem + prosjekt.
 */
export function splitCompound(word: string, vocab: Vocabulary, depth = 0): string[] | undefined {
  if (word.length < MIN_PART * 2 || depth > 2 || /\d/.test(word)) return undefined;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = word.slice(0, cut);
    if (!vocab.hasWord(head) && !vocab.hasStem(stem(head))) continue;
    for (const link of LINKS) {
      if (link && !word.startsWith(link, cut)) continue;
      const tail = word.slice(cut + link.length);
      if (tail.length < MIN_PART) continue;
      if (vocab.hasWord(tail) || vocab.hasStem(stem(tail))) return [bare(head, vocab), tail];
      const deeper = splitCompound(tail, vocab, depth + 1);
      if (deeper) return [bare(head, vocab), ...deeper];
    }
  }
  return undefined;
}

/** A group word in its own forms, also ending a compound («ledergruppa»); not a compound that goes on
 * («nettverkstilskuddet») nor a genitive («nettverkets andel»): those name something the group has. */
export const GROUP_WORD = '\\p{L}*(?:grupp(?:a|e|en|er|ene)|nettverk(?:et|a|ene)?|forum(?:et|a|ene)?)';

// Everyday phrases read as the one word the documents use, on both sides (questions and texts). "være med"
// is taking part ("deltakelse": the stemmer folds "delta" into "delt", shared), except in "hva skal være med i …", which asks what something contains.
const PHRASES: [RegExp, string][] = [
  // The state's child welfare service, as members name it: "statens barnevern", "det statlige barnevernet" is Bufetat.
  [
    /(?<![\p{L}])(?:statens barnevern\p{L}*|(?:det )?statlige barnevern\p{L}*|statlig barnevern\p{L}*)(?![\p{L}])/gu,
    'bufetat',
  ],
  // "kan de stille med folk", "bidra med fagfolk": lending people to a project is assistance (the documents: "bistand").
  [
    /(?<![\p{L}])(?:stille|stiller|stilte|bidra|bidrar|låne|låner) (?:ut )?med (?:noen |egne )?(?:folk|folka|personer|ressurser|fagfolk|ansatte|kompetanse)(?![\p{L}])/gu,
    'bistand',
  ],
  // "hvilke kriterier trakk informantene fram", "Øvre Romerike trekker fram at": pointing something out is how a text
  // reports, not what it is about; the verb must not tie a question to whichever text happens to use it.
  [/(?<![\p{L}])(?:trakk|trekker|trekke|trekkes|trukket) ((?:\p{L}+ ){0,3}?)(?:fram|frem)(?![\p{L}])/gu, '$1'],
  // Staying out is the other side of taking part voluntarily: "kan vi la være å delta", "stå utenfor
  // nettverket", "melde seg ut", "slippe å være med".
  [
    /(?<![\p{L}])(?:(?:la|lar|late) (?:være|vere)|slippe|slipper|droppe|dropper) å (?:delta|deltar|være med|vere med|bli med)(?![\p{L}])|(?<![\p{L}])(?:stå|står) (?:utenfor|utanfor)(?![\p{L}])|(?<![\p{L}])(?:melde|melder|meldte) (?:seg|oss|kommunen) ut(?![\p{L}])/gu,
    'frivillig deltakelse',
  ],
  // The time after a project ends, as the topic: "tiden etter at prosjektperioden er over", "tida etter prosjektslutt".
  // The documents call it further development work after the project period; "tid" and "over" must not tie it to a
  // column for dates or to moving money over. Without "tiden" ("revisor når prosjektet er over") the end only places
  // another question in time, and is left as it is.
  [
    /(?<![\p{L}])(?:tiden|tida) (?:etter (?:at )?|når )(?:selve )?(?:prosjektet|prosjektperioden|prosjektperiode|prosjekttiden|prosjekttida|perioden) (?:er |var |blir )?(?:over|slutt|ferdig|avsluttet|avslutta|gjennomført|slutter|tar slutt)(?![\p{L}])|(?<![\p{L}])(?:tiden|tida) etter (?:prosjektslutt|prosjektperioden|prosjektet|prosjektperiodens slutt)(?![\p{L}])/gu,
    'videre arbeid etter prosjektperioden',
  ],
  // "kjøpe fri en miljøterapeut", "kjøpe ut to ansatte": paying for staff time (the documents: "frikjøp").
  [/(?<![\p{L}])(?:kjøpe|kjøper|kjøpte|kjøpt|kjøpa) (?:\p{L}+ ){0,2}?(?:fri|ut)(?![\p{L}])(?! av)/gu, 'frikjøp'],
  // "må alle si seg enige i søknaden", "være enige om": all backing it (the documents: "stiller seg bak").
  [
    /(?<![\p{L}])(?:si|sier|sa|sagt) (?:seg|oss) (?:enig|enige|einig|einige)(?![\p{L}])|(?<![\p{L}])(?:være|vere|er|blir) (?:enig|enige|einig|einige)(?![\p{L}])/gu,
    'står bak',
  ],
  // Signing an application is backing it: "underskrift fra alle lederne", "må alle signere". Not "skrive under":
  // the plan template asks what to write under each heading.
  [/(?<![\p{L}])(?:underskrift\p{L}*|signatur\p{L}*|signere|signerer|signert)(?![\p{L}])/gu, 'står bak'],
  // Training for the leaders themselves is what the documents call "lederutvikling": "kurs for sjefene".
  [
    /(?<![\p{L}])(?:kurs|kursing|opplæring|skolering|trening|utvikling|coaching)(?: for| til| av)? (?:oss )?(?:ledere|lederne|leiarane|leiarar|sjefer|sjefene|sjefar|sjefane)(?![\p{L}])/gu,
    'lederutvikling',
  ],
  // A share "av potten" is a share of the grant ("hvor mye av potten kan gå til …"); the pot itself stays the total.
  [/(?<![\p{L}])(?:av|fra) (?:potten|potta|pengepotten)(?![\p{L}])/gu, 'av midlene'],
  // Everyday words for the two pots: "to kasser", "fosterhjemskassen" (the documents: "to potter", one of them for
  // foster home projects). A cash box is no word of theirs, and unread the question found nothing.
  [
    /(?<![\p{L}])(?:begge|to|de to|dei to) (?:kassene|kassane|kasser|kassar|pengekassene)(?![\p{L}])/gu,
    'begge pottene',
  ],
  [/(?<![\p{L}])fosterhjems(?:kassa|kassen|kasse)(?![\p{L}])/gu, 'potten for fosterhjemsprosjekter'],
  // "hvordan spleiset de på utgiftene", "fordeler vi kostnadene likt": splitting the costs (the documents' cost sharing).
  [
    /(?<![\p{L}])(?:delte|dele|deler|delt|fordelte|fordeler|splittet|splitta|spleiset|spleisa) (?:\p{L}+ ){0,3}?(?:regningen|regninga|regningene|kostnadene|kostnadane|utgiftene|utgiftane)(?![\p{L}])/gu,
    'kostnadsdeling',
  ],
  // "hva er prosjektene ment å styrke": what they shall do ("ment å" says no more than "skal").
  [/(?<![\p{L}])(?:er |var )?(?:ment|meint|tenkt) (?:til )?å(?![\p{L}])/gu, 'skal'],
  // "hvem har det siste ordet": who makes the final assessment.
  [/(?<![\p{L}])(?:det )?siste (?:ord|ordet)(?![\p{L}])/gu, 'endelige vurderingen'],
  // "få flere tjenester med", "få nye kommuner med": recruiting them.
  [/(?<![\p{L}])(?:få|får|fått) (?:flere|fleire|nye|andre|mange|alle) (?:\p{L}+ )?med(?![\p{L}])/gu, 'rekruttere'],
  // At the end of a question too ("kan skolen være med?"), and "ta/ha med andre, flere" (people or services,
  // never money carried over: "restmidler tas med" stays).
  [
    /(?<!(?:hva|kva) (?:må|skal|bør|kan|skal) )(?<![\p{L}])(?:være|vere|er|var|vært|vore|bli|blir|ble|ta|tar) med(?= (?:i|på|som)(?![\p{L}])|\s*(?:[?.!,;]|$))/gu,
    'deltakelse',
  ],
  [/(?<![\p{L}])(?:ta|tar|ha|har|få|får) med (?=(?:andre|flere|fleire|også|ogso)(?![\p{L}]))/gu, 'deltakelse '],
  [/(?<![\p{L}])ta del(?= i(?![\p{L}]))/gu, 'deltakelse'],
  // The stemmer folds "delta" (take part) and "delt" (shared) into one stem; the verb is read as the noun.
  [/(?<![\p{L}])(?:delta|deltar|deltek|deltok|deltatt|deltakast)(?![\p{L}])/gu, 'deltakelse'],
  // Money not spent: "ikke brukt opp pengene", "midler som ikke er brukt", "rakk ikke å bruke opp", "penger til
  // overs". A participle, "opp", or a failed attempt says so; "ikke bruke … til/på" forbids a use and is left as it is.
  [
    /(?<![\p{L}])(?:ikke|ikkje) (?:er |har |har blitt |blitt |blir |vart |fått |får |fikk |fekk |har fått )?(?:brukt|nytta)(?: opp)?(?![\p{L}])/gu,
    'ubrukte',
  ],
  [
    /(?<![\p{L}])(?:ikke|ikkje) (?:(?:rukket|rakk|rekker|rekk|klart|klarte|klarer|greidde|greier|fått|får|fekk) (?:å )?)?(?:å )?(?:bruke|bruker|brukar|nytte|nytter|nyttar|bruka)(?: \p{L}+){0,2}? opp(?![\p{L}])/gu,
    'ubrukte',
  ],
  [
    /(?<![\p{L}])(?:(?:ikke|ikkje) (?:rukket|rakk|rekker|rekk|klart|klarte|klarer|greidde|greier)|(?:rukket|rakk|rekker|rekk|klart|klarte|klarer|greidde|greier) (?:ikke|ikkje)) (?:å )?(?:bruke|nytte|bruka)(?![\p{L}])/gu,
    'ubrukte',
  ],
  [/(?<![\p{L}])til overs(?![\p{L}])/gu, 'ubrukte'],
  // "betaler ut midlene" is paying the grant out, "betale tilbake" paying unspent money back: two procedures.
  [
    /(?<![\p{L}])(?:betale|betaler|betalte|betalt|betales|betalast|betala) (?:\p{L}+ ){0,2}?ut(?![\p{L}])/gu,
    'utbetaling',
  ],
  [
    /(?<![\p{L}])(?:betale|betaler|betalte|betalt|betales|betalast|betala) (?:\p{L}+ ){0,2}?(?:tilbake|attende)(?![\p{L}])/gu,
    'tilbakebetaling',
  ],
  // "til dømes skulen", "for eksempel PPT": the example is the narrower word, the phrase itself says nothing.
  [
    /(?<![\p{L}])(?:til dømes|til dømes|for eksempel|f\.?\s?eks\.?|blant anna|blant annet|bl\.?\s?a\.)(?![\p{L}])/gu,
    ' ',
  ],
  // "vi har midler igjen", "pengar att": money left over.
  [
    /(?<=(?:midler|midlar|midlene|midlane|penger|pengar|pengene|pengane|tilskudd|tilskot)(?: \p{L}+){0,2}) (?:igjen|att)(?![\p{L}])/gu,
    ' ubrukte',
  ],
  // "kan pengene gå til …", "… som tilskuddet ikke kan gå til": money that goes to something is money used for it.
  // ("hvor mye kan gå til overhead" is already asked the documents' way.)
  [
    /(?<=(?:ikke|ikkje|midlene|midlane|pengene|pengane|tilskuddet|tilskotet|stimuleringsmidlene)) (?:gå|går|gikk|gått) til(?![\p{L}])/gu,
    ' brukes til',
  ],
  // "er det slutt på at …", "har det skjedd noe med …" ask whether a rule still holds (see asksCurrentRule), not about endings.
  [/(?<![\p{L}])slutt på(?: at)?(?![\p{L}])/gu, ' '],
  [/(?<![\p{L}])skjedd (?:noe|noko|noen|nokon) (?:nytt )?med(?![\p{L}])/gu, ' '],
  [/(?<![\p{L}])(?:henger|henge|ligger|ligge|kommet|kommer) etter(?![\p{L}])/gu, 'forsinket'],
  [/(?<![\p{L}])(?:stoppe|stoppet|stoppa|stopper|stå|står|stått) (?:opp|stille)(?![\p{L}])/gu, 'forsinket'],
  // "hvem sitter på pengesekken / pengene": who manages the grant (the documents: "forvalter midlene"). Only asked of
  // «hvem»: «kan nettverket sitte på tilskuddet til våren» is the network keeping what it got, which read as managing drew the
  // Statsforvalter's rule; that is keeping the money (a weak hit for carrying it over, see BROADER).
  [
    /(?<=(?<![\p{L}])(?:hvem|kven)(?: (?:er det|var det) som| som)? )(?:sitter|sitte|sit|satt) på (?:penge\p{L}*|midl\p{L}*|kassa\p{L}*|potten)(?![\p{L}])/gu,
    'forvalter midlene',
  ],
  [
    /(?<![\p{L}])(?:sitter|sitte|sit|satt) på (?=(?:penge\p{L}*|midl\p{L}*|tilskudd\p{L}*|resten)(?![\p{L}]))/gu,
    'beholde ',
  ],
  // Everyday phrases for the documents' words: "lære opp de ansatte" is training, "faller bort" a scheme that ends,
  // "hva skal prosjektet handle om" its theme, "hvem deler ut pengene" who allocates them.
  [/(?<![\p{L}])(?:lære|lærer|lærte|lært|læra|trene|trener|trente) (?:\p{L}+ ){0,2}?opp(?![\p{L}])/gu, 'opplæring'],
  [/(?<![\p{L}])(?:faller|falle|falt|fell|fall) bort(?![\p{L}])/gu, 'bortfaller'],
  [/(?<![\p{L}])(?:skal|bør|kan|må|skulle) (?:\p{L}+ )?(?:handle|dreie seg|dreia seg) om(?![\p{L}])/gu, 'tema'],
  [/(?<![\p{L}])(?:deler|dele|delte|delt|deles) ut(?![\p{L}])/gu, 'tildeler'],
  // "hva gikk ikke så bra", "hva fungerte dårlig": what was learnt, as the documents' "Hva lærte vi" puts it.
  [
    /(?<![\p{L}])(?:gikk|gjekk|har gått|fungerte|funket|funka) (?:(?:ikke|ikkje) (?:så |særlig |spesielt )?(?:bra|godt|greit)|dårlig|dårleg|galt|gale)(?![\p{L}])/gu,
    'lærte',
  ],
  // "hva skal til for at et nettverk funker bra", "når fungerer et nettverk godt": what makes it succeed, which the
  // documents call success criteria ("lykkes"). Present and future only: "hva fungerte bra" asks a network's own record.
  [
    /(?<![\p{L}])(?:fungerer|fungere|funker|funke) (?:veldig |riktig |skikkelig )?(?:bra|godt|greit)(?![\p{L}])/gu,
    'lykkes',
  ],
  // So does what makes it work at all, «hva gjør at et slikt samarbeid fungerer», «få nettverket til å funke».
  [
    /(?<=(?<![\p{L}])(?:gjør|gjer|skal til for|trengs for|må til for|viktig for)(?: til)? at(?: [\p{L}-]+){1,6} )(?:funker|fungerer)(?![\p{L}])/gu,
    'lykkes',
  ],
  [/(?<=(?<![\p{L}])(?:få|får)(?: [\p{L}-]+){1,5} )til å (?:funke|fungere)(?![\p{L}])/gu, 'lykkes'],
  // «fra statens side», «på statlig nivå»: a frame for who acts; the acts asked («deler ut», «passer på») name which body.
  [/(?<![\p{L}])(?:på|fra) (?:statlig|statens|det statlige) (?:side|nivå|hold)(?![\p{L}])/gu, ' '],
  // "hva gjør SF for å få med kommuner som ikke er med": recruiting them, as the documents put it.
  [
    /(?<![\p{L}])(?:få|får|fikk|fått) (?:med|inn) (?:seg )?(?=(?:flere |nye |andre |fleire )?(?:kommuner|kommunar|kommunene|kommunane|tjenester|tenester|deltakere|deltakarar)(?![\p{L}]))/gu,
    'rekruttere ',
  ],
  // "en gruppe for barnevernsjefer": a group of leaders is a leader network, not the group counselling the documents
  // also name ("gruppeveiledning").
  [
    /(?<![\p{L}])(?:gruppe|gruppa|gruppen|grupper|gruppene) (?=(?:for|av|med) (?:\p{L}+ )?(?:barnevern\p{L}*(?:leder|leiar|sjef)\p{L}*|ledere|leiarar|sjefer|sjefar)(?![\p{L}]))/gu,
    'nettverk ',
  ],
  // "hva ble satt lavere", "hva ble vektet lavere": what lost out in a ranking, in everyday words ("nedprioritert").
  // «satt» only in the passive: «kan vi sette egenandelen lavere» sets an amount, it ranks nothing (review).
  [
    /(?<![\p{L}])(?:(?:ble|blei|vart|var|er|blitt|bli) (?:satt|sett)|vektet|vekta|vektes|rangert|rangerte|prioritert|prioritertes) (?:\p{L}+ )?(?:lavere|lågare|lenger ned|nederst)(?![\p{L}])/gu,
    'nedprioritert',
  ],
  // "… og hvem bør i så fall sitte i den": the condition only leans on the part before; «fall» is no topic.
  [/(?<![\p{L}])(?:i så fall|i så tilfelle|i tilfelle|isåfall|i det tilfellet)(?![\p{L}])/gu, ' '],
  // "hva ble prioritert ned": what lost out ("nedprioritert").
  [/(?<![\p{L}])(?:prioritert|prioriterte|prioriteres|prioritere) ned(?![\p{L}])/gu, 'nedprioritert'],
  // "hva ble det satset mindre på", "la de mindre vekt på": what lost out, in everyday words.
  [
    /(?<![\p{L}])(?:(?:satset|satse|satsa|satses|satsar) (?:\p{L}+ ){0,2}?mindre|(?:la|legger|lagt|legge) (?:\p{L}+ ){0,2}?mindre vekt|mindre vekt) på(?![\p{L}])/gu,
    'nedprioritert',
  ],
  // "hvem gir oss pengene", "hvem gav nettverket midlene": who allocates them.
  [
    /(?<![\p{L}])(?:gir|gi|ga|gav|gjev|gitt) (?:(?:oss|dere|dykk|nettverket|nettverkene|kommunene|kommunane) )?(?=(?:pengene|pengane|midlene|midlane|tilskuddet|tilskotet|stimuleringsmidlene)(?![\p{L}])(?! (?:tilbake|attende)))/gu,
    'tildeler ',
  ],
  // "hvem bestemmer hvor mye hvert prosjekt får", "kven avgjer kor store beløp nettverka får tildelt": who sets each
  // one's share is who prioritises and distributes the money, with any limit per project (the documents' words).
  [
    /(?<![\p{L}])(?:bestemmer|bestemme|bestemte|avgjør|avgjøre|avgjer|avgjorde|fastsetter|fastsette|fastset|beslutter|styrer|setter|set) (?:hvor|kor) (?:mye|mykje|store|stort|høye|høgt|høyt) (?:(?:beløp|beløpet|beløpa|tilskudd|tilskot|sum|summer|penger|pengar|midler|midlar) )?(?:\p{L}+ ){0,3}?(?:får|fikk|fekk|skal få|kan få|tildeles|blir tildelt|vert tildelt|får tildelt|fikk tildelt)(?![\p{L}])(?: tildelt)?/gu,
    'prioriterer og fordeler midlene og beløpsgrense',
  ],
  // Deciding which networks or projects get money is the Statsforvalter's handling of the applications and allocation;
  // read word by word, «bestemmer» met the services that «selv velger tema» and the money word the scheme's outline.
  // The words stay (added to, not replaced), so the texts that hold them keep their terms.
  [
    /(?<![\p{L}])(?:bestemmer|bestemme|bestemte|avgjør|avgjøre|avgjer|avgjorde|beslutter|velger|vel|plukker) (?:hvem|kven|hvilke|hvilket|hvilken|kva for(?: nokre| eit| ein)?)(?: \p{L}+){0,2}? (?:som |som skal |som kan )?(?:får|fikk|fekk|skal få|kan få|tildeles|blir tildelt|vert tildelt)(?= (?:midler|midlar|midlene|midlane|penger|pengar|pengene|tilskudd|tilskot|tilskuddet|stimuleringsmidler|stimuleringsmidlar|stimuleringsmidlene|støtte)(?![\p{L}]))/gu,
    '$& behandler søknadene og prioriterer og fordeler',
  ],
  // "noen bestemte personer", "nokon visse folk": «bestemte» here is «particular», not the verb; read as the verb it
  // drew the sentence where the municipality «bestemmer selv» instead of the one on whom each sends.
  [/(?<![\p{L}])(?:noen|nokon|nokre|visse|helt) (?:bestemte|bestemt|spesielle|spesielt|særskilte)(?![\p{L}])/gu, ' '],
  // "vi sitter igjen med 45 000", "står igjen med": money left over.
  [/(?<![\p{L}])(?:sitter|sitte|satt|sit|står|stod|sto) igjen med(?![\p{L}])/gu, 'ubrukte'],
  // "det står igjen 120 000", "det er 30 000 igjen": money left over, the figure before or after.
  [/(?<![\p{L}])(?:står|stod|sto|ligger|er) igjen(?= (?:\d|av|kr|fra|på)| *[?.!,]|$)/gu, 'ubrukte'],
  // "vi har 80 000 igjen", "har igjen 30 000": a sum left over; the figure itself is taken out before this reads the
  // question, so «har igjen» stands alone. Not «har igjen for» (what one gains). «igjen» is also «again» («vi har
  // igjen fått avslag», «fikk igjen svar»): left over only at a sentence's end, by a figure, a money word or the
  // year's end, and never before a participle.
  [
    /(?<![\p{L}])(?:har|hadde|har fått|fikk) (?:kr |kroner )?(?:igjen|att)(?![\p{L}])(?! for)(?!\s+(?!ubrukt|omtrent|totalt)\p{L}{3,}(?:et|t|dd)(?![\p{L}]))(?=\s*(?:(?:omtrent|cirka|ca\.?|rundt|nesten|om lag)\s+)?(?:[?.!,;:]|$|\d)|\s+(?:kr|kroner|penger|pengar|midler|midlar|noe|noko|av|til overs|ubrukt\p{L}*)(?![\p{L}])|(?:\s+\p{L}+){0,4}?\s+(?:året|årsskiftet|nyttår|desember|utgangen|slutten|prosjektslutt)(?![\p{L}]))|(?<=(?:penge|pengane|midl|kr|kroner|noe|noko)\p{L}*\s+(?:\p{L}+\s+){0,3})(?:har|hadde|har fått|fikk) (?:igjen|att)(?![\p{L}])(?! for)(?!\s+(?!ubrukt|omtrent|totalt)\p{L}{3,}(?:et|t|dd)(?![\p{L}]))/gu,
    'har ubrukte',
  ],
  // "er pengene tapt", "mister vi dem": whether they must go back. Only the money already named («dem», «pengene»):
  // «mister vi tilskuddet» may ask about a grant withdrawn for another reason.
  [
    /(?<![\p{L}])(?:er|blir) (?:de|dei|pengene|pengane|midlene|midlane|dem) tapt(?![\p{L}])|(?<![\p{L}])(?:mister|miste|mistar|misse|taper|tape|tapar) (?:vi|me|nettverket|dere|dykk) (?:de|dei|dem|pengene|pengane|midlene|midlane|resten)(?![\p{L}])/gu,
    'tilbakebetaling',
  ],
  // "når vi kommer til desember 2024", "mot slutten av desember": the end of the year, as the documents write
  // «innen utgangen av 2024» (the year itself is read apart). Not «i desember 2024», which may date an event.
  [
    /(?<![\p{L}])(?:når (?:vi |me )?(?:kommer|kjem|kom|nærmer oss|nærmar oss) (?:til |fram til )?|mot |ved |innen |utpå |(?:i |mot |ved )?(?:slutten|utgangen) av )desember(?![\p{L}])/gu,
    'ved utgangen av året',
  ],
  // "det ser ut som vi …", "det ser ut til at": a hedge on what follows, no topic.
  [/(?<![\p{L}])det (?:ser|såg|ser) ut (?:som|til at)(?![\p{L}])/gu, ''],
  // "pengene vi har igjen", "det som er igjen av midlene": money left over.
  [/(?<![\p{L}])(?:er|var|blir|ble|har|ligger) igjen av(?![\p{L}])/gu, 'ubrukte av'],
  // "gi pengene tilbake", "sende midlene tilbake": paying them back.
  [
    /(?<![\p{L}])(?:gi|gir|ga|gitt|levere|leverer|levert|sende|sender|sendt|føre|fører|ført) (?:(?:pengene|pengane|midlene|midlane|resten|restmidlene|restbeløpet|tilskuddet|tilskotet) )tilbake(?![\p{L}])/gu,
    'tilbakebetaling',
  ],
  // "sette ned en styringsgruppe", "få i gang et nettverk": what the documents call establishing it.
  [/(?<![\p{L}])(?:sette|setter|satt|sett|settes) ned(?![\p{L}])/gu, 'etablere'],
  // "er vi nødt til å …", "er kommunen pliktig til å …" (nynorsk «nøydd», read as «nødt»): whether something is required.
  [/(?<![\p{L}])(?:nødt|pliktig|pliktige|forpliktet|forplikta|tvunget|tvungne)(?: til| å)?(?![\p{L}])/gu, 'krav'],
  // "ta med barnehagen i prosjektet", "trekke inn skolen": involving a service or a person (not money carried over).
  [
    /(?<![\p{L}])(?:ta|tar|tatt|trekke|trekker|trakk|trukket|dra|drar) (?:med|inn) (?!(?:penger|pengene|pengane|midler|midlene|midlane|restmidl\p{L}*|resten|tilskudd\p{L}*)(?![\p{L}]))(?=\p{L}+(?: \p{L}+)? (?:i|på|inn i)(?![\p{L}]))/gu,
    'deltakelse ',
  ],
  // "hvem passer på at pengene brukes riktig", "sjekker at …": seeing to it (the documents: "passe på at").
  [/(?<![\p{L}])(?:passe|passer|passet|passa) på(?= at(?![\p{L}]))/gu, 'påse'],
  // "er det for mange", "blir vi for få": a question about the number.
  [/(?<![\p{L}])for (?:mange|få|mye|lite)(?= *[?.!,]|$)/gu, 'antall'],
  // "hva kan gå galt": the documents' hindrances and risks.
  [/(?<![\p{L}])(?:gå|går|gikk|gått) (?:galt|gale|skeis|på trynet)(?![\p{L}])/gu, 'hindringer'],
  // "når må rapporten være inne": handed in.
  [/(?<![\p{L}])(?:være|vere|er|komme|kommet) inne(?![\p{L}])/gu, 'levert'],
  // "trenger vi en styringsgruppe", "trenger prosjektet et kunnskapsmiljø": whether one is required.
  [
    /(?<![\p{L}])(?:trenger|treng|trengte) (?:vi|me|man|ein|en|nettverket|prosjektet|kommunen|kommunene|dere|dykk) (?=(?:en|et|ei|ein|eit|noen|nokon|noe|noko) \p{L})/gu,
    'krav ',
  ],
  // "må nettverket ha en koordinator", "trenger vi å ha styringsgruppe": whether something is required.
  [
    /(?<![\p{L}])(?:må|trenger|treng|skal) (?:vi|me|man|ein|en|nettverket|prosjektet|kommunen|kommunene|dere|dykk) (?:å )?ha(?![\p{L}])/gu,
    'krav',
  ],
  // "hva teller som overhead", "vert rekna som": the documents' own "regnes som"; «teller»/«tel» alone is a counter.
  // ("hva telles egentlig som": an adverb in between says nothing.)
  [
    /(?<![\p{L}])(?:teller|telles|tel|tels|telst|tellast|(?:blir|ble|blei|vert|vart|er|var) (?:regnet|regna|rekna|reknet)|regnes|reknes|reknast|rekna) (?:egentlig |eigentleg |egentleg |da |då |nå |no )?(?:med )?som(?![\p{L}])/gu,
    'regnes som',
  ],
  // "hvilke typer lønnskostnader", "slags reiseutgifter": the kind of a compound cost is its first part, the wages
  // themselves; «kostnader» alone weighs the whole use of the money and «lønnskostnader» matches no text of its own.
  [
    /(?<![\p{L}])(?:typer|type|typar|slags|slag|sorts|sorter|former for) (\p{L}{3,}?)s?(?:kostnader|kostnadene|kostnaden|kostnad|utgifter|utgiftene|utgift|kostnadar|kostnadane|utgifta)(?![\p{L}])/gu,
    '$1',
  ],
  // Costs "godtas", "godkjennes", "er greit", "er lov": what the money can cover (the documents: «kan dekke»). Only
  // after a cost ("hvilke utgifter godkjennes") or before one ("hva godtas av kostnader"); «godkjennes av
  // Statsforvalteren» names who approves, and a budget or an application approved is no cost.
  [
    /(?<=(?:kostnad|utgift|lønn|løn|overhead|honorar|utlegg)\p{L}*(?: \p{L}+){0,3}) (?:kan |skal |vil |må )?(?:godtas|godtes|godkjennes|godkjenns|aksepteres|dekkes|godtakast|godkjennast|aksepterast|dekkast|(?:blir|vert|er) (?:godtatt|godteke|godtekne|godkjent|godkjende|akseptert|dekt|dekket)|(?:er|blir) (?:greit|greitt|lov|lovlig|lovleg|ok|innafor|innenfor))(?![\p{L}])(?! (?:av|hos) (?!\p{L}*(?:kostnad|utgift|lønn|løn)))/gu,
    ' kan dekkes',
  ],
  [
    /(?<![\p{L}])(?:godtas|godtes|godkjennes|aksepteres|godtakast|godkjennast|aksepterast|(?:blir|vert|er) (?:godtatt|godteke|godkjent|akseptert)) (?=(?:av|som) (?:\p{L}+ )?\p{L}*(?:kostnad|utgift|lønn|løn)\p{L}*)/gu,
    'kan dekkes ',
  ],
  // The documents' concepts in members' everyday words (each read as the documents' term, checked against every round):
  // the researchers who followed the scheme are the following evaluation ("forskerne som fulgte med på ordningen");
  [
    /(?<![\p{L}])(?:forskerne|forskere|forskarane|forskarar|forskningen|forskinga|evaluatorene|evaluatorane) (?:som |der )?(?:har |hadde )?(?:fulgte|fulgt|følger|følgde|fylgde|fylgjer|har fulgt) (?:med )?(?:på )?/gu,
    'følgeevalueringen ',
  ],
  // and so are those who studied it and what they found, «folk som har studert ordningen», «ifølge forskerne», «forskningen».
  [
    /(?<![\p{L}])(?:de|dei|folk|forskere|forskerne|forskarar|forskarane) som har (?:forsket|forska|studert|undersøkt|evaluert)(?: på| i)? (?:det|dette|dem|dei|ordningen|ordninga|tiltaket|nettverkene|nettverka|samarbeidet)(?![\p{L}])/gu,
    'følgeevalueringen',
  ],
  [
    /(?<![\p{L}])(?:(?:ifølge|i følge|etter) (?:forskerne|forskarane|forskning)|forskningen|forskinga)(?![\p{L}])/gu,
    'følgeevalueringen',
  ],
  // the papers one fills in to apply are the application form ("papirene vi skal fylle ut");
  [
    /(?<![\p{L}])(?:papir|papirer|papirene|papira|ark|arkene|dokumenter|dokumentene) (?:som )?(?:vi|me|man|en|ein|dere|de|kommunen|nettverket) (?:skal|må|bør|kan|trenger å) (?:fylle|fylla) ut(?![\p{L}])/gu,
    'skjema',
  ],
  // people leaving the service is the template's hindrance "nøkkelpersoner slutter" ("folk slutter", "ansatte går av").
  // The subject is a word for staff (a possessive may follow), never «flere/noen» or a free word, and «reiser» is
  // left out: «flere reiser», «ansatte reiser på samling» are trips, a cost question.
  [
    /(?<![\p{L}])(?:folk|folka|ansatte|de ansatte|kolleger|kollegaer|kollegene|medarbeidere|medarbeiderne|nøkkelfolk)(?: (?:våre|mine|dine|deres|sine|våres))? (?:slutter|sluttar|sluttet|slutta|går av|gjekk av|gikk av|forsvinner|blir borte)(?![\p{L}])/gu,
    'nøkkelpersoner slutter',
  ],
  // a busy office is the template's "høyt arbeidspress" ("det koker på kontoret", "for mye å gjøre");
  [
    /(?<![\p{L}])det (?:koker|kokar|kokte)(?: (?:på|i) (?:kontoret|jobben|tjenesten|tenesta|avdelingen))?(?![\p{L}])|(?<![\p{L}])(?:for |veldig |altfor )?(?:mye|mykje|masse) å (?:gjøre|gjere|henge fingrene i)(?![\p{L}])|(?<![\p{L}])(?:travle|travel|hektiske|hektisk) (?:tider|periode|perioder|hverdag|kvardag)(?![\p{L}])/gu,
    'høyt arbeidspress',
  ],
  // "hva er lurt/viktig å tenke på" asks for advice as "hva bør en tenke på" does; «lurt», «viktig» are no topic, and
  // read as words they tied the question to a text that happens to say «det er lurt å …».
  [
    /(?<![\p{L}])(hva|kva) er (?:det )?(?:mest )?(?:lurt|lurest|lurast|viktig|viktigst|viktigast|klokt|fornuftig) å(?![\p{L}])/gu,
    '$1 bør en',
  ],
  // "hvor stor bør gruppa være": a group's size is the number taking part («stor» alone drew texts on large sums).
  [
    new RegExp(
      `(?<![\\p{L}])hvor (?:stor|stort) (?=(?:bør|skal|kan|må|er|blir) (?:(?:en|et|ei|den|det) )?${GROUP_WORD}(?![\\p{L}])(?! (?:sin|sitt|si|sine)(?![\\p{L}])))`,
      'gu',
    ),
    'hvor mange deltakere ',
  ],
  // a project made "en fast ordning" or "et fast tilbud" went over to ordinary running ("ordinært"). Only where
  // something becomes or is made permanent (ble/blir/gjort til … , videreført som, over i): «må vi ha et fast
  // tilbud om veiledning» asks about a duty, not about a project's end.
  [
    /(?<=(?<![\p{L}])(?:ble|blir|bli|blitt|vart|vert|blei|gjort til|gjøre til|gjøres til|gjorde til|gjort om til|gjere til|videreført som|videreføre som|vidareført som|over i|over til)(?: [\p{L}-]+){0,6} )(?:en |et |ei |eit )?(?:fast|permanent|varig) (?:ordning|ordninga|ordningen|tilbud|tilbod|drift)(?![\p{L}])/gu,
    'ordinært',
  ],
];
// Every indexed text passes here twice (vocabulary, then terms) and each question several times.
const phraseCache = new Map<string, string>();
const PHRASE_HINT =
  /grupp|fall|tilfell|lavere|lågare|nederst|fung|funk|med|del|ikk|tapt|overs|etter|opp|stille|slutt|igjen|att|til|betal|eks|blant|bl|ha|sit|satt|bort|om|ut|nødt|plikt|forplikt|tvung|ned|gi|ga|gj|treng|inn|på|gal|skeis|tryn|mang|lite|mye|få|fri|enig|einig|ord|ment|meint|tenkt|sign|under|kurs|trening|skoler|coach|pott|stat|trakk|trekk|trukket|bidra|låne|dårl|tel|regn|rekn|godt|godk|godte|aksept|dekk|greit|lov|typ|slag|sort|form|mist|tap|desember|ser|bestem|avgj|fastset|beslutt|styr|set|forsk|evalu|papir|ark|dokument|folk|kolleg|medarbeid|kok|travl|travel|hektisk|fast|permanent|varig|lur|vikti|klokt|fornuft|stor/u;
export function phrases(text: string): string {
  if (!PHRASE_HINT.test(text)) return text;
  let out = phraseCache.get(text);
  if (out === undefined) {
    out = text;
    for (const [re, to] of PHRASES) out = out.replace(re, to);
    if (phraseCache.size > 2000) phraseCache.clear();
    phraseCache.set(text, out);
  }
  return out;
}

/** Stems of the content words, without compound parts: the first pass that builds the vocabulary. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of tokenize(phrases(normalize(text)))) if (!isStopWord(word)) out.push(stem(word));
  return out;
}

/**
 * What kind of answer a question wants, from its question words. Those words are stop words (they say
 * nothing about the topic), yet "Hvor mye kan vi søke om?", "Hvem kan søke?" and "Når må vi søke?" ask
 * for an amount, an actor and a time. Ranking uses this to prefer an entry asked the same way; it never
 * decides on its own whether a question is answered.
 */
export type Intent = 'amount' | 'count' | 'who' | 'when' | 'contents' | 'role';

// "Hva gjør Bufetat?" (not "hva gjør vi …"), "hvilke oppgaver har Statsforvalteren", "hva er kommunens ansvar": an actor's role.
// So is "hva skal styringsgruppa gjøre" (the verb last after a modal), which asks its tasks, not who sits in it.
const ROLE =
  /(?<![\p{L}])(?:(?:hva|kva) (?:gjør|gjer|driver) (?!(?:vi|jeg|eg|me|man|dere|dykk|du|det|de|dei|en|ein|vi)(?![\p{L}]))\p{L}|(?:hva|kva) (?:skal|må|bør|skulle) (?!(?:vi|jeg|eg|me|man|dere|dykk|du|det|de|dei|en|ein)(?![\p{L}]))\p{L}+(?: \p{L}+){0,3} (?:gjøre|gjere|gjera)(?![\p{L}])|rolle\p{L}*|oppgave\p{L}*|oppgåve\p{L}*|ansvar(?:et|såreal\p{L}*)?(?![\p{L}]))/u;

// "Hva skal rapporten inneholde?", "hva må være med i planen", "hva skal stå i …": what a document holds.
const CONTENTS =
  /(?<![\p{L}])(?:inneholde\p{L}*|innhold\p{L}*|(?:være|vere|stå|ta|ha) med i|stå i|skal med i|må med i)(?![\p{L}])/u;

const AMOUNT_AFTER_HOW = new Set(['mye', 'mykje', 'mykkje', 'stor', 'store', 'stort', 'høy', 'høyt', 'høg', 'høgt']);
/** Nouns that name a point in time: "hvilken dag", "hvilket tidspunkt", "hva er datoen". */
export const TIME_NOUN =
  /^(?:uke)?dag(?:en|er)?$|^dato(?:en)?$|^tidspunkt(?:et)?$|^måned(?:en)?$|^klokkeslett(?:et)?$|^uke(?:n)?$|^tid(?:en)?$/u;
const MONEY = new Set(['kroner', 'kr', 'penger', 'pengar', 'prosent']);

export function intents(text: string): Set<Intent> {
  return new Set(intentSentences(text).keys());
}

/**
 * Each kind of question a text asks, with the content stems of the sentences that ask it: "Når ble Lunner
 * med?" makes an entry a when-text about joining, not about meeting.
 */
export function intentSentences(text: string): Map<Intent, Set<string>> {
  const found = new Map<Intent, Set<string>>();
  // Sentence by sentence: "når" opens a question about time, but inside one it is a conjunction.
  for (const raw of text.normalize('NFC').split(/[.!?\n]+/)) {
    const sentence = raw.toLowerCase();
    const out = new Set<Intent>();
    sentenceIntents(sentence, out);
    if (!out.size) continue;
    // Names place the question ("Når ble Lunner med?"); the other words say what is asked about that time.
    const stems = contentStems(raw.trim().replace(/(?<=\s)\p{Lu}\p{L}*/gu, ' '));
    for (const i of out) {
      const set = found.get(i) ?? new Set<string>();
      for (const x of stems) set.add(x);
      found.set(i, set);
    }
  }
  return found;
}

function sentenceIntents(sentence: string, out: Set<Intent>): void {
  {
    if (CONTENTS.test(sentence)) out.add('contents');
    if (ROLE.test(sentence)) out.add('role');
    const w = tokenize(sentence);
    w.forEach((word, i) => {
      const next = w[i + 1] ?? '';
      if (word === 'hvem' || word === 'kven') out.add('who');
      if (word === 'hvor' || word === 'kor') {
        if (AMOUNT_AFTER_HOW.has(next)) out.add('amount');
        else if (next === 'mange') out.add(MONEY.has(w[i + 2] ?? '') ? 'amount' : 'count');
        else if (next === 'lenge') out.add('when');
      }
      if (i === 0 && (word === 'når' || (word === 'kva' && next === 'tid'))) out.add('when');
      // "hvilken ukedag …", "hvilken dato …", "hva er datoen …": a time asked with a what-word.
      if (
        (word === 'hvilken' || word === 'hvilket' || word === 'kva' || word === 'hva' || word === 'hvilke') &&
        TIME_NOUN.test(next)
      )
        out.add('when');
    });
  }
}

export interface AnalyzedTerm {
  /** The stem of the word as written. */
  stem: string;
  /** Stems of its compound parts, if it is a compound of known words. */
  parts: string[];
}

// A head that names no thing of its own in speech: an "engangsgreie" is something given once, a "pengegreie" a
// money matter. Such a compound is read as its first part. ("-ting" is left alone: "oppretting" ends so too.)
// So is a level: "kommunedirektørnivå", "ledernivået" name the people at that level, the kommunedirektør, the leaders.
const FILLER_HEAD = /^(\p{L}{4,}?)(?:greie|greia|greier|greiene|nivå|nivået|nivåer|nivåene)$/u;
export function withoutFillerHead(word: string): string {
  return FILLER_HEAD.exec(word)?.[1] ?? word;
}

// An adverb particle in front binds the word after it into another verb or noun: "tilbakebetaling" (paying back) is no
// "betaling" (paying for something), "overføring" (moving money on) no "føring" (a guideline), "utbetaling" no payment
// by the network. The particle and the word it binds are one part; "betale coaching" is not read as paying back.
// (The split may hand back the particle without its last vowel, "tilbak", as the stemmer writes it.)
const PARTICLES = new Set([
  'tilbake',
  'tilbak',
  'attende',
  'over',
  'ut',
  'inn',
  'opp',
  'ned',
  'av',
  'fram',
  'frem',
  'bort',
  'vekk',
]);
export function particleBound(parts: string[] | undefined): string[] | undefined {
  if (!parts || parts.length < 2 || !PARTICLES.has(parts[0]!)) return parts;
  const bound = [parts[0]! + parts[1]!, ...parts.slice(2)];
  return bound.length > 1 ? bound : undefined;
}

export function analyze(text: string, vocab?: Vocabulary): AnalyzedTerm[] {
  const out: AnalyzedTerm[] = [];
  for (const raw of tokenize(phrases(normalize(text)))) {
    const word = withoutFillerHead(raw);
    if (isStopWord(word) || (word.length < 2 && !/\d/.test(word))) continue;
    const parts = vocab ? (particleBound(splitCompound(word, vocab))?.map((p) => stem(p)) ?? []) : [];
    out.push({ stem: stem(word), parts: parts.filter((p) => !isStopWord(p)) });
  }
  return out;
}
