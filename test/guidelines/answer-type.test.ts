import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';

// Issue #12, answer type: a question asking where gets a place (a website, a document, an office), not a text on
// the topic that names none. The team's own wordings, written from the seeds (003 §11: the reports are on bufdir.no).
const g = loadKnowledgeBaseSync();

describe('a where-question is answered with a place', () => {
  it('the evaluation, asked where: the reports on bufdir.no, not the evaluation’s findings', () => {
    const a = g.answer('følgeevalueringen av nettverkene – hvor?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/bufdir\.no/);
  });
  it('asked where the application form is: the website that has it', () => {
    const a = g.answer('hvor finner jeg søknadsskjemaet');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/\w\.no/);
  });
});
