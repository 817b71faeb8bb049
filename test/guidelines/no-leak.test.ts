import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Evaluation questions must never reach the knowledge base or the code: a copied question makes the
// score say nothing about questions nobody has seen.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/guidelines/fixtures');
const shared = resolve(root, '../shared/eval/qa-dev.jsonl');
// Outside testers' rounds (questions.tsv: id, form, question, …) when the notes sit beside the clone. Rounds 3
// to 14 have been studied, so none of their questions may stand in the project. A later blind round is the
// measure and is never read, not even here.
const outsideRounds = [
  '../notes/qa-round3/questions.tsv',
  '../notes/qa-round4/questions.tsv',
  '../notes/qa-round5/questions.tsv',
  '../notes/qa-round6/questions.tsv',
  '../notes/qa-round7/questions.tsv',
  '../notes/qa-round8/questions.tsv',
  '../notes/qa-round9/questions.tsv',
  '../notes/s12/qa10/questions.tsv',
  '../notes/s12/qa11/questions.tsv',
  '../notes/s13/qa12/questions.tsv',
  '../notes/s13/qa13/questions.tsv',
  '../notes/s14/qa14/questions.tsv',
]
  .map((p) => resolve(root, p))
  .filter((p) => existsSync(p));

const normalise = (s: string) =>
  ` ${s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

function questionsIn(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { q: string }).q));
}

function questionsInTsv(file: string): string[] {
  const [head, ...rows] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const col = (head ?? '').split('\t').indexOf('question');
  return col < 0 ? [] : rows.map((r) => r.split('\t')[col] ?? '').filter(Boolean);
}

const evalFiles = [
  ...(existsSync(shared) ? [shared] : []),
  ...readdirSync(fixtures)
    .filter((f) => /^(heldout.*|dev-forms)\.jsonl$/.test(f))
    .map((f) => join(fixtures, f)),
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

// A question of up to three words ("overhead", "revisor?") is a keyword, not a copied question: it only
// counts as leaked when it stands as a whole question string in an entry. Longer ones count anywhere.
const MIN_WORDS_ANYWHERE = 4;

interface Leak {
  question: string;
  file: string;
}

export function findLeaks(questions: string[], files: string[]): Leak[] {
  const texts = files.map((file) => ({ file, text: normalise(readFileSync(file, 'utf8')) }));
  const entryQuestions = new Map<string, string>();
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { entries?: { questions?: string[] }[] };
      for (const e of parsed.entries ?? []) for (const q of e.questions ?? []) entryQuestions.set(normalise(q), file);
    } catch {
      // Not a knowledge file: its text is still searched above.
    }
  }
  const leaks: Leak[] = [];
  for (const question of new Set(questions)) {
    const n = normalise(question);
    if (n.trim().split(' ').length >= MIN_WORDS_ANYWHERE) {
      const hit = texts.find((t) => t.text.includes(n));
      if (hit) leaks.push({ question, file: hit.file.slice(root.length + 1) });
    } else if (entryQuestions.has(n)) {
      leaks.push({ question, file: entryQuestions.get(n)!.slice(root.length + 1) });
    }
  }
  return leaks;
}

describe('no evaluation question leaks into the project', () => {
  const questions = [...evalFiles.flatMap(questionsIn), ...outsideRounds.flatMap(questionsInTsv)];

  it('reads the evaluation sets (the project dev set at least)', () => {
    expect(evalFiles.some((f) => f.endsWith('dev-forms.jsonl'))).toBe(true);
    expect(questions.length).toBeGreaterThanOrEqual(150);
  });

  it('reads the outside round-3 and round-4 questions when the notes are beside the clone', () => {
    for (const file of outsideRounds) expect(questionsInTsv(file).length, file).toBeGreaterThanOrEqual(100);
  });

  it('finds a planted copy, so the check can fail', () => {
    const planted = join(fixtures, 'dev-forms.jsonl');
    const own = questionsIn(planted).filter((q) => q.split(' ').length >= MIN_WORDS_ANYWHERE);
    expect(findLeaks(own.slice(0, 3), [planted]).length).toBe(3);
  });

  it('no knowledge file holds an evaluation question', () => {
    const files = filesUnder(join(root, 'src/guidelines/knowledge')).filter((f) => f.endsWith('.json'));
    expect(findLeaks(questions, files)).toEqual([]);
  });

  it('no file under src/ holds an evaluation question', () => {
    const files = filesUnder(join(root, 'src')).filter((f) => !f.includes('/knowledge/'));
    expect(findLeaks(questions, files)).toEqual([]);
  });
});
