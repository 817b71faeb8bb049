import { distance } from 'fastest-levenshtein';

// «hva har jeg ansvar for?», «har jeg noen oppgaver?» (s12 #4): a person asking in their own words what is
// theirs wants «mine oppgaver», not the plan template's «Ansvar» column or a pointer to the command. Only the
// whole message counts: a role, a rule or any other topic («hva har jeg ansvar for som prosjektleder»,
// «hvem har ansvar for rapporteringen») makes it a guideline question.
// Month s16 #1: «hva har jeg igjen», «hva gjenstår for meg», «har jeg noe ugjort» name no task word at all; the
// question is about what is left to do, so what remains (igjen, gjenstår, ugjort, skal/må … gjøre) stands for the
// task. Asked as a whole message only: «hva må jeg gjøre for å søke» names a topic and stays a guideline question.

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

/** What is left to do, standing for the task word («hva har jeg igjen», «hva gjenstår for meg»). */
const LEFT =
  /^(?:igjen|att|gjenstår|gjenstående|attståande|ugjort|ugjorte|ugjorde|uferdig|uferdige|mangler|manglar|venter|ventar)$/u;
/** «hva skal jeg gjøre», «hva må eg gjere»: a modal before the verb asks what is one's to do. */
const MODAL = new Set(['skal', 'må', 'bør', 'burde', 'skulle']);
const DO = new Set(['gjøre', 'gjere']);
/** Words only the what-is-left form may hold besides the frame («er det noe jeg ikke har gjort?»). */
const LEFT_FRAME = new Set([...MODAL, 'det', 'ikke', 'ikkje', 'gjort', 'gjordt', 'fått', 'fatt', 'enda', 'ennå']);
/** A question, not a promise said in a meeting («jeg skal gjøre det»): asked by its first word or a question mark. */
const ASKS = /^(?:hva|kva|hvilke|hvilken|har|er|står|gjenstår|mangler|venter|ligger|skal|må|bør)$/u;

/** Whether a first-person message asks what one has left to do, without naming tasks. */
function asksWhatIsLeft(text: string, words: string[]): boolean {
  if (!(ASKS.test(words[0] ?? '') || /\?\s*$/u.test(text))) return false;
  if (!words.every((w) => ME.has(w) || FRAME.has(w) || LEFT_FRAME.has(w) || LEFT.test(w))) return false;
  const left = words.some((w) => LEFT.test(w));
  const toDo = words.some((w) => MODAL.has(w)) && words.some((w) => DO.has(w));
  const notDone = words.includes('gjort') && (words.includes('ikke') || words.includes('ikkje'));
  const haveToDo = words.includes('har') && words.some((w, i) => w === 'å' && DO.has(words[i + 1] ?? ''));
  return left || toDo || notDone || haveToDo;
}

/** The task words long enough that one letter wrong («opgaver», «oppgavr», «ansvarr») still reads as them. */
const LONG_THINGS = ['oppgave', 'oppgaver', 'oppgavene', 'oppgaven', 'oppgåver', 'ansvaret', 'ansvarlig'];

/** A task word as written or one letter off it (month s14 #4: «hva er mine opgaver?» got a 2018 text). */
const isThing = (w: string) => THING.test(w) || (w.length >= 6 && LONG_THINGS.some((t) => distance(w, t) === 1));

/** Whether a message asks, in the first person singular, what one's own tasks or responsibilities are. */
export function asksOwnTasks(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (!words.length || words.length > 8) return false;
  if (!words.some((w) => ME.has(w))) return false;
  if (asksWhatIsLeft(text.trim(), words)) return true;
  if (!words.every((w) => ME.has(w) || isThing(w) || FRAME.has(w))) return false;
  // «hva er mitt?» names no task word; «er jeg på?» names neither.
  return (
    words.some(isThing) ||
    (words.some((w) => STANDS_FOR_THING.has(w)) && /^(?:hva|kva) er\b/u.test(text.toLowerCase().trim()))
  );
}
