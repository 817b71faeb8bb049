/**
 * Heuristics on a main goal's wording, after template 002's advice (section «Hovedmål», 2024): one
 * sentence, describing the state once the work is done, in the present tense, concrete enough that
 * staff and families notice it. They read words, not meaning, so the plan check words them as
 * advice, never as errors.
 */

/** Sentences in the goal: full stops, question or exclamation marks before a capital, and lines or bullets. */
export function sentenceCount(goal: string): number {
  const lines = goal
    .split(/\r?\n/u)
    .map((l) => l.replace(/^\s*(?:[•·\-–*]|\d+[.)])\s+/u, '').trim())
    .filter((l) => /\p{L}/u.test(l));
  return lines.reduce((n, l) => n + 1 + (l.match(/[.!?](?=\s+[\p{Lu}\d«"])/gu)?.length ?? 0), 0);
}

// Words that put the goal in the future or make it an intention ("skal", "vil", "ønsker å").
const FUTURE =
  /(?<!\p{L})(skal|skulle|vil|kommer\s+til\s+å|ønsker\s+å|planlegger\s+å|tar\s+sikte\s+på|målet\s+er\s+å|har\s+som\s+mål)(?!\p{L})/iu;
// A goal that opens with an infinitive ("Å styrke …", "Styrke …", "Utvikle …") names an aim, not a state.
const INFINITIVE_START =
  /^(å|at|øke|styrke|utvikle|etablere|bedre|forbedre|heve|sikre|redusere|implementere|innføre|gi|lage|skape|bidra|bygge|forebygge|utarbeide|kartlegge|tilby|gjøre|fremme|løfte|videreutvikle|kvalitetssikre)(?!\p{L})/iu;

/** The words that show the goal is not in the present tense, or null. */
export function notPresentTense(goal: string): string | null {
  const text = goal.trim();
  const future = FUTURE.exec(text);
  if (future) return future[1]!.replace(/\s+/g, ' ').toLowerCase();
  const start = INFINITIVE_START.exec(text);
  return start ? start[1]!.toLowerCase() : null;
}

// Something that can be counted or checked: a figure, a share, or a word for all/each/none.
const QUANTITY =
  /\d|%|(?<!\p{L})(alle|hver|hvert|hvar|samtlige|ingen|minst|innen|antall|andel|ukentlig|månedlig|årlig)(?!\p{L})/iu;
// Who notices the change ...
const ACTOR =
  /(?<!\p{L})(\p{L}*medarbeider\p{L}*|ansatte|\p{L}*veileder\p{L}*|\p{L}*familie\p{L}*|barn(?:a|et|ene)?|\p{L}*foreldr\p{L}*|ungdom\p{L}*|\p{L}*fosterhjem\p{L}*|\p{L}*tjenesten\p{L}*|kommunen\p{L}*|teamet|saksbehandler\p{L}*)(?!\p{L})/iu;
// ... doing something one can see (not "har styrket", "er bedre": states nobody can point at).
const DOING =
  /(?<!\p{L})(tar|bruker|benytter|får|mottar|gjennomfører|tilbyr|deltar|følger|gir|møter|kartlegger|dokumenterer|involverer|inviterer|evaluerer|rapporterer|henviser|kontakter|besøker|lager|holder|kjenner|bruk|snakker|spør|svarer|vet|opplever)(?!\p{L})/iu;

/** True when the goal names nothing to count and no one doing something one could see. */
export function notObservable(goal: string): boolean {
  if (QUANTITY.test(goal)) return false;
  return !(ACTOR.test(goal) && DOING.test(goal));
}
