import { describe, expect, it } from 'vitest';
import { loadKnowledgeBaseSync } from '../../src/guidelines/index.ts';

const g = loadKnowledgeBaseSync();

// An entry that lists the parts of something (the template's fields) answers a question about the list; a question
// naming one of the parts gets the entry written for that part.
describe('one field of the project-plan template', () => {
  it.each([
    ['hva fører vi opp om prosjektgruppa i planmalen', /rolle/],
    ['hva må med om kompetansemiljøet i malen for prosjektplanen', /kompetansemiljø/],
    ['prosjektplanmalen: hva skriver vi om søkerkommunen', /søkerkommune/i],
    ['hva skal vi skrive under bakgrunn i prosjektplanmalen', /tilstand/],
    ['hva skal stå om prosjektlederen i prosjektplanmalen', /prosjektleder/],
    ['hva skal stå om budsjettet i prosjektplanmalen', /budsjett/],
    ['hva skriver vi om deltakende kommuner i prosjektplanmalen', /deltakende|deltar/],
    ['hva skal stå om hovedmålet i prosjektplanmalen', /hovedmål/],
  ])('%s gets that field, not the list of fields', (q, fact) => {
    const a = g.answer(q);
    expect(a.answered, q).toBe(true);
    expect(a.entryId, q).not.toBe('pm-struktur');
    expect(a.answer, q).toMatch(fact);
    expect(a.answer, q).not.toMatch(/har disse feltene/);
  });

  it.each(['hvilke felt har malen til prosjektplanen', 'hva må være med i en prosjektplan'])(
    '%s still gets the whole list',
    (q) => expect(g.answer(q).answer).toMatch(/har disse feltene/),
  );
});

// "Tiden etter prosjektet" is the template's field for further development work, not its date column.
describe('the time after the project as the topic', () => {
  it.each(['hva med tida etter prosjektet i planmalen', 'hva skriver vi i prosjektplanen om tiden etter prosjektslutt'])(
    '%s gets further development work',
    (q) => expect(g.answer(q).answer).toMatch(/videre|videreutvikling/),
  );
  it('the end of a project only placing another question in time leaves it alone', () =>
    expect(g.answer('trenger vi revisor når prosjektet er avsluttet').answer).not.toMatch(/arbeide videre/));
});
