// What the project use cases share: which project a word or a click means, the plan card with its
// download link, and the ids every project card sends back.
import { localDateOf } from '../time/local-date.ts';
import { z } from 'zod';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { cardNetwork } from '../conversation/guards.ts';
import { networkHere } from '../conversation/network.ts';
import { card, type Reply, type RequestContext } from '../conversation/types.ts';
import { projectText as t } from '../i18n/projects.ts';
import { projectCard } from '../../cards/project.ts';
import { noticeCard } from '../../cards/notice.ts';
import { FIELD_FORMS, type RowRef } from '../../cards/project-forms.ts';
import { checkPlan } from './plan-check.ts';
import { ROW_LISTS } from './plan-rows.ts';
import type { Project } from './project.ts';

const LINK_DAYS = 7;
/** Rows a card step may add to one list: a plan far beyond the template, or a stuck button. */
export const MAX_ROWS = 50;
export const filePath = (projectId: string) => `/files/projects/${projectId}.docx`;

export const ids = z.object({ projectId: z.string().min(1).max(20), networkId: z.string().min(1).max(300) });
export type ProjectIds = z.infer<typeof ids>;
export const form = z.enum(['basics', 'subgoal', 'milestone', 'budget', ...FIELD_FORMS]);
export type Form = z.infer<typeof form>;
export const rowList = z.enum(ROW_LISTS);
export const rowRef = { row: z.string().max(20).optional(), rev: z.string().max(40).optional() };
export const refOf = (d: { row?: string; rev?: string }): RowRef => ({ row: d.row ?? '', rev: d.rev ?? '' });

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

/** The signed link the plan downloads from, valid a week. */
export function downloadUrl(s: Services, p: Project): string {
  const exp = new Date(s.clock.now().getTime() + LINK_DAYS * 86_400_000);
  return s.publicUrl() + s.signer.sign(filePath(p.id), { t: p.tenantId, n: p.networkId }, exp);
}

export const planCard = (s: Services, p: Project, notice?: string) =>
  projectCard(p, {
    findings: checkPlan(p.plan, undefined, localDateOf(s.clock.now(), s.config.timezone)),
    downloadUrl: downloadUrl(s, p),
    notice,
  });

/** The project `arg` names, or why not, with what was written and one example of the same command. */
export async function choose(
  s: Services,
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

/** The project a click is about, in the clicker's own network only. */
export async function forClick(
  s: Services,
  ctx: RequestContext,
  data: { projectId: string; networkId: string },
): Promise<Project | { refused: ActionResult }> {
  // A card of another network's project answers as an unknown one, naming nothing of the other network.
  const refused = { refused: { kind: 'message' as const, text: t.goneOrOther(data.projectId) } };
  const n = cardNetwork(ctx, data.networkId);
  if (!n) return refused;
  return (await s.store.projects.get(n.tenantId, n.networkId, data.projectId)) ?? refused;
}

const field = (max: number) => z.string().max(max).optional();
/** What a form step sends: the ids, the form, the row it changes, and the fields of every form. */
export const saveSchema = ids.extend({
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
  /** The people picker's choice: a Microsoft Entra object id (month round 15 #8). */
  ownerPerson: field(100),
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
  /** What the section held when the form was opened (JSON of its fields): only what was changed is written (N6). */
  opened: field(60_000),
  /** «Bruk mitt» on a conflict: the one field and the person's value for it. */
  field: field(40),
  value: field(20_000),
});
export type SaveData = z.infer<typeof saveSchema>;
/** A row-delete click: the list, the row, the list's fingerprint, and whether a sub-goal with milestones was confirmed. */
export const deleteSchema = ids.extend({
  list: rowList,
  row: z.string().min(1).max(20),
  rev: z.string().max(40).optional(),
  confirmed: z.boolean().optional(),
});
export type DeleteData = z.infer<typeof deleteSchema>;
