// Retrieval latency and index build time; bench/run.ts calls retrievalBench(), and this file runs alone too.
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBaseSync } from '../src/guidelines/index.ts';
import { readQaFile } from '../src/guidelines/eval-core.ts';

const ROUNDS = 50;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function retrievalBench(): Promise<{
  scenario: 'retrieval';
  p50_ms: number;
  p99_ms: number;
  p99_cpu_ms: number;
  index_build_ms: number;
  questions: number;
}> {
  // The whole dev set: the shared one when ../shared is beside the clone, and the project's own always.
  const sets = [
    resolve(repoRoot, '../shared/eval/qa-dev.jsonl'),
    resolve(repoRoot, 'test/guidelines/fixtures/dev-forms.jsonl'),
  ];
  const questions = sets.filter((p) => existsSync(p)).flatMap((p) => readQaFile(p).map((q) => q.q));
  // Build time covers everything a cold start does: reading and validating the files, then indexing.
  const start = performance.now();
  const guidelines = loadKnowledgeBaseSync({});
  const buildMs = performance.now() - start;

  for (const q of questions) guidelines.answer(q); // warm-up: JIT and stem cache, as in a running bot
  const samples: number[] = [];
  // CPU time too: on a shared machine the wall clock also counts the time this process waits for a core.
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      guidelines.answer(q);
      samples.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    scenario: 'retrieval',
    p50_ms: round3(percentile(samples, 50)),
    p99_ms: round3(percentile(samples, 99)),
    p99_cpu_ms: round3(percentile(cpu, 99)),
    index_build_ms: round3(buildMs),
    questions: questions.length,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await retrievalBench()));
}
