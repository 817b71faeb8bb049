// Pure: a task's status said the way people say it, read into the arguments of `oppgave T3 …`.
// "T1 er ferdig", "ferdig med oppgave T5", "T3 pågår", "T2 er utsatt til 20.12", "Jeg har startet på T6",
// "flytt T7 til fredag", "T4 og T5 er gjort". Text that names no task id, or no status, is left alone.

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

/** How far (in words) a status word may stand from the task id and still be about it. */
const NEAR = 4;
/** Longer text is a message about something else that happens to name a task. */
const MAX_WORDS = 16;

function wordsBetween(text: string, a: number, b: number): number {
  const [from, to] = a < b ? [a, b] : [b, a];
  return text.slice(from, to).trim().split(/\s+/).filter(Boolean).length;
}

/**
 * The `oppgave` arguments the text means ("T1 ferdig", "T2 utsett 20.12", "T1 T2 ferdig"), or null
 * when it is not a status change of a named task. A question ("er T1 ferdig?") shows the task.
 */
export function readTaskStatus(input: string): string | null {
  const text = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!text || text.split(' ').length > MAX_WORDS) return null;
  if (LABELLED.test(text)) return null;
  const ids = [...text.matchAll(ID)];
  if (!ids.length) return null;
  const unique = [...new Set(ids.map((m) => m[1]!.toUpperCase()))];
  const first = ids[0]!.index!;
  const last = ids.at(-1)!.index! + ids.at(-1)![0].length;
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
  if (text.endsWith('?') && !REQUEST.test(text)) return unique.length === 1 ? idList : null;
  if (found === postpone) {
    // The date follows the word, after "til"/"innen"/":" if there is one, and never includes the id.
    const after = text
      .slice(found.index + found[0].length)
      .replace(ID, ' ')
      .replace(/^[\s:,]*/, '');
    const date = (/(?:^|\s)(?:til|innen|:)\s*(.+)$/iu.exec(after)?.[1] ?? after).replace(/[.!]+$/, '').trim();
    // "utsett"/"utsatt" move it later; "flytt" and "ny frist" may move it either way.
    const verb = /^(flytt|ny)/iu.test(found[0]) ? 'ny frist' : 'utsett';
    return `${idList} ${verb}${date ? ` ${date.replace(/\?+$/, '').trim()}` : ''}`;
  }
  if (found !== postpone && MODAL.test(text.slice(0, found.index))) return null;
  // "T1 er ikke ferdig": back to open, not done.
  const negated = NOT.test(text.slice(0, found.index));
  if (found === done) return `${idList} ${negated ? 'åpne igjen' : 'ferdig'}`;
  return negated ? null : `${idList} pågår`;
}
