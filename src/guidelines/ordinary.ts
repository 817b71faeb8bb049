import { oneEdit, stem } from './analyzer.ts';

// Ordinary Norwegian (bokmål and nynorsk): verbs, adverbs, adjectives and a few general nouns that say how a
// member asks, not what about. A word the documents never use weighs the most in a question, so that "ordfører"
// or "GDPR" pulls it towards a refusal; an ordinary word they happen not to use ("vite", "fantes", "meint",
// "meir") must not. Such a word, when no text holds it, weighs little and is no unknown topic. A word the
// documents do use keeps its own weight: this list only speaks for words they lack.
//
// Only general language belongs here, never a topic: no money, law, person, place or thing a question could be
// about and the documents lack (lønn, rente, GDPR, kilometer, kontor stay unknown).
const WORDS = `
  føle føler følte følt kjenne kjenner kjende
  vite veit vet visste visst vist kjenne kjenner kjente kjent kjenna tenke tenker tenkte tenkt tenkje tenkjer
  tro tror trodde trur trudde mene mener mente ment meine meiner meinte meint synes syns syntes synest
  fantes fins finst fanst fantest eksistere eksisterer eksisterte
  lurt lurte undre undrer undres forstå forstår forsto forstod forstått skjønne skjønner skjønte
  huske husker huska husket glemme glemmer glemte glømt spørje spør spurde svare svarer svarte svart
  forklare forklarer forklart forklar fortelle forteller fortalte fortalt fortel fortalde seie seier sei
  snakke snakker snakket snakka prate prater pratet prata nevne nevner nevnte nevnt nemne nemner nemnt
  prøve prøver prøvde prøvd forsøke forsøker forsøkte forsøkt ønske ønsker ønsket ønskte ønskja
  hjelpe hjelper hjalp hjulpet hjelp trenge trengte trengt treng trongt behøve behøver
  klare klarer klarte klart greie greier greidde rekke rekker rakk rukket rokke
  begynne begynner begynte begynt byrje byrjar byrja holde held heldt sette setter satte satt setje
  legge legger la lagt leggje vise viser viste syne syner synte se ser så sett sjå høre hører hørte hørt høyre
  gi gir ga gitt gje gjev gav gjeve ta tar tok tatt tek teke gjøre gjort gjorde gjere gjer gjekk
  bety betyr betydde meinast menes tenkt burde måtte måtta kunna skulla ville vilja
  endre endrer endret endra forandre forandret forandra bytte byttet bytta
  skje skjer skjedde hende hender hendte skjedd oppstå oppstår
  passe passer passet passa stemme stemmer stemte stemt gjelde gjaldt gjeld
  sjekke sjekker sjekket sjekka finne finner fant funne fann
  mer meir mest mykje mye mange fleire flere færre færrast minst mindre mindst
  ofte sjelden aldri alltid alltids nokon nokre noko ingenting alt altfor for
  straks fort raskt snøgt seint sent tidlig tidleg lenge lengre lengst nettopp akkurat allerede allereie
  igjen att nå no då sidan snart plutselig plutseleg endelig endeleg uansett iallfall ihvertfall
  begrunnelse begrunnelsen begrunnelser grunngjeving grunnen bakgrunnen
  sammenligne sammenligner sammenlignet sammenlignes sammenligning sammenligningen sammenlikne sammenliknet samanlikne samanlikna
  halv halve halvt halvparten uke uka uken veke veka sitte sitter satt sit
  derfor difor fordi sidan likevel heller dessuten forøvrig omtrent cirka ca rundt nesten nær nærmere
  rett riktig riktige rette rettare feil gal gale galt sikker sikkert sikre usikker usikkert
  vanlig vanleg vanlige vanlege vanligvis vanlegvis viktig viktige viktigste vanskelig vanskeleg vanskelige
  lett lettere enkelt grei greit greie fin fint flott dårlig dårleg dårlige stor store større størst
  liten lite lita små mindre minste gammel gamle eldre eldste ny nye nytt nyere nyeste nyare
  lang lange langt kort korte kortere høg høy høyt lav lavt lik like likt ulik ulike forskjellig forskjellige
  hel heile hele heilt delvis fullt full tom tomme klar klare klart tydelig tydeleg uklart
  ting tingen tinga tingene sak saka saken saker greie greia måte måten måtar måter slag slags type typen
  gong gonger gang gangen stund stunda stunden tid tida tiden
  egentlig eigentleg faktisk sannsynligvis kanskje visst nok ja nei jo vel liksom altså sant
  stemmer ok okei takk hei hallo heisann god dag morn
  omme forbi ferdig bildet
  miste mister mista mistet tape taper tapte tapar nærme nærmer nærmar nærmet overs
  funker funka funke virker virka virket
  an bitte bittelite bittelita kjempe kjempeliten skikkelig utrolig temmelig nokså svært
  slike slikt sånne sånt slike problem problemet problemer greit lov uproblematisk
`;

const STEMS = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(w)),
);

/** Whether a stem belongs to ordinary language, not to any topic. */
export function isOrdinaryStem(s: string): boolean {
  return STEMS.has(s);
}

const SURFACES = [...new Set(WORDS.split(/\s+/).filter(Boolean))];
const fold = (w: string) => w.replace(/ae|æ/g, 'a').replace(/oe|ø/g, 'o').replace(/aa|å/g, 'a');
// "gjør" is left out of the list above on purpose (the documents use it, and as a known word it keeps its weight), but
// typed "gjor" it is still that word.
const FOLDED = new Map([...SURFACES, 'gjør'].filter((w) => /[æøå]/.test(w)).map((w) => [fold(w), w]));

/**
 * The ordinary word a word no text holds is a typo of: typed without æ, ø, å ("gjor" for "gjør"), or, from five
 * letters on, one letter added, dropped or swapped ("egentli", "trengr"). Such a word says how a member
 * asks, like the word itself; read as an unknown topic it would weigh the most and turn the question into a refusal.
 */
export function ordinaryTypo(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3 || STEMS.has(stem(w))) return undefined;
  const folded = FOLDED.get(fold(w));
  if (folded) return folded;
  // A letter left out, added or swapped, never changed: "trakk" is a verb of its own, not "takk" mistyped.
  if (w.length < 5) return undefined;
  return (
    SURFACES.find((x) => x.length >= 5 && x.length !== w.length && x[0] === w[0] && oneEdit(w, x)) ??
    SURFACES.find((x) => x.length >= 5 && x.length === w.length && swapped(w, x))
  );
}

function swapped(a: string, b: string): boolean {
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

// "kan nettverket ha for mange med", "er det for få deltakere": too many or too few is a question about
// the number, though every word of it is a function word the index leaves out.
const TOO_MANY = /(?<![\p{L}])(?:for|altfor|så) (?:mange|få|fleire|flere|færre)(?![\p{L}])/u;

/** The text with the documents' word added for a phrase made of function words: too many or too few («antall»), the goal reached («måloppnåelse»), an idea of one's own («egeninitiert»). */
// "har vi kommet i mål", "nådde de målet": whether the goal was reached, the documents' «måloppnåelse».
const REACHED_GOAL = /(?<![\p{L}])(?:i mål|nådd? målet|nå målet|nådde målet|når målet)(?![\p{L}])/u;

// "et prosjekt vi har funnet på selv", "vår egen idé": the documents' self-initiated project («egeninitiert»).
const OWN_IDEA =
  /(?<![\p{L}])(?:funnet på selv|funne på sjølv|kommet på selv|vår egen idé|vår eigen idé|egen idé|eiga idé|eget initiativ|eige initiativ)(?![\p{L}])/u;

export function withQuantity(text: string): string {
  let out = TOO_MANY.test(text) ? `${text} antall` : text;
  if (REACHED_GOAL.test(out)) out = `${out} måloppnåelse`;
  if (OWN_IDEA.test(out)) out = `${out} egeninitiert`;
  return out;
}
