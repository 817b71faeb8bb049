import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readPlanDocx } from '../../src/projects/import.ts';
import { privacyText } from '../../src/i18n/index.ts';

// Review 2, item 8: a project plan naming a child was refused as carrying a «fødselsnummer».
// The refusal is the guard's own: what gave the child away, with an example of how to write it.

async function planWith(from: string, to: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(new URL('../fixtures/plan-clean.docx', import.meta.url)));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(from);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('review 2, item 8: a plan naming a child', () => {
  it('is refused in the guard’s words, not as a fødselsnummer', async () => {
    const from = 'Teamet er satt sammen';
    const r = await readPlanDocx(await planWith(from, `${from}, og saken om Emma Larsen (8 år) viser behovet`));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal).toBe('child');
    expect(r.message).toBe(privacyText.childRefused('age'));
    expect(r.message).not.toContain('fødselsnummer');
    expect(r.part).toBe('Delmål og milepæler');
  });

  it('an ordinary plan naming its project and leaders is read', async () => {
    const from = 'Teamet er satt sammen';
    const r = await readPlanDocx(
      await planWith(from, `${from}: Prosjekt Trygg Oppvekst (3 år), Kari Nordmann, 12 år i barnevernet, leder`),
    );
    expect(r.ok).toBe(true);
  });
});
