import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DECLINE_BELOW } from '../../src/guidelines/calibration.ts';
import {
  formatOutsideReport,
  outsideCalibration,
  readOutsideFixture,
  type OutsideRow,
} from '../../src/guidelines/eval-core.ts';

const root = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(root, 'test/guidelines/fixtures/calibration-outside.jsonl');

describe('the outside calibration report', () => {
  const outside = readOutsideFixture(FIXTURE);
  const report = outsideCalibration(outside);

  it('accounts for every row: bands sum to the answered, the rest were declined', () => {
    expect(report.answered + report.declined).toBe(outside.length);
    for (const bands of [report.shipped, report.outOfFold]) {
      expect(bands.reduce((a, b) => a + b.answered, 0)).toBe(report.answered);
      expect(bands.reduce((a, b) => a + b.right, 0)).toBe(report.right);
    }
    expect(report.right).toBe(outside.filter((r) => r.answered && r.label === 'right').length);
    // Held out by round: every answered row in exactly one round.
    expect(report.byRound.reduce((a, b) => a + b.answered, 0)).toBe(report.answered);
    expect(report.byRound.reduce((a, b) => a + b.right, 0)).toBe(report.right);
    expect(formatOutsideReport(report, 'x').filter((l) => /^r9 /.test(l))).toHaveLength(1);
  });

  it('withholds more at a higher decline threshold, and marks the one in use', () => {
    const d = report.decline;
    expect(d.map((x) => x.threshold)).toContain(DECLINE_BELOW);
    for (let i = 1; i < d.length; i++) {
      expect(d[i]!.withheldRight).toBeGreaterThanOrEqual(d[i - 1]!.withheldRight);
      expect(d[i]!.stoppedWrong).toBeGreaterThanOrEqual(d[i - 1]!.stoppedWrong);
    }
    const lines = formatOutsideReport(report, 'x');
    expect(lines.filter((l) => /^\d\.\d\d\*/.test(l))).toHaveLength(1);
  });

  it('a score that says nothing has an AUC of 0.5 and one band', () => {
    const flat: OutsideRow[] = outside.map((r) =>
      r.features
        ? {
            ...r,
            features: {
              ...r.features,
              coverage: 1,
              margin: 1,
              topicShare: 1,
              strength: 2,
              yearMissing: 0,
              firstPerson: 0,
              matchedCount: r.features.concepts,
              partsMissing: 0,
              onlyOlder: 0,
            },
          }
        : r,
    );
    const r = outsideCalibration(flat);
    expect(r.aucShipped).toBe(0.5);
    expect(r.shipped.filter((b) => b.answered > 0)).toHaveLength(1);
  });
});

describe('npm run eval:qa', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-cal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints accuracy per score band for the dev set and for the outside fixture, with the AUC', async () => {
    const qa = join(dir, 'qa.jsonl');
    writeFileSync(
      qa,
      [
        { id: 't1', q: 'Hvor stor andel av midlene kan gå til overhead?', expect_any: ['5 prosent'], answerable: true },
        { id: 't2', q: 'Hva heter ordføreren i Lunner?', answerable: false },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    );
    const { stdout } = await promisify(execFile)(process.execPath, ['src/guidelines/eval.ts', qa, '--fit'], {
      cwd: root,
      env: { ...process.env, GUIDELINES_DIR: '' },
    }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
    expect(stdout).toMatch(/== kalibrering \(alle besvarte\)/);
    expect(stdout).toMatch(
      /== kalibrering, utenforstående spørsmål \(test\/guidelines\/fixtures\/calibration-outside\.jsonl\): \d+ besvarte/,
    );
    expect(stdout).toMatch(/AUC 0\.\d{3} med modellen i calibration\.ts; 0\.\d{3} utenfor fold/);
    expect(stdout).toMatch(/^0\.9–1\.0\s+\d+\s+\d+\s+\d+\.\d %\s+0\.\d\d$/m);
    expect(stdout).toMatch(/== ny modell \(intercept, coverage, margin/);
  }, 120_000);
});
