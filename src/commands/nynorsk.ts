/**
 * Nynorsk command words, the one table of them: what a nynorsk user writes at the start of a
 * command, and the bokmål words the command table knows it by. The router reads a line through
 * this before it looks for a command, so «oppgåve», «til stades», «fråfall» and «fristar» run
 * the same command as «oppgave», «til stede», «forfall» and «frister» (N13). Words that are the
 * same in both forms (agenda, vedtak, info, referat, neste, frist) need no entry.
 */
const COMMAND_WORDS: Record<string, string> = {
  oppgåve: 'oppgave',
  'vis oppgåve': 'vis oppgave',
  'oppgåve vis': 'oppgave vis',
  oppgåver: 'oppgaver',
  'opne oppgåver': 'åpne oppgaver',
  'mine oppgåver': 'mine oppgaver',
  'til stades': 'til stede',
  tilstades: 'til stede',
  fråfall: 'forfall',
  fristar: 'frister',
  fristane: 'fristene',
  'frist varsel': 'frist varsler',
  statsforvaltaren: 'statsforvalteren',
  statsforvaltar: 'statsforvalter',
  kommunar: 'kommuner',
  kommunane: 'kommunene',
  'leiar +': 'leder +',
  'leiar+': 'leder+',
  'leiar -': 'leder -',
  'leiar-': 'leder-',
  leiarar: 'ledere',
  leiarane: 'ledere',
  møtestad: 'møtested',
  referata: 'referater',
  'alle referata': 'alle referater',
  prosjekta: 'prosjekter',
  'vis prosjektplanen': 'vis prosjektplan',
  oppbevaringstida: 'oppbevaringstid',
  'framlegg til agenda': 'agendaforslag',
};

/**
 * Words inside a command's own syntax (not the person's words): «innan» before a task's due date
 * reads as «innen». Only the last one counts, and only with a short tail after it (a date), so
 * «ringje innan fristen, innan 12.02» keeps the first.
 */
const SYNTAX_WORDS: { command: string; nynorsk: string; bokmal: string }[] = [
  { command: 'oppgave', nynorsk: 'innan', bokmal: 'innen' },
];

const PHRASES = Object.keys(COMMAND_WORDS).sort((a, b) => b.length - a.length);

function startsWith(lower: string, phrase: string): boolean {
  if (!lower.startsWith(phrase)) return false;
  const next = lower.charAt(phrase.length);
  return next === '' || /[\s:,.!?]/.test(next) || !/[\p{L}\p{N}]/u.test(phrase.slice(-1));
}

/** The line with nynorsk command words at its start (and in the command's syntax) in bokmål; other text as written. */
export function fromNynorsk(text: string): string {
  const lower = text.toLocaleLowerCase('nb');
  const hit = PHRASES.find((p) => startsWith(lower, p));
  if (!hit) return text;
  const command = COMMAND_WORDS[hit]!;
  let rest = text.slice(hit.length);
  for (const s of SYNTAX_WORDS) {
    if (command !== s.command) continue;
    const re = new RegExp(`^(.*\\s)${s.nynorsk}(\\s+\\S+(?:\\s+\\S+){0,2})\\s*$`, 'iu');
    rest = rest.replace(re, (_m, before: string, tail: string) => `${before}${s.bokmal}${tail}`);
  }
  return `${command}${rest}`;
}
