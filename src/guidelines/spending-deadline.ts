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
