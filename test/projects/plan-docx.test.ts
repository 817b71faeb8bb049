import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanDocx } from '../../src/projects/import.ts';
import { planDocx } from '../../src/projects/plan-docx.ts';
import { emptyPlan, type ProjectPlan } from '../../src/projects/project.ts';
import { readBlocks } from '../../src/projects/docx-blocks.ts';
import { TEMPLATE_TITLE } from '../../src/projects/template-002.ts';

const read = async (bytes: Uint8Array): Promise<ProjectPlan> => {
  const r = await readPlanDocx(bytes);
  if (!r.ok) throw new Error(r.refusal);
  return r.plan;
};
/** Amounts are written back as "120 000 kr", so the text as typed is the one thing that differs. */
const withoutTypedAmounts = (p: ProjectPlan) => ({
  ...p,
  budget: {
    ...p.budget,
    statedTotalText: '',
    lines: p.budget.lines.map((l) => ({ ...l, amountText: l.amount === null ? l.amountText : '' })),
  },
});

describe('export to .docx in the template order', () => {
  it.each(['plan-clean.docx', 'plan-with-findings.docx'])(
    '%s: export and import again give the same plan',
    async (name) => {
      const plan = await read(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
      const again = await read(await planDocx(plan));
      expect(withoutTypedAmounts(again)).toEqual(withoutTypedAmounts(plan));
    },
  );

  it('writes the template fields in the template order, and an empty plan still reads as the template', async () => {
    const blocks = await readBlocks(await planDocx(emptyPlan('Tom plan')));
    const text = blocks
      .map((b) =>
        b.kind === 'p' ? b.text : b.rows.map((r) => r.map((c) => c.paragraphs.join(' ')).join(' | ')).join('\n'),
      )
      .join('\n');
    const order = [
      TEMPLATE_TITLE,
      'Navn på utviklingsprosjektet: Tom plan',
      'Kryss av for type prosjekt',
      'Søkerkommune/-bydel',
      'Deltakende kommuner/bydeler',
      'Navn prosjektleder',
      'Hvem inngår i styringsgruppen',
      'Hvem inngår i prosjektgruppen',
      'Hvilke(t) kompetansemiljø',
      'Bakgrunn for prosjektet',
      'Hovedmål:',
      'Suksesskriterier:',
      'Hindringer:',
      'Delmål',
      'FREMDRIFTSPLAN',
      'Videre utviklingsarbeid',
      'BUDSJETT',
      'Sum kostnader',
    ];
    const at = order.map((label) => text.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const r = await readPlanDocx(await planDocx(emptyPlan('Tom plan')));
    expect(r.ok && r.missing).toContain('Hovedmål er tomt.');
  });
});
