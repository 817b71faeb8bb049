// The plan filled in on cards: a step's form opened (empty, or with the row it changes), a row list
// shown, and a step saved (the fields that have their own rules here; the plain-text steps in plan-fields.ts).
import { ownerNames } from './my-milestones.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import type { AdaptiveCard, RequestContext } from '../conversation/types.ts';
import { amountText } from '../i18n/projects-follow.ts';
import { projectText as t } from '../i18n/projects.ts';
import { guard } from '../privacy/guard.ts';
import {
  basicsValuesOf,
  fieldValuesOf,
  projectBasicsCard,
  projectBudgetCard,
  projectFieldsCard,
  projectMilestoneCard,
  projectRowsCard,
  projectSubGoalCard,
  type BasicsValues,
  type BudgetValues,
  type MilestoneValues,
  type RowRef,
  projectConflictCard,
} from '../../cards/project-forms.ts';
import { formatKroner, parseWholeKroner } from './amounts.ts';
import { againOn, applyStep, onSaved, asNewRow, putRow, replaceAt } from './plan-apply.ts';
import { dueDateOf, whenExample } from './plan-dates.ts';
import { askLeaders } from './milestone-confirm.ts';
import { localDateOf } from '../time/local-date.ts';
import { splitNames } from './template-map.ts';
import { saveFields } from './plan-fields.ts';
import { fieldLabel, isSection, mergeSection, openedOf, sectionValues, type SectionForm } from './section-merge.ts';
import { listOfForm, rowStillThere, type RowList } from './plan-rows.ts';
import { markFormOpen } from './posted-cards.ts';
import { forClick, MAX_ROWS, planCard, refOf, type Form, type ProjectIds, type SaveData } from './project-click.ts';
import { milestonesOf, nextMilestoneId, nextSubGoalId, PROJECT_TYPES, type Project } from './project.ts';

const pick = <T extends object, K extends keyof T>(o: T, keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;
const emptyMilestone: MilestoneValues = {
  subGoal: '',
  activity: '',
  owner: '',
  partner: '',
  when: '',
  checkpoint: '',
};

/** The form for `form`, filled with the plan's text, or with the row `ref` points at. */
export function formCard(p: Project, f: Form, ref: RowRef, example: string): AdaptiveCard {
  const at = Number(ref.row);
  switch (f) {
    case 'basics':
      return projectBasicsCard(p, basicsValuesOf(p), '', JSON.stringify(basicsValuesOf(p)));
    case 'subgoal':
      return projectSubGoalCard(p, { goal: p.plan.subGoals.find((g) => g.id === ref.row)?.goal ?? '' }, '', ref);
    case 'milestone': {
      const found = milestonesOf(p.plan).find((x) => x.milestone.id === ref.row);
      if (!found) return projectMilestoneCard(p, emptyMilestone, example);
      const m = found.milestone;
      const values = {
        subGoal: found.subGoal.id,
        ...pick(m, ['activity', 'owner', 'partner', 'when', 'checkpoint']),
      };
      return projectMilestoneCard(p, values, example, '', ref);
    }
    case 'budget': {
      const l = ref.row ? p.plan.budget.lines[at] : undefined;
      if (!l) return projectBudgetCard(p, { description: '', amount: '', overhead: false });
      const amount = l.amountText || (l.amount !== null ? formatKroner(l.amount) : '');
      return projectBudgetCard(p, { description: l.description, amount, overhead: l.overhead }, '', ref);
    }
    default: {
      const values = fieldValuesOf(p, f, ref.row);
      return projectFieldsCard(p, f, values, '', ref, isSection(f) ? JSON.stringify(values) : '');
    }
  }
}

export async function openForm(
  s: Services,
  ctx: RequestContext,
  data: ProjectIds & { form: Form; row?: string; rev?: string },
): Promise<ActionResult> {
  const p = await forClick(s, ctx, data);
  if ('refused' in p) return p.refused;
  const ref = refOf(data);
  const rows = listOfForm(data.form);
  if (ref.row && rows && !rowStillThere(p.plan, rows, ref.row, ref.rev))
    return { kind: 'card', card: projectRowsCard(p, rows, { notice: t.rows.changedMeanwhile, tone: 'warning' }) };
  // The clicked card becomes a form: others' saves leave it alone until it is saved or left (N3).
  await markFormOpen(s, ctx, p, true);
  if (data.form === 'milestone' && !p.plan.subGoals.length)
    return { kind: 'card', card: projectSubGoalCard(p, { goal: '' }, t.errors.noSubGoal) };
  return { kind: 'card', card: formCard(p, data.form, rows ? ref : { row: '', rev: '' }, exampleNow(s)) };
}

export async function showRows(
  s: Services,
  ctx: RequestContext,
  data: ProjectIds & { list: RowList },
): Promise<ActionResult> {
  const p = await forClick(s, ctx, data);
  if ('refused' in p) return p.refused;
  // «Tilbake» from a row's form: a list, no typing to keep, so others' saves redraw it again.
  await markFormOpen(s, ctx, p, false);
  return { kind: 'card', card: projectRowsCard(p, data.list) };
}

/** A form step saved: checked, then written to the plan, then the plan or the row list shown. */
export async function savePlanStep(s: Services, ctx: RequestContext, sent: SaveData): Promise<ActionResult> {
  const p = await forClick(s, ctx, sent);
  if ('refused' in p) return p.refused;
  const data = isSection(sent.form) ? mergeWithStored(s, ctx, p, sent.form, sent) : sent;
  const ref = refOf(data);
  const rows = listOfForm(data.form);
  const editing = Boolean(ref.row && rows);
  const typed = (v: string | undefined) => (v ?? '').trim();
  const {
    projectId: _p,
    networkId: _n,
    form: _f,
    row: _r,
    rev: _v,
    overhead: _o,
    opened: _d,
    field: _k,
    ...texts
  } = data;
  const privacy = guard(Object.values(texts).filter(Boolean).join('\n'));
  // A changed row goes back to its list; a new one to the plan.
  const done = (updated: Project, notice: string = t.saved): ActionResult =>
    editing && rows
      ? { kind: 'card', card: projectRowsCard(updated, rows, { notice }) }
      : { kind: 'card', card: planCard(s, updated, notice) };
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
    const again = (error: string): ActionResult => ({
      kind: 'card',
      card: projectBasicsCard(p, values, error, data.opened ?? ''),
    });
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
    return applyStep(
      s,
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
    const again = againOn((error, r) => projectSubGoalCard(p, values, error, r), ref);
    if (!privacy.ok) return again(privacy.message);
    if (!values.goal) return again(t.forms.subGoalError);
    if (tooMany(p.plan.subGoals.length)) return again(t.errors.tooMany);
    return applyStep(
      s,
      ctx,
      p,
      putRow('subgoals', ref, (plan) =>
        ref.row
          ? { ...plan, subGoals: plan.subGoals.map((g) => (g.id === ref.row ? { ...g, goal: values.goal } : g)) }
          : { ...plan, subGoals: [...plan.subGoals, { id: nextSubGoalId(plan), goal: values.goal, milestones: [] }] },
      ),
      again,
      asNewRow(again, done),
    );
  }

  if (data.form === 'milestone') {
    const pick = typed(data.ownerPerson ?? '');
    const picked = await pickedName(s, p, pick);
    const values: MilestoneValues = {
      subGoal: typed(data.subGoal),
      activity: typed(data.activity),
      owner: withPicked(typeof picked === 'object' && picked ? picked.name : null, typed(data.owner)),
      partner: typed(data.partner),
      when: typed(data.when),
      checkpoint: typed(data.checkpoint),
    };
    const example = exampleNow(s);
    const again = againOn((error, r) => projectMilestoneCard(p, values, example, error, r), ref);
    if (!privacy.ok) return again(privacy.message);
    if (picked === 'not-member') return again(t.errors.ownerPickUnknown);
    // Nothing is saved on a pick Teams could not place; the card comes back with every typed field, and
    // «Lagre» again saves with the owner as written if Teams still does not answer (review s16 #3).
    if (picked === 'unknown') return again(t.errors.ownerPickNoAnswer);
    const goal = p.plan.subGoals.find((g) => g.id === values.subGoal);
    if (!goal) return again(p.plan.subGoals.length ? t.errors.unknownSubGoal : t.errors.noSubGoal);
    if (!values.activity) return again(t.forms.activityError);
    if (tooMany(milestonesOf(p.plan).length)) return again(t.errors.tooMany);
    // A date the bot cannot read is refused on the card (it could not become a deadline); an empty one is the check's to point out.
    const due = values.when ? dueDateOf(values.when) : null;
    if (values.when && !due) return again(t.errors.badWhen(values.when, example));
    // A member's date becomes a network deadline only when a leader confirms it (N18).
    const leader = (await s.store.people.roleOf(p.tenantId, p.networkId, ctx.actor)) === 'leader';
    const now = s.clock.now().toISOString();
    let asked: string | null = null;
    onSaved(ctx, async (updated, notice) => {
      if (!asked) return null;
      const toLeaders = await askLeaders(s, ctx, updated, asked);
      return done(updated, `${notice} ${t.awaiting.notice(toLeaders)}`);
    });
    return applyStep(
      s,
      ctx,
      p,
      (plan) => {
        if (!plan.subGoals.some((g) => g.id === values.subGoal)) return null;
        return putRow('milestones', ref, (fresh) => {
          const old = milestonesOf(fresh).find((x) => x.milestone.id === ref.row)?.milestone;
          const needsLeader = !leader && due !== null && (!old || old.due !== due || old.awaiting !== null);
          const id = old?.id ?? nextMilestoneId(fresh);
          asked = needsLeader && !old?.awaiting ? id : null;
          const milestone = {
            id,
            awaiting: needsLeader ? (old?.awaiting ?? { by: ctx.actor.name, at: now }) : null,
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
              return g.id === values.subGoal ? { ...g, milestones: [...rest, milestone] } : { ...g, milestones: rest };
            }),
          };
        })(plan);
      },
      again,
      asNewRow(again, done),
    );
  }

  if (data.form === 'budget') {
    const values: BudgetValues = {
      description: typed(data.description),
      amount: typed(data.amount),
      overhead: data.overhead === true || data.overhead === 'true',
    };
    const again = againOn((error, r) => projectBudgetCard(p, values, error, r), ref);
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
    return applyStep(
      s,
      ctx,
      p,
      putRow('budget', ref, (plan, at) => ({
        ...plan,
        budget: { ...plan.budget, lines: replaceAt(plan.budget.lines, at, line) },
      })),
      again,
      asNewRow(again, done),
    );
  }

  return saveFields(s, ctx, p, data.form, data, { ref, privacy, done, tooMany });
}

/**
 * A section's form sent back (N6): «Bruk mitt» puts her one value in; a form that carries what it was
 * opened with writes only what she changed, keeping what others saved meanwhile. Once saved, the fields
 * she changed are stamped with her name and the time, and a field both changed is answered with both
 * values instead of «Lagret». A card from before (no `opened`) saves as it always did.
 */
function mergeWithStored(s: Services, ctx: RequestContext, p: Project, form: SectionForm, sent: SaveData): SaveData {
  const stored = sectionValues(p, form);
  const typed: Record<string, string> = {};
  for (const k of Object.keys(stored)) {
    const v = sent[k as keyof SaveData];
    if (typeof v === 'string') typed[k] = v;
  }
  if (sent.field && sent.field in stored && sent.value !== undefined) typed[sent.field] = sent.value;
  const opened = openedOf(sent.opened);
  const merged = opened ? mergeSection(opened, stored, typed) : { values: { ...stored, ...typed }, conflicts: [] };
  onSaved(ctx, async (updated) => {
    const after = sectionValues(updated, form);
    const now = s.clock.now().toISOString();
    const stamps = Object.fromEntries(
      Object.keys(after)
        .filter((k) => after[k] !== stored[k])
        .map((k) => [`${form}.${k}`, { by: ctx.actor.name, at: now }]),
    );
    if (Object.keys(stamps).length)
      await s.store.projects.change(
        p.tenantId,
        p.networkId,
        p.id,
        (plan) => ({ ...plan, edits: { ...plan.edits, ...stamps } }),
        s.clock.now(),
      );
    if (!merged.conflicts.length) return null;
    const conflicts = merged.conflicts.map((c) => {
      const e = updated.plan.edits[`${form}.${c.field}`];
      return {
        ...c,
        label: fieldLabel(form, c.field),
        changedBy: e ? t.conflict.changedBy(e.by, whenText(e.at, s.config.timezone)) : '',
      };
    });
    return { kind: 'card', card: projectConflictCard(updated, form, conflicts) };
  });
  return { ...sent, ...merged.values };
}

/** «5.1. kl. 09:08» in the network's time zone. */
function whenText(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('nb-NO', {
    timeZone,
    day: 'numeric',
    month: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}. kl. ${part('hour')}:${part('minute')}`;
}

/** The «Når?» example for today on the clock. */
const exampleNow = (s: Services) => whenExample(localDateOf(s.clock.now(), s.config.timezone));

/**
 * The owner field with the person picked (review s15 #14): typed co-owners are kept («Per Olsen og Nes»),
 * and a typed text that already names the person stands as it is.
 */
function withPicked(picked: string | null, typedOwner: string): string {
  if (!picked) return typedOwner;
  if (!typedOwner || ownerNames(typedOwner, picked)) return typedOwner || picked;
  return `${picked} og ${typedOwner}`.slice(0, 200);
}

/**
 * The person chosen in the milestone form's people picker (an Entra object id), as their Teams name
 * in the team's roster: the owner field then names them, so reminders and «mine oppgaver» find them
 * (month round 15 #8). 'not-member' when the roster was read and does not hold them (review s15 #14);
 * 'unknown' when Teams could not be asked, which says nothing about membership (review s16 #3).
 */
async function pickedName(
  s: Services,
  p: Project,
  aadObjectId: string,
): Promise<{ name: string } | 'not-member' | 'unknown' | null> {
  if (!aadObjectId) return null;
  const network = s.roster ? await s.store.networks.get(p.tenantId, p.networkId) : null;
  if (!s.roster || !network) {
    s.log.warn({ networkId: p.networkId, roster: !!s.roster }, 'milestone owner pick: no roster to ask');
    return 'unknown';
  }
  try {
    const name = (await s.roster.members(network)).find((m) => m.aadObjectId === aadObjectId)?.name;
    return name ? { name } : 'not-member';
  } catch (err) {
    // The status only: a connector error may echo the request, and no names are logged.
    const status = (err as { statusCode?: number }).statusCode ?? null;
    s.log.warn({ networkId: p.networkId, status }, 'milestone owner pick: roster could not be read');
    return 'unknown';
  }
}
