import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/projects/docx-blocks.ts';
import { readPlanDocx } from '../../src/projects/import.ts';
import { checkPlan } from '../../src/projects/plan-check.ts';
import { mapTemplate } from '../../src/projects/template-map.ts';
import { projectPlanSchema } from '../../src/projects/project.ts';

const fixture = readFileSync(new URL('../fixtures/plan-clean.docx', import.meta.url));
const LABELS = [
  'Hovedmål:',
  'Delmål',
  'Ansvar',
  'Når?',
  'Navn:',
  'BUDSJETT',
  'Sum kostnader',
  'Kryss av for type prosjekt:',
  'Søkerkommune/-bydel:',
  '☒',
  'X',
  '1.',
  'A)',
  'Kroner',
  'Hindringer:',
  'Navn prosjektleder:',
];
const piece = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 400, maxLength: 700 }),
  fc.constantFrom(
    '<p>',
    '</p>',
    '<table>',
    '</table>',
    '<tr>',
    '</tr>',
    '<td>',
    '</td>',
    '<br />',
    '<input type="checkbox" checked="checked" />',
    '&amp;',
    '&#x2603;',
  ),
);

describe('the plan reader never throws on what it is given', () => {
  it('any mammoth-like HTML maps to a plan the check can read', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const mapped = mapTemplate(htmlToBlocks(parts.join('')));
        // What the mapper gives can always be stored: the repository checks it against the schema.
        expect(projectPlanSchema.safeParse(mapped.plan).success).toBe(true);
        expect(Array.isArray(checkPlan(mapped.plan))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a .docx with bytes changed anywhere is read or refused, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: fixture.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (edits) => {
          const bytes = Buffer.from(fixture);
          for (const [at, value] of edits) bytes[at] = value;
          const r = await readPlanDocx(bytes);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('huge cells', () => {
  it('a paragraph of hundreds of thousands of characters in any field is read and cut short, in one pass', () => {
    const huge = 'a '.repeat(200_000);
    const html = [
      `<p>Deltakende kommuner/bydeler: ${huge}</p>`,
      '<p>Hvem inngår i prosjektgruppen:</p>',
      `<table><tr><td><p>Navn:</p></td><td><p>Rolle/arbeidsoppgave:</p></td><td><p>E-postadresse:</p></td></tr><tr><td><p>Kari</p></td><td><p>${huge} 50 % frikjøpt ${huge}</p></td><td><p>k@x.no</p></td></tr></table>`,
      `<table><tr><td><p>Delmål</p></td><td><p>Hovedaktiviteter/milepæler</p></td><td><p>Ansvar</p></td><td><p>Når?</p></td></tr><tr><td><p>1 Mål</p></td><td><p>A</p></td><td><p>B</p></td><td><p>${'1 '.repeat(100_000)}mars 2027</p></td></tr></table>`,
    ].join('');
    const mapped = mapTemplate(htmlToBlocks(html));
    expect(projectPlanSchema.safeParse(mapped.plan).success).toBe(true);
    expect(mapped.plan.projectGroup[0]!.role.length).toBeLessThanOrEqual(500);
    expect(mapped.unreadable).toContain(
      'Noen felt var lengre enn det er plass til og er kortet ned (navn og korte felt: 500 tegn; beskrivelser: 20 000 tegn).',
    );
  });
});
