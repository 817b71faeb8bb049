import { TWO_TO_TEN } from '../time/number-words.ts';

// "Trenger vi ikke X, når vi jo allerede Y?", "Er det ikke lov å X, bare Y?": a negated yes/no question that ends with the
// asker's assumption. The assumption is why they ask, not what: read as topic words it outweighed the rule asked about,
// and the question was declined though the rule is plain. Only a negated yes/no question loses such a tail; in «hva må
// vi gjøre når vi allerede har fått midler» the «når» clause is the situation asked about.

const NEGATED_YES_NO =
  /(?:^|[.!?]\s+)(?:trenger|treng|må|skal|er|kan|får|bør|har|gjelder)\s+(?:\p{L}+\s+){0,3}?(?:ikke|ikkje)(?![\p{L}])[^.!?]*[?.!]*\s*$/iu;

// A reason the asker already holds («når vi allerede vet …», «siden vi jo har …»), or a use they assume the money is
// limited to («…, bare på Y», «…, kun til Y»). «bare i/om/for …» is left: it scopes the question (a year, an amount,
// a kind of grant) rather than naming an assumed use.
const ASSUMPTION_TAIL =
  /(?:,?\s+(?:når|siden|sidan|ettersom|fordi)\s+(?:vi|me|jeg|eg|dere|de|dei|vi jo|me jo)\s+(?:jo\s+)?(?:allerede|alt|alltid|uansett)\s[^?!.]*|,\s*(?:men\s+)?(?:bare|kun|berre)\s+(?:på|til)\s+[^,?!.]+)(?=[?.!]*\s*$)/iu;

// An amount, a share, a year or a count: what the computed rules read, so a tail holding one is the condition the
// answer turns on, never a mere assumption.
const FIGURE = new RegExp(
  `\\p{N}|(?<![\\p{L}])(?:${[...Object.keys(TWO_TO_TEN), 'elleve', 'tolv', 'hundre', 'tusen', 'million(?:er)?', 'mill', 'prosent', 'kroner', 'kr'].join('|')})(?![\\p{L}])`,
  'iu',
);

/** The question without an assumption its asker tacks on to a negated yes/no question; otherwise as written. */
export function withoutAssumption(text: string): string {
  if (!NEGATED_YES_NO.test(text)) return text;
  const tail = text.match(ASSUMPTION_TAIL)?.[0];
  if (!tail || FIGURE.test(tail)) return text;
  const out = text.replace(ASSUMPTION_TAIL, '');
  // Keep what the asker wrote when the tail was all there was to the question.
  return /\p{L}{3,}/u.test(out) && out.length > 10 ? out : text;
}
