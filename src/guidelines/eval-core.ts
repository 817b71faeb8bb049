import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answer, Answerer } from './types.ts';

export const qaLineSchema = z.object({
  id: z.string(),
  q: z.string().min(1),
  expect_any: z.array(z.string()).optional(),
  answerable: z.boolean(),
});
export type QaItem = z.infer<typeof qaLineSchema>;

export function readQaFile(path: string): QaItem[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = qaLineSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

// "200 000", "200.000" and "200000" are the same fact.
const squash = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s.\u00a0]/g, '');

export function containsExpected(answer: Answer, expectAny: readonly string[]): boolean {
  const text = squash(answer.answer);
  return expectAny.some((e) => text.includes(squash(e)));
}

export type QaFailure = { item: QaItem; answer: Answer; reason: 'declined' | 'missing-fact' | 'no-source' | 'answered' };

export interface QaResult {
  answerable: number;
  answeredWell: number;
  unanswerable: number;
  declined: number;
  answeredRate: number;
  declinedRate: number;
  failures: QaFailure[];
}

export const TARGETS = { answered: 0.95, declined: 0.9 } as const;

export function evaluate(answerer: Answerer, items: readonly QaItem[]): QaResult {
  const failures: QaFailure[] = [];
  let answerable = 0, answeredWell = 0, unanswerable = 0, declined = 0;
  for (const item of items) {
    const answer = answerer.answer(item.q);
    if (item.answerable) {
      answerable++;
      if (!answer.answered) failures.push({ item, answer, reason: 'declined' });
      else if (item.expect_any && !containsExpected(answer, item.expect_any)) failures.push({ item, answer, reason: 'missing-fact' });
      else if (!answer.sources.length) failures.push({ item, answer, reason: 'no-source' });
      else answeredWell++;
    } else {
      unanswerable++;
      if (answer.answered) failures.push({ item, answer, reason: 'answered' });
      else declined++;
    }
  }
  return {
    answerable, answeredWell, unanswerable, declined,
    answeredRate: answerable ? answeredWell / answerable : 1,
    declinedRate: unanswerable ? declined / unanswerable : 1,
    failures,
  };
}

export const meetsTargets = (r: QaResult) => r.answeredRate >= TARGETS.answered && r.declinedRate >= TARGETS.declined;
