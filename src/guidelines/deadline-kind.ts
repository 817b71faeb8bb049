// Four time limits on the grant share their words («frist», «innen utgangen av 2024», «betales tilbake») and differ
// in who acts and what is done by the date: the Statsforvalter hands the year's money out that year (else repays
// Bufdir), a network spends it within the year (leader networks may go on to 31.12.2025; learning networks apply
// to carry it over), applications have their own deadline, and the report is due after the year. Everyday or
// negated wording (how long the network may hold on to the money; money the authority fails to hand out) matched the neighbouring
// rule with confidence. What is asked is read as the actor and the kind of deadline, and a text that dates only
// another kind is no answer to it.
import { toBokmal } from './question.ts';

export type DeadlineKind = 'report' | 'spend' | 'handout' | 'apply';

const W = (alternatives: string, flags = 'iu') => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, flags);

/** Who hands the money out: the Statsforvalter (SF, formerly Fylkesmannen) or the directorate. */
const AUTHORITY = 'statsforvalter\\p{L}*|sf|fylkesmann\\p{L}*|bufdir|direktorat\\p{L}*';
/** Who receives and spends it: the asker's side. */
const RECEIVER = 'vi|me|oss|nettverk\\p{L}*|kommun\\p{L}*|tjenest\\p{L}*';
/** Words that may stand between a subject and its verb: a modal, a negation, a filler. */
const BETWEEN =
  '(?:ikke|ikkje|får|fikk|fekk|har|hadde|skal|må|kan|bare|berre|også|selv|sjølv|aldri|rekker|rakk|klarer|greier|å) ';
/** Handing out: «dele ut», «delt ut», «deles ut», «utdeling», «fordele» (not «fordelingsnøkkel»). */
const HANDOUT_VERB =
  'del(?:e|er|es|t|te|ast)? (?:dem |de |det |pengene |midlene |midlane |pengane )?ut|utdel\\p{L}*|fordel(?:e|er|es|t|te|ast)?';
/** Keeping, spending, carrying over or paying back the money one has. */
const SPEND_VERB =
  'bruk(?:e|es|t|ast|a)?|nytt(?:e|es|a|ast)|sitt(?:e|er)? på|behold(?:e|es|er)?|halde på|holde på|spar(?:e|es|t|ast)?|overfør\\p{L}*|ta med|tas med|ha igjen|har igjen|igjen|ubruk\\p{L}*|gi (?:dem |de |det )?tilbake|betal(?:e|er)? (?:dem |de |det )?tilbake';

const REPORT = W('rapport\\p{L}*|årsrapport\\p{L}*');
const HANDOUT = W(HANDOUT_VERB);
const SPEND = W(SPEND_VERB);
const APPLY = W('søk(?:e|er|es|t|te|nad\\p{L}*)|søknads\\p{L}*');
/** The authority as the one who does the handing out or the keeping: «Statsforvalteren rakk ikke å dele ut», «må Statsforvalteren dele ut». */
const AUTHORITY_ACTS = new RegExp(
  `(?<![\\p{L}])(?:(?:${AUTHORITY}) (?:${BETWEEN}){0,3}(?:${HANDOUT_VERB}|${SPEND_VERB})|(?:må|skal|kan|får|har) (?:${AUTHORITY}) (?:${BETWEEN}){0,2}(?:${HANDOUT_VERB}|${SPEND_VERB}))(?![\\p{L}])`,
  'iu',
);
/** The asker's side receiving («pengene vi fikk delt ut», «nettverket har fått tildelt»): not a handing out asked. */
const RECEIVED = new RegExp(
  `(?<![\\p{L}])(?:${RECEIVER}) (?:${BETWEEN}){0,2}(?:fått |fikk |får )?(?:${HANDOUT_VERB}|tildelt)(?![\\p{L}])`,
  'iu',
);
/** A question about a time limit at all: a deadline word, «når», «hvor lenge», keeping money to the next year. */
const ASKS_TIME = W(
  '\\p{L}*frist\\p{L}*|hvor lenge|kor lenge|innen|innan|neste år|til neste|året etter|spar(?:e|es|t|ast)|overfør\\p{L}*|igjen|ubruk\\p{L}*|sitte på|beholde\\p{L}*',
);

/**
 * «Når» asks a time where it opens a clause («når må …», «og når er …») or is asked after («til når»); inside one
 * («la være å følge søknaden når pengene brukes») it only says on what occasion.
 */
const ASKS_WHEN = /(?:^|[.,;:!?]\s*|(?<![\p{L}])(?:og|men|eller|til|innen|fram til|frem til) )når(?![\p{L}])/u;

/**
 * The kind of deadline a question asks about, read from who acts and what is done; undefined when no time limit
 * is asked. Handing out is the authority's act (also when it keeps the money: «kan SF spare dem»); spending,
 * keeping and carrying over are the network's; a report and an application are named by their own words.
 */
export function askedDeadline(question: string, clause = question): DeadlineKind | undefined {
  const q = toBokmal(question).toLowerCase();
  const asking = toBokmal(clause).toLowerCase();
  if (!ASKS_TIME.test(q) && !ASKS_WHEN.test(q)) return undefined;
  // A report named in the story before the ask («… betalt tilbake ved rapporteringen. Kan vi få det overført?») is
  // context; the clause that asks names the act. Who acts may stand in the story («midler Statsforvalteren
  // ikke fordelte i fjor – kan de brukes i år?»), so the actor is read from the whole message.
  if (REPORT.test(asking)) return 'report';
  const handout = HANDOUT.test(q) && !RECEIVED.test(q);
  if (AUTHORITY_ACTS.test(q) && (handout || SPEND.test(q))) return 'handout';
  if (handout && !SPEND.test(q)) return 'handout';
  if (SPEND.test(q)) return 'spend';
  if (APPLY.test(q)) return 'apply';
  return undefined;
}

/** A clause that sets a date or a span: a date, «innen», «i løpet av», «utgangen av», «fram til», «på seg». */
const DATED = new RegExp(
  `\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{1,2}\\. (?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)|${W('innen|innan|i løpet av|utgangen av|fram til|frem til|\\p{L}*frist\\p{L}*|på seg').source}`,
  'iu',
);
/** Applying to carry money over dates the spending, not the applying. */
const CARRY_OVER = W('overfør\\p{L}*|overføring\\p{L}*');

/** The kinds of deadline a text dates, clause by clause. */
export function statedDeadlines(text: string): Set<DeadlineKind> {
  const out = new Set<DeadlineKind>();
  for (const clause of toBokmal(text)
    .toLowerCase()
    .split(/(?<=[.!?;])\s+/u)) {
    if (!DATED.test(clause)) continue;
    if (REPORT.test(clause)) out.add('report');
    if (HANDOUT.test(clause)) out.add('handout');
    if (SPEND.test(clause)) out.add('spend');
    if (APPLY.test(clause) && !CARRY_OVER.test(clause)) out.add('apply');
  }
  return out;
}

/** «til slutt», «til sist», «i siste instans» with no period after: «finally», not the end of a year. */
const FINALLY =
  /(?<![\p{L}])(?:til slutt|til sist|i siste instans|til sjuande og sist)(?! (?:av|på|i|for|ut)(?![\p{L}]))(?![\p{L}])/giu;

/**
 * «hvem avgjør til slutt hvem som får» read «slutt» as the end of a period and found a carry-over date. Said without
 * a period it only stresses the verb, which says what is asked on its own: it is left out («endelig» in its place
 * found «avgjørende» in the template instead).
 */
export function finallyNotEnd(clause: string): string {
  return clause.replace(FINALLY, '').replace(/ {2,}/gu, ' ');
}
