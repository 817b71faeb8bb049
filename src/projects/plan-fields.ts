// The plain-text steps of the plan on cards: the leader, the groups, competence and background,
// success criteria, obstacles and further work.
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import type { RequestContext } from '../conversation/types.ts';
import { projectText as t } from '../i18n/projects.ts';
import type { guard } from '../privacy/guard.ts';
import {
  FIELD_SPECS,
  projectFieldsCard,
  type FieldForm,
  type FieldValues,
  type RowRef,
} from '../../cards/project-forms.ts';
import { checkBoughtOut, checkEmail, checkPhone, criteriaOf } from './people-fields.ts';
import { againOn, applyStep, saveListRow } from './plan-apply.ts';
import { MAX_ROWS, type SaveData } from './project-click.ts';
import type { Project } from './project.ts';

/** The plain-text steps: the leader, the groups, competence and background, success criteria, obstacles, further work. */
export async function saveFields(
  s: Services,
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
  const again = againOn((error, r) => projectFieldsCard(p, f, values, error, r, data.opened ?? ''), o.ref);
  if (!o.privacy.ok) return again(o.privacy.message);
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
      if (!all) return applyStep(s, ctx, p, (plan) => ({ ...plan, leader: null }), again);
      if (!values.name) return again(t.errors.leaderName);
      const c = contact();
      if (typeof c === 'string') return again(c);
      const leader = { name: values.name, municipality: values.municipality ?? '', ...c };
      return applyStep(s, ctx, p, (plan) => ({ ...plan, leader }), again);
    }
    case 'steering':
    case 'member': {
      const group = f === 'steering' ? t.errors.groupSteering : t.errors.groupMembers;
      if (!values.name) return again(t.errors.memberName(group));
      const c = contact();
      if (typeof c === 'string') return again(c);
      const person = { name: values.name, municipality: values.municipality ?? '' };
      if (f === 'steering') {
        if (o.tooMany(p.plan.steeringGroup.length)) return again(t.errors.tooMany);
        const m = { ...person, position: values.position ?? '', email: c.email };
        return saveListRow(s, ctx, p, { list: 'steering', key: 'steeringGroup', ref: o.ref }, m, again, o.done);
      }
      const bought = checkBoughtOut(values.boughtOut ?? '');
      if (!bought.ok) return again(t.errors.badBoughtOut(values.boughtOut!));
      if (o.tooMany(p.plan.projectGroup.length)) return again(t.errors.tooMany);
      const m = { ...person, role: values.role ?? '', email: c.email, phone: c.phone, boughtOut: bought.value };
      return saveListRow(s, ctx, p, { list: 'members', key: 'projectGroup', ref: o.ref }, m, again, o.done);
    }
    case 'background':
      return applyStep(
        s,
        ctx,
        p,
        (plan) => ({ ...plan, competence: values.competence ?? '', background: values.background ?? '' }),
        again,
      );
    case 'success': {
      const criteria = criteriaOf(values.successCriteria ?? '');
      if (criteria.length > MAX_ROWS) return again(t.errors.tooMany);
      return applyStep(s, ctx, p, (plan) => ({ ...plan, successCriteria: criteria }), again);
    }
    case 'obstacle': {
      if (!values.obstacle) return again(t.errors.obstacleMissing);
      if (o.tooMany(p.plan.obstacles.length)) return again(t.errors.tooMany);
      const row = { obstacle: values.obstacle, measure: values.measure ?? '' };
      return saveListRow(s, ctx, p, { list: 'obstacles', key: 'obstacles', ref: o.ref }, row, again, o.done);
    }
    case 'further':
      return applyStep(s, ctx, p, (plan) => ({ ...plan, furtherWork: values.furtherWork ?? '' }), again);
  }
}
