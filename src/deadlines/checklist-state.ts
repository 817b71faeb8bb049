import type { Deadline } from './deadline.ts';

/** Where a deadline's checklist stands. One place, so the card, the delivery question and the leaders' notice agree. */
export interface ChecklistState {
  /** Items neither ticked nor marked «Gjelder ikke oss», in the checklist's order. */
  open: string[];
  /** Ticked items (an item marked «Gjelder ikke oss» counts in neither figure, s12 #12). */
  ticked: number;
  /** Items that apply: all but those marked «Gjelder ikke oss». */
  applies: number;
  /**
   * Worked on and left open: some items settled, some not. Every kind comes with a checklist that many
   * never open, so an untouched one is no sign of a slip.
   */
  halfDone: boolean;
}

export function checklistState(d: Pick<Deadline, 'checklist' | 'checks'>): ChecklistState {
  const listed = new Set(d.checklist);
  const checks = d.checks.filter((c) => listed.has(c.item));
  const settled = new Set(checks.map((c) => c.item));
  const notApplicable = checks.filter((c) => c.notApplicable).length;
  const open = d.checklist.filter((item) => !settled.has(item));
  return {
    open,
    ticked: checks.length - notApplicable,
    applies: d.checklist.length - notApplicable,
    halfDone: open.length > 0 && open.length < d.checklist.length,
  };
}
