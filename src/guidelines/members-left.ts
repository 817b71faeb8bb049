// "En kommune har trukket seg, nå er vi to igjen. Får vi beholde tilskuddet?": a member leaving and a count left, then an
// ask whether the network still qualifies, asks the least number of services a project must have. The ask alone names
// only the money, and the story's own words (leaving, the count left) are in no text, so it was declined or answered
// with the overview of the grant schemes. Read as the rule it asks about, the least number is found and the member can
// compare it with the count they gave.
const LEFT =
  /(?<![\p{L}])(?:meld(?:t|te|er) seg ut|trakk seg|trukket seg|trekker seg|gått ut|gikk ut|går ut|falt fra|fallt fra|hoppet av|hoppa av)(?![\p{L}])/u;
const REMAINING =
  /(?<![\p{L}])(?:igjen|att|tilbake|bare (?:to|tre|fire|2|3|4)|berre (?:to|tre|fire|2|3|4))(?![\p{L}])/u;
const STILL_QUALIFIES =
  /(?<![\p{L}])(?:(?:fortsatt|fremdeles|framleis|stadig|enda) (?:få|søke|ha rett|være med|kvalifisere)|er vi ute|mister vi|miste (?:midlene|tilskuddet|pengene|støtten)|beholde (?:midlene|tilskuddet|pengene|støtten)|få beholde)(?![\p{L}])/u;
const SENTENCE = /[^.!?]*\?*\s*$/u;

/** The message read as the rule on how few services a project may have, when it asks that. */
export function membersLeft(text: string): string {
  const lower = text.toLowerCase();
  const ask = SENTENCE.exec(lower)?.[0] ?? '';
  const story = lower.slice(0, lower.length - ask.length);
  if (!LEFT.test(story) || !REMAINING.test(story) || !STILL_QUALIFIES.test(ask)) return text;
  // (The story's counts, "fire kommuner … tre igjen", read as the count asked about; the rule alone is the answer.)
  return 'Hvor mange barneverntjenester må et prosjekt minst omfatte for å få midler?';
}
