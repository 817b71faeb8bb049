// The project register in the channel (issue #17 items 1–3): list the network's projects, show a
// plan, run the plan check, and fill a plan in on cards step by step; the plan downloads as .docx
// in the template's order.
import { z } from 'zod';
import type { RouteMounter } from '../server/http.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type Feature } from '../commands/spec.ts';
import { card, text, type AdaptiveCard, type Reply, type RequestContext } from '../conversation/types.ts';
import { networkHere } from '../conversation/network.ts';
import { cardNetwork } from '../conversation/guards.ts';
import { shorten } from '../conversation/reach.ts';
import { amountText } from '../i18n/projects-follow.ts';
import { projectText as t } from '../i18n/projects.ts';
import type { Network } from '../networks/network.ts';
import { guard } from '../privacy/guard.ts';
import { projectCard, projectCheckCard, projectListCard } from '../../cards/project.ts';
import { noticeCard } from '../../cards/notice.ts';
import {
  basicsValuesOf,
  FIELD_FORMS,
  FIELD_SPECS,
  fieldValuesOf,
  projectBasicsCard,
  projectBudgetCard,
  projectFieldsCard,
  projectMilestoneCard,
  projectRowsCard,
  projectSubGoalCard,
  type BasicsValues,
  type BudgetValues,
  type FieldForm,
  type FieldValues,
  type MilestoneValues,
  type RowRef,
} from '../../cards/project-forms.ts';
import { formatKroner, parseWholeKroner } from './amounts.ts';
import { checkBoughtOut, checkEmail, checkPhone, criteriaOf } from './people-fields.ts';
import { listOfForm, ROW_LISTS, rowStillThere, withoutRow, type RowList } from './plan-rows.ts';
import { syncMilestoneDeadlines } from './milestones.ts';
import { milestoneOffDayNote } from './milestone-off-day.ts';
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
const pick = <T extends object, K extends keyof T>(o: T, keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

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

  /** The project `arg` names, or why not, with what was written and one example of the same command. */
  async function choose(
    ctx: RequestContext,
    arg: string,
    command: string,
  ): Promise<{ project: Project } | { replies: Reply[] }> {
    const n = networkHere(ctx);
    const projects = await s.store.projects.list(n.tenantId, n.networkId);
    const found = pickProject(projects, arg);
    if ('project' in found) return found;
    const example = projects.length ? `${command} ${projects[0]!.id}` : t.noneExample;
    return {
      replies: [card(noticeCard({ title: found.error, typed: ctx.text.trim() || undefined, example, tone: 'error' }))],
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
    const found = await choose(ctx, args, t.commandWord.show);
    return 'replies' in found ? found.replies : [card(planCard(found.project))];
  }

  async function check(ctx: RequestContext, args: string): Promise<Reply[]> {
    const found = await choose(ctx, args, t.commandWord.check);
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
    // A card of another network's project answers as an unknown one, naming nothing of the other network.
    const refused = { refused: { kind: 'message' as const, text: t.goneOrOther(data.projectId) } };
    const n = cardNetwork(ctx, data.networkId);
    if (!n) return refused;
    return (await s.store.projects.get(n.tenantId, n.networkId, data.projectId)) ?? refused;
  }

  const ids = z.object({ projectId: z.string().min(1).max(20), networkId: z.string().min(1).max(300) });
  const form = z.enum(['basics', 'subgoal', 'milestone', 'budget', ...FIELD_FORMS]);
  type Form = z.infer<typeof form>;
  const rowList = z.enum(ROW_LISTS);
  const rowRef = { row: z.string().max(20).optional(), rev: z.string().max(40).optional() };
  const field = (max: number) => z.string().max(max).optional();
  const saveSchema = ids.extend({
    form,
    ...rowRef,
    type: field(40),
    applicant: field(400),
    municipalities: field(2000),
    mainGoal: field(4000),
    grant: field(120),
    received: field(120),
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
    name: field(400),
    municipality: field(400),
    phone: field(100),
    email: field(400),
    position: field(400),
    role: field(600),
    boughtOut: field(200),
    competence: field(20_000),
    background: field(20_000),
    successCriteria: field(20_000),
    obstacle: field(4000),
    measure: field(4000),
    furtherWork: field(20_000),
  });
  type SaveData = z.infer<typeof saveSchema>;
  const deleteSchema = ids.extend({
    list: rowList,
    row: z.string().min(1).max(20),
    rev: z.string().max(40).optional(),
    confirmed: z.boolean().optional(),
  });

  const refOf = (d: { row?: string; rev?: string }): RowRef => ({ row: d.row ?? '', rev: d.rev ?? '' });
  const emptyMilestone: MilestoneValues = {
    subGoal: '',
    activity: '',
    owner: '',
    partner: '',
    when: '',
    checkpoint: '',
  };

  /** The form for `form`, filled with the plan's text, or with the row `ref` points at. */
  function formCard(p: Project, f: Form, ref: RowRef): AdaptiveCard {
    const at = Number(ref.row);
    switch (f) {
      case 'basics':
        return projectBasicsCard(p, basicsValuesOf(p));
      case 'subgoal':
        return projectSubGoalCard(p, { goal: p.plan.subGoals.find((g) => g.id === ref.row)?.goal ?? '' }, '', ref);
      case 'milestone': {
        const found = milestonesOf(p.plan).find((x) => x.milestone.id === ref.row);
        if (!found) return projectMilestoneCard(p, emptyMilestone);
        const m = found.milestone;
        const values = {
          subGoal: found.subGoal.id,
          ...pick(m, ['activity', 'owner', 'partner', 'when', 'checkpoint']),
        };
        return projectMilestoneCard(p, values, '', ref);
      }
      case 'budget': {
        const l = ref.row ? p.plan.budget.lines[at] : undefined;
        if (!l) return projectBudgetCard(p, { description: '', amount: '', overhead: false });
        const amount = l.amountText || (l.amount !== null ? formatKroner(l.amount) : '');
        return projectBudgetCard(p, { description: l.description, amount, overhead: l.overhead }, '', ref);
      }
      default:
        return projectFieldsCard(p, f, fieldValuesOf(p, f, ref.row), '', ref);
    }
  }

  async function openForm(
    ctx: RequestContext,
    data: z.infer<typeof ids> & { form: Form; row?: string; rev?: string },
  ): Promise<ActionResult> {
    const p = await forClick(ctx, data);
    if ('refused' in p) return p.refused;
    const ref = refOf(data);
    const rows = listOfForm(data.form);
    if (ref.row && rows && !rowStillThere(p.plan, rows, ref.row, ref.rev))
      return { kind: 'card', card: projectRowsCard(p, rows, { notice: t.rows.changedMeanwhile, tone: 'warning' }) };
    if (data.form === 'milestone' && !p.plan.subGoals.length)
      return { kind: 'card', card: projectSubGoalCard(p, { goal: '' }, t.errors.noSubGoal) };
    return { kind: 'card', card: formCard(p, data.form, rows ? ref : { row: '', rev: '' }) };
  }

  async function showRows(ctx: RequestContext, data: z.infer<typeof ids> & { list: RowList }): Promise<ActionResult> {
    const p = await forClick(ctx, data);
    if ('refused' in p) return p.refused;
    return { kind: 'card', card: projectRowsCard(p, data.list) };
  }

  /**
   * Applies one step to the stored plan (under the repository's transaction) and shows the plan, or
   * `done`'s card. `edit` returns null when the row it was to change is gone from the fresh plan:
   * then nothing is written and `stale` answers (the form again with the text, as a new row).
   */
  async function apply(
    ctx: RequestContext,
    p: Project,
    edit: (plan: ProjectPlan) => ProjectPlan | null,
    again: (error: string) => ActionResult,
    opts: { stale?: () => ActionResult; done?: (updated: Project, notice?: string) => ActionResult } = {},
  ): Promise<ActionResult> {
    // A text longer than the plan may hold is said on the form, not thrown by the store.
    const first = edit(p.plan);
    if (first && !projectPlanSchema.safeParse(first).success) return again(t.errors.tooLong);
    let stale = false;
    const updated = await s.store.projects.change(
      p.tenantId,
      p.networkId,
      p.id,
      (plan) => {
        const next = edit(plan);
        if (next) return next;
        stale = true;
        return plan;
      },
      now(),
    );
    if (!updated) return { kind: 'message', text: t.goneOrOther(p.id) };
    if (stale) return opts.stale ? opts.stale() : again(t.errors.rowChanged);
    ctx.log.info({ projectId: p.id }, 'project plan changed');
    // Milestones with a date are the network's deadlines; a changed plan moves them, a deleted milestone closes its own.
    const sync = await syncMilestoneDeadlines(s, updated, ctx.actor);
    // A milestone now due on a day off is said so, as a deadline is (N20).
    const offDay = [...sync.created, ...sync.moved].map((d) => milestoneOffDayNote(d.date, 'saved')).filter(Boolean);
    const notice = [t.saved, ...offDay].join(' ');
    return opts.done ? opts.done(updated, notice) : { kind: 'card', card: planCard(updated, notice) };
  }

  /** Adds a row, or replaces the row `ref` names while it is still the row the form was opened on. */
  function putRow(list: RowList, ref: RowRef, write: (plan: ProjectPlan, at: number | null) => ProjectPlan) {
    return (plan: ProjectPlan): ProjectPlan | null => {
      if (!ref.row) return write(plan, null);
      if (!rowStillThere(plan, list, ref.row, ref.rev)) return null;
      return write(plan, Number(ref.row));
    };
  }
  const replaceAt = <T>(xs: T[], at: number | null, x: T) =>
    at === null ? [...xs, x] : xs.map((old, i) => (i === at ? x : old));

  async function save(ctx: RequestContext, data: SaveData): Promise<ActionResult> {
    const p = await forClick(ctx, data);
    if ('refused' in p) return p.refused;
    const ref = refOf(data);
    const rows = listOfForm(data.form);
    const editing = Boolean(ref.row && rows);
    const typed = (v: string | undefined) => (v ?? '').trim();
    const { projectId: _p, networkId: _n, form: _f, row: _r, rev: _v, overhead: _o, ...texts } = data;
    const privacy = guard(Object.values(texts).filter(Boolean).join('\n'));
    // A changed row goes back to its list; a new one to the plan.
    const done = (updated: Project, notice: string = t.saved): ActionResult =>
      editing && rows
        ? { kind: 'card', card: projectRowsCard(updated, rows, { notice }) }
        : { kind: 'card', card: planCard(updated, notice) };
    const tooMany = (n: number) => !editing && n >= MAX_ROWS;

    if (data.form === 'basics') {
      const values: BasicsValues = {
        type: typed(data.type),
        applicant: typed(data.applicant),
        municipalities: typed(data.municipalities),
        mainGoal: typed(data.mainGoal),
        grant: typed(data.grant),
        received: typed(data.received),
      };
      const again = (error: string): ActionResult => ({ kind: 'card', card: projectBasicsCard(p, values, error) });
      if (!privacy.ok) return again(privacy.message);
      const type = PROJECT_TYPES.find((x) => x === values.type);
      if (values.type && !type) return again(t.errors.badType);
      const kroner = (typedAmount: string): { ok: true; value: number | null } | { ok: false; error: string } => {
        if (!typedAmount) return { ok: true, value: null };
        const r = parseWholeKroner(typedAmount);
        return r.ok
          ? { ok: true, value: r.kroner }
          : { ok: false, error: `${amountText.error(r.error, typedAmount)} ${t.forms.amountPlaceholder}.` };
      };
      const applied = kroner(values.grant);
      if (!applied.ok) return again(applied.error);
      const received = kroner(values.received);
      if (!received.ok) return again(received.error);
      const grant = applied.value;
      return apply(
        ctx,
        p,
        (plan) => ({
          ...plan,
          types: type ? [type] : plan.types,
          applicant: values.applicant,
          municipalities: splitNames(values.municipalities),
          mainGoal: values.mainGoal,
          // A basics card from before it had the field sends none: what the plan holds stays.
          grant: { applied: grant, received: data.received === undefined ? plan.grant.received : received.value },
        }),
        again,
      );
    }

    if (data.form === 'subgoal') {
      const values = { goal: typed(data.goal) };
      const again = (error: string, r = ref): ActionResult => ({
        kind: 'card',
        card: projectSubGoalCard(p, values, error, r),
      });
      if (!privacy.ok) return again(privacy.message);
      if (!values.goal) return again(t.forms.subGoalError);
      if (tooMany(p.plan.subGoals.length)) return again(t.errors.tooMany);
      return apply(
        ctx,
        p,
        putRow('subgoals', ref, (plan) =>
          ref.row
            ? { ...plan, subGoals: plan.subGoals.map((g) => (g.id === ref.row ? { ...g, goal: values.goal } : g)) }
            : { ...plan, subGoals: [...plan.subGoals, { id: nextSubGoalId(plan), goal: values.goal, milestones: [] }] },
        ),
        again,
        { stale: () => again(t.errors.rowChanged, { row: '', rev: '' }), done },
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
      const again = (error: string, r = ref): ActionResult => ({
        kind: 'card',
        card: projectMilestoneCard(p, values, error, r),
      });
      if (!privacy.ok) return again(privacy.message);
      const goal = p.plan.subGoals.find((g) => g.id === values.subGoal);
      if (!goal) return again(p.plan.subGoals.length ? t.errors.unknownSubGoal : t.errors.noSubGoal);
      if (!values.activity) return again(t.forms.activityError);
      if (tooMany(milestonesOf(p.plan).length)) return again(t.errors.tooMany);
      // A date the bot cannot read is refused on the card (it could not become a deadline); an empty one is the check's to point out.
      const due = values.when ? dueDateOf(values.when) : null;
      if (values.when && !due) return again(t.errors.badWhen(values.when));
      return apply(
        ctx,
        p,
        (plan) => {
          if (!plan.subGoals.some((g) => g.id === values.subGoal)) return null;
          return putRow('milestones', ref, (fresh) => {
            const old = milestonesOf(fresh).find((x) => x.milestone.id === ref.row)?.milestone;
            const milestone = {
              id: old?.id ?? nextMilestoneId(fresh),
              activity: values.activity,
              owner: values.owner,
              partner: values.partner,
              when: values.when,
              due,
              checkpoint: values.checkpoint,
              steps: old?.steps ?? [],
            };
            // A changed milestone keeps its place, or moves to the end of the sub-goal it is moved to.
            return {
              ...fresh,
              subGoals: fresh.subGoals.map((g) => {
                const here = g.milestones.some((m) => m.id === milestone.id);
                if (here && g.id === values.subGoal)
                  return { ...g, milestones: g.milestones.map((m) => (m.id === milestone.id ? milestone : m)) };
                const rest = g.milestones.filter((m) => m.id !== milestone.id);
                return g.id === values.subGoal
                  ? { ...g, milestones: [...rest, milestone] }
                  : { ...g, milestones: rest };
              }),
            };
          })(plan);
        },
        again,
        { stale: () => again(t.errors.rowChanged, { row: '', rev: '' }), done },
      );
    }

    if (data.form === 'budget') {
      const values: BudgetValues = {
        description: typed(data.description),
        amount: typed(data.amount),
        overhead: data.overhead === true || data.overhead === 'true',
      };
      const again = (error: string, r = ref): ActionResult => ({
        kind: 'card',
        card: projectBudgetCard(p, values, error, r),
      });
      if (!privacy.ok) return again(privacy.message);
      if (!values.description) return again(t.forms.descriptionError);
      if (!values.amount) return again(`${t.errors.amountNeeded} ${t.forms.amountPlaceholder}.`);
      const r = parseWholeKroner(values.amount);
      if (!r.ok) return again(`${amountText.error(r.error, values.amount)} ${t.forms.amountPlaceholder}.`);
      if (tooMany(p.plan.budget.lines.length)) return again(t.errors.tooMany);
      const line = {
        description: values.description,
        amount: r.kroner,
        amountText: values.amount,
        overhead: values.overhead,
      };
      return apply(
        ctx,
        p,
        putRow('budget', ref, (plan, at) => ({
          ...plan,
          budget: { ...plan.budget, lines: replaceAt(plan.budget.lines, at, line) },
        })),
        again,
        { stale: () => again(t.errors.rowChanged, { row: '', rev: '' }), done },
      );
    }

    return saveFields(ctx, p, data.form, data, { ref, privacy, done, tooMany });
  }

  /** The plain-text steps: the leader, the groups, competence and background, success criteria, obstacles, further work. */
  async function saveFields(
    ctx: RequestContext,
    p: Project,
    f: FieldForm,
    data: SaveData,
    o: {
      ref: RowRef;
      privacy: ReturnType<typeof guard>;
      done: (updated: Project) => ActionResult;
      tooMany: (n: number) => boolean;
    },
  ): Promise<ActionResult> {
    const values: FieldValues = {};
    for (const spec of FIELD_SPECS[f].fields)
      values[spec.id] = (data[spec.id as keyof SaveData] as string | undefined) ?? '';
    for (const k of Object.keys(values)) values[k] = values[k]!.trim();
    const again = (error: string, r = o.ref): ActionResult => ({
      kind: 'card',
      card: projectFieldsCard(p, f, values, error, r),
    });
    if (!o.privacy.ok) return again(o.privacy.message);
    const stale = { stale: () => again(t.errors.rowChanged, { row: '', rev: '' }), done: o.done };
    const contact = (): { email: string; phone: string } | string => {
      const email = checkEmail(values.email ?? '');
      if (!email.ok) return t.errors.badEmail(values.email!);
      const phone = checkPhone(values.phone ?? '');
      if (!phone.ok) return t.errors.badPhone(values.phone!);
      return { email: email.value, phone: phone.value };
    };

    switch (f) {
      case 'leader': {
        const all = Object.values(values).join('');
        if (!all) return apply(ctx, p, (plan) => ({ ...plan, leader: null }), again);
        if (!values.name) return again(t.errors.leaderName);
        const c = contact();
        if (typeof c === 'string') return again(c);
        const leader = { name: values.name, municipality: values.municipality ?? '', ...c };
        return apply(ctx, p, (plan) => ({ ...plan, leader }), again);
      }
      case 'steering':
      case 'member': {
        const group = f === 'steering' ? t.errors.groupSteering : t.errors.groupMembers;
        if (!values.name) return again(t.errors.memberName(group));
        const c = contact();
        if (typeof c === 'string') return again(c);
        if (f === 'steering') {
          if (o.tooMany(p.plan.steeringGroup.length)) return again(t.errors.tooMany);
          const m = {
            name: values.name,
            municipality: values.municipality ?? '',
            position: values.position ?? '',
            email: c.email,
          };
          return apply(
            ctx,
            p,
            putRow('steering', o.ref, (plan, at) => ({ ...plan, steeringGroup: replaceAt(plan.steeringGroup, at, m) })),
            again,
            stale,
          );
        }
        const bought = checkBoughtOut(values.boughtOut ?? '');
        if (!bought.ok) return again(t.errors.badBoughtOut(values.boughtOut!));
        if (o.tooMany(p.plan.projectGroup.length)) return again(t.errors.tooMany);
        const m = {
          name: values.name,
          municipality: values.municipality ?? '',
          role: values.role ?? '',
          email: c.email,
          phone: c.phone,
          boughtOut: bought.value,
        };
        return apply(
          ctx,
          p,
          putRow('members', o.ref, (plan, at) => ({ ...plan, projectGroup: replaceAt(plan.projectGroup, at, m) })),
          again,
          stale,
        );
      }
      case 'background':
        return apply(
          ctx,
          p,
          (plan) => ({ ...plan, competence: values.competence ?? '', background: values.background ?? '' }),
          again,
        );
      case 'success': {
        const criteria = criteriaOf(values.successCriteria ?? '');
        if (criteria.length > MAX_ROWS) return again(t.errors.tooMany);
        return apply(ctx, p, (plan) => ({ ...plan, successCriteria: criteria }), again);
      }
      case 'obstacle': {
        if (!values.obstacle) return again(t.errors.obstacleMissing);
        if (o.tooMany(p.plan.obstacles.length)) return again(t.errors.tooMany);
        const row = { obstacle: values.obstacle, measure: values.measure ?? '' };
        return apply(
          ctx,
          p,
          putRow('obstacles', o.ref, (plan, at) => ({ ...plan, obstacles: replaceAt(plan.obstacles, at, row) })),
          again,
          stale,
        );
      }
      case 'further':
        return apply(ctx, p, (plan) => ({ ...plan, furtherWork: values.furtherWork ?? '' }), again);
    }
  }

  /** What a deleted row is called in the answer: enough to recognise it. */
  function rowName(plan: ProjectPlan, rows: RowList, row: string): string {
    const at = Number(row);
    const name = (() => {
      switch (rows) {
        case 'subgoals':
          return plan.subGoals.find((g) => g.id === row)?.goal;
        case 'milestones':
          return milestonesOf(plan).find((x) => x.milestone.id === row)?.milestone.activity;
        case 'budget':
          return plan.budget.lines[at]?.description;
        case 'steering':
          return plan.steeringGroup[at]?.name;
        case 'members':
          return plan.projectGroup[at]?.name;
        case 'obstacles':
          return plan.obstacles[at]?.obstacle;
      }
    })();
    return shorten((name ?? '').replace(/\s+/gu, ' ').trim(), 80);
  }

  /**
   * Deletes a row without asking, except a sub-goal that still has milestones. Idempotent: the button
   * names the row by id, or by position together with the list's fingerprint, so a double click or an
   * old card deletes nothing more.
   */
  async function deleteRow(ctx: RequestContext, data: z.infer<typeof deleteSchema>): Promise<ActionResult> {
    const p = await forClick(ctx, data);
    if ('refused' in p) return p.refused;
    const rows = data.list;
    const rev = data.rev ?? '';
    const gone = (q: Project): ActionResult => ({
      kind: 'card',
      card: projectRowsCard(q, rows, {
        notice: rows === 'subgoals' || rows === 'milestones' ? t.rows.alreadyGone : t.rows.changedMeanwhile,
        tone: 'warning',
      }),
    });
    if (!rowStillThere(p.plan, rows, data.row, rev)) return gone(p);
    const goal = rows === 'subgoals' ? p.plan.subGoals.find((g) => g.id === data.row) : undefined;
    if (goal?.milestones.length && !data.confirmed)
      return {
        kind: 'card',
        card: projectRowsCard(p, rows, {
          confirm: {
            text: t.rows.confirmSubGoal(rowName(p.plan, rows, data.row), goal.milestones.length),
            row: data.row,
          },
        }),
      };
    const name = rowName(p.plan, rows, data.row);
    return apply(
      ctx,
      p,
      (plan) => (rowStillThere(plan, rows, data.row, rev) ? withoutRow(plan, rows, data.row) : null),
      () => gone(p),
      {
        stale: () => gone(p),
        done: (updated) => ({ kind: 'card', card: projectRowsCard(updated, rows, { notice: t.rows.deleted(name) }) }),
      },
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
      { verb: 'project.form', schema: ids.extend({ form, ...rowRef }), run: openForm },
      { verb: 'project.save', schema: saveSchema, run: save },
      { verb: 'project.rows', schema: ids.extend({ list: rowList }), run: showRows },
      { verb: 'project.delete', schema: deleteSchema, run: deleteRow },
    ],
    mount,
  };
}
