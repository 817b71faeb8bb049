// Pure: a plain line in the meeting thread that says outright that something was decided («Vi vedtok at …»,
// «Vi ble enige om …», «Det ble bestemt at …»). A leader typing minutes writes decisions that way; a line
// that only states a fact («Nannestad blir vertskommune») is talk, as is a question about a decision.

const STATED =
  /^(?:(?:så|og|da)\s+)?(?:vi|nettverket|lederne|møtet|styringsgruppa|styringsgruppen)\s+(?:har\s+|hadde\s+)?(?:vedtok|vedtatt|vedtar|besluttet|beslutter|bestemte|bestemt|ble\s+enige\s+om|er\s+enige\s+om|har\s+blitt\s+enige\s+om)(?![\p{L}])/iu;
const PASSIVE = /^det\s+(?:ble|er|har\s+blitt)\s+(?:vedtatt|bestemt|besluttet|enighet\s+om)(?![\p{L}])/iu;

/** Whether the line plainly states a decision, so it is kept as one. */
export function statesDecision(line: string): boolean {
  const l = line.normalize('NFC').trim();
  if (!l || /\?\s*$/u.test(l)) return false;
  // «Vi vedtok ikke noe om …», «Det ble ikke bestemt»: no decision to keep.
  if (/(?:^|\s)ikke(?![\p{L}])/iu.test(l.split(/\s+/u).slice(0, 5).join(' '))) return false;
  return STATED.test(l) || PASSIVE.test(l);
}
