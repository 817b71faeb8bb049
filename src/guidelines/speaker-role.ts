// "Jeg jobber hos Statsforvalteren … hvilke oppgaver har vi?": someone who names the body they work for and then says
// «vi», «oss», «vår» asks about that body's role. Read as the asker's own network, the question found a steering
// group's tasks instead of the Statsforvalter's.

/** The body a message's writer says they work for, as the documents name it. */
const WORKS_FOR =
  /(?<![\p{L}])(?:jeg|eg) (?:jobber|jobbar|arbeider|arbeider|arbeidar|er ansatt|er tilsett|er saksbehandler|er saksbehandlar|er rådgiver|er rådgjevar|sitter|sit)(?: \p{L}+){0,4} (?:hos|i|på|ved) (statsforvalteren|statsforvaltaren|fylkesmannen|bufdir|bufetat|direktoratet)(?![\p{L}])/u;
const BODY: Record<string, string> = {
  statsforvalteren: 'statsforvalteren',
  statsforvaltaren: 'statsforvalteren',
  fylkesmannen: 'statsforvalteren',
  bufdir: 'bufdir',
  direktoratet: 'bufdir',
  bufetat: 'bufetat',
};
const WE = /(?<![\p{L}])(?:vi|oss|me)(?![\p{L}])/gu;
const OUR = /(?<![\p{L}])(?:vår|vårt|våre|vårs)(?![\p{L}])/gu;

/** The clause with «vi/oss» read as the body the writer works for, and «vår» as its («rollen til statsforvalteren»). */
export function speakerRole(clause: string, message: string): string {
  const m = WORKS_FOR.exec(message.toLowerCase());
  if (!m) return clause;
  const body = BODY[m[1]!]!;
  return clause.replace(WE, body).replace(OUR, `til ${body}`);
}
