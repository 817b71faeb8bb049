import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardSamples } from '../support/card-samples/samples.ts';
import { checkCard } from '../support/card-check.ts';

const CARDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cards');
const templates = readdirSync(CARDS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5));

describe('card templates', () => {
  it('every template has a sample built through its data builder', () => {
    expect(templates.length).toBeGreaterThan(0);
    expect(templates.filter((t) => !cardSamples[t])).toEqual([]);
  });

  for (const name of templates) {
    it(`${name}: parses with the Adaptive Cards SDK, version ≤ 1.5, under 28 KB`, () => {
      const samples = cardSamples[name]?.() ?? [];
      expect(samples.length).toBeGreaterThan(0);
      for (const card of samples) {
        const check = checkCard(card);
        expect(check.errors, JSON.stringify(card).slice(0, 300)).toEqual([]);
      }
    });
  }

  it('the checker catches what it is there to catch', () => {
    expect(checkCard({ type: 'AdaptiveCard', version: '1.6', body: [] }).errors.join()).toMatch(/version/);
    expect(checkCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Nope' }] }).errors.join()).toMatch(
      /Unknown element/,
    );
    expect(
      checkCard({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'x'.repeat(30_000) }],
      }).errors.join(),
    ).toMatch(/bytes/);
    expect(
      checkCard({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: '${missing}' }],
      }).errors.join(),
    ).toMatch(/unbound/);
  });

  it('user text that looks like a template expression is shown as typed, not evaluated', async () => {
    const { noticeCard } = await import('../../cards/notice.ts');
    const card = noticeCard({ title: 'Hei', message: 'pris ${1+1} kr' });
    expect(JSON.stringify(card)).toContain('pris ${1+1} kr');
  });

  it('offers Åpne igjen on a finished task only, never on one that was undone', async () => {
    const { taskCard } = await import('../../cards/task.ts');
    const { sampleTask } = await import('../support/card-samples/samples.ts');
    const verbs = (status: typeof sampleTask.status) =>
      JSON.stringify(taskCard({ ...sampleTask, status }, { today: '2026-11-30', last: null }));
    expect(verbs('done')).toContain('task.reopen');
    expect(verbs('deleted')).not.toContain('task.reopen');
    expect(verbs('open')).not.toContain('task.reopen');
  });

  it('shows what was typed on its own line and does not repeat a one-sentence title', async () => {
    const { noticeCard } = await import('../../cards/notice.ts');
    const card = JSON.stringify(
      noticeCard({ title: 'Fristen mangler en tittel.', message: 'Fristen mangler en tittel.', typed: 'frist 1.3' }),
    );
    expect(card.split('Fristen mangler en tittel.').length - 1).toBe(1);
    expect(card).toContain('Du skrev: «frist 1.3»');
  });
});
