import { describe, expect, it } from 'vitest';
import { checkBoughtOut, checkEmail, checkPhone, criteriaOf } from '../../src/projects/people-fields.ts';
import { listRev, rowStillThere, withoutRow } from '../../src/projects/plan-rows.ts';
import { nextMilestoneId, projectPlanSchema } from '../../src/projects/project.ts';

describe('the people fields of a plan, as people write them', () => {
  it('e-mail: empty is fine, an address is kept, anything else is refused', () => {
    expect(checkEmail('')).toEqual({ ok: true, value: '' });
    expect(checkEmail(' kari.nordmann@nes.kommune.no ')).toEqual({ ok: true, value: 'kari.nordmann@nes.kommune.no' });
    expect(checkEmail('mailto:per@eidsvoll.kommune.no')).toEqual({ ok: true, value: 'per@eidsvoll.kommune.no' });
    for (const bad of ['kari.nordmann@nes', 'kari nordmann@nes.no', 'kari', '@nes.no', 'kari@@nes.no'])
      expect(checkEmail(bad), bad).toEqual({ ok: false, error: 'email' });
  });

  it('phone: 8 to 15 digits with the usual separators', () => {
    for (const ok of ['900 12 345', '+47 900 12 345', '90012345', '22-33-44-55', '(+47) 900 12 345'])
      expect(checkPhone(ok), ok).toMatchObject({ ok: true });
    for (const bad of ['12', 'ring meg', '900 12 345 ext 3', '1234567890123456'])
      expect(checkPhone(bad), bad).toEqual({ ok: false, error: 'phone' });
  });

  it('bought-out time: a share becomes «N % frikjøpt», words are kept, over 100 % is refused', () => {
    expect(checkBoughtOut('')).toEqual({ ok: true, value: null });
    expect(checkBoughtOut('0')).toEqual({ ok: true, value: null });
    for (const typed of ['50', '50%', '50 %', '50 prosent', '50 % frikjøpt', '50% frikjøpt.'])
      expect(checkBoughtOut(typed), typed).toEqual({ ok: true, value: '50 % frikjøpt' });
    expect(checkBoughtOut('12,5')).toEqual({ ok: true, value: '12,5 % frikjøpt' });
    expect(checkBoughtOut('2 dager i uka')).toEqual({ ok: true, value: 'frikjøpt 2 dager i uka' });
    expect(checkBoughtOut('frikjøpt i halv stilling')).toEqual({ ok: true, value: 'frikjøpt i halv stilling' });
    for (const bad of ['150', '150 %', 'frikjøpt 120 prosent'])
      expect(checkBoughtOut(bad), bad).toEqual({ ok: false, error: 'bought-out' });
  });

  it('success criteria: one a line, bullets and numbers taken off, empty lines dropped', () => {
    expect(criteriaOf('- En\n• To\n\n3. Tre\n4) Fire\n* Fem\n  Seks  ')).toEqual([
      'En',
      'To',
      'Tre',
      'Fire',
      'Fem',
      'Seks',
    ]);
    expect(criteriaOf('  \n ')).toEqual([]);
  });
});

describe('rows on the cards', () => {
  const plan = projectPlanSchema.parse({
    name: 'X',
    subGoals: [
      {
        id: 'd1',
        goal: 'A',
        milestones: [
          { id: 'm1', activity: 'a' },
          { id: 'm2', activity: 'b' },
        ],
      },
      { id: 'd2', goal: 'B' },
    ],
    budget: {
      lines: [
        { description: 'Kurs', amount: 1 },
        { description: 'Kurs', amount: 1 },
      ],
    },
  });

  it('a row named by position is still the row only while the list is unchanged (two equal lines, one click)', () => {
    const rev = listRev(plan, 'budget');
    expect(rowStillThere(plan, 'budget', '0', rev)).toBe(true);
    const after = withoutRow(plan, 'budget', '0');
    expect(after.budget.lines).toHaveLength(1);
    expect(rowStillThere(after, 'budget', '0', rev)).toBe(false);
  });

  it('deleted sub-goals and milestones retire their ids, so a new milestone never takes one', () => {
    const after = withoutRow(plan, 'subgoals', 'd1');
    expect(after.subGoals.map((g) => g.id)).toEqual(['d2']);
    expect(after.retiredIds).toEqual(['d1', 'm1', 'm2']);
    expect(nextMilestoneId(after)).toBe('m3');
    expect(rowStillThere(after, 'milestones', 'm1', '')).toBe(false);
    // Deleting what is gone changes nothing.
    const once = withoutRow(plan, 'milestones', 'm2');
    expect(withoutRow(once, 'milestones', 'm2')).toBe(once);
    expect(once.retiredIds).toEqual(['m2']);
  });
});
