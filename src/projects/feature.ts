// The project register in the channel (issue #17 items 1–3): list the network's projects, show a
// plan, run the plan check, and fill a plan in on cards step by step; the plan downloads as .docx
// in the template's order.
import { z } from 'zod';
import type { RouteMounter } from '../server/http.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type Feature } from '../commands/spec.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { networkHere } from '../conversation/network.ts';
import { amountText } from '../i18n/projects-follow.ts';
import { projectText as t } from '../i18n/projects.ts';
import type { Network } from '../networks/network.ts';
import { guard } from '../privacy/guard.ts';
import { projectCard, projectCheckCard, projectListCard } from '../../cards/project.ts';
import { noticeCard } from '../../cards/notice.ts';
import {
  basicsValuesOf,
  projectBasicsCard,
  projectBudgetCard,
  projectMilestoneCard,
  projectSubGoalCard,
  type BasicsValues,
  type BudgetValues,
  type MilestoneValues,
} from '../../cards/project-forms.ts';
import { parseWholeKroner } from './amounts.ts';
import { syncMilestoneDeadlines } from './milestones.ts';
import { checkPlan } from './plan-check.ts';
import { dueDateOf } from './plan-dates.ts';
import { planDocx } from './plan-docx.ts';
import { splitNames } from './template-map.ts';
import {
  emptyPlan,
  milestonesOf,
  nextMilestoneId,
  nextSubGoalId,
  PROJECT_TYPES,
  projectPlanSchema,
  type Project,
  type ProjectPlan,
} from './project.ts';

const LINK_DAYS = 7;
/** Rows a card step may add to one list: a plan far beyond the template, or a stuck button. */
const MAX_ROWS = 50;
const filePath = (projectId: string) => `/files/projects/${projectId}.docx`;

type Scope = Pick<Network, 'tenantId' | 'networkId'>;

/** "U1", "u1", "1", or (part of) the project's name: the one project meant, or why not. */
export function pickProject(projects: Project[], arg: string): { project: Project } | { error: string } {
  const known = projects.map((p) => p.id).join(', ');
  const typed = arg.trim();
  if (!projects.length) return { error: t.none };
  if (!typed) return projects.length === 1 ? { project: projects[0]! } : { error: t.which(known) };
  const id = /^u?\s*(\d+)$/i.exec(typed);
  const byId = id ? projects.find((p) => p.id === `U${Number(id[1])}`) : undefined;
  if (byId) return { project: byId };
  const lower = typed.toLocaleLowerCase('nb');
  const byName = projects.filter((p) => p.plan.name.toLocaleLowerCase('nb').includes(lower));
  if (byName.length === 1) return { project: byName[0]! };
  return { error: byName.length > 1 ? t.which(byName.map((p) => p.id).join(', ')) : t.notFound(typed, known) };
}

export function projectsFeature(s: Services): Feature {
  const now = () => s.clock.now();

  function downloadUrl(p: Project): string {
    const exp = new Date(now().getTime() + LINK_DAYS * 86_400_000);
    return s.publicUrl() + s.signer.sign(filePath(p.id), { t: p.tenantId, n: p.networkId }, exp);
  }

  const planCard = (p: Project, notice?: string) =>
    projectCard(p, { findings: checkPlan(p.plan), downloadUrl: downloadUrl(p), notice });

  async function choose(ctx: RequestContext, arg: string): Promise<{ project: Project } | { replies: Reply[] }> {
    const n = networkHere(ctx);
    const found = pickProject(await s.store.projects.list(n.tenantId, n.networkId), arg);
    if ('project' in found) return found;
    return {
      replies: [
        card(noticeCard({ title: found.error, typed: arg.trim() || undefined, example: t.noneExample, tone: 'error' })),
      ],
    };
  }

  async function list(ctx: RequestContext): Promise<Reply[]> {
    const n = networkHere(ctx);
    const projects = await s.store.projects.list(n.tenantId, n.networkId);
    if (!projects.length) return [card(noticeCard({ title: t.none, example: t.noneExample }))];
    return [
      card(
        projectListCard(
          n.networkId,
          projects.map((project) => ({ project, findings: checkPlan(project.plan) })),
        ),
      ),
    ];
  }

  async function show(ctx: RequestContext, args: string): Promise<Reply[]> {
    const found = await choose(ctx, args);
    return 'replies' in found ? found.replies : [card(planCard(found.project))];
  }

  async function check(ctx: RequestContext, args: string): Promise<Reply[]> {
    const found = await choose(ctx, args);
    return 'replies' in found ? found.replies : [card(projectCheckCard(found.project, checkPlan(found.project.plan)))];
  }

  async function create(ctx: RequestContext, args: string): Promise<Reply[]> {
    const n = networkHere(ctx);
    const name = args
      .trim()
      .replace(/^[«"']|[»"']$/g, '')
      .trim();
    if (!name) return [card(noticeCard({ title: t.nameMissing, example: t.noneExample, tone: 'error' }))];
    const g = guard(name);
    if (!g.ok) return [text(g.message)];
    if (name.length > 200)
      return [
        card(noticeCard({ title: t.nameTooLong, typed: name.slice(0, 80), example: t.noneExample, tone: 'error' })),
      ];
    const p = await s.store.projects.create({
      tenantId: n.tenantId,
      networkId: n.networkId,
      plan: emptyPlan(name),
      origin: 'cards',
      createdBy: ctx.actor,
      createdAt: now().toISOString(),
    });
    ctx.log.info({ projectId: p.id }, 'project created');
    return [text(t.created(p.id, name)), card(planCard(p))];
  }

  /** The project a click is about, in the clicker's own network only. */
  async function forClick(
    ctx: RequestContext,
    data: { projectId: string; networkId: string },
  ): Promise<Project | { refused: ActionResult }> {
    const n = ctx.scope.network;
    const refused = { refused: { kind: 'message' as const, text: t.goneOrOther(data.projectId) } };
    if (!n || n.networkId !== data.networkId) return refused;
    return (await s.store.projects.get(n.tenantId, n.networkId, data.projectId)) ?? refused;
  }

  const ids = z.object({ projectId: z.string().min(1).max(20), networkId: z.string().min(1).max(300) });
  const form = z.enum(['basics', 'subgoal', 'milestone', 'budget']);
  const field = (max: number) => z.string().max(max).optional();
  const saveSchema = ids.extend({
    form,
    type: field(40),
    applicant: field(400),
    municipalities: field(2000),
    mainGoal: field(4000),
    grant: field(120),
    goal: field(2000),
    subGoal: field(20),
    activity: field(1000),
    owner: field(400),
    partner: field(400),
    when: field(200),
    checkpoint: field(2000),
    description: field(600),
    amount: field(120),
    overhead: z.union([z.boolean(), z.string().max(10)]).optional(),
  });

  async function openForm(
    ctx: RequestContext,
    data: z.infer<typeof ids> & { form: z.infer<typeof form> },
  ): Promise<ActionResult> {
    const p = await forClick(ctx, data);
    if ('refused' in p) return p.refused;
    switch (data.form) {
      case 'basics':
        return { kind: 'card', card: projectBasicsCard(p, basicsValuesOf(p)) };
      case 'subgoal':
        return { kind: 'card', card: projectSubGoalCard(p, { goal: '' }) };
      case 'milestone':
        if (!p.plan.subGoals.length)
          return { kind: 'card', card: projectSubGoalCard(p, { goal: '' }, t.errors.noSubGoal) };
        return {
          kind: 'card',
          card: projectMilestoneCard(p, {
            subGoal: '',
            activity: '',
            owner: '',
            partner: '',
            when: '',
            checkpoint: '',
          }),
        };
      case 'budget':
        return { kind: 'card', card: projectBudgetCard(p, { description: '', amount: '', overhead: false }) };
    }
  }

  /** Applies one step to the stored plan (under the repository's transaction) and shows the plan again. */
  async function apply(
    ctx: RequestContext,
    p: Project,
    edit: (plan: ProjectPlan) => ProjectPlan,
    again: (error: string) => ActionResult,
  ): Promise<ActionResult> {
    // A text longer than the plan may hold is said on the form, not thrown by the store.
    if (!projectPlanSchema.safeParse(edit(p.plan)).success) return again(t.errors.tooLong);
    const updated = await s.store.projects.change(p.tenantId, p.networkId, p.id, edit, now());
    if (!updated) return { kind: 'message', text: t.goneOrOther(p.id) };
    ctx.log.info({ projectId: p.id }, 'project plan changed');
    // Milestones with a date are the network's deadlines; a changed plan moves them.
    if (milestonesOf(updated.plan).length) await syncMilestoneDeadlines(s, updated, ctx.actor);
    return { kind: 'card', card: planCard(updated, t.saved) };
  }

  async function save(ctx: RequestContext, data: z.infer<typeof saveSchema>): Promise<ActionResult> {
    const p = await forClick(ctx, data);
    if ('refused' in p) return p.refused;
    const typed = (v: string | undefined) => (v ?? '').trim();
    const privacy = guard(
      [
        data.applicant,
        data.municipalities,
        data.mainGoal,
        data.grant,
        data.goal,
        data.activity,
        data.owner,
        data.partner,
        data.when,
        data.checkpoint,
        data.description,
        data.amount,
      ]
        .filter(Boolean)
        .join('\n'),
    );

    if (data.form === 'basics') {
      const values: BasicsValues = {
        type: typed(data.type),
        applicant: typed(data.applicant),
        municipalities: typed(data.municipalities),
        mainGoal: typed(data.mainGoal),
        grant: typed(data.grant),
      };
      const again = (error: string): ActionResult => ({ kind: 'card', card: projectBasicsCard(p, values, error) });
      if (!privacy.ok) return again(privacy.message);
      const type = PROJECT_TYPES.find((x) => x === values.type);
      if (values.type && !type) return again(t.errors.badType);
      let grant: number | null = null;
      if (values.grant) {
        const r = parseWholeKroner(values.grant);
        if (!r.ok) return again(`${amountText.error(r.error, values.grant)} ${t.forms.amountPlaceholder}.`);
        grant = r.kroner;
      }
      return apply(
        ctx,
        p,
        (plan) => ({
          ...plan,
          types: type ? [type] : plan.types,
          applicant: values.applicant,
          municipalities: splitNames(values.municipalities),
          mainGoal: values.mainGoal,
          grant: { ...plan.grant, applied: grant },
        }),
        again,
      );
    }

    if (data.form === 'subgoal') {
      const values = { goal: typed(data.goal) };
      const again = (error: string): ActionResult => ({ kind: 'card', card: projectSubGoalCard(p, values, error) });
      if (!privacy.ok) return again(privacy.message);
      if (!values.goal) return again(t.forms.subGoalError);
      if (p.plan.subGoals.length >= MAX_ROWS) return again(t.errors.tooMany);
      return apply(
        ctx,
        p,
        (plan) => ({
          ...plan,
          subGoals: [...plan.subGoals, { id: nextSubGoalId(plan), goal: values.goal, milestones: [] }],
        }),
        again,
      );
    }

    if (data.form === 'milestone') {
      const values: MilestoneValues = {
        subGoal: typed(data.subGoal),
        activity: typed(data.activity),
        owner: typed(data.owner),
        partner: typed(data.partner),
        when: typed(data.when),
        checkpoint: typed(data.checkpoint),
      };
      const again = (error: string): ActionResult => ({ kind: 'card', card: projectMilestoneCard(p, values, error) });
      if (!privacy.ok) return again(privacy.message);
      const goal = p.plan.subGoals.find((g) => g.id === values.subGoal);
      if (!goal) return again(p.plan.subGoals.length ? t.errors.unknownSubGoal : t.errors.noSubGoal);
      if (!values.activity) return again(t.forms.activityError);
      if (milestonesOf(p.plan).length >= MAX_ROWS) return again(t.errors.tooMany);
      // A date the bot cannot read is refused on the card (it could not become a deadline); an empty one is the check's to point out.
      const due = values.when ? dueDateOf(values.when) : null;
      if (values.when && !due) return again(t.errors.badWhen(values.when));
      return apply(
        ctx,
        p,
        (plan) => {
          const milestone = {
            id: nextMilestoneId(plan),
            activity: values.activity,
            owner: values.owner,
            partner: values.partner,
            when: values.when,
            due,
            checkpoint: values.checkpoint,
            steps: [],
          };
          return {
            ...plan,
            subGoals: plan.subGoals.map((g) =>
              g.id === values.subGoal ? { ...g, milestones: [...g.milestones, milestone] } : g,
            ),
          };
        },
        again,
      );
    }

    const values: BudgetValues = {
      description: typed(data.description),
      amount: typed(data.amount),
      overhead: data.overhead === true || data.overhead === 'true',
    };
    const again = (error: string): ActionResult => ({ kind: 'card', card: projectBudgetCard(p, values, error) });
    if (!privacy.ok) return again(privacy.message);
    if (!values.description) return again(t.forms.descriptionError);
    if (!values.amount) return again(`${t.errors.amountNeeded} ${t.forms.amountPlaceholder}.`);
    const r = parseWholeKroner(values.amount);
    if (!r.ok) return again(`${amountText.error(r.error, values.amount)} ${t.forms.amountPlaceholder}.`);
    if (p.plan.budget.lines.length >= MAX_ROWS) return again(t.errors.tooMany);
    return apply(
      ctx,
      p,
      (plan) => ({
        ...plan,
        budget: {
          ...plan.budget,
          lines: [
            ...plan.budget.lines,
            { description: values.description, amount: r.kroner, amountText: values.amount, overhead: values.overhead },
          ],
        },
      }),
      again,
    );
  }

  const mount: RouteMounter = (server) => {
    server.get('/files/projects/:file', async (req, res) => {
      const file = String(req.params?.file ?? '');
      const m = /^(U\d+)\.docx$/.exec(file);
      const verified = m ? s.signer.verify(filePath(m[1]!), req.query ?? {}, now()) : null;
      const plain = { 'Content-Type': 'text/plain; charset=utf-8' };
      if (!m || !verified?.ok) {
        const expired = verified?.ok === false && verified.reason === 'expired';
        res.sendRaw(expired ? 410 : 403, expired ? t.linkExpired : t.linkInvalid, plain);
        return;
      }
      const scope: Scope = { tenantId: verified.params.t!, networkId: verified.params.n! };
      const p = await s.store.projects.get(scope.tenantId, scope.networkId, m[1]!);
      if (!p) {
        res.sendRaw(404, t.linkInvalid, plain);
        return;
      }
      const name = `prosjektplan-${p.id}`;
      res.sendRaw(200, await planDocx(p.plan), {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${name}.docx"`,
      });
    });
  };

  const cmd = commandFamily('project', t, ['channel', 'groupChat']);
  /**
   * «prosjekt», «prosjekt U1», «prosjektplan 2»: shown. Only these short forms are claimed, so a line
   * that merely starts with the word («prosjektplan vs milepælsplan, hva er forskjellen?», a note in a
   * meeting thread) still goes where it would have gone; a project by name is «vis prosjekt <navn>».
   */
  const claimsShow = (text: string): string | null => {
    const m = /^prosjekt(?:plan(?:en)?|et)?(?:\s+(u?\s?\d{1,4}))?[.!]?$/iu.exec(text.trim());
    return m ? (m[1] ?? '').replace(/\s/gu, '') : null;
  };
  return {
    name: 'projects',
    commands: [
      cmd('list', ['prosjekter', 'prosjektene', 'utviklingsprosjekter'], (ctx) => list(ctx)),
      {
        ...cmd('show', ['vis prosjekt', 'vis prosjektet', 'vis prosjektplan'], (ctx, a) => show(ctx, a)),
        claims: claimsShow,
      },
      cmd(
        'check',
        ['prosjekt sjekk', 'sjekk prosjekt', 'plansjekk', 'sjekk prosjektplan', 'sjekk prosjektplanen'],
        (ctx, a) => check(ctx, a),
      ),
      cmd('create', ['nytt prosjekt', 'opprett prosjekt', 'prosjekt ny'], (ctx, a) => create(ctx, a)),
    ],
    actions: [
      {
        verb: 'project.show',
        schema: ids,
        run: async (ctx, d) => {
          const p = await forClick(ctx, d);
          return 'refused' in p ? p.refused : { kind: 'card', card: planCard(p) };
        },
      },
      {
        verb: 'project.check',
        schema: ids,
        run: async (ctx, d) => {
          const p = await forClick(ctx, d);
          return 'refused' in p ? p.refused : { kind: 'card', card: projectCheckCard(p, checkPlan(p.plan)) };
        },
      },
      { verb: 'project.form', schema: ids.extend({ form }), run: openForm },
      { verb: 'project.save', schema: saveSchema, run: save },
    ],
    mount,
  };
}
