// npm run eval:qa [path…]: answers the shared dev set (when ../shared is beside the clone) and the
// project's own dev set (test/guidelines/fixtures/dev-forms.jsonl), then prints the score per form, the
// coverage of the seed documents' sections and how well `score` is calibrated: on these dev sets and on the
// outside fixture (test/guidelines/fixtures/calibration-outside.jsonl: answers to questions written by people
// outside the team, judged), with the AUC and the low-confidence decline's trade-off. Non-zero exit below target.
// --fit also prints the score model refitted on the outside fixture (paste into calibration.ts).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBaseSync } from './index.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeDir } from './knowledge.ts';
import {
  bandLine,
  byForm,
  calibration,
  formatOutsideReport,
  outsideCalibration,
  readOutsideFixture,
  coverage,
  evaluate,
  fullText,
  meetsTargets,
  readQaFile,
  TARGETS,
  type QaResult,
} from './eval-core.ts';
import { SEED_SECTIONS } from './seed-sections.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OWN_DEV_SET = resolve(repoRoot, 'test/guidelines/fixtures/dev-forms.jsonl');
export const OUTSIDE_FIXTURE = resolve(repoRoot, 'test/guidelines/fixtures/calibration-outside.jsonl');
export const SHARED_DEV_SET = resolve(repoRoot, '../shared/eval/qa-dev.jsonl');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const parityArg = args.find((a) => a.startsWith('--parity='))?.slice('--parity='.length);
const paths = args.filter((a) => !a.startsWith('--')).map((p) => resolve(p));
/** --parity=odd|even keeps only the questions whose id ends in an odd/even number: tune on one half, report the other. */
const keep = (id: string) => {
  if (parityArg !== 'odd' && parityArg !== 'even') return true;
  const n = /(\d+)\D*$/.exec(id)?.[1];
  return n !== undefined && Number(n) % 2 === (parityArg === 'odd' ? 1 : 0);
};
const sets = paths.length ? paths : [SHARED_DEV_SET, OWN_DEV_SET].filter((p) => existsSync(p));
const guidelines = loadKnowledgeBaseSync({ guidelinesDir: process.env.GUIDELINES_DIR || undefined });
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s).replace(/\n/g, ' ');

function report(name: string, result: QaResult): boolean {
  console.log(`\n== ${name}`);
  console.log(t.evalAnswered(result.answeredWell, result.answerable), `(${pct(result.answeredRate)})`);
  console.log(t.evalDeclined(result.declined, result.unanswerable), `(${pct(result.declinedRate)})`);
  const forms = byForm(result.records);
  if (forms.length) {
    console.log('\nform            antall  riktig   avslått  mål');
    for (const f of forms) {
      console.log(
        `${f.form.padEnd(15)} ${String(f.total).padStart(6)}  ${pct(f.rate).padStart(7)}  ${pct(f.declinedRate).padStart(7)}  ${f.onTarget ? 'ok' : 'UNDER'}`,
      );
    }
  }
  for (const f of result.failures) {
    const why =
      f.reason === 'declined'
        ? `${t.evalWhyDeclined} (${f.answer.score})`
        : f.reason === 'missing-fact'
          ? `${t.evalWhyMissingFact(short(fullText(f.answer)))} (${f.answer.score})`
          : f.reason === 'no-source'
            ? t.evalWhyNoSource
            : `${t.evalWhyAnswered(short(f.answer.answer))} (${f.answer.score})`;
    console.log(t.evalFailure(f.item.id, f.item.q, `${(f.item.forms ?? []).join('/')} ${why}`));
  }
  return meetsTargets(result) && forms.every((f) => f.onTarget);
}

let ok = true;
const all = [];
for (const path of sets) {
  const result = evaluate(
    guidelines,
    readQaFile(path).filter((q) => keep(q.id)),
  );
  all.push(...result.records);
  ok = report(path.slice(resolve(repoRoot, '..').length + 1), result) && ok;
}

console.log('\n== kalibrering (alle besvarte): poengbånd, antall, riktige, observert treffsikkerhet, snitt-score');
for (const b of calibration(all)) console.log(bandLine(b));

// The outside fixture: judged answers to questions written by people outside the team, with the score features
// the bot computed for them. Scored with the shipped coefficients, and out of fold (10-fold by question: each
// answer scored by a model fitted without it); --fit prints new coefficients fitted on all of it.
if (existsSync(OUTSIDE_FIXTURE)) {
  const report = outsideCalibration(readOutsideFixture(OUTSIDE_FIXTURE), { fit: args.includes('--fit') });
  for (const line of formatOutsideReport(report, OUTSIDE_FIXTURE.slice(repoRoot.length + 1))) console.log(line);
}

const rows = coverage(loadKnowledgeDir(DEFAULT_KNOWLEDGE_DIR), all, SEED_SECTIONS);
const covered = rows.filter((r) => r.entries > 0 && r.reached > 0);
const withEntry = rows.filter((r) => r.entries > 0);
console.log(
  `\n== dekning: ${covered.length}/${rows.length} seksjoner (${pct(covered.length / rows.length)}) har minst én oppføring og minst ett dev-spørsmål besvart riktig; ${withEntry.length}/${rows.length} har minst én oppføring`,
);
for (const r of rows.filter((r) => !(r.entries > 0 && r.reached > 0)).slice(0, verbose ? 100 : 100)) {
  console.log(
    `  ikke dekket: ${r.doc} ${r.heading} (oppføringer ${r.entries}, spørsmål ${r.devQuestions}, riktig ${r.reached})`,
  );
}
console.log(
  ok ? t.evalOnTarget : t.evalBelowTarget,
  `(mål: ≥ ${TARGETS.answered * 100} % per form, ≥ ${TARGETS.declined * 100} % avslått)`,
);
process.exitCode = ok ? 0 : 1;
