// Pure: a plain line in the meeting thread that says outright that something was decided («Vi vedtok at …»,
// «Vi ble enige om …», «Det ble bestemt at …»). A leader typing minutes writes decisions that way; a line
// that only states a fact («Nannestad blir vertskommune») is talk, as is a question about a decision.
// Review s15 #4: such lines are also ordinary chat («Vi bestemte oss for å ta kaffepause», «Det ble vedtatt i
// kommunestyret …»), so only a firm phrase from a leader is kept at once; everything else is asked about.

const SUBJECT = String.raw`^(?:(?:så|og|da)\s+)?(?:vi|nettverket|lederne|møtet|styringsgruppa|styringsgruppen)\s+(?:har\s+|hadde\s+)?`;
const END = String.raw`(?![\p{L}])`;
// Formal words for a decision: how minutes are written.
const FIRM_VERB = String.raw`(?:vedtok|vedtatt|vedtar|besluttet|beslutter|ble\s+enige\s+om)`;
// Everyday words that also say «we agree that this is hard» or «we decided to take a break».
const LOOSE_VERB = String.raw`(?:bestemte|bestemt|er\s+enige\s+om|har\s+blitt\s+enige\s+om)`;
const FIRM_PASSIVE = String.raw`^det\s+(?:ble|er|har\s+blitt)\s+(?:vedtatt|bestemt|besluttet)`;
const LOOSE_PASSIVE = String.raw`^det\s+(?:ble|er|har\s+blitt)\s+enighet\s+om`;

const FIRM = new RegExp(`(?:${SUBJECT}${FIRM_VERB}|${FIRM_PASSIVE})${END}`, 'iu');
const LOOSE = new RegExp(`(?:${SUBJECT}${LOOSE_VERB}|${LOOSE_PASSIVE})${END}`, 'iu');
// Review s16 #9: a group with a generic name («utvalget», «arbeidsgruppa», «styret») is as often the network's
// own working group as someone else's, so a decision said to be its own is asked about, never kept at once nor
// dropped: as subject («Utvalget vårt vedtok at …») or named before what was decided («… i utvalget at …»).
const GROUP = String.raw`(?:(?:arbeids|prosjekt|referanse)?grupp(?:a|en)|utvalget|rådet|styret)`;
const GROUP_SUBJECT = String.raw`^(?:(?:så|og|da)\s+)?${GROUP}(?:\s+(?:vårt|vår|vårs))?\s+(?:har\s+|hadde\s+)?`;
const BY_GROUP = new RegExp(`${GROUP_SUBJECT}(?:${FIRM_VERB}|${LOOSE_VERB})${END}`, 'iu');
const IN_GROUP = new RegExp(String.raw`(?<![\p{L}])(?:i|av)\s+${GROUP}${END}`, 'iu');
// «Vi vedtok ikke …», «Det ble ikke bestemt»: negation right after the verb (or «ble»/«er»), never further on,
// so «Vi vedtok at Nes ikke skal være vert» is a decision.
const NEGATED = new RegExp(
  String.raw`(?:(?:${SUBJECT}|${GROUP_SUBJECT})(?:vedtok|vedtatt|vedtar|besluttet|beslutter|bestemte|bestemt|ble|er|har\s+blitt)|^det\s+(?:ble|er|har\s+blitt))\s+ikke${END}`,
  'iu',
);
// A political body's decision reported in the meeting is not the network's, and saying so is news, not
// minutes: named before what was decided («Det ble vedtatt i kommunestyret at …»), so «… at Nes legger saken
// fram i kommunestyret» is still the meeting's own.
const POLITICAL_BODY =
  /(?<![\p{L}])(?:i|av)\s+(?:kommunestyret|bystyret|formannskapet|fylkestinget|fylkesutvalget|stortinget|regjeringen|departementet|bystyre|kommunestyre|hovedutvalget|kontrollutvalget)(?![\p{L}])/iu;

/**
 * How plainly the line states a decision of the meeting: 'firm' in the words minutes use, 'loose' in words
 * that are as often chat or name a group that may be the network's own, null when it states none (a
 * question, a negation, a political body's decision).
 */
export function decisionPhrase(line: string): 'firm' | 'loose' | null {
  const l = line.normalize('NFC').trim();
  if (!l || /\?\s*$/u.test(l) || NEGATED.test(l) || POLITICAL_BODY.test(head(l))) return null;
  if (BY_GROUP.test(l)) return 'loose';
  if (FIRM.test(l)) return IN_GROUP.test(head(l)) ? 'loose' : 'firm';
  return LOOSE.test(l) ? 'loose' : null;
}

/** The line up to what was decided: before its first «at», «om» or «å». */
const head = (l: string) => l.split(/(?<![\p{L}])(?:at|om|å)(?![\p{L}])/iu)[0] ?? l;
