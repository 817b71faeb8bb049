// "Før skulle tilskuddet være brukt opp innen nyttår. Hvilken frist har 2025-pengene?": a bare «frist» asked after the
// message speaks of spending money by a date is that year's spending deadline, not the application deadline (which
// the deadline texts also name). Only a bare «frist»: «søknadsfrist», «rapportfrist», «frist for å søke» say their kind.

/** Money used up by a date: «brukt innen», «bruke opp», «brukast innan», «nyttes innen». */
const SPENDING =
  /(?<![\p{L}])(?:brukt|brukes|bruke|brukast|bruka|nytta|nyttes|nyttast)(?: \p{L}+){0,2} (?:innen|innan|opp|før)(?![\p{L}])/u;
/** A deadline word that says nothing of its kind, not followed by what it is for. */
const BARE_DEADLINE = /(?<![\p{L}])(frist|fristen|fristene)(?![\p{L}])(?! (?:for å|til å|å) )/u;

/** The clause with a bare «frist» read as the spending deadline when the message speaks of spending by a date. */
export function spendingDeadline(clause: string, message: string): string {
  if (!SPENDING.test(message) || !BARE_DEADLINE.test(clause)) return clause;
  return clause.replace(BARE_DEADLINE, '$1 for å bruke');
}

// "kan vi bruke 2024-midlene ut 2025", "bruke pengene til og med 2025": spending into a year is spending by a date; the
// span word alone weighed nothing, so what the money may be used for answered instead.
const SPEND_VERB = /(?<![\p{L}])(?:bruke|brukes|bruka|brukast|nytte|nytta|nyttes|nyttast)(?![\p{L}])/u;
const INTO_YEAR =
  /(?<![\p{L}])(?:ut|ut i|til og med|tom|gjennom|gjennom hele|utover|ut over|inn i)(?= (?:i )?(?:hele )?(?:året )?(?:19|20)\d\d(?!\d))/u;
const SPAN_WORD = /(?<![\p{L}])(?:ut i|til og med|gjennom hele|gjennom|utover|ut over|inn i|tom|ut)(?![\p{L}])/u;

/** The clause with a span into a year ("ut 2025") read as «innen» when the message speaks of spending money into it. */
export function spendingInto(clause: string, message: string): string {
  if (!SPEND_VERB.test(message) || !INTO_YEAR.test(message)) return clause;
  const verb = SPEND_VERB.exec(clause);
  if (!verb) return clause;
  const after = clause.slice(verb.index);
  return clause.slice(0, verb.index) + after.replace(SPAN_WORD, 'innen');
}
