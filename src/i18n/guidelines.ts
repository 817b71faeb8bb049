// Text for the guidelines answerer: answers come from the knowledge files, only the frame is here.
type SourceLike = { title: string; section: string; year: number };

const sourceText = (s: SourceLike) => `${s.title}, ${s.section} (${s.year})`;

export const guidelinesText = {
  declined:
    'Det finner jeg ikke noe sikkert svar på i retningslinjene og dokumentene jeg kjenner. Spør gjerne Statsforvalteren, eller still spørsmålet med andre ord.',
  didYouMean: (topics: string[]) => (topics.length ? `Mente du: ${topics.join(' · ')}?` : ''),
  source: (s: SourceLike) => `Kilde: ${sourceText(s)}`,
  sources: (list: SourceLike[]) => `Kilde: ${list.map(sourceText).join('; ')}`,
  olderRule: (year: number, s: SourceLike, text: string) =>
    `Før gjaldt noe annet (${year}; ${sourceText(s)}): ${text}`,
  newerRule: (s: SourceLike, text: string) => `Nå gjelder noe annet (${sourceText(s)}): ${text}`,
  olderDocument: (s: SourceLike, excerpt: string) =>
    `Et eldre dokument sier dette: ${sourceText(s)}: ${excerpt}`,
  fromYear: (year: number) => `Svaret bygger på dokumentet fra ${year}.`,
  passageEllipsis: '…',
  cliUsage: 'Bruk: npm run ask -- "spørsmål"   eller   npm run ask -- --json < spørsmål.txt',
  cliScore: (score: number) => `Treffsikkerhet: ${score.toFixed(2)}`,
  evalAnswered: (ok: number, total: number) => `Besvart med riktig opplysning og kilde: ${ok}/${total}`,
  evalDeclined: (ok: number, total: number) => `Avslått blant spørsmål uten svar: ${ok}/${total}`,
  evalFailure: (id: string, question: string, why: string) => `  ${id}: ${question} – ${why}`,
  evalWhyDeclined: 'avslått',
  evalWhyMissingFact: (answer: string) => `svaret mangler forventet opplysning: ${answer}`,
  evalWhyNoSource: 'svaret mangler kilde',
  evalWhyAnswered: (answer: string) => `skulle vært avslått, men svarte: ${answer}`,
  evalBelowTarget: 'Under målet (≥ 95 % besvart, ≥ 90 % avslått).',
  evalOnTarget: 'Målet er nådd.',
  fileInvalid: (file: string, field: string, problem: string) => `${file}: feltet ${field}: ${problem}`,
  fileNotJson: 'ugyldig JSON',
  duplicateId: (id: string, earlierFile: string) => `id «${id}» finnes allerede i ${earlierFile}`,
  unknownId: (id: string) => `ukjent id «${id}»`,
} as const;
