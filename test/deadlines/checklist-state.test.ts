import { describe, expect, it } from 'vitest';
import { checklistState } from '../../src/deadlines/checklist-state.ts';

const by = { id: '29:kari', name: 'Kari Nordmann' };
const check = (item: string, notApplicable?: true) => ({
  item,
  by,
  at: '2027-02-01T09:00:00Z',
  ...(notApplicable ? { notApplicable } : {}),
});

describe('where a checklist stands', () => {
  const checklist = ['Rapporteringsmal', 'Budsjett og regnskap', 'Revisorattestasjon', 'Vurdering'];

  it('counts ticks of the items that apply, and what is still open, in order', () => {
    const s = checklistState({ checklist, checks: [check('Rapporteringsmal'), check('Revisorattestasjon', true)] });
    expect(s).toEqual({ open: ['Budsjett og regnskap', 'Vurdering'], ticked: 1, applies: 3, halfDone: true });
  });

  it('an untouched or a settled checklist is not half done; a tick on an item no longer listed counts for nothing', () => {
    expect(checklistState({ checklist, checks: [] }).halfDone).toBe(false);
    const settled = checklistState({ checklist, checks: checklist.map((i) => check(i)) });
    expect(settled).toMatchObject({ open: [], ticked: 4, halfDone: false });
    expect(checklistState({ checklist, checks: [check('Fjernet punkt')] })).toMatchObject({
      ticked: 0,
      halfDone: false,
    });
  });
});
