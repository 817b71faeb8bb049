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

// Issue #12, scope: a question that names neither kind of network gets each kind's rule when both have one on the
// point; a question that names one kind gets that kind's only.
describe('the kind of network', () => {
  it('asked without a kind, the rule for learning networks and the one for leader networks are both given', () => {
    const a = g.answer('hva gjør vi med penger som ikke er brukt ved årsskiftet');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/læringsnettverk/i);
    expect(a.answer).toMatch(/ledernettverk/i);
  });
  it('asked for one kind, only that kind’s rule', () => {
    const a = g.answer('kan læringsnettverket ta med ubrukte penger over i neste år');
    expect(a.answered).toBe(true);
    expect(a.answer).not.toMatch(/ledernettverk/i);
  });
});
