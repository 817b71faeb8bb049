// The step-by-step forms for filling a plan on cards (template 002's fields): each comes back with
// what was typed and the reason when it cannot be saved, so nothing has to be typed again.
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { projectText as t, projectTypeNames } from '../src/i18n/projects.ts';
import { formatKroner } from '../src/projects/amounts.ts';
import { FORM_OF_LIST, listOfForm, listRev, type RowList } from '../src/projects/plan-rows.ts';
import { milestonesOf, type Project } from '../src/projects/project.ts';
import { renderCard } from './render.ts';

/** Which row a form changes (empty: it adds one), and the list's fingerprint when it was opened. */
export interface RowRef {
  row: string;
  rev: string;
}
const NEW_ROW: RowRef = { row: '', rev: '' };

/** Ids, labels and where «Tilbake» goes: a form that changes a row goes back to its list, the others to the plan. */
const ids = (p: Pick<Project, 'id' | 'networkId'>, form = '', ref: RowRef = NEW_ROW) => {
  const list = ref.row ? listOfForm(form) : null;
  return {
    id: p.id,
    networkId: p.networkId,
    labels: t.forms,
    actions: t.actions,
    row: ref.row,
    rev: ref.rev,
    back: list ? 'project.rows' : 'project.show',
    list: list ?? '',
  };
};
const editHeading = (p: Project, list: RowList) => t.forms.editHeading(p.id, t.forms.rowWhat[list]);
/** A form that adds a row, or changes the row `ref` names: its ids, its heading (for a new row `adding`) and the error. */
const rowForm = (p: Project, form: string, ref: RowRef, adding: string, error: string) => {
  const list = listOfForm(form);
  return { ...ids(p, form, ref), heading: ref.row && list ? editHeading(p, list) : adding, error };
};

export interface BasicsValues {
  type: string;
  applicant: string;
  municipalities: string;
  mainGoal: string;
  grant: string;
  received: string;
}

export function basicsValuesOf(p: Project): BasicsValues {
  return {
    type: p.plan.types.length === 1 ? p.plan.types[0]! : '',
    applicant: p.plan.applicant,
    municipalities: p.plan.municipalities.join(', '),
    mainGoal: p.plan.mainGoal,
    grant: p.plan.grant.applied !== null ? formatKroner(p.plan.grant.applied) : '',
    received: p.plan.grant.received !== null ? formatKroner(p.plan.grant.received) : '',
  };
}

/**
 * The basics form. `opened` is what the section held when the form was opened (JSON of its values), sent
 * back on «Lagre» so only what the person changed is written (month round 7, N6).
 */
export function projectBasicsCard(p: Project, values: BasicsValues, error = '', opened = ''): AdaptiveCard {
  return renderCard('project-basics', {
    ...ids(p),
    opened,
    heading: t.forms.basicsHeading(p.id),
    error,
    ...values,
    types: Object.entries(projectTypeNames).map(([value, title]) => ({ value, title })),
  });
}

export function projectSubGoalCard(p: Project, values: { goal: string }, error = '', ref = NEW_ROW): AdaptiveCard {
  return renderCard('project-subgoal', {
    ...rowForm(p, 'subgoal', ref, t.forms.subGoalHeading(p.id), error),
    ...values,
  });
}

export interface MilestoneValues {
  subGoal: string;
  activity: string;
  owner: string;
  partner: string;
  when: string;
  checkpoint: string;
}

/** The milestone form; `example` is the «Når?» example, a date near today (whenExample). */
export function projectMilestoneCard(
  p: Project,
  values: MilestoneValues,
  example: string,
  error = '',
  ref = NEW_ROW,
): AdaptiveCard {
  return renderCard('project-milestone', {
    ...rowForm(p, 'milestone', ref, t.forms.milestoneHeading(p.id), error),
    whenPlaceholder: t.forms.whenPlaceholder(example),
    ...values,
    subGoal: values.subGoal || p.plan.subGoals.at(-1)?.id || '',
    subGoals: p.plan.subGoals.map((g, i) => ({ value: g.id, title: `${i + 1} ${g.goal}`.slice(0, 120) })),
  });
}

export interface BudgetValues {
  description: string;
  amount: string;
  overhead: boolean;
}

export function projectBudgetCard(p: Project, values: BudgetValues, error = '', ref = NEW_ROW): AdaptiveCard {
  return renderCard('project-budget', {
    ...rowForm(p, 'budget', ref, t.forms.budgetHeading(p.id), error),
    ...values,
    overhead: values.overhead ? 'true' : 'false',
  });
}

/** The steps that are plain text fields: the leader, a group member, the texts, an obstacle. */
export const FIELD_FORMS = ['leader', 'steering', 'member', 'background', 'success', 'obstacle', 'further'] as const;
export type FieldForm = (typeof FIELD_FORMS)[number];
export type FieldValues = Record<string, string>;

interface FieldSpec {
  id: string;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  max: number;
}
const f = t.forms;
const name: FieldSpec = { id: 'name', label: f.name, placeholder: f.namePlaceholder, max: 200 };
const email: FieldSpec = { id: 'email', label: f.email, placeholder: f.emailPlaceholder, max: 200 };
const phone: FieldSpec = { id: 'phone', label: f.phone, placeholder: f.phonePlaceholder, max: 40 };
const municipality: FieldSpec = { id: 'municipality', label: f.municipality, max: 200 };
const longText = (id: string, label: string, placeholder: string): FieldSpec => ({
  id,
  label,
  placeholder,
  multiline: true,
  max: 5000,
});

export const FIELD_SPECS: Record<FieldForm, { heading: (id: string) => string; fields: FieldSpec[] }> = {
  leader: {
    heading: f.leaderHeading,
    fields: [name, { ...municipality, label: f.leaderMunicipality }, phone, email],
  },
  steering: {
    heading: f.steeringHeading,
    fields: [name, municipality, { id: 'position', label: f.position, max: 200 }, email],
  },
  member: {
    heading: f.memberHeading,
    fields: [
      name,
      municipality,
      { id: 'role', label: f.role, max: 300 },
      { id: 'boughtOut', label: f.boughtOut, placeholder: f.boughtOutPlaceholder, max: 100 },
      email,
      phone,
    ],
  },
  background: {
    heading: f.backgroundHeading,
    fields: [
      longText('competence', f.competence, f.competencePlaceholder),
      longText('background', f.background, f.backgroundPlaceholder),
    ],
  },
  success: {
    heading: f.successHeading,
    fields: [longText('successCriteria', f.successCriteria, f.successPlaceholder)],
  },
  obstacle: {
    heading: f.obstacleHeading,
    fields: [
      { ...longText('obstacle', f.obstacle, f.obstaclePlaceholder), max: 2000 },
      { ...longText('measure', f.measure, f.measurePlaceholder), max: 2000 },
    ],
  },
  further: { heading: f.furtherHeading, fields: [longText('furtherWork', f.furtherWork, f.furtherPlaceholder)] },
};

/** What a field step shows when opened: the plan's current text, or the row being changed. */
export function fieldValuesOf(p: Project, form: FieldForm, row = ''): FieldValues {
  const plan = p.plan;
  const at = Number(row);
  switch (form) {
    case 'leader':
      return { ...(plan.leader ?? { name: '', municipality: '', phone: '', email: '' }) };
    case 'steering': {
      const m = row ? plan.steeringGroup[at] : undefined;
      return {
        name: m?.name ?? '',
        municipality: m?.municipality ?? '',
        position: m?.position ?? '',
        email: m?.email ?? '',
      };
    }
    case 'member': {
      const m = row ? plan.projectGroup[at] : undefined;
      return {
        name: m?.name ?? '',
        municipality: m?.municipality ?? '',
        role: m?.role ?? '',
        boughtOut: m?.boughtOut ?? '',
        email: m?.email ?? '',
        phone: m?.phone ?? '',
      };
    }
    case 'background':
      return { competence: plan.competence, background: plan.background };
    case 'success':
      return { successCriteria: plan.successCriteria.join('\n') };
    case 'obstacle': {
      const o = row ? plan.obstacles[at] : undefined;
      return { obstacle: o?.obstacle ?? '', measure: o?.measure ?? '' };
    }
    case 'further':
      return { furtherWork: plan.furtherWork };
  }
}

export function projectFieldsCard(
  p: Project,
  form: FieldForm,
  values: FieldValues,
  error = '',
  ref: RowRef = NEW_ROW,
  opened = '',
): AdaptiveCard {
  const spec = FIELD_SPECS[form];
  return renderCard('project-fields', {
    ...rowForm(p, form, ref, spec.heading(p.id), error),
    opened,
    projectId: p.id,
    form,
    fields: spec.fields.map((x) => ({
      id: x.id,
      label: x.label,
      placeholder: x.placeholder ?? '',
      multiline: x.multiline ?? false,
      max: x.max,
      value: values[x.id] ?? '',
    })),
  });
}

/** Rows a list card shows: Teams' message size holds about this many with their buttons. */
const ROWS_SHOWN = 30;
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function rowTexts(p: Project, list: RowList): { row: string; text: string }[] {
  const plan = p.plan;
  const c = t.card;
  switch (list) {
    case 'subgoals':
      return plan.subGoals.map((g, i) => ({
        row: g.id,
        text: `${i + 1} ${cut(g.goal, 150)}${g.milestones.length ? ` (${c.milestoneCount(g.milestones.length)})` : ''}`,
      }));
    case 'milestones': {
      const number = new Map(plan.subGoals.map((g, i) => [g.id, String(i + 1)]));
      return milestonesOf(plan).map(({ subGoal, milestone: m }) => ({
        row: m.id,
        text: t.rows.milestoneRow(
          number.get(subGoal.id) ?? '',
          cut(m.activity, 120),
          cut(m.owner, 60),
          m.when || m.due || '',
        ),
      }));
    }
    case 'budget':
      return plan.budget.lines.map((l, i) => ({
        row: String(i),
        text: cut(c.budgetLine(l.description, l.amount !== null ? formatKroner(l.amount) : l.amountText), 160),
      }));
    case 'steering':
      return plan.steeringGroup.map((m, i) => ({
        row: String(i),
        text: cut(t.rows.memberRow(m.name, m.position, m.municipality), 160),
      }));
    case 'members':
      return plan.projectGroup.map((m, i) => ({
        row: String(i),
        text: cut(t.rows.memberRow(c.boughtOut(m.name, m.boughtOut), m.role, m.municipality), 160),
      }));
    case 'obstacles':
      return plan.obstacles.map((o, i) => ({
        row: String(i),
        text: cut(t.rows.obstacleRow(o.obstacle, o.measure), 200),
      }));
  }
}

/** One list of the plan, each row with «Endre» and «Slett»; `confirm` asks before a sub-goal with milestones goes. */
export function projectRowsCard(
  p: Project,
  list: RowList,
  opts: { notice?: string; tone?: 'good' | 'warning'; confirm?: { text: string; row: string } } = {},
): AdaptiveCard {
  const rows = rowTexts(p, list);
  return renderCard('project-rows', {
    heading: t.rows.heading(p.id, t.rows.lists[list]),
    notice: opts.notice ?? '',
    noticeColor: opts.tone === 'warning' ? 'Warning' : 'Good',
    confirm: opts.confirm?.text ?? '',
    confirmRow: opts.confirm?.row ?? '',
    none: t.rows.none,
    rows: rows.slice(0, ROWS_SHOWN),
    more: rows.length > ROWS_SHOWN ? t.rows.more(rows.length - ROWS_SHOWN) : '',
    actions: t.actions,
    id: p.id,
    networkId: p.networkId,
    list,
    form: FORM_OF_LIST[list],
    rev: listRev(p.plan, list),
  });
}

/** A field both the person and someone else changed since her form was opened (month round 7, N6). */
export interface FieldConflict {
  field: string;
  label: string;
  stored: string;
  mine: string;
  /** Who changed it and when, as said on the card («Ola Hansen 5.1. kl. 09:08»), or '' when unknown. */
  changedBy: string;
}

/** Both values of each field in conflict, with «Bruk mitt» (her value) and «Behold lagret»; the rest is saved. */
export function projectConflictCard(p: Project, form: string, conflicts: FieldConflict[]): AdaptiveCard {
  const c = t.conflict;
  return renderCard('project-conflict', {
    heading: c.heading(p.id),
    intro: c.intro,
    conflicts: conflicts.map((x) => ({
      label: x.label,
      storedLine: c.stored(x.changedBy, x.stored),
      mineLine: c.mine(x.mine),
      useMine: c.useMine,
      keepStored: c.keepStored,
      projectId: p.id,
      networkId: p.networkId,
      form,
      opened: JSON.stringify({ [x.field]: x.stored }),
      field: x.field,
      mine: x.mine,
    })),
  });
}

/** To the leaders: a member's milestone with a date, and «Gjør til frist» (month round 7, N18). */
export function projectMilestoneConfirmCard(p: Project, milestone: string, text: string): AdaptiveCard {
  return renderCard('project-milestone-confirm', {
    text,
    confirm: t.awaiting.confirm,
    id: p.id,
    networkId: p.networkId,
    milestone,
  });
}
