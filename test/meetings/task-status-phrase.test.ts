import { describe, expect, it } from 'vitest';
import {
  readTaskStatus,
  readTaskStatusLine,
  splitStatusComment,
  taskIdsOf,
} from '../../src/meetings/task-status-phrase.ts';

describe('readTaskStatus', () => {
  it.each([
    ['T1 er ferdig', 'T1 ferdig'],
    ['t1 ferdig!', 'T1 ferdig'],
    ['ferdig med oppgave T5', 'T5 ferdig'],
    ['Oppgave T5 er nå fullført', 'T5 ferdig'],
    ['T5 er done', 'T5 ferdig'],
    ['#T5 gjort', 'T5 ferdig'],
    ['T3 pågår', 'T3 pågår'],
    ['T3 er i gang', 'T3 pågår'],
    ['Jeg har startet på T6 nå.', 'T6 pågår'],
    ['T2 er utsatt til 20.12', 'T2 utsett 20.12'],
    ['utsett T2 til neste møte', 'T2 utsett neste møte'],
    // Moving and a new due date may go either way; only «utsett» must go later.
    ['flytt T7 til fredag', 'T7 ny frist fredag'],
    ['ny frist for T2: 20.12', 'T2 ny frist 20.12'],
    ['T2 er utsatt', 'T2 utsett'],
    ['T4 og T5 er gjort', 'T4 T5 ferdig'],
    ['T1 er ikke ferdig', 'T1 åpne igjen'],
    ['er T1 ferdig?', 'T1'],
    // A due date after the id without a verb (month 13, #4).
    ['T4 frist fredag', 'T4 ny frist fredag'],
    ['T4 innen 15.01', 'T4 ny frist 15.01'],
    ['T4 fristen er 8. januar', 'T4 ny frist 8. januar'],
    ['T4 frist neste møte', 'T4 ny frist neste møte'],
  ])('%s → %s', (typed, args) => {
    expect(readTaskStatus(typed)).toBe(args);
  });

  it.each([
    'Hva er fristen for søknaden?',
    // Talk about a task's due date is no new due date (review of month 13's fix).
    'T4 fristen er ute',
    'T4 frist er vel fredag',
    'T1',
    'hva handler T1 om',
    'Når er rapporten ferdig?',
    'T3 handler om opplæring, og det tar tid før vi kan si noe mer om hvordan det går med planen for ferdig arbeid',
    'TV-serien er ferdig',
    'Rapporten for tertial T2 er levert',
    'Regnskapet i T2 er ferdig',
    'T2 2026 er ferdig rapportert',
    'T2-rapporten er levert',
    // A requirement or a plan is not a status (a stranger's decision line closed T2).
    'T2 skal være ferdig før jul',
    'T2 må være ferdig innen fredag',
    'T4 bør bli gjort før neste møte',
    'T3 skal startes i januar',
    // A labelled line is a meeting entry, even when the label is mistyped.
    'vedtk: T2 er ferdig',
    'Notat: T5 gjort',
  ])('leaves «%s» alone', (typed) => {
    expect(readTaskStatus(typed)).toBeNull();
  });
});

describe('readTaskStatusLine: what is said after the status is kept', () => {
  it.each([
    ['T2 pågår, Nes har sendt tall, venter på Eidsvoll', 'T2 pågår', 'Nes har sendt tall, venter på Eidsvoll'],
    ['T3 er ferdig, planen ligger i Teams-mappa', 'T3 ferdig', 'planen ligger i Teams-mappa'],
    ['T3 er ferdig – planen ligger i Teams-mappa', 'T3 ferdig', 'planen ligger i Teams-mappa'],
    ['T3 ferdig; planen ligger i Teams-mappa', 'T3 ferdig', 'planen ligger i Teams-mappa'],
    ['T1 er ikke ferdig, mangler tall fra Nes', 'T1 åpne igjen', 'mangler tall fra Nes'],
    ['T2 er utsatt til 20.12, venter på Eidsvoll', 'T2 utsett 20.12', 'venter på Eidsvoll'],
    ['utsett T2 til neste møte – Hurdal er sykmeldt', 'T2 utsett neste møte', 'Hurdal er sykmeldt'],
    ['T4 og T5 er gjort, begge sendt til Statsforvalteren', 'T4 T5 ferdig', 'begge sendt til Statsforvalteren'],
    // A long comment after a status that opens the line: the word limit is for lines that only name a task.
    [
      'T4 er i gang; Bufetat ringte tilbake i går og vil gjerne komme på samlingen i mars, men de trenger et tilbud først',
      'T4 pågår',
      'Bufetat ringte tilbake i går og vil gjerne komme på samlingen i mars, men de trenger et tilbud først',
    ],
    // A task named in the comment is named, not changed.
    ['T2 er ferdig, T3 venter på den', 'T2 ferdig', 'T3 venter på den'],
    // Filler after a status is no comment.
    ['Jeg har startet på T6 nå.', 'T6 pågår', ''],
    ['T1 er ferdig!', 'T1 ferdig', ''],
    ['T1 er ferdig i dag', 'T1 ferdig', ''],
    // A line that ends as a question asks: it shows the task and changes nothing.
    ['T2 er ferdig, eller?', 'T2', ''],
    ['T2 pågår, men når kommer tallene fra Nes?', 'T2', ''],
  ])('%s → %s + «%s»', (typed, args, rest) => {
    expect(readTaskStatusLine(typed)).toEqual({ args, rest });
    expect(readTaskStatus(typed)).toBe(rest ? `${args} – ${rest}` : args);
  });

  it.each([
    'vedtk: T2 er ferdig, sier Ola',
    'T2 skal være ferdig før jul, sier Kari',
    'Rapporten for tertial T2 er levert, sa hun',
    'Vi snakket om mye i dag, blant annet at ting tar tid, og at T3 handler om opplæring og at ferdig arbeid er bra',
  ])('still leaves «%s» alone', (typed) => {
    expect(readTaskStatusLine(typed)).toBeNull();
  });
});

describe('splitStatusComment: the `oppgave` arguments as typed or as the phrase reader writes them', () => {
  it.each([
    ['T2 pågår – Nes har sendt tall', 'T2 pågår', 'Nes har sendt tall'],
    ['T2 pågår, Nes har sendt tall', 'T2 pågår', 'Nes har sendt tall'],
    ['T1 ferdig. Planen ligger i mappa', 'T1 ferdig', 'Planen ligger i mappa'],
    [
      'T3 utsett 12.2.2027 – venter på svar fra Statsforvalteren',
      'T3 utsett 12.2.2027',
      'venter på svar fra Statsforvalteren',
    ],
    ['T3 ny frist 12.02; venter på svar', 'T3 ny frist 12.02', 'venter på svar'],
    ['T4 T5 ferdig – begge sendt', 'T4 T5 ferdig', 'begge sendt'],
    // Nothing to split: the arguments come back whole.
    ['T2 pågår', 'T2 pågår', ''],
    ['T3 utsett 12.2.2027', 'T3 utsett 12.2.2027', ''],
    ['T3 tekst Sende søknad, budsjett og plan', 'T3 tekst Sende søknad, budsjett og plan', ''],
    ['T3 ny ansvarlig Nes, Hurdal', 'T3 ny ansvarlig Nes, Hurdal', ''],
    ['@Ola Hansen lage plan, ferdig innen 12.12', '@Ola Hansen lage plan, ferdig innen 12.12', ''],
  ])('%s → %s + «%s»', (typed, args, rest) => {
    expect(splitStatusComment(typed)).toEqual({ args, rest });
  });

  it('names the tasks the arguments open with', () => {
    expect(taskIdsOf('T4 og t5 ferdig')).toEqual(['T4', 'T5']);
    expect(taskIdsOf('T2 pågår')).toEqual(['T2']);
  });
});

describe('a task given to someone in the short form (month round 6, N8)', () => {
  it('reads as «oppgave T3 ny ansvarlig …» when a name or @mention follows', () => {
    expect(readTaskStatus('T1 ny ansvarlig @Ola Hansen')).toBe('T1 ny ansvarlig @Ola Hansen');
    expect(readTaskStatus('T2 ansvarlig: Eidsvoll')).toBe('T2 ny ansvarlig Eidsvoll');
    expect(readTaskStatus('t4 gis til Nes og Hurdal')).toBe('T4 ny ansvarlig Nes og Hurdal');
    expect(readTaskStatus('T5 overtas av @Per Olsen')).toBe('T5 ny ansvarlig @Per Olsen');
  });
  it('leaves talk about who is responsible alone', () => {
    expect(readTaskStatus('T3 ansvarlig er fortsatt Nes')).toBeNull();
    expect(readTaskStatus('T3 ny ansvarlig er Kari')).toBeNull();
    expect(readTaskStatus('T2 tar Ola over etter nyttår tror jeg')).toBeNull();
  });
});
