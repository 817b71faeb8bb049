// Every card of a project the bot posted in the channel, remembered with its kind (month round 7, N7):
// after a save each is redrawn as what it is, a project card as the project and a list card as the list.
// The clicked message alone is not enough: a form opened from the «Utviklingsprosjekter» list would have
// turned the list into one project's card for everyone (the redraw reverted in 1eca4ca).
import { localDateOf } from '../time/local-date.ts';
import type { Services } from '../app/services.ts';
import { postStoredCard } from '../conversation/post-stored.ts';
import { card, text, type AdaptiveCard, type Reply, type RequestContext } from '../conversation/types.ts';
import type { Posted } from '../messaging/messenger.ts';
import { projectListCard } from '../../cards/project.ts';
import { checkPlan } from './plan-check.ts';
import { planCard } from './project-click.ts';
import type { Project, ProjectPlan } from './project.ts';

export type CardKind = 'project' | 'list';
/** The newest cards kept per project; an older one keeps what it showed until its own buttons are used. */
const KEPT = 40;

/** The network's list card: every project with what the plan check finds. */
export async function listCardOf(s: Services, tenantId: string, networkId: string): Promise<AdaptiveCard> {
  const projects = await s.store.projects.list(tenantId, networkId);
  return projectListCard(
    networkId,
    projects.map((project) => ({
      project,
      findings: checkPlan(project.plan, undefined, localDateOf(s.clock.now(), s.config.timezone)),
    })),
  );
}

async function remember(s: Services, p: Project, kind: CardKind, posted: Posted): Promise<void> {
  await s.store.projects.change(
    p.tenantId,
    p.networkId,
    p.id,
    (plan) => ({
      ...plan,
      cards: [...plan.cards.filter((c) => c.activityId !== posted.activityId), { kind, ...posted }].slice(-KEPT),
    }),
    s.clock.now(),
  );
}

/**
 * Posts a card of `projects` in the channel or group chat it was asked for, and remembers it on each of
 * them with its kind. In a personal chat (no shared card to keep in step) it is an ordinary reply.
 */
export async function postProjectCard(
  s: Services,
  ctx: RequestContext,
  projects: Project[],
  kind: CardKind,
  c: AdaptiveCard,
  lead?: string,
): Promise<Reply[]> {
  const network = ctx.scope.network;
  if (!network || ctx.scope.conversationType === 'personal') return [...(lead ? [text(lead)] : []), card(c)];
  const { posted, fallback } = await postStoredCard(
    s.messenger,
    ctx.log,
    network.conversation,
    { text: lead, card: c, summary: lead },
    ctx.scope.threadId,
  );
  if (!posted) return [...(lead ? [text(lead)] : []), ...fallback];
  for (const p of projects) await remember(s, p, kind, posted);
  return [];
}

/**
 * Records that the clicked card now shows a form (`open`), or shows the plan again. Only a card this
 * project remembers is marked; a form opened on any other card (a personal chat, a card older than the
 * newest kept) needs no mark, as no save redraws that card. Returns `plan` unchanged when nothing matches.
 */
export function withFormOpen(plan: ProjectPlan, activityId: string | null, open: boolean, now: Date): ProjectPlan {
  if (!activityId || !plan.cards.some((c) => c.activityId === activityId && Boolean(c.formOpenedAt) !== open))
    return plan;
  return {
    ...plan,
    cards: plan.cards.map(({ formOpenedAt, ...c }) =>
      c.activityId !== activityId
        ? { ...c, ...(formOpenedAt ? { formOpenedAt } : {}) }
        : { ...c, ...(open ? { formOpenedAt: now.toISOString() } : {}) },
    ),
  };
}

/** The clicked card now shows a form (or, `open` false, the plan or a row list again): see withFormOpen. */
export async function markFormOpen(s: Services, ctx: RequestContext, p: Project, open: boolean): Promise<void> {
  const id = ctx.scope.cardActivityId;
  const now = s.clock.now();
  if (withFormOpen(p.plan, id, open, now) === p.plan) return;
  await s.store.projects.change(p.tenantId, p.networkId, p.id, (plan) => withFormOpen(plan, id, open, now), now);
}

/**
 * After a save: every remembered card of `p` shows the plan as it now stands, each as its own kind. A card
 * on which someone else has a form open is left alone (month round 7b, N3): Teams redraws an updated card
 * for everyone, so the redraw would wipe what they typed. Their own «Lagre» meets this save through the
 * section merge (N6) and then redraws that card too.
 */
export async function redrawPosted(s: Services, ctx: RequestContext, p: Project): Promise<void> {
  if (!p.plan.cards.length) return;
  const network = await s.store.networks.get(p.tenantId, p.networkId);
  if (!network) return;
  let list: AdaptiveCard | null = null;
  for (const ref of p.plan.cards) {
    if (ref.formOpenedAt && ref.activityId !== ctx.scope.cardActivityId) continue;
    const c = ref.kind === 'project' ? planCard(s, p) : (list ??= await listCardOf(s, p.tenantId, p.networkId));
    await s.messenger
      .update({ ...network.conversation, conversationId: ref.conversationId }, ref.activityId, { card: c })
      .catch((err: unknown) =>
        ctx.log.warn({ err: { message: (err as Error).message } }, 'could not redraw a posted project card'),
      );
  }
}
