// Two people with the same section's form open (month round 7, N6): the form carries what the section
// held when it was opened, and a save writes only what the person changed. A field both changed keeps
// the stored value and is handed back with both values, so nothing typed is lost and nothing is wiped.
import { basicsValuesOf, fieldValuesOf, FIELD_SPECS, type FieldConflict } from '../../cards/project-forms.ts';
import { projectText as t } from '../i18n/projects.ts';
import type { Project, ProjectPlan } from './project.ts';

/** The forms that edit one whole section of the plan (not a row of a list). */
export const SECTION_FORMS = ['basics', 'leader', 'background', 'success', 'further'] as const;
export type SectionForm = (typeof SECTION_FORMS)[number];
export const isSection = (f: string): f is SectionForm => (SECTION_FORMS as readonly string[]).includes(f);

/** What the section's form shows for `plan`, field by field. */
export function sectionValues(p: Project, form: SectionForm, plan: ProjectPlan = p.plan): Record<string, string> {
  const q = { ...p, plan };
  return form === 'basics' ? { ...basicsValuesOf(q) } : fieldValuesOf(q, form);
}

/** The label a field has on its form. */
export function fieldLabel(form: SectionForm, field: string): string {
  if (form === 'basics') return (t.forms as unknown as Record<string, string>)[field] ?? field;
  return FIELD_SPECS[form].fields.find((x) => x.id === field)?.label ?? field;
}

/** The «opened» a card sent back: field → value, or null when it carries none (a card from before). */
export function openedOf(raw: string | undefined): Record<string, string> | null {
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return null;
  }
}

export interface Merge {
  /** Every field of the section: the person's value where she changed it, else what is stored. */
  values: Record<string, string>;
  conflicts: Omit<FieldConflict, 'label' | 'changedBy'>[];
}

/**
 * A field the person left as it was opened keeps the stored value; one she changed is hers, unless the
 * stored value also moved away from what she opened (and differs from hers): then the stored value
 * stays and the field is a conflict. A field the card did not carry keeps the stored value.
 */
export function mergeSection(
  opened: Record<string, string>,
  stored: Record<string, string>,
  mine: Record<string, string>,
): Merge {
  const values: Record<string, string> = {};
  const conflicts: Merge['conflicts'] = [];
  const same = (a: string, b: string) => a.trim() === b.trim();
  for (const [k, now] of Object.entries(stored)) {
    const was = opened[k];
    const typed = mine[k];
    if (was === undefined || typed === undefined || same(typed, was) || same(typed, now)) values[k] = now;
    else if (same(now, was)) values[k] = typed;
    else {
      values[k] = now;
      conflicts.push({ field: k, stored: now, mine: typed });
    }
  }
  return { values, conflicts };
}
