// Questions that reach the guidelines but are not questions about the grant rules, told apart by their form
// (pure functions over the bokmål-normalised text, see toBokmal in question.ts):
// - the network's own data: "når møtes vi neste gang", "hvilke oppgaver har vi", "når er fristen
//   vår". The bot's commands answer those (møteplan, oppgaver, frister); a guideline passage never does.
// - a bare question with several readings: "hva er fristen", "hvor mye får vi". The documents hold several
//   deadlines and several amounts; asserting one reading is a confident wrong answer for the others.

import { askingClause, asksIfRequired } from './question.ts';

export type OwnData = 'meetings' | 'tasks' | 'deadlines' | 'deadlinesThisYear' | 'minutes' | 'members';
export type Ambiguity = 'deadline' | 'amount';

// JavaScript's \b knows only ASCII letters: whole words are bounded by letters here.
const words = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');

/** Speaking of one's own network or oneself: "vi", "vår", "nettverket vårt", "mine". */
const OWN = words('vi|vår|vårt|våre|oss|jeg|meg|min|mitt|mine|vårs');
const OWN_WORDS = new Set(['vi', 'vår', 'vårt', 'våre', 'oss', 'jeg', 'meg', 'min', 'mitt', 'mine']);
const MEETING = words(
  'møte|møtet|møter|møtene|møtes|møtedato\\p{L}*|møtedag\\p{L}*|møteplan\\p{L}*|samling|samlingen|samlinger|samlingene|nettverksmøte\\p{L}*',
);
/** A meeting asked about as a date in one's own calendar, not as advice on how often to meet. */
const CALENDAR = words(
  'når|neste|dato\\p{L}*|tidspunkt\\p{L}*|klokka|klokken|kl|hvilken dag|hvilke dager|hvor skal|hvor er',
);
const NEXT_MEETING = words('neste (?:møte|møtet|samling|samlingen|nettverksmøte)');
const NEXT_TIME = words('neste gang|nestegang');
/** Owned by us: a possessive, not merely "vi" asking ("når må vi levere"). */
const OURS = words('vår|vårt|våre|vårs');
const TASK = words(
  'oppgave|oppgaver|oppgavene|oppgaven|oppgaveliste\\p{L}*|oppgavelist\\p{L}*|gjøremål\\p{L}*|to-?do\\p{L}*|huskeliste\\p{L}*',
);
const DEADLINE = words('frist|fristen|frister|fristene|deadline\\p{L}*|tidsfrist\\p{L}*');
/** Advice or a rule, not a calendar: "hvor ofte bør vi møtes", "må vi ha møter". */
const ADVICE = words('bør|må|burde|anbefal\\p{L}*|lov|lurt|ofte|hvordan|hvorfor|krav\\p{L}*');
/**
 * Concepts of the grant rules and the roles they describe. A question that names one is a guideline
 * question even when it says "vi" ("når er fristen vår for å søke", "hvilke oppgaver har vi som prosjektleder").
 */
const RULE_CONCEPT = words(
  [
    '\\p{L}*midl\\p{L}*',
    'tilskudd\\p{L}*',
    'støtte\\p{L}*',
    'penger\\p{L}*|pengene',
    'søk\\p{L}*',
    '\\p{L}*rapport\\p{L}*',
    'revis\\p{L}*',
    'overhead\\p{L}*',
    '\\p{L}*budsjett\\p{L}*',
    'regnskap\\p{L}*',
    'statsforvalter\\p{L}*|fylkesmann\\p{L}*|bufdir|bufetat|direktorat\\p{L}*',
    'retningslinj\\p{L}*|regel\\p{L}*|regler\\p{L}*',
    'prosjektplan\\p{L}*|milepæl\\p{L}*|hovedmål\\p{L}*|delmål\\p{L}*|tilstands\\p{L}*',
    'overfør\\p{L}*|tilbakebetal\\p{L}*|betale tilbake',
    'kompetansemiljø\\p{L}*|kunnskapsmiljø\\p{L}*',
    'prosjektleder\\p{L}*|prosjekteier\\p{L}*|styringsgrupp\\p{L}*|koordinator\\p{L}*|leder\\p{L}*|ledelse\\p{L}*',
    'kommunen|kommunene|vertskommune\\p{L}*',
    'evaluering\\p{L}*|erfaringslogg\\p{L}*',
    'romerike|hordaland|oslo|viken|støttepilar',
  ].join('|'),
);

/** What the network agreed: a decision word in the past ("ble bestemt", "vedtok vi", "ble enige om"). */
const DECIDED = words(
  'ble (?:vi |dere |de |det )?(?:bestemt|vedtatt|besluttet|avtalt|konkludert|enige)|bestemte (?:vi|dere|de|nettverket|styringsgruppa)|vedtok|besluttet vi|avtalte vi|kom vi fram til|landet vi på',
);
/** The last meeting or an earlier one of one's own: "sist", "forrige møte", "på møtet i oktober". */
const EARLIER = words(
  'sist|siste gang|forrige|på (?:møtet|nettverksmøtet|samlingen)|i (?:møtet|nettverksmøtet)|i referatet|referatet fra',
);
const MINUTES = words('referat|referatet|referater|referatene');
/** Who was given a piece of work, or whether it is done: the task list, not a rule. */
const ASSIGNED = words(
  'hvem skulle|hvem fikk (?:ansvar\\p{L}*|oppgave\\p{L}*|jobben)|hvem tok på seg|hvem har tatt på seg|hvem lovet|hvem sa seg villig',
);
const STILL = words('ennå|enda');
const DONE = words('levert|sendt|gjort|ferdig|ferdige|fullført|skrevet|ordnet');
/** Who is in one's own group now: the network's own records (leaders, municipalities), not the recommendation. */
const MEMBERS = words(
  'hvem sitter|hvem er med|hvem er i|hvem er (?:lederen|leder|koordinatoren|koordinator)|hvilke kommuner (?:er med|sitter|deltar|er i)',
);
const NOW_OWN = words('vår|vårt|våre|oss|nå|i dag');
/** This year's or next year's own deadline: the documents give the deadlines of the years they were written for. */
const THIS_YEAR = words('i år|dette året|til neste år|neste år|i høst');
const ANY_DEADLINE = words('\\p{L}*frist\\p{L}*');
// "siste frist for å bruke opp pengene vi fikk i år (2024)": a year written out, or the money's own spending deadline,
// is what a rule sets for the year's grant (its end, or the transfer's), not a date in the network's own calendar.
const NAMED_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
const SPEND_UP = words('(?:bruke|brukt|bruka|nytte|nytta|få brukt|få bruka) opp|forbruke|forbrukt|overføre|overført');
/** Another body's decision or record, which the documents may describe. */
const DOC_ACTOR = words(
  'statsforvalter\\p{L}*|fylkesmann\\p{L}*|bufdir|bufetat|direktorat\\p{L}*|departement\\p{L}*|storting\\p{L}*|regjering\\p{L}*|romerike|hordaland|oslo|viken|evaluering\\p{L}*|retningslinj\\p{L}*',
);

/**
 * Which of the network's own records a question asks for, or undefined when it is not such a question. The
 * whole message counts: any word beyond the record, its owner and when makes it another question.
 */
export function ownNetworkData(normalized: string): OwnData | undefined {
  const text = normalized.toLowerCase();
  // Forms that only the network's own records answer, whatever topic they name ("hvem skulle sende budsjettet",
  // "hva ble bestemt om budsjettet sist"), unless another body is named ("hva ble vedtatt i statsbudsjettet").
  // "Vi har ikke gjort noen kartlegging ennå. Holder det for å søke?": a lack told before "holder det / er det et
  // problem" asks whether the thing is required, so only the clause that asks can make it a question of who does what.
  // (Other clauses still read the whole message: measured, "… ikke ferdig ennå. Kan vi søke likevel?" sent to the
  // guidelines found a wrong rule more often than the right one.)
  const clause = asksIfRequired(text) ? askingClause(text).toLowerCase() : text;
  if (!DOC_ACTOR.test(text)) {
    if (ASSIGNED.test(clause) || (STILL.test(clause) && DONE.test(clause))) return 'tasks';
    if (DECIDED.test(clause) && (EARLIER.test(text) || MEETING.test(text))) return 'minutes';
    if (DECIDED.test(clause) && OWN.test(text) && !RULE_CONCEPT.test(text) && !ADVICE.test(text)) return 'minutes';
    if (MINUTES.test(text) && EARLIER.test(text) && !ADVICE.test(text)) return 'minutes';
    if (MEMBERS.test(text) && NOW_OWN.test(text) && !ADVICE.test(text)) return 'members';
    if (
      ANY_DEADLINE.test(text) &&
      OWN.test(text) &&
      THIS_YEAR.test(text) &&
      !ADVICE.test(text) &&
      !NAMED_YEAR.test(text) &&
      !SPEND_UP.test(text)
    )
      return 'deadlinesThisYear';
    // "når møtes arbeidsgruppa vår neste gang", "neste møte i prosjektgruppa vår": the next meeting of a group
    // that is ours is in our own calendar, whatever group (a role a rule names) holds it.
    if (
      (NEXT_MEETING.test(text) || (MEETING.test(text) && NEXT_TIME.test(text))) &&
      OURS.test(text) &&
      !ADVICE.test(text)
    )
      return 'meetings';
  }
  // A rule or a role makes it a guideline question ("jeg leder styringsgruppa. hva er oppgavene våre").
  if (RULE_CONCEPT.test(text) || ADVICE.test(text)) return undefined;
  // Nothing but the record asked for, its owner and when: "dekkes parkering når vi har samling" asks about
  // costs, "neste samling i nettverket i Telemark" about another network.
  const other = (text.match(/[\p{L}-]+/gu) ?? []).filter(
    (w) =>
      !FRAME.has(w) &&
      !OWN_WORDS.has(w) &&
      ![OWN, MEETING, CALENDAR, TASK, DEADLINE].some((re) => re.test(w)) &&
      !/^(?:\p{L}*nettverk\p{L}*|gang|gangen|møtes|møtast|treffes|planlagt|ligger|holdes|åpne|åpen|har|hvilke|hvilken|ha|gjøre|igjen|står|liste|lista|listen|nå|ikke|ferdig|ferdige|ferdigstilt|gjenstår|uløste|løst|utført|gjort|ansvar|ansvaret)$/u.test(
        w,
      ),
  );
  if (other.length) return undefined;
  if (NEXT_MEETING.test(text)) return 'meetings';
  if (!OWN.test(text)) return undefined;
  if (MEETING.test(text) && CALENDAR.test(text)) return 'meetings';
  if (TASK.test(text)) return 'tasks';
  if (DEADLINE.test(text)) return 'deadlines';
  return undefined;
}

// Words that only frame a question: asking words, pronouns, auxiliaries, fillers, time words.
const FRAME = new Set(
  (
    'hva hvem når hvor hvordan mye mange er var blir ble kan kunne får fikk få skal vil egentlig da så nå ' +
    'det den de dere vi man en et ei om på i til for med av som the hei lurer jeg på vet noen ' +
    'gjelder står ligger sånn liksom altså forresten år året i år dette denne'
  ).split(' '),
);
const DEADLINE_WORD =
  /^(?:frist|fristen|fristene|frister|tidsfrist(?:en)?|deadline(?:n|en)?|siste ?frist(?:en)?|dato(?:en)?|sistedato(?:en)?)$/;
const MONEY_WORD =
  /^(?:penger|pengene|midler|midlene|tilskudd(?:et)?|støtte(?:n)?|beløp(?:et)?|kroner|kr|stimuleringsmidler|stimuleringsmidlene|sum(?:men)?)$/;

/**
 * A bare question with several readings: nothing but a deadline word ("hva er fristen", "når er fristen?") or,
 * asking how much, nothing but money words ("hvor mye får vi", "hvor mye penger kan vi få").
 */
export function bareAmbiguity(normalized: string): Ambiguity | undefined {
  const tokens = normalized
    .toLowerCase()
    .replace(/siste frist/g, 'sistefrist')
    .match(/[\p{L}\d-]+/gu);
  if (!tokens?.length) return undefined;
  const rest = tokens.filter((w) => !FRAME.has(w));
  if (rest.length && rest.every((w) => DEADLINE_WORD.test(w) || w === 'sistefrist')) return 'deadline';
  const howMuch = /(?<![\p{L}])hvor (?:mye|mykje|store?)(?![\p{L}])/u.test(normalized);
  if (howMuch && rest.every((w) => MONEY_WORD.test(w))) return 'amount';
  return undefined;
}
