// The answer must be of the kind asked. Two ways an in-domain text answers another question than the one asked:
// a part asked where the text gives only the whole («hvor mange fosterhjem har én av kommunene i nettverket» against the network's
// «til sammen om lag 195»), and a tally of what happened across the country («hvor mange nettverk har fått …») where
// the text gives the rule that allows it. Neither is in the documents; both were answered confidently.

/** One municipality named: «Nes kommune», «kommunen Nes» (capitalised as typed; «X og Nes kommune» is several). */
// A determiner at the start of a sentence is capitalised too: «Vår kommune», «Hver kommune» name none (review).
const ONE_MUNICIPALITY =
  /(?<![\p{L}])(?<!(?:og|,) )(?:(?!(?:Vår|Vårt|Hver|Kvar|Hvilken|Kva|Kvilken|Denne|Den|Deres|Min|Din|Sin|Annen|Ein|En|Én|Samme|Hele|Enhver|Noen|Ingen|Alle|Begge|Egen|Eigen|Neste|Forrige|Første|Siste)\s)\p{Lu}[\p{L}-]+ kommunes?|kommunen \p{Lu}[\p{L}-]+)(?![\p{L}])/u;
/** A figure the text gives for several together. */
const TOTAL = /(?<![\p{L}])(?:til sammen|tilsammen|totalt|i alt|samlet|til saman|i alt)(?![\p{L}])/u;

/** Whether a count or amount is asked of one named municipality and the text gives only a total of several. */
export function partOfTotal(original: string, text: string): boolean {
  const named = ONE_MUNICIPALITY.exec(original);
  if (!named) return false;
  // The text's own subject («Øvre Romerike og Lunner kommune») is the whole when it sums over it.
  return TOTAL.test(text.toLowerCase());
}

/**
 * «Hvor mange nettverk (i landet) har fått penger …», «hvor mange kommuner søkte i fjor»: how many did something is a
 * tally, answered only by a text that gives a number of them.
 */
const TALLY =
  /(?<![\p{L}])(?:hvor mange|kor mange) (?:\p{L}+ ){1,3}?(?:har (?:fått|søkt|mottatt|fått innvilget)|fikk|søkte|mottok|ble innvilget|har blitt)(?![\p{L}])/u;
const NUMBER =
  /(?<![\p{L}\d])(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tretti|hundre)(?![\p{L}\d])/u;

/** Whether a tally of what happened is asked and the text gives no number of the things counted. */
export function tallyUnanswered(question: string, counted: string | undefined, text: string): boolean {
  if (!TALLY.test(question) || !counted) return false;
  const head = counted.slice(0, Math.max(4, counted.length - 3));
  const words = text.toLowerCase().split(/[^\p{L}\d]+/u);
  // A number within two words before the counted noun («14 nettverk», «tre kommuner»).
  return !words.some((w, i) => w.startsWith(head) && words.slice(Math.max(0, i - 2), i).some((x) => NUMBER.test(x)));
}
