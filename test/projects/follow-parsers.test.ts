import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApplicationFields } from '../../src/projects/application.ts';
import { parseCostKey } from '../../src/projects/cost-key-parse.ts';
import { parseExperience } from '../../src/projects/experience.ts';
import { parsePlanAnswerArgs } from '../../src/projects/follow-up-answer.ts';
import { reportYear } from '../../src/projects/report.ts';

describe('plan ja / plan nei arguments', () => {
  it.each([
    ['', { projectId: null, milestoneId: null, text: '' }],
    [': rekrutteringen stoppet opp', { projectId: null, milestoneId: null, text: 'rekrutteringen stoppet opp' }],
    ['m3: tok lengre tid', { projectId: null, milestoneId: 'm3', text: 'tok lengre tid' }],
    ['U1 m3 – tok lengre tid', { projectId: 'U1', milestoneId: 'm3', text: 'tok lengre tid' }],
    ['u2:m10 kom ikke i gang', { projectId: 'U2', milestoneId: 'm10', text: 'kom ikke i gang' }],
    ['U1', { projectId: 'U1', milestoneId: null, text: '' }],
    ['møtet ble avlyst', { projectId: null, milestoneId: null, text: 'møtet ble avlyst' }],
    ['mange ble syke', { projectId: null, milestoneId: null, text: 'mange ble syke' }], // starts with m but is no milestone
    ['m3x er ikke en milepæl', { projectId: null, milestoneId: null, text: 'm3x er ikke en milepæl' }],
  ])('%j', (args, expected) => {
    expect(parsePlanAnswerArgs(args)).toEqual(expected);
  });
});

describe('erfaring arguments', () => {
  it.each([
    [
      'lært: faste grupper gir bedre oppmøte',
      { ok: true, kind: 'lært', projectId: null, text: 'faste grupper gir bedre oppmøte' },
    ],
    [
      'Gjort - tre kommuner har kartlagt',
      { ok: true, kind: 'gjort', projectId: null, text: 'tre kommuner har kartlagt' },
    ],
    ['U2 lurt: avtal frikjøp tidlig', { ok: true, kind: 'lurt', projectId: 'U2', text: 'avtal frikjøp tidlig' }],
    ['lærte U3: noe nytt', { ok: true, kind: 'lært', projectId: 'U3', text: 'noe nytt' }],
    ['noe vi så', { ok: false, problem: 'no-kind' }],
    ['lært:', { ok: false, problem: 'no-text' }],
  ])('%j', (args, expected) => {
    expect(parseExperience(args)).toEqual(expected);
  });
});

describe('søknadsutkast fields', () => {
  it('reads the fields in the forms people write them, and says which part it could not', () => {
    const r = parseApplicationFields(
      'orgnr 974 123 456; adresse: Rådhusgata 1\npostnr 2150; poststed Årnes; e-post kari@nes.no; beløp kr 150 000,-; søknaden gjelder ledersamlinger',
    );
    expect(r).toEqual({
      ok: true,
      fields: {
        orgNumber: '974 123 456',
        address: 'Rådhusgata 1',
        postcode: '2150',
        postPlace: 'Årnes',
        email: 'kari@nes.no',
        amount: 150_000,
        purpose: 'ledersamlinger',
      },
      understood: [
        'Organisasjonsnummer',
        'Adresse',
        'Postnr.',
        'Poststed',
        'E-post',
        'Søknadsbeløp',
        'Søknaden gjelder',
      ],
    });
    expect(parseApplicationFields('farge blå')).toMatchObject({
      ok: false,
      problem: 'unknown-field',
      typed: 'farge blå',
    });
    expect(parseApplicationFields('beløp 1,200')).toMatchObject({ ok: false, problem: 'bad-amount' });
    expect(parseApplicationFields('postnr 215')).toMatchObject({ ok: false, problem: 'bad-postcode' });
    expect(parseApplicationFields(`beskrivelse ${'x'.repeat(3001)}`)).toMatchObject({ ok: false, problem: 'too-long' });
    expect(parseApplicationFields(`beskrivelse ${'x'.repeat(3000)}`)).toMatchObject({ ok: true });
  });
});

describe('report year', () => {
  it('is the year before until 1 March, then the current year', () => {
    expect(reportYear('2027-02-28')).toBe(2026);
    expect(reportYear('2027-03-01')).toBe(2027);
    expect(reportYear('2026-11-30')).toBe(2026);
  });
});

describe('the parsers never throw and stay fast on odd input', () => {
  it('any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.stringMatching(/^[umU0-9 :;,.\-–a-zæøå%\n]{0,200}$/u)),
        (s) => {
          parsePlanAnswerArgs(s);
          parseExperience(s);
          parseApplicationFields(s);
          parseCostKey(s);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('long adversarial lines are answered at once (no runaway backtracking)', () => {
    const inputs = [
      'a '.repeat(2_400),
      '1 '.repeat(2_400),
      `600 000 fast 50 %: ${'Nes 1 '.repeat(800)}`,
      `${'Ås-'.repeat(1_500)}1`,
      'bruk '.repeat(900),
      `Nes ${'1.'.repeat(2_000)}`,
    ];
    for (const s of inputs) {
      const started = process.hrtime.bigint();
      parseCostKey(s);
      parseApplicationFields(s);
      parseExperience(s);
      parsePlanAnswerArgs(s);
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1_000);
    }
  });
});
