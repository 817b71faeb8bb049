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
  it.each([
    'hva med tida etter prosjektet i planmalen',
    'hva skriver vi i prosjektplanen om tiden etter prosjektslutt',
  ])('%s gets further development work', (q) => expect(g.answer(q).answer).toMatch(/videre|videreutvikling/));
  it('the end of a project only placing another question in time leaves it alone', () =>
    expect(g.answer('trenger vi revisor når prosjektet er avsluttet').answer).not.toMatch(/arbeide videre/));
});

// Details the documents do not give: this year's event, a role holder's name, our own group's next meeting.
describe('unanswerable details', () => {
  const now = new Date('2026-03-10T10:00:00Z');
  it.each(['når blir det webinar om rapporten i år', 'når er neste fellessamling for læringsnettverket'])(
    '%s: a past event is not this year’s',
    (q) => {
      const a = g.answer(q, { now });
      expect(a.answered, q).toBe(false);
      expect(a.answer).toMatch(/tidligere år/);
    },
  );
  it('asked when a past event was, it is answered', () =>
    expect(g.answer('når var webinaret om rapportering', { now }).answered).toBe(true));
  it.each(['hva heter prosjektlederen i Øvre Romerike', 'kva heiter fagleiaren i Støttepilar'])(
    '%s: the name of a role holder is not in the documents',
    (q) => expect(g.answer(q, { now }).answered, q).toBe(false),
  );
  it.each(['når møtes arbeidsgruppa vår neste gang', 'når har prosjektgruppa vår neste møte'])(
    '%s: our own group’s next meeting is in our calendar',
    (q) => {
      const a = g.answer(q, { now });
      expect(a.answered, q).toBe(false);
      expect(a.answer).toMatch(/møteplan/);
    },
  );
});

// A deadline for applying is not the date by which the money must be used.
describe('the deadline for applying', () => {
  it.each([
    'innen hvilken dato må vi søke om å få overført midler',
    'når er siste frist for å søke statsforvalteren om å flytte restmidler',
  ])('%s: the transfer rule names no application deadline', (q) => {
    const a = g.answer(q);
    expect(a.answered, q).toBe(false);
  });
  it('the grant application deadline is still answered (set in each call for applications)', () =>
    expect(g.answer('når må vi søke om stimuleringsmidler').answer).toMatch(/søknadsfrist|utlysning/));
});

// A report template is a thing of its own: what a leader network's report must hold does not say it has a template.
describe('a template for the other kind of network', () => {
  it('a report template for leader networks is in no document', () =>
    expect(g.answer('har barnevernsledernettverkene en egen rapporteringsmal').answered).toBe(false));
  it('the learning networks’ report template is still answered', () =>
    expect(g.answer('hva skal vi fylle ut i rapporteringsmalen').answer).toMatch(/rapporteringsmal/));
});
