// Pure: a task's status said the way people say it, read into the arguments of `oppgave T3 …`.
// "T1 er ferdig", "ferdig med oppgave T5", "T3 pågår", "T2 er utsatt til 20.12", "Jeg har startet på T6",
// "flytt T7 til fredag", "T4 og T5 er gjort". Text that names no task id, or no status, is left alone.
// What the line says after the status ("T2 pågår, Nes har sendt tall") is kept as a comment on the task.

import { parseNorwegianDate } from '../time/norwegian-date.ts';

const ID = /(?<![\p{L}\p{N}])#?(t\d{1,6})(?![\p{L}\p{N}])/giu;

// Each status word, in the forms it is written; matched as whole words.
const DONE = /(?<![\p{L}])(ferdig\p{L}*|gjort|fullført\p{L}*|utført\p{L}*|levert|done|avsluttet)(?![\p{L}])/iu;
const PROGRESS = /(?<![\p{L}])(pågår|påbegynt|i gang|igang|startet|begynt på|begynt|under arbeid)(?![\p{L}])/iu;
const POSTPONE = /(?<![\p{L}])(utsett\p{L}*|utsatt|flytt\p{L}*|ny frist)(?![\p{L}])/iu;
const NOT = /(?<![\p{L}])(ikke|ikkje|ennå ikke)\s+(\p{L}+\s+)?$/iu;

// A question that asks for the change: "kan jeg få …", "kan du merke …", "får vi …", "vil du …".
const REQUEST = /^(?:kan|kunne|får|vil|ville)\s+(?:jeg|vi|du|dere|me|eg|de)(?![\p{L}])/iu;

// "T2 skal være ferdig før jul", "T3 må startes i januar": a requirement or a plan, not how it stands.
const MODAL = /(?<![\p{L}])(skal|skulle|må|måtte|bør|burde|ska|treng\p{L}*|trenger)\s+(?:\p{L}+\s+){0,2}$/iu;
// "vedtk: T2 …", "Notat: …": a line with a label is a meeting entry of some kind, even a mistyped one.
const LABELLED = /^\s*\p{L}[\p{L}-]*\s*:/u;

const TERTIAL_BEFORE = /(?<![\p{L}])(tertial\p{L}*|i|per|pr\.?|innen)\s+$/iu;

/** A task given to someone in a few words: the id, the words of `oppgave T3 ny ansvarlig`, then who. */
const OWNER_LINE =
  /^#?(t\d{1,6})(?![\p{L}\p{N}])[\s:,.-]*(?:får\s+)?(?:(?:ny ansvarlig|nye ansvarlige|gi til|gis til|gis videre til|overtas av)\s*:?|ansvarlig\s*:)\s+(\S+(?:\s+\S+){0,5})$/iu;
/**
 * A due date after the id with no verb (month s13 #4: «T4 frist fredag» went to the guidelines): «frist
 * fredag», «innen 15.01», «fristen er 8. januar», or a date alone («T4 15.01»). Read as «ny frist», which
 * may move it either way; a date that does not read is answered by the command with an example.
 */
const DUE_LINE =
  /^#?(t\d{1,6})(?![\p{L}\p{N}])[\s:,.-]*(?:(?:(?:ny\s+)?frist(?:en)?(?:\s+er)?|innen)\s*:?\s*(?:til\s+)?(\S+(?:\s+\S+){0,4})|(\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?))$/iu;
/** Any fixed day: only whether the words read as a date matters here, not which. */
const SOME_DAY = new Date('2026-01-05T12:00:00Z');
/**
 * Words after «frist» that are a date, or plainly try to be one (a figure, «neste møte», «om to uker»):
 * «T4 fristen er ute», «T4 frist er vel fredag» are talk about the task, not a new due date (review).
 */
function readsAsDate(words: string): boolean {
  if (/\d/.test(words) || /(?<![\p{L}])(?:møte|uke|uker|måned|måneder|dag|dager)(?![\p{L}])/iu.test(words)) return true;
  return parseNorwegianDate(words, { now: SOME_DAY, nextMeeting: '2026-01-30' }).ok;
}
/** Who a task is given to opens with an @mention or a name («Nes»), not with talk («er fortsatt Nes»). */
const OWNER_START = /^(?:@|\p{Lu})/u;

/** How far (in words) a status word may stand from the task id and still be about it. */
const NEAR = 4;
/** A status word right after the task number («T3 er ferdig», «T3 pågår»): the command's own words. */
const STATUS_WORD =
  /^(?:er\s+)?(?:ferdig|gjort|utført|fullført|levert|pågår|påbegynt|i gang|startet|åpne igjen|gjenåpne|ikke ferdig)(?![\p{L}])/iu;
/** Longer text is a message about something else that happens to name a task. */
const MAX_WORDS = 16;

function wordsBetween(text: string, a: number, b: number): number {
  const [from, to] = a < b ? [a, b] : [b, a];
  return text.slice(from, to).trim().split(/\s+/).filter(Boolean).length;
}

/** What follows the status on the line: said about the task, so it is kept with it (`COMMENT_MARK`). */
export interface TaskStatusLine {
  /** The `oppgave` arguments: "T1 ferdig", "T2 utsett 20.12", "T1 T2 ferdig". */
  args: string;
  /** The rest of the line after the status ("Nes har sendt tall, venter på Eidsvoll"), or ''. */
  rest: string;
}

/** Between a status and what is said about it in the `oppgave` arguments: «T2 pågår – Nes har sendt tall». */
export const COMMENT_MARK = ' – ';

// Words after a status that add nothing worth keeping ("T6 nå.", "T1 er ferdig i dag!").
const FILLER =
  /^(?:(?:og|men|så|nå|nettopp|endelig|allerede|også|igjen|i dag|i går|denne uka|takk|for øvrig)\s*[.,!]*\s*)*$/iu;

/** The text after a status, when it says something: leading separators and filler words left out. */
function commentOf(tail: string): string {
  const rest = tail
    .replace(/^[\s,;:.!–—-]+/u, '')
    .replace(/^(?:og|men)\s+/iu, '')
    .trim();
  if (!rest || FILLER.test(rest) || !/\p{L}/u.test(rest)) return '';
  return rest;
}

/**
 * The `oppgave` arguments the text means ("T1 ferdig", "T2 utsett 20.12", "T1 T2 ferdig"), or null
 * when it is not a status change of a named task. A question ("er T1 ferdig?") shows the task.
 * Whatever the line says after the status comes back after `COMMENT_MARK`, so it is not lost.
 */
export function readTaskStatus(input: string): string | null {
  const line = readTaskStatusLine(input);
  return line ? `${line.args}${line.rest ? `${COMMENT_MARK}${line.rest}` : ''}` : null;
}

/** The status a line sets and the rest of what it says about the task, or null when it sets none. */
export function readTaskStatusLine(input: string): TaskStatusLine | null {
  const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  // «T3 ny ansvarlig @Kari Nordmann», «T3 ansvarlig: Nes», «T3 gis til @Kari»: the owner, as `oppgave T3
  // ny ansvarlig …` (month round 6, N8). The rest of the line names the owner; it is no comment.
  const owner = OWNER_LINE.exec(text);
  if (owner?.[1] && owner[2] && OWNER_START.test(owner[2]))
    return { args: `${owner[1].toUpperCase()} ny ansvarlig ${owner[2]}`, rest: '' };
  const due = text.endsWith('?') ? null : DUE_LINE.exec(text);
  if (due?.[1] && readsAsDate(due[2] ?? due[3] ?? ''))
    return { args: `${due[1].toUpperCase()} ny frist ${due[2] ?? due[3]}`.replace(/[.!]+$/u, ''), rest: '' };
  // "T2 pågår, Nes har sendt tall", "T4 er i gang; Bufetat ringte …": the status opens the line and the
  // rest, however long, is about the task. Task ids in the rest are named, not changed.
  // A line that ends as a question («T2 er ferdig, eller?») asks, and is read whole as before.
  const head = text.endsWith('?') ? undefined : /^(.{1,160}?)(?:[,;]|\s[–—-]\s)/u.exec(text)?.[1];
  const first = head ? statusIn(head) : null;
  if (first) {
    const after = text.slice(head!.length);
    return { args: first.args, rest: first.rest ? `${first.rest}${after}` : commentOf(after) };
  }
  return text.split(' ').length > MAX_WORDS ? null : statusIn(text);
}

function statusIn(text: string): TaskStatusLine | null {
  if (LABELLED.test(text)) return null;
  const ids = [...text.matchAll(ID)];
  if (!ids.length) return null;
  const unique = [...new Set(ids.map((m) => (m[1] ?? m[0]).toUpperCase()))];
  const firstId = ids[0];
  const lastId = ids.at(-1);
  // Not empty (checked above); the check keeps the compiler and the reader on the same page.
  if (!firstId || !lastId) return null;
  const first = firstId.index;
  const last = lastId.index + lastId[0].length;
  // "T2" is also a tertial: "rapporten for tertial T2 er levert", "i T2 2026" are not about a task.
  if (TERTIAL_BEFORE.test(text.slice(0, first)) || /^\s*(?:20\d\d|-?rapport)/iu.test(text.slice(last))) return null;

  const near = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(text);
    if (!m) return null;
    const at = m.index;
    const distance =
      at >= last
        ? wordsBetween(text, last, at)
        : at + m[0].length <= first
          ? wordsBetween(text, at + m[0].length, first)
          : 0;
    return distance <= NEAR ? m : null;
  };

  const postpone = near(POSTPONE);
  const done = near(DONE);
  const progress = near(PROGRESS);
  const found = [postpone, done, progress]
    .filter((m): m is RegExpExecArray => !!m)
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return null;
  const idList = unique.join(' ');
  // "er T1 ferdig?" asks how it stands; "kan jeg få utsatt T2 til 1. februar?" asks for the change.
  if (text.endsWith('?') && !REQUEST.test(text)) return unique.length === 1 ? { args: idList, rest: '' } : null;
  // What is said after the status and the ids it names is a comment on the task.
  const tail = text.slice(Math.max(last, found.index + found[0].length));
  if (found === postpone) {
    // The date follows the word, after "til"/"innen"/":" if there is one, and never includes the id;
    // it ends where a comment starts ("utsett T2 til 20.12, venter på Eidsvoll").
    let after = text
      .slice(found.index + found[0].length)
      .replace(ID, ' ')
      .replace(/^[\s:,]*/, '');
    let rest = '';
    const cut = /(?:[,;]|\s[–—-]\s|\.\s+(?=\p{Lu}))/u.exec(after);
    if (cut) {
      rest = commentOf(after.slice(cut.index + cut[0].length));
      after = after.slice(0, cut.index);
    }
    const date = (/(?:^|\s)(?:til|innen|:)\s*(.+)$/iu.exec(after)?.[1] ?? after).replace(/[.!]+$/, '').trim();
    // "utsett"/"utsatt" move it later; "flytt" and "ny frist" may move it either way.
    const verb = /^(flytt|ny)/iu.test(found[0]) ? 'ny frist' : 'utsett';
    return { args: `${idList} ${verb}${date ? ` ${date.replace(/\?+$/, '').trim()}` : ''}`, rest };
  }
  if (found !== postpone && MODAL.test(text.slice(0, found.index))) return null;
  const rest = commentOf(tail);
  // "T1 er ikke ferdig": back to open, not done.
  const negated = NOT.test(text.slice(0, found.index));
  if (found === done) return { args: `${idList} ${negated ? 'åpne igjen' : 'ferdig'}`, rest };
  return negated ? null : { args: `${idList} pågår`, rest };
}

/**
 * `oppgave` arguments split into the status change and the comment after it: «T2 pågår – Nes har sendt
 * tall» as the phrase reader writes it, and «T2 pågår, Nes har sendt tall» or «T3 utsett 12.2; venter på
 * svar» as people type the command. Anything that is no status change comes back whole.
 */
export function splitStatusComment(args: string): TaskStatusLine {
  const text = args.normalize('NFC').replace(/\s+/g, ' ').trim();
  const ids = /^((?:#?t\d{1,6}(?:\s*,\s*|\s+og\s+|\s+))*#?t\d{1,6})(?![\p{L}\p{N}])[\s:,.-]*/iu.exec(text);
  if (!ids) return { args, rest: '' };
  const after = text.slice(ids[0].length);
  const status = STATUS_WORD.exec(after);
  if (status) {
    const rest = commentOf(after.slice(status[0].length));
    return rest ? { args: `${ids[1]} ${status[0]}`, rest } : { args, rest: '' };
  }
  const due = /^(?:utsett|utsatt|utsettes|ny frist|frist|flytt fristen|flytt frist)(?![\p{L}])/iu.exec(after);
  if (!due) return { args, rest: '' };
  const cut = /(?:[,;]|\s[–—-]\s|\.\s+(?=\p{Lu}))/u.exec(after);
  if (!cut) return { args, rest: '' };
  const rest = commentOf(after.slice(cut.index + cut[0].length));
  return rest ? { args: `${ids[1]} ${after.slice(0, cut.index).trim()}`, rest } : { args, rest: '' };
}

/** The task ids that open `oppgave` arguments ("T4 og T5 ferdig" → T4, T5). */
export function taskIdsOf(args: string): string[] {
  const ids = /^((?:#?t\d{1,6}(?:\s*,\s*|\s+og\s+|\s+))*#?t\d{1,6})(?![\p{L}\p{N}])/iu.exec(args.trim());
  return [...new Set([...(ids?.[1] ?? '').matchAll(/t\d{1,6}/giu)].map((m) => m[0].toUpperCase()))];
}
