// A member's milestone with a date (month round 7, N18): `frist` is leader-only, so a milestone a member
// dates is kept on the project and becomes a nudged network deadline when a leader presses «Gjør til frist»
// on the card the leaders get. A leader's own milestone is a deadline at once, as before.
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { leaderMentions, mentionLine } from '../conversation/reach.ts';
import type { RequestContext } from '../conversation/types.ts';
import { projectText as t } from '../i18n/projects.ts';
import { projectMilestoneConfirmCard } from '../../cards/project-forms.ts';
import { milestoneOrigin, syncMilestoneDeadlines } from './milestones.ts';
import { redrawPosted } from './posted-cards.ts';
import { forClick, type ProjectIds } from './project-click.ts';
import { milestonesOf, type Project } from './project.ts';

/** The card to the leaders in the channel, @mentioning them; whether there was a leader to ask. */
export async function askLeaders(s: Services, ctx: RequestContext, p: Project, milestoneId: string): Promise<boolean> {
  const found = milestonesOf(p.plan).find((x) => x.milestone.id === milestoneId)?.milestone;
  const network = await s.store.networks.get(p.tenantId, p.networkId);
  if (!found || !network) return false;
  const { leaders, mentions } = await leaderMentions(s.store, p);
  const ask = t.awaiting.ask(ctx.actor.name, p.id, found.activity.slice(0, 200), found.when);
  const lead = mentionLine(mentions);
  await s.messenger
    .startThread(network, {
      text: lead ? `${lead} ${ask}` : ask,
      mentions,
      card: projectMilestoneConfirmCard(p, milestoneId, ask),
      summary: ask,
    })
    .catch((err: unknown) =>
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not ask the leaders about a milestone'),
    );
  return leaders.length > 0;
}

/** «Gjør til frist»: a leader confirms a member's milestone; it becomes a deadline with its nudges. */
export async function confirmMilestone(
  s: Services,
  ctx: RequestContext,
  d: ProjectIds & { milestone: string },
): Promise<ActionResult> {
  const checked = await leaderCardNetwork(s.store, ctx, d.networkId, t.awaiting.confirmWhat);
  if ('refused' in checked) return checked.refused;
  const p = await forClick(s, ctx, d);
  if ('refused' in p) return p.refused;
  const found = milestonesOf(p.plan).find((x) => x.milestone.id === d.milestone)?.milestone;
  if (!found) return { kind: 'message', text: t.awaiting.gone(p.id) };
  if (!found.awaiting) return { kind: 'message', text: t.awaiting.already(p.id, found.activity) };
  const updated = await s.store.projects.change(
    p.tenantId,
    p.networkId,
    p.id,
    (plan) => ({
      ...plan,
      subGoals: plan.subGoals.map((g) => ({
        ...g,
        milestones: g.milestones.map((m) => (m.id === d.milestone ? { ...m, awaiting: null } : m)),
      })),
    }),
    s.clock.now(),
  );
  if (!updated) return { kind: 'message', text: t.goneOrOther(p.id) };
  const sync = await syncMilestoneDeadlines(s, updated, ctx.actor);
  await redrawPosted(s, ctx, updated);
  const origin = milestoneOrigin(p.id, d.milestone);
  const deadline = [...sync.created, ...sync.moved, ...sync.unchanged].find((x) => x.origin === origin);
  return {
    kind: 'message',
    text: deadline
      ? t.awaiting.confirmed(p.id, found.activity, deadline.id)
      : t.awaiting.noDeadline(p.id, found.activity),
  };
}
