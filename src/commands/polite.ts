import type { CommandSpec } from './spec.ts';

/**
 * Commands that only show something, so a sentence that asks for one by name may run it: «kan du
 * vise agenda?», «hei, kan du vise frister». Commands that change something (neste, angre,
 * godkjent, start møte …) are never run from a sentence; they are at most offered.
 */
export const SHOW_COMMANDS = new Set([
  'meeting.agenda',
  'meeting.schedule',
  'meeting.minutes',
  'deadline.list',
  'tasks',
  'my-tasks',
  'archive.list',
  'roles.list',
  'help',
]);

const GREETING = /^(?:hei|hallo|heisann|hey|hoi|god (?:morgen|dag|ettermiddag|kveld)|morn|morna)\b[\s!,.]*/u;

/** Ways of asking to be shown something, bokmål and nynorsk. `ask`: may also stand before more words (then offered). */
const REQUESTS: { re: RegExp; ask: boolean }[] = [
  {
    re: /^(?:kan|kunne|vil) (?:du|dere|de) (?:(?:være|vere) (?:så|so) (?:snill|snille) (?:å|og) )?(?:vise|vis|syne|sjå|se|gi|gje|liste opp|liste|hente|finne|sende|ta fram|ta opp)(?: (?:meg|oss))?(?: på)?\s+/u,
    ask: true,
  },
  { re: /^(?:kan|kunne|får|får) (?:jeg|eg|vi|me) (?:få )?(?:se|sjå|sjå på|se på|ha|få)\s+/u, ask: true },
  { re: /^(?:jeg|eg|vi|me) (?:vil|ville|skulle) (?:gjerne )?(?:se|sjå|ha|hatt|sett)\s+/u, ask: true },
  { re: /^(?:vis|vise|syn|list opp|gi|gje|hent)(?: (?:meg|oss))?\s+/u, ask: true },
  { re: /^la (?:meg|oss) (?:se|sjå)\s+/u, ask: true },
  { re: /^(?:hva|kva) (?:er|var|står på|står det på|blir)\s+/u, ask: false },
  { re: /^(?:hvor|kor) (?:er|finner jeg|finn eg|ser jeg|ser eg)\s+/u, ask: false },
];

const DETERMINERS = /^(?:den|det|de|dei|dagens|vår|våre|nettverkets|siste|gjeldende|gjeldande)\s+/u;

/** Words after the command that add nothing to it. */
const FILLER =
  /^(?:(?:for|til|fra|frå|på|i) (?:neste|det neste|dette|vårt|kommende|komande)? ?(?:møte|møtet|nettverket|nettverksmøtet|kanalen)|i dag|nå|no|takk|tusen takk|please|da|då|er du snill|er du grei|vær så snill|ver so snill)(?:\s+|$)/u;

function bare(rest: string): string {
  let r = rest.replace(/[?!.,\s]+$/u, '').trim();
  for (let guard = 0; guard < 4; guard++) {
    const words = r.split(' ');
    // Trailing filler, one phrase at a time from the end.
    let cut = false;
    for (let i = 1; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (FILLER.test(tail) && tail.replace(FILLER, '').trim() === '') {
        r = words
          .slice(0, i)
          .join(' ')
          .replace(/[,\s]+$/u, '');
        cut = true;
        break;
      }
    }
    if (!cut) break;
  }
  return r;
}

/** «agendaen» → «agenda», «oppgavene» → «oppgaver»: the forms a command word takes in a sentence. */
function forms(word: string): string[] {
  const out = [word];
  if (word.endsWith('ene')) out.push(`${word.slice(0, -3)}er`);
  for (const end of ['en', 'et', 'a'])
    if (word.endsWith(end) && word.length > end.length + 3) out.push(word.slice(0, -end.length));
  return out;
}

export type PoliteRoute = { kind: 'run'; spec: CommandSpec } | { kind: 'offer'; spec: CommandSpec } | null;

/**
 * A sentence that asks for a command by its word (N22): «Hei kan du vise agenda?», «vis meg
 * fristene», «hva er møteplanen». With nothing else in it and a command that only shows, the
 * command to run; with more words after an outright request, the command to offer; otherwise
 * null (a question such as «hva er fristen for søknaden?» goes on to the guidelines).
 */
export function politeCommand(text: string, specs: readonly CommandSpec[]): PoliteRoute {
  const lower = text.toLocaleLowerCase('nb').replace(GREETING, '').trim();
  for (const { re, ask } of REQUESTS) {
    const m = re.exec(lower);
    if (!m) continue;
    const rest = bare(lower.slice(m[0].length).replace(DETERMINERS, ''));
    const [first = '', ...more] = rest.split(' ');
    for (const spec of specs) {
      if (!SHOW_COMMANDS.has(spec.id)) continue;
      for (const phrase of spec.words) {
        const n = phrase.split(' ').length;
        const head = [first, ...more].slice(0, n).join(' ');
        const candidates = n === 1 ? forms(first) : [head];
        if (!candidates.includes(phrase)) continue;
        if (more.length - (n - 1) === 0) return { kind: 'run', spec };
        if (ask) return { kind: 'offer', spec };
      }
    }
    return null;
  }
  return null;
}
