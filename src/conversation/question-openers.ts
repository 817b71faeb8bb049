/**
 * Words that open a Norwegian question (bokmål and nynorsk): a question word, or a verb that opens an
 * inverted question («Har vi …», «Må me …»). One list for the router, which sends such text to the
 * guidelines, and for the reader of told facts, which must not take a question for a statement.
 */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'hva',
  'kva',
  'hvor',
  'kor',
  'hvem',
  'kven',
  'hvordan',
  'korleis',
  'når',
  'kan',
  'må',
  'skal',
  'trenger',
  'treng',
  'er',
  'bør',
  'hvilke',
  'hvilken',
  'hvilket',
  'kva for',
  'hvorfor',
  'kvifor',
  'får',
  'gjelder',
  'finnes',
  'fins',
  'har',
  'blir',
  'vil',
  'stemmer',
  'holder',
]);
