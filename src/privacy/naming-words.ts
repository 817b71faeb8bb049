// The words people write to name an identity number (round 6b, A3): one recogniser for every reading
// that lets a word widen where the guard looks (./national-id.ts, ./checked-number.ts,
// ./in-context.ts). Built from the parts of the words, not from a list of spellings: a stem
// (person, fødsels, individ, identitets, id, D, H, and their short forms p, f, pers, ind) joined with
// or without a space, dot or dash to «nummer» in any inflection (-et, -e, -a, -er, -ene, numre,
// numrene) or to «nr» with or without its dot; the bare abbreviations (pnr, fnr, dnr, hnr, pers.);
// and the English names (SSN, S.S.N., ID number, national id, personal/social security number).
// Two such words joined by «og», «eller», «/» or «,» read as one ("fnr og pnr").

const NUMMER = String.raw`(?:nummer(?:et|ene|er|e|a)?|numre(?:ne)?|nr\.?)`;
const STEM = String.raw`(?:fødsels|person|pers|individ|ind|identitets|id|p|f|d|h)`;
const ONE_BEFORE = [
  String.raw`${STEM}[\s.\-]{0,2}${NUMMER}`,
  String.raw`pnr|fnr|dnr|hnr`,
  String.raw`ssn|s\.s\.n\.?`,
  String.raw`(?:national|personal)[\s-]?id(?:entity|entification)?(?:[\s-]?(?:number|no\.?|nr\.?))?`,
  String.raw`id(?:entity)?[\s-]?(?:number|no\.)`,
  String.raw`(?:social[\s-]security|personal)[\s-]number|social[\s-]security`,
];
/** «pers.» alone is also short for «personer» ("6 pers."): it names the number only between date and digits. */
const ONE = [...ONE_BEFORE, String.raw`pers\.`].join('|');
/** Not glued to a letter or digit before, nor to a letter after (a dash and letters make a compound: «SSN-ordningen»). */
// The look-ahead for a first letter lets the engine leave most positions at once (every
// alternative starts with one of these, in either case): the guard tries the word everywhere.
const bounded = (alternatives: string) =>
  String.raw`(?=[dfhinpsDFHINPS])(?<![\p{L}\p{N}])(?:${alternatives})(?!\p{L}|-\p{L})`;
const WORD = bounded(ONE);
const WORD_BEFORE = bounded(ONE_BEFORE.join('|'));

/** A word naming the number, or two joined ("fnr og pnr"): a regular-expression source, for the flags `iu`. */
export const NAMING_WORD = String.raw`(?:${WORD}(?:\s*(?:og|eller|/|,)\s*${WORD})*)`;
/** One naming word alone: for the patterns tried at every position, where the joined form costs most. */
export const NAMING_ONE = WORD;
export const NAMING_ONE_BEFORE = WORD_BEFORE;
/** The same before a date ("fnr 01.01.1990 12345"), without «pers.» alone. */
export const NAMING_WORD_BEFORE = String.raw`(?:${WORD_BEFORE}(?:\s*(?:og|eller|/|,)\s*${WORD_BEFORE})*)`;

/**
 * Words that say a date is a birth date (født, fødselsdato, f. dato, born, date of birth, DOB): like a
 * naming word, they widen where the guard looks for the five digits, and never stand in for the
 * check digits.
 */
export const BIRTH_WORD = String.raw`(?<![\p{L}\p{N}])(?:født|fødd|fødselsdato(?:en)?|f\.?\s?dato|born|birth|date of birth|dob|d\.o\.b\.?)(?!\p{L})`;

/**
 * Whether text may hold a naming word: every one has «nr», «numm», «numre», «ssn», «s.s.n», «pers.»
 * or a free-standing «id». The shortcuts that let text without one through on fewer digits ask this.
 */
export function mayNameNumber(text: string): boolean {
  return QUICK.test(text) && MAY_NAME.test(text);
}
/**
 * Whether text holds a naming word as the readings match it (exact, for the text as normaliseDigits
 * gives it): the readings try their patterns without the word's alternation when it does not.
 */
export function namesNumber(text: string): boolean {
  return QUICK.test(text) && NAMES.test(text);
}

/** A looser test first, a plain alternation the engine scans for fast; most text has none of these. */
const QUICK = /nr|num|ssn|s\.s|pers|id/i;
const NAMES = new RegExp(NAMING_WORD, 'iu');
const MAY_NAME = /nr|numm|numre|ssn|s\.s\.n|pers\.|(?<![a-zæøå])id(?![a-zæøå])/i;
