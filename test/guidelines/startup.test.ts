import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeFileError } from '../../src/guidelines/knowledge.ts';
import { loadBotKnowledge } from '../../src/guidelines/startup.ts';
import { doc2025 } from './operator-fixture.ts';

const entry = (
  id: string,
  answer = 'Tolk kan leies inn når en deltaker trenger det; utgiften føres som fellesutgift.',
) => ({
  id,
  topic: 'Tolk på samlinger',
  questions: ['Kan vi leie tolk til samlingene?'],
  answer,
  source: { title: 'Statsforvalterens presiseringer', section: 'Tolk', year: 2025 },
});

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'nb-guidelines-dir-'));
  dir = join(root, 'retningslinjer');
  mkdirSync(dir);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, content: unknown) =>
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));

describe('GUIDELINES_DIR: the operator folder', () => {
  it('indexes documents and curated .json entries next to the built-in knowledge', () => {
    write('2025-retningslinjer.md', doc2025);
    write('presiseringer.json', { entries: [entry('op-tolk')] });
    write('README.md', '# Om mappen\n\nHer legger driftsansvarlig dokumentene fra Statsforvalteren i 2025.');
    const g = loadBotKnowledge({ guidelinesDir: dir });
    const travel = g.answer('Dekkes reiseutgifter til samlinger?');
    expect(travel.answered).toBe(true);
    expect(travel.sources[0]).toEqual({
      title: 'Retningslinjer for læringsnettverk, revidert 2025',
      section: 'Reiseutgifter',
      year: 2025,
    });
    expect(g.answer('Kan vi leie inn tolk?').entryId).toBe('op-tolk');
    expect(g.answer('Hvor mye kan vi bruke på overhead?').answered).toBe(true);
    expect(g.stats()).toMatchObject({ operatorDocuments: 1 });
  });

  it('refuses a knowledge file that does not validate, naming the file and the field', () => {
    write('presiseringer.json', { entries: [entry('op-tolk', 'Kort.')] });
    expect(() => loadBotKnowledge({ guidelinesDir: dir })).toThrow(KnowledgeFileError);
    expect(() => loadBotKnowledge({ guidelinesDir: dir })).toThrow(/presiseringer\.json: feltet entries\[0\]\.answer/);
  });

  it('refuses an id the built-in knowledge already has, a dangling supersededBy, and a folder that is not there', () => {
    write('a.json', { entries: [entry('rf-overhead')] });
    expect(() => loadBotKnowledge({ guidelinesDir: dir })).toThrow(
      /a\.json: feltet entries\[0\]\.id: id «rf-overhead» finnes allerede i de innebygde kunnskapsfilene/,
    );
    write('a.json', { entries: [{ ...entry('op-gammel'), supersededBy: 'op-ny' }] });
    expect(() => loadBotKnowledge({ guidelinesDir: dir })).toThrow(
      /a\.json: feltet entries\[0\]\.supersededBy: ukjent id «op-ny»/,
    );
    expect(() => loadBotKnowledge({ guidelinesDir: join(root, 'finnes-ikke') })).toThrow(
      /GUIDELINES_DIR: finner ikke mappen .*finnes-ikke/,
    );
  });
});
