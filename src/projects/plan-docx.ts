import { formatKroner } from './amounts.ts';
import { budgetSum, milestonesOf, type ProjectPlan } from './project.ts';
import { COLUMNS, LABELS, TEMPLATE_TITLE } from './template-002.ts';

/**
 * The plan as a Word document in template 002's order and wording (seed 002), without the help
 * text: what a network sends the Statsforvalter. The import reads it back field for field, so a
 * plan filled on cards and exported is the same plan when uploaded again.
 */
export async function planDocx(plan: ProjectPlan): Promise<Buffer> {
  // docx is about 1 MB of code that only this download uses: loaded on the first export, not at every start.
  const { CheckBox, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } =
    await import('docx');
  type Child = InstanceType<typeof Paragraph> | InstanceType<typeof Table>;
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const lines = (text: string) => (text.trim() ? text.split('\n').map((l) => p(l)) : [p('')]);
  const cell = (content: string | InstanceType<typeof Paragraph>[], bold = false) =>
    new TableCell({
      children:
        typeof content === 'string'
          ? content.includes('\n')
            ? lines(content)
            : [p(content, bold)]
          : content.length
            ? content
            : [p('')],
    });
  const table = (rows: (string | ReturnType<typeof cell>)[][], header = true) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map(
        (r, i) =>
          new TableRow({
            tableHeader: header && i === 0,
            children: r.map((c) => (typeof c === 'string' ? cell(c, header && i === 0) : c)),
          }),
      ),
    });
  const labelled = (label: string, value: string) => p(value.trim() ? `${label} ${value.trim()}` : label);
  const tick = (on: boolean) => new Paragraph({ children: [new CheckBox({ checked: on })] });

  const children: Child[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(TEMPLATE_TITLE)] }),
    labelled(LABELS.networkName.text, plan.networkName),
    labelled(LABELS.name.text, plan.name),
    table(
      [
        [LABELS.type.text, ''],
        [COLUMNS.types.egeninitiert, cell([tick(plan.types.includes('egeninitiert'))])],
        [COLUMNS.types.fosterhjemsprosjekt, cell([tick(plan.types.includes('fosterhjemsprosjekt'))])],
      ],
      false,
    ),
    labelled(LABELS.applicant.text, plan.applicant),
    labelled(LABELS.municipalities.text, plan.municipalities.join(', ')),
    table([
      [COLUMNS.leader.name, COLUMNS.leader.municipality, COLUMNS.leader.phone, COLUMNS.leader.email],
      [plan.leader?.name ?? '', plan.leader?.municipality ?? '', plan.leader?.phone ?? '', plan.leader?.email ?? ''],
    ]),
    p(LABELS.steeringGroup.text, true),
    table([
      [
        COLUMNS.steeringGroup.name,
        COLUMNS.steeringGroup.municipality,
        COLUMNS.steeringGroup.position,
        COLUMNS.steeringGroup.email,
      ],
      ...(plan.steeringGroup.length
        ? plan.steeringGroup.map((m) => [m.name, m.municipality, m.position, m.email])
        : [['', '', '', '']]),
    ]),
    p(LABELS.projectGroup.text, true),
    table([
      [
        COLUMNS.projectGroup.name,
        COLUMNS.projectGroup.municipality,
        COLUMNS.projectGroup.role,
        COLUMNS.projectGroup.email,
        COLUMNS.projectGroup.phone,
      ],
      // Bought-out time stands under the role, as the template asks; added when the role does not say it already.
      ...(plan.projectGroup.length
        ? plan.projectGroup.map((m) => [
            m.name,
            m.municipality,
            m.boughtOut && !m.role.includes(m.boughtOut) ? [m.role, m.boughtOut].filter(Boolean).join(', ') : m.role,
            m.email,
            m.phone,
          ])
        : [['', '', '', '', '']]),
    ]),
    p(LABELS.competence.text, true),
    ...lines(plan.competence),
    p(LABELS.background.text, true),
    ...lines(plan.background),
    table([[cell([p(LABELS.mainGoal.text, true), ...lines(plan.mainGoal)])]], false),
    p(LABELS.successHeading.text, true),
    p(LABELS.success.text),
    ...(plan.successCriteria.length ? plan.successCriteria.map((s) => p(`- ${s}`)) : [p('')]),
    table([
      [LABELS.obstacles.text, LABELS.measures.text],
      ...(plan.obstacles.length ? plan.obstacles.map((o) => [o.obstacle, o.measure]) : [['', '']]),
    ]),
    table([[cell([p(LABELS.mainGoalAgain.text, true), ...lines(plan.mainGoal)])]], false),
    table([
      [
        COLUMNS.subGoals.goal,
        COLUMNS.subGoals.activity,
        COLUMNS.subGoals.owner,
        COLUMNS.subGoals.partner,
        COLUMNS.subGoals.when,
        COLUMNS.subGoals.checkpoint,
      ],
      ...plan.subGoals.flatMap((g, i) => {
        const first = `${i + 1} ${g.goal}`;
        if (!g.milestones.length) return [[first, '', '', '', '', '']];
        // The sub-goal's number and text stand on its first milestone's row; its other milestones continue below.
        return g.milestones.map((m, k) => [
          k === 0 ? first : '',
          m.activity,
          m.owner,
          m.partner,
          m.when || (m.due ? norwegianDate(m.due) : ''),
          m.checkpoint,
        ]);
      }),
    ]),
    p(LABELS.progress.text, true),
    table([
      [
        COLUMNS.progress.milestone,
        COLUMNS.progress.activity,
        COLUMNS.progress.owner,
        COLUMNS.progress.partner,
        COLUMNS.progress.when,
        COLUMNS.progress.checkpoint,
      ],
      ...milestonesOf(plan).flatMap(({ milestone }, i) =>
        milestone.steps.map((s, k) => [
          k === 0 ? `${i + 1}.` : '',
          `${String.fromCharCode(65 + (k % 26))}) ${s.activity}`,
          s.owner,
          s.partner,
          s.when || (s.due ? norwegianDate(s.due) : ''),
          s.checkpoint,
        ]),
      ),
    ]),
    p(LABELS.furtherWork.text, true),
    ...lines(plan.furtherWork),
    p(LABELS.budget.text, true),
    table([
      [COLUMNS.budget.description, COLUMNS.budget.amount],
      ...plan.budget.lines.map((l) => [l.description, l.amount !== null ? formatKroner(l.amount) : l.amountText]),
      // The sum as the plan states it (the check says when it is wrong), else the lines' sum.
      [COLUMNS.budget.sum, formatKroner(plan.budget.statedTotal ?? budgetSum(plan.budget))],
    ]),
  ];
  if (plan.grant.applied !== null) children.push(labelled(LABELS.grantApplied.text, formatKroner(plan.grant.applied)));
  if (plan.grant.received !== null)
    children.push(labelled(LABELS.grantReceived.text, formatKroner(plan.grant.received)));
  return Packer.toBuffer(
    new Document({ creator: 'Nettverksboten', title: plan.name || TEMPLATE_TITLE, sections: [{ children }] }),
  );
}

function norwegianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
