// "Jeg jobber hos Statsforvalteren … hvilke oppgaver har vi?": someone who names the body they work for and then says
// «vi», «oss», «vår» asks about that body's role. Read as the asker's own network, the question found a steering
// group's tasks instead of the Statsforvalter's. A newcomer («jeg er nyansatt saksbehandler hos …») names the body the same way.

/** The body a message's writer says they work for, as the documents name it. */
const WORKS_FOR =
  /(?<![\p{L}])(?:jeg|eg) (?:jobber|jobbar|arbeider|arbeider|arbeidar|er ansatt|er tilsett|er saksbehandler|er saksbehandlar|er rådgiver|er rådgjevar|sitter|sit|er (?:ny|nyansatt|nytilsett|nytilsatt|fersk|ein|en) (?:\p{L}*rådgiver|\p{L}*rådgjevar|saksbehandler|saksbehandlar|medarbeider|medarbeidar|ansatt|tilsett))(?: \p{L}+){0,4} (?:hos|i|på|ved) (statsforvalteren|statsforvaltaren|fylkesmannen|bufdir|bufetat|direktoratet)(?![\p{L}])/u;
const BODY: Record<string, string> = {
  statsforvalteren: 'statsforvalteren',
  statsforvaltaren: 'statsforvalteren',
  fylkesmannen: 'statsforvalteren',
  bufdir: 'bufdir',
  direktoratet: 'bufdir',
  bufetat: 'bufetat',
};
const NEWCOMER =
  /(?<![\p{L}])(er) (?:ny|nyansatt|nytilsett|nytilsatt|fersk)(?= (?:\p{L}*rådgiver|\p{L}*rådgjevar|saksbehandler|saksbehandlar|medarbeider|medarbeidar|ansatt|tilsett)(?![\p{L}]))/gu;
const WE = /(?<![\p{L}])(?:vi|oss|me)(?![\p{L}])/gu;
const OUR = /(?<![\p{L}])(?:vår|vårt|våre|vårs)(?![\p{L}])/gu;

/** The clause with «vi/oss» read as the body the writer works for, and «vår» as its («rollen til statsforvalteren»). */
export function speakerRole(clause: string, message: string): string {
  const m = WORKS_FOR.exec(message.toLowerCase());
  if (!m) return clause;
  const body = BODY[m[1]!]!;
  // «ny» there says how long the writer has worked, not which version of the guidelines is asked about.
  return clause.replace(NEWCOMER, '$1').replace(WE, body).replace(OUR, `til ${body}`);
}
