import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/guidelines/bm25.ts';

const index = new Bm25Index([
  {
    key: 'rapport',
    payload: 'rapport',
    fields: [{ text: 'Rapporten sendes innen fristen. Slutten av året.', weight: 1 }],
  },
  { key: 'plan', payload: 'plan', fields: [{ text: 'Planen beskriver hovedmålet.', weight: 1 }] },
]);

describe('compound heads', () => {
  it('a compound the corpus lacks finds its last part, more weakly ("sluttrapporten" → rapport)', () => {
    const hits = index.score(index.concepts('hva skal sluttrapporten inneholde'));
    expect(hits[0]?.key).toBe('rapport');
    const direct = index.score(index.concepts('rapporten'))[0]!.score;
    expect(hits[0]!.score).toBeLessThan(direct);
  });
});
