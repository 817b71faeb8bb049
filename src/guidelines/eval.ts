// npm run eval:qa [path]: answer rate and refusal rate on a question set; non-zero exit below target.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBaseSync } from './index.ts';
import { evaluate, meetsTargets, readQaFile } from './eval-core.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const path = process.argv[2] ? resolve(process.argv[2]) : resolve(repoRoot, '../shared/eval/qa-dev.jsonl');
const guidelines = loadKnowledgeBaseSync({ guidelinesDir: process.env.GUIDELINES_DIR || undefined });
const result = evaluate(guidelines, readQaFile(path));

const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);
console.log(t.evalAnswered(result.answeredWell, result.answerable), `(${(result.answeredRate * 100).toFixed(1)} %)`);
console.log(t.evalDeclined(result.declined, result.unanswerable), `(${(result.declinedRate * 100).toFixed(1)} %)`);
for (const f of result.failures) {
  const why =
    f.reason === 'declined' ? `${t.evalWhyDeclined} (${f.answer.score})`
    : f.reason === 'missing-fact' ? t.evalWhyMissingFact(short(f.answer.answer))
    : f.reason === 'no-source' ? t.evalWhyNoSource
    : `${t.evalWhyAnswered(short(f.answer.answer))} (${f.answer.score})`;
  console.log(t.evalFailure(f.item.id, f.item.q, why));
}
const ok = meetsTargets(result);
console.log(ok ? t.evalOnTarget : t.evalBelowTarget);
process.exitCode = ok ? 0 : 1;
