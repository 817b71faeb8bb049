// The scope of a negated question, and the kind of passage that answers it. "Hva skjer om vi ikke bruker
// midlene?" asks for a consequence (paid back, withdrawn); "kan vi bruke midlene til noe annet enn …?",
// "kan vi få midler uten …?" ask for a limit (a rule, a condition, a prohibition). A passage that only
// restates the positive rule ("midlene kan brukes til …", "overføring kan søkes") shares every content word
// with such a question and answers none of it.
import { toBokmal } from './question.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';

export type NegationForm = 'consequence' | 'limit';

const W = (alternatives: string) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');

// A negation or an exception in the question ("ikke lenger" asks whether a rule still holds, and is left out).
const NEGATED = W(
  'ikke|ikkje|aldri|ingen|uten|utan|unntatt|unntak\\p{L}*|utenom|noe annet enn|noko anna enn|annet enn|anna enn|unnlate\\p{L}*|lar være|glemmer|glemte|rekker ikke|drøyer',
);
// "hva skjer hvis/om …", "hva blir konsekvensen", "hva om vi …", "hva gjør vi hvis …".
const CONSEQUENCE_ASKED = W(
  'hva skjer|hva hender|hva blir (?:konsekvens\\p{L}*|følgen\\p{L}*|utfallet)|konsekvens\\p{L}*|følgene?|hva om|hva hvis|hva dersom|hva da',
);

/** Which limit a question asks about, if it is negated: a consequence of not doing, or what is not allowed. */
export function negationForm(text: string): NegationForm | undefined {
  const t = toBokmal(text)
    .toLowerCase()
    .replace(/ikke lenger/g, ' ');
  if (!NEGATED.test(t)) return undefined;
  return CONSEQUENCE_ASKED.test(t) ? 'consequence' : 'limit';
}

// A consequence stated: money paid back, reduced, withdrawn, refused, a report or audit required anyway, or
// none at all (taking part is voluntary).
const CONSEQUENCE_IN_TEXT = W(
  'tilbake\\p{L}*|\\p{L}*betal\\p{L}* tilbake|tilbakebetal\\p{L}*|konsekvens\\p{L}*|trekk\\p{L}*|avkort\\p{L}*|bortfall\\p{L}*|falle\\p{L}* bort|mist\\p{L}*|tape\\p{L}*|avslag\\p{L}*|avslå\\p{L}*|stans\\p{L}*|stopp\\p{L}*|likevel|uansett|kreve\\p{L}* inn|refus\\p{L}*|frivillig\\p{L}*|valgfri\\p{L}*',
);
// A limit stated: a prohibition, a condition, a requirement, an exception, or "only".
const LIMIT_IN_TEXT = W(
  'ikke|ingen|aldri|kun|bare|må|skal|krav\\p{L}*|vilkår\\p{L}*|forutsetning\\p{L}*|betingelse\\p{L}*|i henhold til|i tråd med|i samsvar med|forbeholdt|unntatt|unntak\\p{L}*|uten|påkrev\\p{L}*|obligatorisk\\p{L}*|frivillig\\p{L}*|anbefal\\p{L}*|tilbake\\p{L}*',
);

/** The sentences (and clauses after a colon or semicolon) a limit is looked for in. */
export const clausesOf = (text: string) => text.split(/(?<=[.!?;:])\s+|\n+/).filter((s) => s.trim());

/**
 * How well a text answers a negated question: 'stated' when one clause on the question's point (`about`)
 * holds a marker of the asked form; for a consequence, 'partly' when it states only a limit ("hva hvis vi ikke
 * vil være med" is answered by "det er frivillig"); otherwise 'no'.
 */
export function statesLimit(
  text: string,
  form: NegationForm,
  about: (sentence: string) => boolean,
): 'stated' | 'partly' | 'no' {
  // A clause is on the point when it, or the clause before it, names the question's words: "… fordele midlene.
  // Det som ikke er fordelt, skal betales tilbake" states the consequence with "det".
  const clauses = clausesOf(text);
  const hits = clauses.map(about);
  const on = clauses.filter((_, i) => hits[i] || (i > 0 && hits[i - 1]));
  if (on.some((s) => (form === 'consequence' ? CONSEQUENCE_IN_TEXT : LIMIT_IN_TEXT).test(s))) return 'stated';
  return form === 'consequence' && on.some((s) => LIMIT_IN_TEXT.test(s)) ? 'partly' : 'no';
}

// "Stemmer det at …", "er det riktig at …": a claim held up for a yes or no.
const CLAIM_ASKED = W(
  'stemmer det|stemmer det virkelig|er det (?:riktig|rett|sant|korrekt)|har jeg (?:forstått )?rett i|har eg rett i',
);
const NOT = W('ikke|ikkje');
// An answer that opens with a bare yes or no, as written for the question without the negation.
const BARE_LEAD = /^(Ja|Nei)\.\s+/u;

/**
 * The answer's bare «Ja.»/«Nei.» lead for a negated question whose text was written for the plain one: «Stemmer det at
 * midlene ikke kan …?» answered «Ja.» and then that they can. A negated claim gets the lead turned («Nei, det stemmer
 * ikke.»); another negated question («kan vi ikke …?», where «ja» and «jo» are both heard) gets no lead, and the
 * sentences after it answer. `ownQuestions` are the text's own questions: when one of them is negated too, the lead
 * was written for that form and stays.
 */
export function leadForNegated(answer: string, question: string, ownQuestions: readonly string[]): string {
  const m = BARE_LEAD.exec(answer);
  const q = toBokmal(question).toLowerCase();
  if (!m || !NOT.test(q) || ownQuestions.some((o) => NOT.test(toBokmal(o).toLowerCase()))) return answer;
  const rest = answer.slice(m[0].length);
  if (!CLAIM_ASKED.test(q)) return rest;
  return `${m[1] === 'Ja' ? t.negatedClaimLead.false : t.negatedClaimLead.holds} ${rest}`;
}

// A clause that turns an act down or ranks it below another: «prioriterte kurs framfor generelle fagdager», «skal
// ikke brukes til …». What was not done or not wanted is stated only there.
const CONTRAST = W(
  'ikke|ikkje|ingen|aldri|framfor|fremfor|heller enn|i stedet for|istedenfor|snarere enn|unntatt|utenom|uten|utan',
);

/**
 * Whether a text names one of the negated acts (`acts`, as stems of `stemsOf`), and whether it names one in a clause
 * that turns it down or ranks it below another: «hva ville de ikke prioritere» is answered by the second, not by a
 * text that lists prioritising among someone's tasks.
 */
export function actInText(
  text: string,
  acts: ReadonlySet<string>,
  stemsOf: (clause: string) => readonly string[],
): { named: boolean; contrasted: boolean } {
  let named = false;
  for (const clause of clausesOf(text)) {
    if (!stemsOf(clause).some((x) => acts.has(x))) continue;
    named = true;
    if (CONTRAST.test(clause)) return { named, contrasted: true };
  }
  return { named, contrasted: false };
}
