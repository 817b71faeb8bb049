// Samples of the project register cards (issue #17 items 1–3), merged into test/support/card-samples/samples.ts so the card test validates them.
import type { AdaptiveCard } from '../../../src/conversation/types.ts';
import { checkPlan } from '../../../src/projects/plan-check.ts';
import { emptyPlan, projectPlanSchema, type Project } from '../../../src/projects/project.ts';
import { projectCard, projectCheckCard, projectListCard } from '../../../cards/project.ts';
import {
  basicsValuesOf,
  projectBasicsCard,
  FIELD_FORMS,
  fieldValuesOf,
  projectBudgetCard,
  projectConflictCard,
  projectMilestoneConfirmCard,
  projectFieldsCard,
  projectMilestoneCard,
  projectRowsCard,
  projectSubGoalCard,
} from '../../../cards/project-forms.ts';
import { listRev, ROW_LISTS } from '../../../src/projects/plan-rows.ts';

const kari = { id: '29:a', name: 'Kari Nordmann' };
const full: Project = {
  tenantId: 't',
  networkId: 'n',
  id: 'U1',
  origin: 'import',
  createdBy: kari,
  createdAt: '2026-11-30T10:00:00Z',
  updatedAt: '2026-11-30T10:00:00Z',
  plan: projectPlanSchema.parse({
    name: 'Fosterhjem i nærmiljøet',
    types: ['fosterhjemsprosjekt'],
    applicant: 'Nes kommune',
    municipalities: ['Nes', 'Eidsvoll', 'Hurdal'],
    leader: { name: 'Kari Nordmann', municipality: 'Nes barneverntjeneste' },
    steeringGroup: [{ name: 'Per Hansen', municipality: 'Nes', position: 'Kommunalsjef' }],
    projectGroup: [{ name: 'Anne Moe', role: 'Prosjektleder, 50 % frikjøpt', boughtOut: '50 % frikjøpt' }],
    competence: 'Bufetat region øst',
    mainGoal: 'Vi skal styrke veiledningen. Alle skal bli bedre.',
    subGoals: [
      {
        id: 'd1',
        goal: 'Felles veiledningsteam',
        milestones: [
          { id: 'm1', activity: 'Teamet er satt sammen', owner: 'Siri Lund', when: '01.03.2025', due: '2025-03-01' },
          { id: 'm2', activity: 'Opplæring', owner: '', when: '' },
        ],
      },
    ],
    budget: {
      lines: [
        { description: 'Lønn', amount: 200_000 },
        { description: 'Administrasjon', amount: 30_000, overhead: true },
      ],
      statedTotal: 230_000,
    },
    grant: { applied: 230_000 },
  }),
};
/** A plan at the schema's limits: the card must still stay under Teams' size limit. */
const huge: Project = {
  ...full,
  id: 'U3',
  plan: projectPlanSchema.parse({
    ...full.plan,
    name: 'N'.repeat(500),
    mainGoal: 'M'.repeat(20_000),
    competence: 'K'.repeat(20_000),
    steeringGroup: Array.from({ length: 50 }, (_, i) => ({ name: `Person ${i} ${'x'.repeat(60)}` })),
    projectGroup: Array.from({ length: 50 }, (_, i) => ({ name: `Person ${i} ${'x'.repeat(60)}` })),
    subGoals: Array.from({ length: 50 }, (_, i) => ({
      id: `d${i + 1}`,
      goal: 'D'.repeat(2000),
      milestones: Array.from({ length: 3 }, (_, k) => ({
        id: `m${i * 3 + k + 1}`,
        activity: 'A'.repeat(2000),
        owner: 'O'.repeat(400),
        when: '01.03.2027',
      })),
    })),
    budget: { lines: Array.from({ length: 50 }, () => ({ description: 'B'.repeat(500), amount: 1000 })) },
  }),
};
const empty: Project = { ...full, id: 'U2', origin: 'cards', plan: emptyPlan('Tryggere overganger') };
const url = 'https://bot.example/files/projects/U1.docx?sig=x';

export const projectCardSamples: Record<string, () => AdaptiveCard[]> = {
  project: () => [
    projectCard(huge, { findings: checkPlan(huge.plan), downloadUrl: url }),
    projectCard(full, { findings: checkPlan(full.plan), downloadUrl: url, notice: 'Lagret.' }),
    projectCard(empty, { findings: checkPlan(empty.plan), downloadUrl: url }),
  ],
  'project-list': () => [
    projectListCard(
      'n',
      [full, empty].map((project) => ({ project, findings: checkPlan(project.plan) })),
    ),
  ],
  'project-check': () => [
    projectCheckCard(
      huge,
      checkPlan({
        ...huge.plan,
        subGoals: huge.plan.subGoals.map((g) => ({
          ...g,
          milestones: g.milestones.map((m) => ({ ...m, owner: '', when: '' })),
        })),
      }),
    ),
    projectCheckCard(full, checkPlan(full.plan)),
    projectCheckCard(empty, []),
  ],
  'project-basics': () => [
    projectBasicsCard(full, basicsValuesOf(full)),
    projectBasicsCard(empty, basicsValuesOf(empty), 'Velg én type prosjekt.'),
  ],
  'project-subgoal': () => [projectSubGoalCard(full, { goal: '' }), projectSubGoalCard(full, { goal: 'x' }, 'Feil')],
  'project-milestone': () => [
    projectMilestoneCard(
      full,
      { subGoal: '', activity: '', owner: '', partner: '', when: '', checkpoint: '' },
      '15.03.2027 eller mars 2027',
    ),
    projectMilestoneCard(
      full,
      { subGoal: 'd1', activity: 'A', owner: 'B', partner: '', when: 'høsten', checkpoint: '' },
      '15.03.2027 eller mars 2027',
      'Feil',
    ),
  ],
  'project-budget': () => [
    projectBudgetCard(full, { description: '', amount: '', overhead: false }),
    projectBudgetCard(full, { description: 'Adm', amount: 'mye', overhead: true }, 'Feil'),
  ],
  'project-fields': () => [
    ...FIELD_FORMS.map((form) => projectFieldsCard(full, form, fieldValuesOf(full, form, '0'))),
    ...FIELD_FORMS.map((form) => projectFieldsCard(huge, form, fieldValuesOf(huge, form), 'Feil')),
    projectFieldsCard(full, 'member', fieldValuesOf(full, 'member', '0'), '', {
      row: '0',
      rev: listRev(full.plan, 'members'),
    }),
  ],
  'project-rows': () => [
    ...ROW_LISTS.map((list) => projectRowsCard(huge, list)),
    ...ROW_LISTS.map((list) => projectRowsCard(full, list, { notice: 'Slettet: Kurs.' })),
    projectRowsCard(empty, 'budget'),
    projectRowsCard(full, 'subgoals', { confirm: { text: 'Slette?', row: 'd1' } }),
  ],
  'project-milestone-confirm': () => [
    projectMilestoneConfirmCard(full, 'm1', 'Ola Hansen la inn milepælen «Rutine» i U1 med frist 15.03.2027.'),
  ],
  'project-conflict': () => [
    projectConflictCard(full, 'basics', [
      {
        field: 'municipalities',
        label: 'Deltakende kommuner/bydeler',
        stored: 'Nes, Eidsvoll, Hurdal, Gjerdrum',
        mine: 'Nes, Eidsvoll',
        changedBy: 'Ola Hansen 5.1. kl. 09:08',
      },
      { field: 'mainGoal', label: 'Hovedmål', stored: 'x'.repeat(4000), mine: 'y'.repeat(4000), changedBy: '' },
    ]),
  ],
};
