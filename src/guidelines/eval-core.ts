import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answer, Answerer, KnowledgeEntry, ScoreFeatures } from './types.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';
import {
  crossValidate,
  crossValidateByRound,
  DECLINE_BELOW,
  FEATURE_NAMES,
  fitLogistic,
  reportedScore,
  roundOf,
  ruled,
} from './calibration.ts';

export const qaLineSchema = z.object({
  id: z.string(),
  q: z.string().min(1),
  expect_any: z.array(z.string()).optional(),
  /** Two-part questions: every group must be answered (one string of each group in the answer). */
  expect_each: z.array(z.array(z.string()).min(1)).optional(),
  /** How the question is written: plain, number, context, two-part, typo, synonym, short, nynorsk, negation, old-vs-new, unanswerable. */
  forms: z.array(z.string()).optional(),
  /** "<seed number> <section heading>" the question is about. */
  section: z.string().optional(),
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
const squash = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.\u00a0]/g, '');

/** Everything a member reads: the answer and, under its label, a note on the other version of the rule. */
export function fullText(answer: Answer): string {
  if (!answer.olderRuleNote) return answer.answer;
  return `${answer.answer}\n${t.card.noteLabel(answer.noteKind)}: ${answer.olderRuleNote}`;
}

export function containsExpected(answer: Answer, expectAny: readonly string[]): boolean {
  const text = squash(fullText(answer));
  return expectAny.some((e) => text.includes(squash(e)));
}

export type QaFailure = {
  item: QaItem;
  answer: Answer;
  reason: 'declined' | 'missing-fact' | 'no-source' | 'answered';
};

export interface QaRecord {
  item: QaItem;
  answer: Answer;
  /** Answerable and answered with the expected fact and a source, or unanswerable and declined. */
  right: boolean;
}

export interface QaResult {
  answerable: number;
  answeredWell: number;
  unanswerable: number;
  declined: number;
  answeredRate: number;
  declinedRate: number;
  failures: QaFailure[];
  records: QaRecord[];
}

export const TARGETS = { answered: 0.95, declined: 0.9 } as const;

function judge(item: QaItem, answer: Answer): QaFailure['reason'] | undefined {
  if (!item.answerable) return answer.answered ? 'answered' : undefined;
  if (!answer.answered) return 'declined';
  if (item.expect_any?.length && !containsExpected(answer, item.expect_any)) return 'missing-fact';
  if (item.expect_each?.some((group) => !containsExpected(answer, group))) return 'missing-fact';
  if (!answer.sources.length) return 'no-source';
  return undefined;
}

export function evaluate(answerer: Answerer, items: readonly QaItem[]): QaResult {
  const failures: QaFailure[] = [];
  const records: QaRecord[] = [];
  let answerable = 0,
    answeredWell = 0,
    unanswerable = 0,
    declined = 0;
  for (const item of items) {
    const answer = answerer.answer(item.q);
    const reason = judge(item, answer);
    records.push({ item, answer, right: !reason });
    if (item.answerable) answerable++;
    else unanswerable++;
    if (reason) failures.push({ item, answer, reason });
    else if (item.answerable) answeredWell++;
    else declined++;
  }
  return {
    answerable,
    answeredWell,
    unanswerable,
    declined,
    answeredRate: answerable ? answeredWell / answerable : 1,
    declinedRate: unanswerable ? declined / unanswerable : 1,
    failures,
    records,
  };
}

export const meetsTargets = (r: QaResult) => r.answeredRate >= TARGETS.answered && r.declinedRate >= TARGETS.declined;

export interface FormRow {
  form: string;
  total: number;
  /** Share answered right (answerable forms) or declined (the unanswerable form). */
  rate: number;
  /** Share declined, whatever the form. */
  declinedRate: number;
  onTarget: boolean;
}

export function byForm(records: readonly QaRecord[]): FormRow[] {
  const forms = [...new Set(records.flatMap((r) => r.item.forms ?? []))];
  return forms.map((form) => {
    const rs = records.filter((r) => r.item.forms?.includes(form));
    const right = rs.filter((r) => r.right).length;
    const declined = rs.filter((r) => !r.answer.answered).length;
    const unanswerable = rs.every((r) => !r.item.answerable);
    const rate = rs.length ? right / rs.length : 1;
    return {
      form,
      total: rs.length,
      rate,
      declinedRate: rs.length ? declined / rs.length : 0,
      onTarget: rate >= (unanswerable ? TARGETS.declined : TARGETS.answered),
    };
  });
}

export const SCORE_BANDS = [0, 0.5, 0.7, 0.9, 1.0001] as const;

export interface BandRow {
  band: string;
  answered: number;
  right: number;
  /** Observed accuracy of the answers in the band; what a calibrated score in the band should be near. */
  accuracy: number;
  meanScore: number;
}

/** Observed accuracy of given answers per score band: 0.9 should mean about nine in ten right. */
export function calibration(records: readonly QaRecord[]): BandRow[] {
  return bands(records.filter((r) => r.answer.answered).map((r) => ({ score: r.answer.score, right: r.right })));
}

export interface Scored {
  score: number;
  right: boolean;
}

/** Observed accuracy per score band of scored answers (answered ones only). */
export function bands(rows: readonly Scored[], edges: readonly number[] = SCORE_BANDS): BandRow[] {
  const out: BandRow[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const lo = edges[i]!,
      hi = edges[i + 1]!;
    const rs = rows.filter((r) => r.score >= lo && r.score < hi);
    const right = rs.filter((r) => r.right).length;
    out.push({
      band: `${lo.toFixed(1)}–${Math.min(hi, 1).toFixed(1)}`,
      answered: rs.length,
      right,
      accuracy: rs.length ? right / rs.length : 0,
      meanScore: rs.length ? rs.reduce((a, r) => a + r.score, 0) / rs.length : 0,
    });
  }
  return out;
}

/** The chance that a right answer scores above a wrong one (ties count half): how well the score separates them. */
export function auc(rows: readonly Scored[]): number {
  const pos = rows.filter((r) => r.right).map((r) => r.score);
  const neg = rows.filter((r) => !r.right).map((r) => r.score);
  if (!pos.length || !neg.length) return Number.NaN;
  let n = 0;
  for (const p of pos) for (const q of neg) n += p > q ? 1 : p === q ? 0.5 : 0;
  return n / pos.length / neg.length;
}

/** At a decline threshold: how many right answers it withholds and how many wrong ones it stops. */
export function declineTradeOff(
  rows: readonly Scored[],
  threshold: number,
): { withheldRight: number; stoppedWrong: number } {
  const below = rows.filter((r) => r.score < threshold);
  return { withheldRight: below.filter((r) => r.right).length, stoppedWrong: below.filter((r) => !r.right).length };
}

/**
 * One judged answer to a question written outside the team (test/guidelines/fixtures/calibration-outside.jsonl):
 * the score features the bot computed and the verdict. `right` is the only label the score is fitted to;
 * `partly` (a fact missing or a part left out) counts as not right.
 */
export const outsideRowSchema = z.object({
  id: z.string(),
  form: z.string(),
  label: z.enum(['right', 'partly', 'wrong', 'declined']),
  /** judge: the outside judge's verdict of this very answer text; self: judged by the fitter against the seeds. */
  by: z.enum(['judge', 'self']),
  answered: z.boolean(),
  features: z
    .object({
      coverage: z.number(),
      margin: z.number(),
      keyMatched: z.number(),
      typed: z.number(),
      concepts: z.number(),
    })
    .catchall(z.number())
    .optional(),
});
export type OutsideRow = z.infer<typeof outsideRowSchema>;

export function readOutsideFixture(path: string): OutsideRow[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = outsideRowSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** A section of one of the five documents, as the dev set names it: "<seed number> <heading>". */
export interface SeedSection {
  doc: string;
  heading: string;
}

/** Which seed document a source title speaks for, by the words only that document's title uses. */
const DOC_MARKERS: [string, RegExp][] = [
  ['000', /oslo og viken|22\.? juni 2022|samling.*2022/i],
  ['001', /hordaland|fylkesmannen|2018/i],
  ['002', /prosjektplan/i],
  ['003', /rammer og føringer|bufdir/i],
  ['004', /romerike|lunner/i],
];
export const docOf = (title: string) => DOC_MARKERS.find(([, re]) => re.test(title))?.[0];

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/^\s*\d+\.\s*/, '')
      .match(/\p{L}{4,}/gu)
      ?.map((w) => w.slice(0, 6)) ?? [],
  );

/** A source's section names the dev set's section when most of the shorter heading's words are in the other. */
export function sameSection(a: string, b: string): boolean {
  const na = /^\s*(\d+)\./.exec(a)?.[1];
  const nb = /^\s*(\d+)\./.exec(b)?.[1];
  if (na && nb) return na === nb;
  const wa = words(a),
    wb = words(b);
  const small = wa.size <= wb.size ? wa : wb,
    big = small === wa ? wb : wa;
  if (!small.size) return false;
  return [...small].filter((w) => big.has(w)).length / small.size >= 0.5;
}

export interface CoverageRow extends SeedSection {
  entries: number;
  devQuestions: number;
  reached: number;
}

/**
 * Sections of the seed documents (those the dev set names) and, for each, how many entries cite it and
 * how many dev questions about it were answered right. A section counts as covered when both are non-zero.
 */
export function coverage(
  entries: readonly KnowledgeEntry[],
  records: readonly QaRecord[],
  known: readonly string[] = [],
): CoverageRow[] {
  const sections = new Map<string, CoverageRow>();
  for (const s of known) {
    const m = /^(\d{3})\s+(.+)$/.exec(s);
    if (m) sections.set(s, { doc: m[1]!, heading: m[2]!, entries: 0, devQuestions: 0, reached: 0 });
  }
  for (const r of records) {
    const m = /^(\d{3})\s+(.+)$/.exec(r.item.section ?? '');
    if (!m) continue;
    const key = `${m[1]} ${m[2]}`;
    let row = sections.get(key);
    if (!row) sections.set(key, (row = { doc: m[1]!, heading: m[2]!, entries: 0, devQuestions: 0, reached: 0 }));
    row.devQuestions++;
    if (r.right) row.reached++;
  }
  for (const row of sections.values()) {
    row.entries = entries.filter((e) =>
      [e.source, ...(e.alsoFrom ?? [])].some((s) => docOf(s.title) === row.doc && sameSection(s.section, row.heading)),
    ).length;
  }
  return [...sections.values()].sort((a, b) => `${a.doc}${a.heading}`.localeCompare(`${b.doc}${b.heading}`));
}

export interface OutsideReport {
  answered: number;
  right: number;
  declined: number;
  /** With the coefficients in calibration.ts, and out of fold (k-fold by question). */
  aucShipped: number;
  aucOutOfFold: number;
  shipped: BandRow[];
  outOfFold: BandRow[];
  /** Out of fold, per question part (the two rules' rows left out, as the decline comes before them). */
  decline: { threshold: number; withheldRight: number; stoppedWrong: number }[];
  /** Coefficients refitted on the whole fixture, when asked. */
  fitted?: number[];
  /** Per round, its scores from a model fitted on the other rounds (crossValidateByRound). */
  byRound: { round: string; answered: number; right: number; auc: number; meanScore: number }[];
}

export const DECLINE_THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7] as const;

/** How well `score` is calibrated on the outside fixture: what `npm run eval:qa` prints under it. */
export function outsideCalibration(
  outside: readonly OutsideRow[],
  opts: { fit?: boolean; k?: number } = {},
): OutsideReport {
  const answered = outside.filter((r) => r.answered && r.features);
  const rows = answered.map((r) => ({ id: r.id, f: r.features!, right: r.label === 'right' }));
  const shipped = rows.map((r) => ({ score: reportedScore(r.f), right: r.right }));
  const oof = crossValidate(rows, opts.k).map((score, i) => ({ score, right: rows[i]!.right }));
  const perPart = rows.flatMap((r, i) => (ruled(r.f) ? [] : [oof[i]!]));
  return {
    answered: rows.length,
    right: rows.filter((r) => r.right).length,
    declined: outside.length - answered.length,
    aucShipped: auc(shipped),
    aucOutOfFold: auc(oof),
    shipped: bands(shipped),
    outOfFold: bands(oof),
    decline: [...new Set([...DECLINE_THRESHOLDS, DECLINE_BELOW])]
      .sort()
      .map((threshold) => ({ threshold, ...declineTradeOff(perPart, threshold) })),
    ...(opts.fit ? { fitted: fitLogistic(rows.filter((r) => !ruled(r.f))) } : {}),
    byRound: heldOutRounds(rows),
  };
}

function heldOutRounds(rows: readonly { id: string; f: ScoreFeatures; right: boolean }[]): OutsideReport['byRound'] {
  const scores = crossValidateByRound(rows);
  return [...new Set(rows.map((r) => roundOf(r.id)))].map((round) => {
    const own = rows.flatMap((r, i) => (roundOf(r.id) === round ? [{ score: scores[i]!, right: r.right }] : []));
    return {
      round,
      answered: own.length,
      right: own.filter((x) => x.right).length,
      auc: auc(own),
      meanScore: own.reduce((a, x) => a + x.score, 0) / own.length,
    };
  });
}

const pct1 = (x: number) => `${(x * 100).toFixed(1)} %`;
export const bandLine = (b: BandRow) =>
  `${b.band.padEnd(9)} ${String(b.answered).padStart(4)} ${String(b.right).padStart(4)}  ${pct1(b.accuracy).padStart(7)}  ${b.meanScore.toFixed(2)}`;

/** The report as printed (the evaluation tool's own output, in Norwegian like the rest of it). */
export function formatOutsideReport(r: OutsideReport, name: string): string[] {
  return [
    `\n== kalibrering, utenforstående spørsmål (${name}): ${r.answered} besvarte, ${r.right} riktige, ${r.declined} avslått`,
    `AUC ${r.aucShipped.toFixed(3)} med modellen i calibration.ts; ${r.aucOutOfFold.toFixed(3)} utenfor fold (10-fold)`,
    'modellen i calibration.ts: poengbånd, antall, riktige, observert treffsikkerhet, snitt-score',
    ...r.shipped.map(bandLine),
    'utenfor fold:',
    ...r.outOfFold.map(bandLine),
    'avslagsgrense (utenfor fold): grense, riktige holdt tilbake, gale stoppet (* = DECLINE_BELOW)',
    ...r.decline.map(
      (d) =>
        `${d.threshold.toFixed(2)}${d.threshold === DECLINE_BELOW ? '*' : ' '}  ${String(d.withheldRight).padStart(4)} ${String(d.stoppedWrong).padStart(4)}`,
    ),
    'per runde, modell tilpasset bare de andre rundene: runde, besvarte, riktige, treffsikkerhet, snitt-score, AUC',
    ...r.byRound.map(
      (b) =>
        `${b.round.padEnd(9)} ${String(b.answered).padStart(4)} ${String(b.right).padStart(4)}  ${pct1(b.right / b.answered).padStart(7)}  ${b.meanScore.toFixed(2)}  ${b.auc.toFixed(3)}`,
    ),
    ...(r.fitted ? [`\n== ny modell (${FEATURE_NAMES.join(', ')}): ${JSON.stringify(r.fitted)}`] : []),
  ];
}
