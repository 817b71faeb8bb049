import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeFileError, loadKnowledgeDir } from '../../src/guidelines/index.ts';

const good = {
  id: 'lokal-1',
  topic: 'Et tema',
  questions: ['Hva gjelder her?'],
  answer: 'Et svar som er langt nok.',
  source: { title: 'Et dokument', section: '1. Innledning', year: 2024 },
};

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function withFiles(files: Record<string, unknown>): string {
  dir = mkdtempSync(join(tmpdir(), 'kb-'));
  for (const [name, body] of Object.entries(files))
    writeFileSync(join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
  return dir;
}

function errorOf(fn: () => unknown): KnowledgeFileError {
  try {
    fn();
  } catch (err) {
    if (err instanceof KnowledgeFileError) return err;
    throw err;
  }
  throw new Error('expected a KnowledgeFileError');
}

describe('knowledge files', () => {
  it('loads the project knowledge base: many entries, each with a source and a year', () => {
    const entries = loadKnowledgeDir(DEFAULT_KNOWLEDGE_DIR);
    expect(entries.length).toBeGreaterThanOrEqual(60);
    const years = new Set(entries.map((e) => e.source.year));
    expect([...years].sort()).toEqual([2018, 2022, 2024]);
  });

  it('names the file and the field when a year is not a number', () => {
    const bad = { entries: [good, { ...good, id: 'lokal-2', source: { ...good.source, year: '2024' } }] };
    const err = errorOf(() =>
      loadKnowledgeDir(withFiles({ 'a-ok.json': { entries: [{ ...good, id: 'x' }] }, 'b-feil.json': bad })),
    );
    expect(err.message).toContain('b-feil.json');
    expect(err.message).toContain('entries[1].source.year');
    expect(err.field).toBe('entries[1].source.year');
  });

  it('names the file and the field for a missing answer, an unknown field and broken JSON', () => {
    const { answer: _drop, ...noAnswer } = good;
    expect(errorOf(() => loadKnowledgeDir(withFiles({ 'mangler.json': { entries: [noAnswer] } }))).message).toMatch(
      /mangler\.json.*entries\[0\]\.answer/,
    );
    expect(
      errorOf(() => loadKnowledgeDir(withFiles({ 'ekstra.json': { entries: [{ ...good, svar: 'x' }] } }))).message,
    ).toContain('ekstra.json');
    expect(errorOf(() => loadKnowledgeDir(withFiles({ 'brukket.json': '{ "entries": [' }))).message).toContain(
      'brukket.json',
    );
  });

  it('rejects a duplicate id across files and a supersededBy that points nowhere', () => {
    const dup = errorOf(() =>
      loadKnowledgeDir(withFiles({ 'a.json': { entries: [good] }, 'b.json': { entries: [good] } })),
    );
    expect(dup.message).toContain('b.json');
    expect(dup.field).toBe('entries[0].id');
    const dangling = errorOf(() =>
      loadKnowledgeDir(withFiles({ 'c.json': { entries: [{ ...good, supersededBy: 'finnes-ikke' }] } })),
    );
    expect(dangling.field).toBe('entries[0].supersededBy');
  });
});
