// «et kompetansemiljø som RBUP», «en høgskole, f.eks. NTNU», «en partner, for eksempel KS»: a named example of the
// kind of thing the question asks about. The question is about the kind (must we cooperate with a competence
// environment?); when the example is itself a topic of the documents it outweighed the predicate and the answer
// described the example instead (month-round9 N1). Pure: the scored text without the example phrases.
//
// A name is a run of words written with a capital or as an abbreviation in the member's own text (the scored text is
// lower-cased). Bare «som» is also the relative pronoun («midler som Bufdir gir»): the run counts as an example only
// where it ends the clause, so a relative clause, whose verb follows the name, is left alone.
const MARKER = String.raw`(?:[Ff]\.\s?eks\.?|[Ff]eks\.?|[Ff]or eksempel|[Bb]lant annet|[Bb]l\.\s?a\.|[Ss]lik som|[Ss]ånn som|[Ss]om)`;
const NAME = String.raw`\p{Lu}[\p{L}\d-]*`;
const CLAUSE_END = String.raw`(?=\s*(?:$|[?,.;:!)]|\s(?:og|eller|for å|i|til|med|på|da|nå|e\.l\.|el\.)(?![\p{L}])))`;
const EXAMPLE = new RegExp(String.raw`(?<![\p{L}])${MARKER}\s+(${NAME}(?:\s+(?:og\s+)?${NAME})*)${CLAUSE_END}`, 'gu');

/** The example names in the member's own text («som RBUP» → «RBUP»), by their written capital. */
export function namedExamples(original: string): string[] {
  const found: string[] = [];
  for (const m of original.matchAll(EXAMPLE)) found.push(m[1]!);
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` (the scored text, lower-cased or not) without the example phrases found in `original`. */
export function withoutNamedExample(text: string, original: string): string {
  let out = text;
  for (const name of namedExamples(original)) {
    // The marker may be cut off: the asking clause splits «f.eks. RBUP» at the full stop. The name is an example wherever
    // it stands in this message.
    const phrase = new RegExp(String.raw`,?\s*(?<![\p{L}])(?:${MARKER}\s+)?${escape(name)}(?![\p{L}\d])\s*,?`, 'giu');
    out = out.replace(phrase, ' ');
  }
  return out.replace(/\s+/g, ' ').trim();
}

// «RBUP eller lignende», «KS el.l.»: a name followed by «or the like» is an example of its kind too; the question is about
// the kind. Unlike a «som RBUP» example, no word for the kind is left once the name is taken out, so the kind is put in
// its place (found by the caller in the documents' own definition of the name).
const OR_LIKE = new RegExp(
  String.raw`(?<![\p{L}])(${NAME}(?:\s+${NAME})*)\s+(?:eller|el\.?|og) (?:lignende|liknende|liknande|tilsvarende|andre tilsvarende|andre lignende|noe lignende|noko liknande)(?![\p{L}])|(?<![\p{L}])(${NAME}(?:\s+${NAME})*)\s+(?:e\.l\.|el\.l\.)`,
  'gu',
);

/** The names given as an example «or the like» in the member's own text. */
export function namesOrLike(original: string): string[] {
  return [...original.matchAll(OR_LIKE)].map((m) => (m[1] ?? m[2])!);
}

/** `text` with each «name or the like» read as the kind the caller found for the name (left as it is when none). */
export function orLikeAsKind(text: string, kindOf: (name: string) => string | undefined): string {
  return text.replace(OR_LIKE, (all, a?: string, b?: string) => {
    const kind = kindOf((a ?? b)!);
    return kind ? `et ${kind}` : all;
  });
}

// Where the noun phrase of a definition ends: punctuation, a preposition or a relative clause («og» does not: it also
// joins adjectives, «et tverrfaglig og felles team»). Its last word is the
// head noun («et felles veiledningsteam for fosterhjem» → «veiledningsteam»); the words before it are adjectives.
const PHRASE_END = String.raw`(?=\s*(?:$|[,.;:!?)])|\s(?:for|på|i|med|til|fra|av|om|innen|mellom|hos|som|der)(?![\p{L}]))`;

/** What `text` defines `name` as («RBUP (Øst og Sør) er et kompetansesenter for …» → «kompetansesenter»): the head noun
 * of the phrase after «er et/en/ei», when it ends within four words; otherwise nothing. */
export function kindInDefinition(name: string, text: string): string | undefined {
  const definition = new RegExp(
    String.raw`(?<![\p{L}])${escape(name.toLowerCase())}(?:\s*\([^)]*\))?\s+er\s+(?:et|en|ei)\s+((?:\p{L}+\s+){0,3}?\p{L}{4,})${PHRASE_END}`,
    'u',
  );
  return definition.exec(text.toLowerCase())?.[1]?.split(/\s+/).at(-1);
}
