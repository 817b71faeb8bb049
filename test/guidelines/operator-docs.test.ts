import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Guidelines,
  loadKnowledgeBaseSync,
  loadOperatorDocuments,
  parseOperatorDocument,
} from '../../src/guidelines/index.ts';

const SEEDS = '/work/shared/seeds';
const squash = (s: string) => s.replace(/[\s.]/g, '');

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('operator documents', () => {
  it('indexes every text file in the seeds folder with its year, skipping the README', () => {
    const docs = loadOperatorDocuments(SEEDS);
    expect(docs.map((d) => [d.file.slice(0, 3), d.year])).toEqual([
      ['000', 2022],
      ['001', 2018],
      ['002', 2024],
      ['003', 2024],
      ['004', expect.any(Number)],
    ]);
    const guidelines = docs.find((d) => d.file.startsWith('003'))!;
    const headings = guidelines.sections.map((s) => s.heading);
    // Numbered headings in plain text become sections.
    for (const h of [
      '1. Formål med kommunale læringsnettverk',
      '3. Forvaltning og rapportering – læringsnettverk',
      '9. Bufetats rolle',
      '12. Revidering',
    ]) {
      expect(headings).toContain(h);
    }
  });

  it('answers from the seed documents alone, naming the section and year', () => {
    const g = new Guidelines([], loadOperatorDocuments(SEEDS));
    const overhead = g.answer('Hvor mye kan vi bruke på overhead?');
    expect(overhead.answered).toBe(true);
    expect(overhead.answer).toContain('5 prosent');
    expect(overhead.sources[0]).toMatchObject({
      section: '3. Forvaltning og rapportering – læringsnettverk',
      year: 2024,
    });
    const audit = g.answer('Når gjelder kravet om attestasjon fra revisor?');
    expect(squash(audit.answer)).toContain('200000');
    expect(g.answer('Hvem er ordfører i Eidsvoll?').answered).toBe(false);
  });

  it('splits Markdown by headings and takes the year from front matter', () => {
    const doc = parseOperatorDocument(
      'retningslinjer.md',
      '---\ntittel: Rammer og føringer\når: 2025\n---\n# Rammer og føringer\n\n## 3. Bruk av midler\nMidlene kan brukes til stillinger i prosjektperioden og til kjøp av veiledning.\n\n## 4. Rapportering\nRapporten sendes Statsforvalteren innen 1. mars året etter tildelingen.\n',
    )!;
    expect(doc.year).toBe(2025);
    expect(doc.title).toBe('Rammer og føringer');
    expect(doc.sections.map((s) => s.heading)).toEqual(['3. Bruk av midler', '4. Rapportering']);
  });

  it('lets the newest document win and says which year the answer is from', () => {
    dir = mkdtempSync(join(tmpdir(), 'guidelines-'));
    writeFileSync(
      join(dir, 'rammer-2024.txt'),
      'Rammer og føringer 2024\n\n3. Bruk av midler\n\nMidlene kan dekke overheadkostnader. Grensen for overhead er 5 prosent av midlene tildelt prosjektet.\n',
    );
    writeFileSync(
      join(dir, 'rammer-2026.md'),
      '---\når: 2026\n---\n# Rammer og føringer 2026\n\n## 3. Bruk av midler\n\nMidlene kan dekke overheadkostnader. Grensen for overhead er 7 prosent av midlene tildelt prosjektet.\n',
    );
    const docs = loadOperatorDocuments(dir);
    expect(docs.map((d) => [d.year, d.sections[0]!.heading])).toEqual([
      [2024, '3. Bruk av midler'],
      [2026, '3. Bruk av midler'],
    ]);
    const g = loadKnowledgeBaseSync({ guidelinesDir: dir });
    const a = g.answer('Hva er grensen for overhead?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('7 prosent');
    expect(a.answer).toContain('2026');
    expect(a.sources[0]!.year).toBe(2026);
    expect(a.olderRuleNote).toContain('2024');
    expect(a.olderRuleNote).toContain('5 prosent');
    // Asking about a year picks that year's document.
    expect(g.answer('Hva var grensen for overhead i 2024?').answer).toContain('5 prosent');
  });

  it('a newer operator document beats the built-in 2024 knowledge on the same question', () => {
    dir = mkdtempSync(join(tmpdir(), 'guidelines-'));
    writeFileSync(
      join(dir, 'rammer-2026.md'),
      '---\når: 2026\n---\n# Rammer og føringer for læringsnettverk 2026\n\n## Overhead\n\nDirektoratet har satt grensen for å dekke overheadkostnader til 7 prosent av stimuleringsmidlene tildelt det enkelte utviklingsprosjekt.\n',
    );
    const a = loadKnowledgeBaseSync({ guidelinesDir: dir }).answer('Hvor mange prosent kan gå til overheadkostnader?');
    expect(a.sources[0]!.year).toBe(2026);
    expect(a.answer).toContain('7 prosent');
    expect(a.olderRuleNote).toContain('5 prosent');
  });
});
