// «prosjekter», «prosjekt U1», «sjekk prosjekt», «nytt prosjekt <navn>» and the show/check buttons.
import { localDateOf } from '../time/local-date.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { projectText as t } from '../i18n/projects.ts';
import { guard } from '../privacy/guard.ts';
import { projectCheckCard } from '../../cards/project.ts';
import { noticeCard } from '../../cards/notice.ts';
import { checkPlan } from './plan-check.ts';
import { listCardOf, markFormOpen, postProjectCard } from './posted-cards.ts';
import { choose, forClick, planCard, type ProjectIds } from './project-click.ts';
import { emptyPlan } from './project.ts';

/** The name «nytt prosjekt» was given, without the quotes around it. */
export function projectNameOf(args: string): string {
  return args
    .trim()
    .replace(/^[«"']|[»"']$/g, '')
    .trim();
}

/** «prosjekter»: the network's projects with what the plan check finds. */
export async function listProjects(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const n = networkHere(ctx);
  const projects = await s.store.projects.list(n.tenantId, n.networkId);
  if (!projects.length) return [card(noticeCard({ title: t.none, example: t.noneExample }))];
  return postProjectCard(s, ctx, projects, 'list', await listCardOf(s, n.tenantId, n.networkId));
}

/** «prosjekt U1», «vis prosjekt <navn>»: the plan card. */
export async function showProject(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const found = await choose(s, ctx, args, t.commandWord.show);
  if ('replies' in found) return found.replies;
  return postProjectCard(s, ctx, [found.project], 'project', planCard(s, found.project));
}

/** «sjekk prosjekt U1»: the plan check's findings. */
export async function checkProject(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const found = await choose(s, ctx, args, t.commandWord.check);
  return 'replies' in found
    ? found.replies
    : [
        card(
          projectCheckCard(
            found.project,
            checkPlan(found.project.plan, undefined, localDateOf(s.clock.now(), s.config.timezone)),
          ),
        ),
      ];
}

/** «nytt prosjekt <navn>»: an empty plan under that name, filled in on cards. */
export async function createProject(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const n = networkHere(ctx);
  const name = projectNameOf(args);
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
    createdAt: s.clock.now().toISOString(),
  });
  ctx.log.info({ projectId: p.id }, 'project created');
  return postProjectCard(s, ctx, [p], 'project', planCard(s, p), t.created(p.id, name));
}

/** The project card's show click (project.show). */
export async function showClicked(s: Services, ctx: RequestContext, d: ProjectIds): Promise<ActionResult> {
  const p = await forClick(s, ctx, d);
  if ('refused' in p) return p.refused;
  // «Tilbake» from a form (or «Behold lagret»): the card shows the plan again and follows others' saves (N3).
  await markFormOpen(s, ctx, p, false);
  return { kind: 'card', card: planCard(s, p) };
}

/** The project card's check click (project.check). */
export async function checkClicked(s: Services, ctx: RequestContext, d: ProjectIds): Promise<ActionResult> {
  const p = await forClick(s, ctx, d);
  return 'refused' in p
    ? p.refused
    : {
        kind: 'card',
        card: projectCheckCard(p, checkPlan(p.plan, undefined, localDateOf(s.clock.now(), s.config.timezone))),
      };
}
