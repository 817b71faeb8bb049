// The step-by-step forms for filling a plan on cards (template 002's fields): each comes back with
// what was typed and the reason when it cannot be saved, so nothing has to be typed again.
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { projectText as t, projectTypeNames } from '../src/i18n/projects.ts';
import { formatKroner } from '../src/projects/amounts.ts';
import type { Project } from '../src/projects/project.ts';
import { renderCard } from './render.ts';

const ids = (p: Pick<Project, 'id' | 'networkId'>) => ({
  id: p.id,
  networkId: p.networkId,
  labels: t.forms,
  actions: t.actions,
});

export interface BasicsValues {
  type: string;
  applicant: string;
  municipalities: string;
  mainGoal: string;
  grant: string;
}

export function basicsValuesOf(p: Project): BasicsValues {
  return {
    type: p.plan.types.length === 1 ? p.plan.types[0]! : '',
    applicant: p.plan.applicant,
    municipalities: p.plan.municipalities.join(', '),
    mainGoal: p.plan.mainGoal,
    grant: p.plan.grant.applied !== null ? formatKroner(p.plan.grant.applied) : '',
  };
}

export function projectBasicsCard(p: Project, values: BasicsValues, error = ''): AdaptiveCard {
  return renderCard('project-basics', {
    ...ids(p),
    heading: t.forms.basicsHeading(p.id),
    error,
    ...values,
    types: Object.entries(projectTypeNames).map(([value, title]) => ({ value, title })),
  });
}

export function projectSubGoalCard(p: Project, values: { goal: string }, error = ''): AdaptiveCard {
  return renderCard('project-subgoal', { ...ids(p), heading: t.forms.subGoalHeading(p.id), error, ...values });
}

export interface MilestoneValues {
  subGoal: string;
  activity: string;
  owner: string;
  partner: string;
  when: string;
  checkpoint: string;
}

export function projectMilestoneCard(p: Project, values: MilestoneValues, error = ''): AdaptiveCard {
  return renderCard('project-milestone', {
    ...ids(p),
    heading: t.forms.milestoneHeading(p.id),
    error,
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

export function projectBudgetCard(p: Project, values: BudgetValues, error = ''): AdaptiveCard {
  return renderCard('project-budget', {
    ...ids(p),
    heading: t.forms.budgetHeading(p.id),
    error,
    ...values,
    overhead: values.overhead ? 'true' : 'false',
  });
}
