// Pure: whether a text names an individual child (month round 8, N2). A network's channel and its
// minutes go to every municipality and are about the services, never about one child; a name on its
// own is ordinary (members, speakers, leaders), so what marks a child is a name together with a sign
// that the person is a child: an age under 18, a word for a child or a child's case right before the
// name, a birth date, or a school class. One pass over the words and fixed windows around each name
// keep the cost linear in the text.

/** What made a text read as naming a child; the refusal names the kind, never the name. */
export type ChildReason = 'age' | 'child-word' | 'birth' | 'school-class';

export interface ChildMentionOptions {
  /** Names the network knows as its members (their words pass as names of adults). */
  known?: readonly string[];
  /** The year "now" for reading a birth year as a minor's; without it any birth date beside a name counts. */
  year?: number;
}

type Kind = 'word' | 'num' | 'punct';
interface Token {
  text: string;
  lower: string;
  kind: Kind;
  /** A line break (or the start of the text) comes before this token. */
  lineStart: boolean;
  /** Where it starts in the text. */
  index: number;
  /**
   * A letter, digit or underscore touches it («ZNU5Emma2Md5»), or it stands in a link or a
   * query: part of a code, a signature or an address, never a word of its own (review 2, item 6).
   */
  glued: boolean;
}

import { normaliseDigits, type Normalised } from './national-id.ts';
import { isGivenName } from './given-names.ts';

// Words, numbers (with the dots, slashes and spaces of dates and thousands kept inside), and single marks.
const TOKEN = /(\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*)|(\d+(?:[./]\d+)*)|([^\s\p{L}\p{N}])/gu;

// A run without spaces that is a link, an address or a query («https://…», «www.…», «?sig=…»).
const LINK_RUN = /\S*(?::\/\/|www\.|[=&])\S*/gu;
const GLUE = /[\p{L}\p{N}_]/u;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // The links' stretches, in order: a token inside one is glued.
  const links: [number, number][] = [];
  if (/:\/\/|www\.|[=&]/u.test(text))
    for (const m of text.matchAll(LINK_RUN)) links.push([m.index, m.index + m[0].length]);
  let link = 0;
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const gap = text.slice(last, m.index);
    const lineStart = out.length === 0 || /[\n\r\u2028\u2029]/.test(gap);
    const kind: Kind = m[1] ? 'word' : m[2] ? 'num' : 'punct';
    const end = m.index + m[0].length;
    while (link < links.length && links[link]![1] <= m.index) link++;
    const inLink = link < links.length && links[link]![0] <= m.index;
    const glued =
      inLink || (m.index > 0 && GLUE.test(text[m.index - 1]!)) || (end < text.length && GLUE.test(text[end]!));
    out.push({ text: m[0], lower: m[0].toLowerCase(), kind, lineStart, index: m.index, glued });
    last = end;
  }
  return out;
}

// A name's word: a capital and small letters (Emma, Anne-Lise, O'Neil); all capitals (NAV, BUP) is an acronym.
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u;

// Words for institutions, places and plans: a capitalised one is the name of a service, not of a person.
const INSTITUTION =
  /(?:tjeneste|tjenesten|kontor|kontoret|senter|senteret|etat|etaten|direktorat|direktoratet|forvalter|forvalteren|forvalterens|ombud|ombudet|prosjekt|prosjektet|nettverk|nettverket|kommune|kommunen|kommunes|skole|skolen|barnehage|barnehagen|hjem|hjemmet|fylke|fylket|departement|departementet|avdeling|avdelingen|enhet|enheten|gruppe|gruppen|gruppa|utvalg|utvalget|rådet|styret|tilsyn|tilsynet|vern|vernet|reform|reformen|plan|planen|modell|modellen|program|programmet|mannen|universitet|universitetet|høgskole|høgskolen|sykehus|sykehuset|data|råd|rådet|skap|skapet|styre|forum|forumet|team|teamet|undersøkelse|undersøkelsen|arbeid|arbeidet|portal|portalen|metode|metoden|satsing|satsingen|forbund|forbundet|ordning|ordningen|tiltak|tiltaket|oppvekst|konferanse|konferansen)$/u;
// A few capitalised words of the field that are neither people nor places.
const NOT_NAMES = new Set([
  'bufdir',
  'bufetat',
  'statsforvalteren',
  'statsforvalter',
  'fylkesmannen',
  'barneombudet',
  'udir',
  'helsenorge',
  'teams',
  'excel',
  'word',
  'kommunen',
  'nav',
  'ks',
  'ppt',
  'bup',
]);
// After these a capitalised word is a place or a service («i Hurdal», «fra Nes», «ved Bufetat»).
const PLACE_BEFORE = new Set([
  'i',
  'på',
  'fra',
  'ved',
  'mellom',
  'rundt',
  'utenfor',
  'innen',
  'over',
  'nord',
  'sør',
  'øst',
  'vest',
]);
// After these a capitalised word is a place or a service («Nes kommune», «Hurdal barnevern»).
const PLACE_AFTER =
  /^(?:kommune|kommunes|kommunen|bydel|bydelen|fylke|fylkeskommune|skole|barnehage|barnevern|barneverntjeneste|barneverntjenesten|barnevernstjeneste|barnevernstjenesten|sentrum|sykehus)$/u;
// Marks that end a sentence or open a line, a list item or a quotation: the next capital is grammar, not a name.
const OPENS = new Set([
  '.',
  '!',
  '?',
  ':',
  ';',
  '•',
  '*',
  '>',
  '–',
  '—',
  '-',
  '«',
  '"',
  '“',
  '…',
  '·',
  '▪',
  '◦',
  '●',
  '|',
  '/',
]);

// Words for a child, or for a child's case or family, that are followed by the child's name.
const CHILD_BEFORE =
  /^(?:gutten|guttene|jenta|jenten|jentene|piken|barnet|barna|eleven|elevene|sønnen|sønnene|sønn|datteren|dattera|døtrene|ungdommen|ungdommene|ungen|ungene|babyen|spedbarnet|fosterbarnet|fosterbarna|fostersønnen|fosterdatteren|lillebroren|lillesøsteren|storebroren|storesøsteren|tvillingene|åringen|åringene|klassingen)$/u;
// «saken om Emma», «familien til Emma», «mor til Emma»: a case or relative word, then om/til/for/av, then the name.
const CASE_WORD =
  /^(?:saken|sakene|sak|familien|familie|mor|moren|mora|far|faren|foreldrene|foreldre|fosterforeldrene|fosterforeldre|fosterfamilien|fosterhjemmet|besteforeldrene|barnet|barna|sønnen|datteren|broren|søsteren|søsknene|søsken|tiltaket|tiltakene|vedtaket|omsorgsovertakelsen|plasseringen|flyttingen|undersøkelsen|bekymringsmeldingen|meldingen)$/u;
const CASE_LINK = new Set(['om', 'til', 'for', 'av', 'med', 'rundt', 'angående', 'vedrørende', 'ang']);
// «til» and «med» after a case word name where it goes or how it is done («sendte saken til
// Formannskapet», «tiltaket med Familieråd»); after a relative they name whose it is («mor til Leah»).
const RELATIVE =
  /^(?:familien|familie|mor|moren|mora|far|faren|foreldrene|foreldre|fosterforeldrene|fosterforeldre|fosterfamilien|fosterhjemmet|besteforeldrene|broren|søsteren|søsknene|søsken)$/u;
const RELATIVE_ONLY_LINK = new Set(['til', 'med']);
// Words before a title («Prosjekt Trygg Oppvekst», «Evaluering Trygg Oppvekst»): the capitals after them name a project, not a person.
const TITLE_BEFORE =
  /^(?:prosjekt|prosjektet|program|programmet|satsing|satsingen|satsinga|evaluering|evalueringen|kurs|kurset|konferanse|konferansen|seminar|seminaret|modell|modellen|metode|metoden|milepæl|delprosjekt|delprosjektet|pilot|piloten|tiltaket|ordningen)$/u;
// Words near a weak age sign («(8)», «6 mnd», «, 8 år») that make it a child's age («jenta», «barnet»).
const CHILD_NEAR =
  /^(?:barn|barnet|barna|gutt|gutten|jente|jenta|jenten|baby|babyen|spedbarn|spedbarnet|elev|eleven|ungdom|ungdommen|sønn|sønnen|datter|datteren|fosterbarn|fosterbarnet|gammel|gamle)$/u;
// «Emmas sak», «Emmas mor»: the possessive name followed by the case or a relative.
const AFTER_POSSESSIVE =
  /^(?:sak|saken|familie|mor|far|foreldre|fosterforeldre|fosterhjem|fosterfamilie|skole|klasse|barnehage|lærer|kontaktlærer|søsken|bror|søster|tiltak|plassering|omsorgsovertakelse)$/u;
// Words after a name that say it is a child («Emma, jenta på 8»).
const CHILD_AFTER = /^(?:gutten|jenta|jenten|barnet|eleven|sønnen|datteren|ungdommen|babyen|fosterbarnet)$/u;

// «år» also as it is typed without «å» (attack round 8b, A2): «aar», «ar», «a».
const AGE_UNIT =
  /^(?:år|års|årig|åring|åringen|aar|aars|aarig|aaring|aaringen|ar|ars|a|mnd|md|måned|måneder|måneders|uker|ukers)$/u;
const YEAR_UNIT = /^(?:år|aar|ar|a)$/u;
// A child's age as a noun: «8-åring», «8-aaring».
const AGED = /^(?:åring|aaring)/u;
const MONTHS = /^(?:mnd|md|måned|måneder|måneders|uker|ukers)$/u;
const NUMBER_WORDS = new Map(
  [
    'null',
    'ett',
    'to',
    'tre',
    'fire',
    'fem',
    'seks',
    'sju',
    'åtte',
    'ni',
    'ti',
    'elleve',
    'tolv',
    'tretten',
    'fjorten',
    'femten',
    'seksten',
    'sytten',
  ].map((w, i) => [w, i] as const),
);
const ORDINALS = /^(?:første|andre|tredje|fjerde|femte|sjette|sjuende|syvende|åttende|niende|tiende|1ste|2dre|3dje)$/u;
const CLASS_WORD = /^(?:klasse|klassetrinn|trinn|kl|klassen|trinnet)$/u;
// Words between a name and its class: «Emma, som går i 3. klasse».
const CLASS_FILLER = new Set([
  ',',
  '(',
  'som',
  'går',
  'gikk',
  'er',
  'begynner',
  'begynte',
  'starter',
  'startet',
  'i',
  'på',
]);
const BORN = /^(?:født|f|fødd|fødselsdato|fødselsår)$/u;

/** A number 0–17 written with digits or in words; null for anything else. */
function smallNumber(t: Token | undefined): number | null {
  if (!t) return null;
  if (t.kind === 'num') return /^\d{1,2}$/.test(t.text) && Number(t.text) < 18 ? Number(t.text) : null;
  if (t.kind === 'word') return NUMBER_WORDS.get(t.lower) ?? null;
  return null;
}

function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.glued || !NAME_WORD.test(t.text)) return false;
  if (NOT_NAMES.has(t.lower) || (t.lower.endsWith('s') && NOT_NAMES.has(t.lower.slice(0, -1)))) return false;
  return !(t.lower.length > 6 && INSTITUTION.test(t.lower));
}

// A word in capitals only («SARA», «BERG», «ANNE-LISE»): a name in a text written in capitals.
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}[\p{Lu}\p{M}'’]*)*$/u;

/** A word in capitals that may be part of a name: not an acronym of the field, an institution or a small word. */
function isCapitalsWord(t: Token | undefined): boolean {
  // Most words start with a small letter: one look at it keeps clean prose at its cost.
  if (!t || t.kind !== 'word' || t.text.charCodeAt(0) === t.lower.charCodeAt(0)) return false;
  if (t.glued || !CAPITALS_WORD.test(t.text) || NOT_IN_FRAME.test(t.lower)) return false;
  if (NOT_NAMES.has(t.lower)) return false;
  return !(t.lower.length > 6 && INSTITUTION.test(t.lower));
}

/** «SARA» in «SARA BERG (9 år)»: a common given name in capitals opens a name (acronyms and titles do not). */
function isCapitalsName(t: Token | undefined): boolean {
  return isCapitalsWord(t) && isGivenName(t!.lower);
}

/**
 * Letters and marks as they are drawn (attack round 9, A1): full-width, mathematical, circled and
 * other compatibility forms of letters and brackets folded by NFKC to the plain ones («ＳＡＲＡ» is
 * read as «SARA», «𝐚𝐚𝐫» as «aar», «（» as «(»), on the text normaliseDigits gave, with the offsets
 * mapped back to the original. Latin letters with their accents and the everyday quotes and dashes
 * fold to themselves, so most text is returned as it is after one look.
 */
function foldCompatibility(norm: Normalised): Normalised {
  const src = norm.text;
  // Most text has no character NFKC changes: found without building anything.
  MAY_FOLD.lastIndex = 0;
  let changes = false;
  for (let m = MAY_FOLD.exec(src); m; m = MAY_FOLD.exec(src))
    if (m[0].normalize('NFKC') !== m[0]) {
      changes = true;
      break;
    }
  if (!changes) return norm;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let changed = false;
  for (let i = 0; i < src.length;) {
    const cp = src.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? src.slice(i, i + 2) : src[i]!;
    const folded =
      (cp >= 0x250 && (cp < 0x2010 || cp > 0x2032)) || cp === 0xaa || cp === 0xba ? ch.normalize('NFKC') : ch;
    if (folded !== ch) changed = true;
    for (let k = 0; k < folded.length; k++) {
      starts.push(norm.start(i));
      ends.push(norm.end(i + width - 1));
    }
    text += folded;
    i += width;
  }
  return changed ? { text, start: (j) => starts[j]!, end: (j) => ends[j]! } : norm;
}
// Characters NFKC may change; the everyday quotes, dashes, bullets and the ellipsis (U+2010–2032) are
// left as they are. A surrogate pair (a mathematical letter) is found by its first half.
const MAY_FOLD = /[\u00aa\u00ba\u0250-\u200f\u2033-\ud7ff\uf900-\uffff]|[\ud800-\udbff][\udc00-\udfff]/g;

/**
 * The reason `text` reads as naming an individual child, or null. A name is one or two capitalised
 * words (a capital at the start of a sentence, after a place word, a mention or a known member's name
 * is not one); the child sign must stand right beside it.
 */
export function findChildMention(text: string, opts: ChildMentionOptions = {}): ChildReason | null {
  return childNames(text, opts, true)[0]?.reason ?? null;
}

/** Where each name of a child stands in `text` (offsets in `text` itself), with what gave it away. */
export function findChildNames(text: string, opts: ChildMentionOptions = {}): ChildName[] {
  return childNames(text, opts, false);
}

export interface ChildName {
  start: number;
  end: number;
  reason: ChildReason;
}

// Block tags end a line as they are shown; inline ones («<b>Emma</b>») do not. Both keep their length,
// so offsets in the shown text are offsets in the text.
const MENTION = /<at\b[^>]*>[^<]*<\/at>/giu;
const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre)\b[^>]*>/giu;
const TAG = /<[^>]*>/gu;
const pad = (first: string) => (m: string) => first + ' '.repeat(m.length - 1);

function childNames(text: string, opts: ChildMentionOptions, first: boolean): ChildName[] {
  // A mention (<at>Kari Nordmann</at>, @Kari Nordmann) names a member of the team.
  const shown = text.includes('<')
    ? text.replace(MENTION, pad('\uE000')).replace(BLOCK_TAG, pad('\n')).replace(TAG, pad(' '))
    : text;
  // Digits of any script read as the identity-number guard reads them («(８ år)»); offsets map back.
  // Full-width, mathematical and other compatibility letters read as the letters they draw
  // («ＳＡＲＡ ＢＥＲＧ», «𝐒𝐚𝐫𝐚», «（９ år）»): attack round 9, A1.
  const norm = foldCompatibility(normaliseDigits(shown));
  const tokens = tokenize(norm.text);
  const known = knownNames(opts.known);
  const out: ChildName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // «SARA BERG (9 år)»: in capitals only a common given name opens a name (NAV, BUP and titles do not).
    const named = isNameWord(tokens[i]);
    // «Jenta Sara har flyttet»: a child word opening the sentence is the frame, not the name's first word (review 1, H1).
    if (named && CHILD_BEFORE.test(tokens[i]!.lower)) continue;
    const caps = !named && isCapitalsName(tokens[i]);
    if ((!caps && !named) || placeBefore(tokens, i)) continue;
    // A title's capitals («Prosjekt Trygg Oppvekst (3 år)») name a project, however many there are.
    if (titleBefore(tokens, i)) {
      while (isNameWord(tokens[i + 1]) && !tokens[i + 1]!.lineStart) i++;
      continue;
    }
    // The name: this word and, when it is one, the next (a surname), or a surname's initial («Emma L.»).
    let end = i;
    const second = caps ? isCapitalsWord(tokens[i + 1]) : isNameWord(tokens[i + 1]);
    if (second && !tokens[i + 1]!.lineStart && !placeAfter(tokens, i + 1)) end = i + 1;
    else if (isInitial(tokens, i + 1)) end = i + 2;
    const reason = nameReason(tokens, i, end, known, opts.year);
    if (reason) {
      out.push(span(tokens, norm, i, end, reason));
      if (first) return out;
    }
    i = end;
  }
  // Names in any case inside the strong frames (attack round 8b, A2): without capitals a name cannot
  // be told from a word, so only a child word or a child's case right before and a child's age right
  // beside one or two words make them a name.
  const framed: ChildName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const nameless = childAgeClass(tokens, i);
    if (nameless !== null) {
      const found = span(tokens, norm, i, nameless, 'school-class');
      if (first) return [found];
      framed.push(found);
      i = nameless;
      continue;
    }
    const hit = framedName(tokens, i);
    // Every frame here puts a child's age or a child word beside the name: only a known place is let off.
    if (!hit || (knownAdult(tokens, hit[0], hit[1], known) === 'place' && !childNear(tokens, hit[0], hit[1]))) continue;
    const name = span(tokens, norm, hit[0], hit[1], 'age');
    if (first) return [name];
    framed.push(name);
  }
  return framed.length ? merged(out, framed) : out;
}

/** Two lists in text order joined in text order, a name of the second dropped where it overlaps one of the first: linear. */
function merged(a: ChildName[], b: ChildName[]): ChildName[] {
  const out: ChildName[] = [];
  let k = 0;
  for (const n of b) {
    while (k < a.length && a[k]!.end <= n.start) out.push(a[k++]!);
    const last = out[out.length - 1];
    if ((k < a.length && a[k]!.start < n.end) || (last && last.end > n.start)) continue;
    out.push(n);
  }
  while (k < a.length) out.push(a[k++]!);
  return out;
}

function span(
  tokens: Token[],
  norm: { start(i: number): number; end(i: number): number },
  s: number,
  e: number,
  reason: ChildReason,
): ChildName {
  const last = tokens[e]!;
  return { start: norm.start(tokens[s]!.index), end: norm.end(last.index + last.text.length - 1), reason };
}

/** «L.» after a first name: a surname written as its initial. */
function isInitial(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && !t.glued && !t.lineStart && /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === '.';
}

// Words that cannot stand for a name in a frame: articles, pronouns, small words, a child or a relative.
const NOT_IN_FRAME =
  /^(?:en|ei|et|den|det|de|denne|dette|disse|hans|hennes|deres|sin|sitt|sine|min|mitt|mine|din|ditt|dine|vår|vårt|våre|som|og|eller|men|i|på|om|til|for|med|av|fra|har|er|var|ble|blir|vil|skal|kan|må|nå|ny|nye|nytt|nytt|alle|begge|flere|noen|ingen|hver|barn|gutt|jente|elev|ungdom|sak|saken|saker|ca|cirka|under|over|omtrent|rundt|snart|bare|kun)$/u;

function frameWord(t: Token | undefined): boolean {
  return (
    t?.kind === 'word' &&
    !t.glued &&
    !t.lineStart &&
    !NOT_IN_FRAME.test(t.lower) &&
    !CHILD_NEAR.test(t.lower) &&
    !CHILD_BEFORE.test(t.lower) &&
    !CASE_WORD.test(t.lower) &&
    !NUMBER_WORDS.has(t.lower)
  );
}

/**
 * «saken om emma larsen (8 år)», «gutten jonas (12 år)», «eleven ali hassan, 13 år,», «jenta på 7 år,
 * sara, har …»: the one or two words (of any case) a frame opened at `i` puts a child's age beside,
 * as [first, last] token, or null.
 */
function framedName(tokens: Token[], i: number): [number, number] | null {
  const w = tokens[i]!;
  if (w.kind !== 'word' || w.glued) return null;
  const child = CHILD_BEFORE.test(w.lower);
  let opens = child;
  if (!opens && CASE_LINK.has(w.lower)) {
    const b = tokens[i - 1];
    opens = b?.kind === 'word' && (RELATIVE_ONLY_LINK.has(w.lower) ? RELATIVE.test(b.lower) : CASE_WORD.test(b.lower));
  }
  if (!opens) return aged(tokens, i) ?? agedInSmall(tokens, i);
  return openedFrame(tokens, i, child);
}

/** framedName once a child word or a case's link opened the frame at `i` (kept apart, so the per-word test stays small). */
function openedFrame(tokens: Token[], i: number, child: boolean): [number, number] | null {
  // The age after: «(8 år)» or «, 8 år,» right after one or two words.
  for (let len = 2; len >= 1; len--) {
    const e = i + len;
    let ok = true;
    for (let k = i + 1; k <= e; k++) if (!frameWord(tokens[k])) ok = false;
    if (!ok) continue;
    const mark = tokens[e + 1]?.text;
    if ((mark === '(' || mark === '[' || mark === ',') && ageAfter(tokens, e + 1) === 'strong') return [i + 1, e];
  }
  // The age before: «jenta på 7 år, sara, har …» (a child word, then its age, then the name set off).
  if (!child) return null;
  const old = aged(tokens, i);
  if (old) return old;
  let k = i + 1;
  // «jenta som er 7 år, sara …» (review 1, L6).
  if (tokens[k]?.lower === 'som' && tokens[k + 1]?.lower === 'er') k++;
  const linked = tokens[k]?.lower === 'på' || tokens[k]?.lower === 'er';
  if (linked) k++;
  // «jenta på 7 år, sara …», «gutten (9) jonas …», «gutten (9 år) jonas …», «jenta på 7 år sara …».
  let s: number;
  let comma = false;
  const open = tokens[k]?.text;
  if (open === '(' || open === '[') {
    if (smallNumber(tokens[k + 1]) === null) return null;
    let c = k + 2;
    if (tokens[c]?.kind === 'word' && AGE_UNIT.test(tokens[c]!.lower)) c++;
    if (tokens[c]?.text !== ')' && tokens[c]?.text !== ']') return null;
    s = c + 1;
  } else {
    if (smallNumber(tokens[k]) === null) return null;
    // «jenta på 7, sara har …»: after «på» or «er» the unit may be left out when a comma follows (review 1, L6).
    const unit = YEAR_UNIT.test(tokens[k + 1]?.lower ?? '') ? 1 : linked && tokens[k + 1]?.text === ',' ? 0 : -1;
    if (unit < 0) return null;
    comma = tokens[k + 1 + unit]?.text === ',';
    s = comma ? k + 2 + unit : k + 1 + unit;
  }
  for (let len = 2; len >= 1; len--) {
    const e = s + len - 1;
    let ok = true;
    for (let m = s; m <= e; m++) if (!frameWord(tokens[m])) ok = false;
    if (!ok) continue;
    // Capitals are a name as they stand; small letters when a comma closes the apposition.
    let capitals = true;
    for (let m = s; m <= e; m++) if (!isNameWord(tokens[m])) capitals = false;
    if ((capitals && (comma || open === '(' || open === '[')) || (comma && tokens[e + 1]?.text === ',')) return [s, e];
  }
  // Small letters and nothing closing: a common given name is a name, any other word is the sentence going on.
  return givenNameAt(tokens, s);
}

/** «8 år gamle emma», «8-åringen emma»: a child's age right before a common given name in small letters. */
function aged(tokens: Token[], i: number): [number, number] | null {
  const w = tokens[i]!;
  // Most words are neither: one look at the first letter keeps clean prose at its cost.
  const c = w.lower.charCodeAt(0);
  if (c !== 0x67 /* g */ && c !== 0xe5 /* å */ && c !== 0x61 /* a */) return null;
  if (w.lower === 'gamle' || w.lower === 'gammel') {
    const unit = tokens[i - 1];
    if (unit?.kind !== 'word' || !YEAR_UNIT.test(unit.lower) || smallNumber(tokens[i - 2]) === null) return null;
  } else if (/^(?:å|aa)ring(?:en|ene)?$/u.test(w.lower)) {
    const before = tokens[i - 1];
    if (smallNumber(before?.text === '-' ? tokens[i - 2] : before) === null) return null;
  } else return null;
  return givenNameAt(tokens, i + 1);
}

/** A common given name at `s` (any case), with the surname or second given name after it: [first, last] or null. */
function givenNameAt(tokens: Token[], s: number): [number, number] | null {
  const t = tokens[s];
  if (!frameWord(t) || !isGivenName(t!.lower)) return null;
  const next = tokens[s + 1];
  return frameWord(next) && (isNameWord(next) || isGivenName(next!.lower)) ? [s, s + 1] : [s, s];
}

/** «Prosjekt Trygg Oppvekst», «Evaluering Trygg Oppvekst»: the capitals are a title. */
function titleBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev?.kind === 'word' && !prev.glued && TITLE_BEFORE.test(prev.lower);
}

/** «i Hurdal», «fra Nes»: the word is a place or a service. */
function placeBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev?.kind === 'word' && PLACE_BEFORE.has(prev.lower);
}

/** «Nes kommune», «Hurdal barnevern»: the word is a place or a service. */
function placeAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.kind === 'word' && PLACE_AFTER.test(next.lower);
}

function nameReason(
  tokens: Token[],
  start: number,
  end: number,
  known: KnownNames,
  year: number | undefined,
): ChildReason | null {
  const prev = tokens[start - 1];
  if (prev?.text === '@') return null;
  if (placeAfter(tokens, end)) return null;
  // A known adult's full name or a known place is not a child's, unless a child word or an age says so (review 1, H1).
  const adult = knownAdult(tokens, start, end, known);
  if (adult === 'place' && !childNear(tokens, start, end)) return null;
  const sentenceStart =
    !prev || tokens[start]!.lineStart || (prev.kind !== 'word' && prev.kind !== 'num' && OPENS.has(prev.text));
  // «Sara (9 år) i 4A»: an age and then a class after the name, wherever it stands; a school after
  // the age only with a word for a child near («Kari Nordmann, 12 år ved Nes skole» is a teacher).
  // «Jenta (8) i 3B» has no name: childAgeClass reads it whole.
  const aged = end === start && ONE_CHILD.has(tokens[start]!.lower) ? null : ageEnd(tokens, end + 1);
  if (
    aged !== null &&
    (classEnd(tokens, aged) !== null || (schoolEnd(tokens, aged) !== null && childNear(tokens, start, end)))
  )
    return 'school-class';
  // At the start of a sentence a single capitalised word is grammar («Tiltaket (3 år) …»); a first and a last name still read as a name.
  // A common given name with a child's age right after it is a child there too: «Sara, 7 år, har flyttet» (review 1, L6).
  // The same for a common given name before its class or its birth date: «Jonas i 3. klasse mobbes», «Sara
  // født 12.03.2017 …» (trust review, item 2); any other single word there stays grammar.
  if (sentenceStart && end === start) return givenNameSigned(tokens, start, year);

  const age = ageAfter(tokens, end + 1);
  if (age === 'strong' || (age === 'weak' && childNear(tokens, start, end))) return 'age';
  // «Sara Berg (9)»: a bare number in brackets after a full name that starts with a common given
  // name (attack round 9, A1); «Status Oslo (15)» and «samtale med Emil (12)» stay a count.
  if (age === 'weak' && end > start && bareAge(tokens, end + 1) && isGivenName(tokens[start]!.lower)) return 'age';
  // «Hun sa at Emma (7) har flyttet»: a given name alone with «(7)» and a verb after it (review 1, L6).
  if (age === 'weak' && end === start && givenNameAged(tokens, start)) return 'age';
  if (ageBefore(tokens, start)) return 'age';
  // «familien til Kari Nordmann», «Kari Nordmanns sak»: about a known adult; «jenta Kari Nordmann» is a child.
  if (childBefore(tokens, start) && (adult !== 'person' || childWordBefore(tokens, start))) return 'child-word';
  if (childAfter(tokens, end + 1)) return 'child-word';
  if (possessiveCase(tokens, end) && adult !== 'person') return 'child-word';
  if (bornAfter(tokens, end + 1, year)) return 'birth';
  if (classAfter(tokens, end + 1)) return 'school-class';
  return null;
}

/**
 * The names a network knows, as the input check matches them (review 1, H1): a person by a pair of
 * their name's words in their order (first and last, or two that stand together: «Anne-Lise Strand»
 * of Anne-Lise Strand Olsen), never by one word, since a team of a whole municipality holds almost
 * every common first name; «Nordmann, Kari» as Kari Nordmann. A one-word name that is no common
 * given name (a municipality: Hurdal, Nes) is a place.
 */
interface KnownNames {
  pairs: Set<string>;
  places: Set<string>;
}

const KNOWN_WORD = /\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;

function knownNames(list: readonly string[] | undefined): KnownNames {
  const known: KnownNames = { pairs: new Set(), places: new Set() };
  for (const k of list ?? []) {
    const lower = k.toLowerCase();
    const comma = lower.indexOf(',');
    // «Nordmann, Kari»: the surname first, as some directories list people.
    const ordered = comma > 0 ? `${lower.slice(comma + 1)} ${lower.slice(0, comma)}` : lower;
    const words = ordered.match(KNOWN_WORD) ?? [];
    if (words.length === 1) {
      if (!isGivenName(words[0]!)) known.places.add(words[0]!);
      continue;
    }
    for (let j = 1; j < words.length; j++) known.pairs.add(`${words[j - 1]} ${words[j]}`);
    if (words.length > 2) known.pairs.add(`${words[0]} ${words[words.length - 1]}`);
  }
  return known;
}

/**
 * 'person' when the name is a known adult's first and last name written in full (any case; «Kari
 * Nordmanns» is Kari Nordmann's), 'place' when it is a known place, else null. A first name alone,
 * or with an initial («Kari N.»), is nobody in particular.
 */
function knownAdult(tokens: Token[], start: number, end: number, known: KnownNames): 'person' | 'place' | null {
  const has = (set: Set<string>, w: string) => set.has(w) || (w.endsWith('s') && set.has(w.slice(0, -1)));
  if (end === start) return known.places.size && has(known.places, tokens[start]!.lower) ? 'place' : null;
  if (end !== start + 1 || tokens[end]!.kind !== 'word' || !known.pairs.size) return null;
  return has(known.pairs, `${tokens[start]!.lower} ${tokens[end]!.lower}`) ? 'person' : null;
}

/** «jenta Kari Nordmann», «8.-klassingen Kari Nordmann»: a word for a child right before the name. */
function childWordBefore(tokens: Token[], start: number): boolean {
  const a = tokens[start - 1];
  return a?.kind === 'word' && (CHILD_BEFORE.test(a.lower) || /klassingen$/u.test(a.lower));
}

/** A word for a child (or «gammel») within a few words of the name: what makes a weak age sign a child's age. */
function childNear(tokens: Token[], start: number, end: number): boolean {
  const from = Math.max(0, start - NEAR);
  const to = Math.min(tokens.length - 1, end + NEAR);
  for (let k = from; k <= to; k++) {
    const w = tokens[k]!;
    if (w.kind === 'word' && (CHILD_NEAR.test(w.lower) || CHILD_BEFORE.test(w.lower))) return true;
  }
  return false;
}
const NEAR = 8;

/**
 * «Emma (8 år)», «Emma, 8 år,», «Emma 8 år», «Emma er 8 år gammel», «Emma (8-åring)»: strong, an age
 * as it stands. «Emma (8)», «Emma (6 mnd)», «Emma 6 uker», «Emma, 8 år i …» are weak (review 2, item 1):
 * a team's count, a leave, years of service or a project's length read the same, so they are a
 * child's age only with a word for a child near.
 */
function ageAfter(tokens: Token[], at: number): 'strong' | 'weak' | null {
  const r = ageAfterRaw(tokens, at);
  return r === false ? null : r === true ? 'strong' : r;
}

function ageAfterRaw(tokens: Token[], at: number): boolean | 'weak' {
  let i = at;
  let paren = false;
  if (tokens[i]?.text === '(' || tokens[i]?.text === '[') {
    paren = true;
    i++;
  } else if (setOff(tokens[i])) i++;
  else if (tokens[i]?.lower === 'er' || tokens[i]?.lower === 'på') i++;
  const n = smallNumber(tokens[i]);
  if (n === null) return false;
  const unit = tokens[i + 1];
  // «8-åring»: the hyphen stands between the number and the unit.
  const afterHyphen = unit?.text === '-' ? tokens[i + 2] : undefined;
  if (afterHyphen && afterHyphen.kind === 'word' && AGED.test(afterHyphen.lower)) return true;
  if (paren && (unit?.text === ')' || unit?.text === ']')) return 'weak';
  if (!unit || unit.kind !== 'word' || !AGE_UNIT.test(unit.lower)) return false;
  // «a» and «ar» are words of their own too: they stand for «år» only inside an apposition.
  if (/^(?:a|ars?)$/u.test(unit.lower) && !paren && !setOff(tokens[at])) return false;
  const next = tokens[i + 2];
  const old = next?.lower === 'gammel' || next?.lower === 'gamle';
  if (AGED.test(unit.lower) || old) return true;
  if (MONTHS.test(unit.lower)) return 'weak';
  // «Emma, 8 år, skal flytte»: an apposition closed by a mark is an age; «Hansen, 15 år som leder» goes on.
  // «(8 år)» is an age; «(10 år erfaring)» is not.
  if (paren && next?.text !== ')' && next?.text !== ']') return 'weak';
  // «Sara — 9 år — har flyttet»: a dash closes what a dash opened, as a comma closes a comma (trust review, item 2).
  const closes = next?.text === '-' && !next.glued && tokens[at]?.text === '-';
  if (setOff(tokens[at]))
    return !next || closes || next.text === ',' || next.text === '.' || next.text === ')' || next.text === ';'
      ? true
      : 'weak';
  // «Ola har jobbet 8 år» has words between the name and the number; «Ola er 8 år» needs «gammel».
  if (tokens[at]?.lower === 'er' || tokens[at]?.lower === 'på') {
    const after = tokens[i + 2]?.lower;
    return after === 'gammel' || after === 'gamle' || tokens[at]?.lower === 'på';
  }
  return true;
}

/**
 * A comma, or a dash standing apart (an en or em dash reads as «-» after normaliseDigits):
 * «Sara Berg, 9 år», «Sara Berg – 9 år» (attack round 9, A1). A hyphen inside a word is glued.
 */
function setOff(t: Token | undefined): boolean {
  return t?.text === ',' || (t?.text === '-' && !t.glued);
}

/** «(9)» or «[9]»: a bare small number in brackets. */
function bareAge(tokens: Token[], at: number): boolean {
  const o = tokens[at]?.text;
  const c = tokens[at + 2]?.text;
  return (o === '(' || o === '[') && smallNumber(tokens[at + 1]) !== null && (c === ')' || c === ']');
}

// What a child named with a bare «(7)» goes on to do: a verb right after the brackets («Emma (7) har flyttet»).
const VERB_AFTER_AGE = new Set(
  'har hadde er var blir ble skal skulle bor bodde går gikk flytter flyttet får fikk trenger trengte må kan vil kom kommer mangler begynner begynte'.split(
    ' ',
  ),
);

/**
 * A common given name at `start` with a child's age right after it: «Sara, 7 år,», «Sara (7 år)», or
 * «Emma (7)» followed by a verb (a count in brackets, «Status (3)», «samtale med Emil (12)», has none).
 */
function givenNameAged(tokens: Token[], start: number): boolean {
  if (!isGivenName(tokens[start]!.lower)) return false;
  const age = ageAfter(tokens, start + 1);
  if (age === 'strong') return true;
  // «Sara (9), har det vanskelig»: a comma may stand between the brackets and the verb (trust review, item 2).
  const after = tokens[start + 4]?.text === ',' ? start + 5 : start + 4;
  return age === 'weak' && bareAge(tokens, start + 1) && VERB_AFTER_AGE.has(tokens[after]?.lower ?? '');
}

/** A common given name opening a sentence, with its age, birth date or class right after it; else null. */
function givenNameSigned(tokens: Token[], start: number, year: number | undefined): ChildReason | null {
  if (!isGivenName(tokens[start]!.lower)) return null;
  if (givenNameAged(tokens, start)) return 'age';
  if (bornAfter(tokens, start + 1, year)) return 'birth';
  return classAfter(tokens, start + 1) ? 'school-class' : null;
}

/** «emma (7) har flyttet», «sara, 7 år, har …»: givenNameAged for a name in small letters (review 1, L6). */
function agedInSmall(tokens: Token[], i: number): [number, number] | null {
  // Most words have no bracket or comma after them: one look keeps clean prose at its cost.
  const next = tokens[i + 1]?.text;
  if (next !== '(' && next !== ',') return null;
  const w = tokens[i]!;
  // A capitalised name is read in the first pass.
  if (w.kind !== 'word' || w.glued || w.text !== w.lower) return null;
  if (!w.lineStart && !frameWord(w)) return null;
  return givenNameAged(tokens, i) ? [i, i] : null;
}

/**
 * Where an age right at `at` ends (the token after it), or null: «(9 år)», «(9)», «, 9 år,»,
 * «– 9 år», «på 9 år», «9 år gammel», «(8-åring)».
 */
function ageEnd(tokens: Token[], at: number): number | null {
  let i = at;
  const open = tokens[i]?.text;
  const paren = open === '(' || open === '[';
  if (paren || setOff(tokens[i]) || tokens[i]?.lower === 'på' || tokens[i]?.lower === 'er') i++;
  if (smallNumber(tokens[i]) === null) return null;
  i++;
  const u = tokens[i];
  if (u?.text === '-' && tokens[i + 1]?.kind === 'word' && AGED.test(tokens[i + 1]!.lower)) i += 2;
  else if (u?.kind === 'word' && AGE_UNIT.test(u.lower)) {
    i++;
    if (tokens[i]?.lower === 'gammel' || tokens[i]?.lower === 'gamle') i++;
  } else if (!paren) return null;
  if (paren) {
    const c = tokens[i]?.text;
    if (c !== ')' && c !== ']') return null;
    i++;
  } else if (tokens[i]?.text === ',') i++;
  return i;
}

// A child word that with an age and a class or a school points at one child without a name.
const ONE_CHILD = new Set(
  'gutten jenta jenten piken barnet eleven sønnen datteren dattera ungdommen fosterbarnet fostersønnen fosterdatteren'.split(
    ' ',
  ),
);

/**
 * «Jenta (8) i 3B ved Nes skole», «gutten på 9 år i 4B»: a word for one child, its age and its class
 * or school, even without a name (attack round 9, A1): in a small municipality that is one child.
 * The last token of the stretch, or null.
 */
function childAgeClass(tokens: Token[], i: number): number | null {
  const w = tokens[i]!;
  if (w.kind !== 'word' || w.glued || !ONE_CHILD.has(w.lower)) return null;
  const a = ageEnd(tokens, i + 1);
  if (a === null) return null;
  const c = classEnd(tokens, a);
  // The school after the class goes with it: «… i 3B ved Nes skole».
  return c === null ? schoolEnd(tokens, a) : (schoolEnd(tokens, c + 1) ?? c);
}

// Words between an age and a school: «i 4A ved Nes skole», «, går på Nes skole».
const SCHOOL_FILLER = new Set([',', '-', 'som', 'går', 'gikk', 'er', 'i', 'på', 'ved']);
const SCHOOL = /^(?:\p{L}*skole|\p{L}*skolen|skule|skulen)$/u;

/** «ved Nes skole», «på Nesodden skole», «på Fjellskolen»: the last token of a school right after `at`, or null. */
function schoolEnd(tokens: Token[], at: number): number | null {
  let i = at;
  for (let k = 0; k < 4 && tokens[i] && SCHOOL_FILLER.has(tokens[i]!.lower); k++) i++;
  if (i === at) return null;
  for (let k = i; k < i + 3 && tokens[k]?.kind === 'word'; k++) {
    if (SCHOOL.test(tokens[k]!.lower)) return k;
    if (!isNameWord(tokens[k]) && !isCapitalsWord(tokens[k])) return null;
  }
  return null;
}

/** «8-åringen Emma», «8 år gamle Emma», «åtte år gamle Emma». */
function ageBefore(tokens: Token[], start: number): boolean {
  const a = tokens[start - 1];
  if (a?.kind === 'word' && /^(?:å|aa)ring(?:en|ene)?$/u.test(a.lower)) {
    const hyphen = tokens[start - 2];
    return smallNumber(hyphen?.text === '-' ? tokens[start - 3] : hyphen) !== null;
  }
  if (
    (a?.lower === 'gamle' || a?.lower === 'gammel') &&
    tokens[start - 2]?.kind === 'word' &&
    AGE_UNIT.test(tokens[start - 2]!.lower)
  )
    return smallNumber(tokens[start - 3]) !== null;
  return false;
}

/** «gutten Emil», «saken om Emma», «familien til Emma», «mor til Emma». */
function childBefore(tokens: Token[], start: number): boolean {
  const a = tokens[start - 1];
  if (a?.kind !== 'word') return false;
  if (CHILD_BEFORE.test(a.lower) || /klassingen$/u.test(a.lower)) return true;
  if (CASE_LINK.has(a.lower)) {
    const b = tokens[start - 2];
    if (b?.kind !== 'word') return false;
    return RELATIVE_ONLY_LINK.has(a.lower) ? RELATIVE.test(b.lower) : CASE_WORD.test(b.lower);
  }
  return false;
}

/** «Emma, jenta på 8», «Emil (gutten)». */
function childAfter(tokens: Token[], at: number): boolean {
  let i = at;
  if (setOff(tokens[i]) || tokens[i]?.text === '(') i++;
  const w = tokens[i];
  return i > at && w?.kind === 'word' && CHILD_AFTER.test(w.lower);
}

/** «Emmas sak», «Emmas mor». */
function possessiveCase(tokens: Token[], end: number): boolean {
  const name = tokens[end]!;
  const w = tokens[end + 1];
  return /s$/u.test(name.lower) && w?.kind === 'word' && AFTER_POSSESSIVE.test(w.lower);
}

/** «Emma (f. 2016)», «Emma, født 12.03.2016», «Emma født 2016». */
function bornAfter(tokens: Token[], at: number, year: number | undefined): boolean {
  let i = at;
  if (tokens[i]?.text === '(' || setOff(tokens[i])) i++;
  const w = tokens[i];
  if (w?.kind !== 'word' || !BORN.test(w.lower)) return false;
  i++;
  if (tokens[i]?.text === '.') i++;
  if (tokens[i]?.lower === 'i' || tokens[i]?.lower === 'den') i++;
  const d = tokens[i];
  if (d?.kind !== 'num') return false;
  const y = /(?:^|[./])(\d{4})$/.exec(d.text)?.[1];
  // A day and month (and a two-digit year) without a four-digit year is a birth date all the same.
  if (!y) return /^\d{1,2}[./]\d{1,2}(?:[./]\d{2})?$/.test(d.text);
  if (year === undefined) return true;
  const born = Number(y);
  return born <= year && year - born < 18;
}

/** «Emma i 3. klasse», «Emma (3. trinn)», «Emma, som går i tredje klasse», «Emma går på 8. trinn», «Emma i 4A». */
function classAfter(tokens: Token[], at: number): boolean {
  return classEnd(tokens, at) !== null;
}

/** classAfter's class, as its last token, or null. */
function classEnd(tokens: Token[], at: number): number | null {
  let i = at;
  for (let k = 0; k < 5 && tokens[i] && (CLASS_FILLER.has(tokens[i]!.lower) || setOff(tokens[i])); k++) i++;
  const n = tokens[i];
  if (!n) return null;
  let j = i + 1;
  // «klasse 4A», «trinn 4»: the class word first (never «kl.», which is a time: «kl. 10»).
  if (n.kind === 'word' && CLASS_FIRST.has(n.lower)) {
    const g = tokens[j];
    if (g?.kind !== 'num' || !/^\d{1,2}$/.test(g.text) || Number(g.text) < 1 || Number(g.text) > 13) return null;
    return classLetter(tokens, j) ?? j;
  }
  if (n.kind === 'num' && /^\d{1,2}$/.test(n.text) && Number(n.text) >= 1 && Number(n.text) <= 13) {
    // «4A», «3b»: a grade and the class's letter glued to it (attack round 9, A1), standing alone.
    const letter = classLetter(tokens, i);
    if (letter !== null) return letter;
    if (tokens[j]?.text === '.') j++;
  } else if (!(n.kind === 'word' && ORDINALS.test(n.lower))) return null;
  const c = tokens[j];
  return c?.kind === 'word' && (CLASS_WORD.test(c.lower) || /klasse$/u.test(c.lower)) ? j : null;
}

const CLASS_FIRST = new Set(['klasse', 'trinn', 'klassetrinn']);

/** «4A» at `i` (a grade 1–10 and one letter A–H glued to it, nothing else glued on either side): the letter's index, or null. */
function classLetter(tokens: Token[], i: number): number | null {
  const n = tokens[i]!;
  const l = tokens[i + 1];
  if (Number(n.text) > 10 || l?.kind !== 'word' || !/^[a-hA-H]$/u.test(l.text)) return null;
  if (l.index !== n.index + n.text.length) return null;
  const before = tokens[i - 1];
  if (before && before.kind !== 'punct' && before.index + before.text.length === n.index) return null;
  const after = tokens[i + 2];
  if (after && after.kind !== 'punct' && after.index === l.index + 1) return null;
  return i + 1;
}
