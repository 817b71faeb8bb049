import { distance } from 'fastest-levenshtein';

// «hva har jeg ansvar for?», «har jeg noen oppgaver?» (s12 #4): a person asking in their own words what is
// theirs wants «mine oppgaver», not the plan template's «Ansvar» column or a pointer to the command. Only the
// whole message counts: a role, a rule or any other topic («hva har jeg ansvar for som prosjektleder»,
// «hvem har ansvar for rapporteringen») makes it a guideline question.

/** Myself, singular: «vi» asks about the network's tasks, which «oppgaver» shows. */
const ME = new Set(['jeg', 'eg', 'meg', 'mitt', 'mine', 'min']);
/** What is asked for: a task or a responsibility, or «mitt»/«mine» standing for them («hva er mitt?»). */
const THING =
  /^(?:oppgave|oppgaver|oppgavene|oppgaven|oppgåve|oppgåver|oppgåvene|gjøremål|ansvar|ansvaret|ansvarlig|ansvarleg)$/u;
const STANDS_FOR_THING = new Set(['mitt', 'mine']);
/** Asking words, auxiliaries and fillers; anything else makes it another question. */
const FRAME = new Set(
  (
    'hva kva hvilke hvilken kva for har er står gjenstår ligger av for noen nokon nå no igjen egentlig åpne opne ' +
    'noe noko på i dag da så hei altså forresten liksom til å gjøre gjere'
  ).split(' '),
);

/** The task words long enough that one letter wrong («opgaver», «oppgavr», «ansvarr») still reads as them. */
const LONG_THINGS = ['oppgave', 'oppgaver', 'oppgavene', 'oppgaven', 'oppgåver', 'ansvaret', 'ansvarlig'];

/** A task word as written or one letter off it (month s14 #4: «hva er mine opgaver?» got a 2018 text). */
const isThing = (w: string) => THING.test(w) || (w.length >= 6 && LONG_THINGS.some((t) => distance(w, t) === 1));

/** Whether a message asks, in the first person singular, what one's own tasks or responsibilities are. */
export function asksOwnTasks(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (!words.length || words.length > 8) return false;
  if (!words.some((w) => ME.has(w))) return false;
  if (!words.every((w) => ME.has(w) || isThing(w) || FRAME.has(w))) return false;
  // «hva er mitt?» names no task word; «er jeg på?» names neither.
  return (
    words.some(isThing) ||
    (words.some((w) => STANDS_FOR_THING.has(w)) && /^(?:hva|kva) er\b/u.test(text.toLowerCase().trim()))
  );
}
