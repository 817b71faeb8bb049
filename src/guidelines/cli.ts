// npm run ask -- "spørsmål"          prints the answer and its source
// npm run ask -- --json < file       one question per line in, one JSON line per answer out
import { createInterface } from 'node:readline';
import { loadKnowledgeBaseSync } from './index.ts';
import type { Answer } from './types.ts';
import { fullText } from './eval-core.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const question = args
  .filter((a) => a !== '--json')
  .join(' ')
  .trim();
const guidelines = loadKnowledgeBaseSync({ guidelinesDir: process.env.GUIDELINES_DIR || undefined });

const asJson = (a: Answer) =>
  // answer is all a member reads: the note on the other version of the rule ("Gjelder nå: …") and a
  // revision now due included.
  JSON.stringify({
    answered: a.answered,
    answer: [fullText(a), a.revisionNote].filter(Boolean).join('\n'),
    sources: a.sources,
    score: a.score,
  });

function print(a: Answer): void {
  console.log(a.answer);
  if (a.olderRuleNote) console.log(`${t.card.noteLabel(a.noteKind)}: ${a.olderRuleNote}`);
  if (a.answered) console.log(t.sources(a.sources));
  else if (a.suggestions.length) console.log(t.didYouMean(a.suggestions.map((s) => s.topic)));
  if (a.revisionNote) console.log(a.revisionNote);
  console.log(t.cliScore(a.score));
}

if (question) {
  const a = guidelines.answer(question);
  if (json) console.log(asJson(a));
  else print(a);
} else if (json) {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) console.log(asJson(guidelines.answer(line)));
  }
} else {
  console.error(t.cliUsage);
  process.exitCode = 2;
}
