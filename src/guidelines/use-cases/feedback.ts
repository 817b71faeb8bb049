import { createHash } from 'node:crypto';
import type { ActionResult } from '../../commands/spec.ts';
import { cardNetwork, wrongNetworkCard } from '../../conversation/guards.ts';
import type { RequestContext } from '../../conversation/types.ts';
import { guidelinesText as t } from '../../i18n/index.ts';
import { localEntryId } from '../local-entries.ts';
import { askContext } from './ask.ts';
import { networksOf, type GuidelinesDeps } from './deps.ts';

/** One vote per person and entry without keeping who voted: a hash is enough to replace an earlier click. */
export function voterKey(tenantId: string, userId: string): string {
  return createHash('sha256').update(`guidelines-vote\u0000${tenantId}\u0000${userId}`).digest('hex').slice(0, 32);
}

async function answerable(deps: GuidelinesDeps, ctx: RequestContext, entryId: string): Promise<boolean> {
  if (deps.guidelines.knows(entryId)) return true;
  if (entryId !== localEntryId(entryId.slice('lokal-'.length))) return false;
  return (await askContext(deps, ctx)).extra.some((e) => e.id === entryId);
}

/** «Nyttig» / «Ikke nyttig» on an answer: one vote per person and entry, for an entry the bot can answer with. */
export async function recordFeedback(
  deps: GuidelinesDeps,
  ctx: RequestContext,
  data: { entryId: string; networkId: string; vote: 'up' | 'down' },
): Promise<ActionResult> {
  let network = '';
  if (ctx.scope.network) {
    if (data.networkId && !cardNetwork(ctx, data.networkId)) return wrongNetworkCard;
    network = ctx.scope.network.networkId;
  } else if (data.networkId && (await networksOf(deps.s, ctx)).some((n) => n.networkId === data.networkId)) {
    network = data.networkId;
  }
  // The id comes back from the client: only an entry the bot can answer with (or one of the network's
  // own saved answers) is kept; anything else is refused, and the log names none of it (A10).
  if (!(await answerable(deps, ctx, data.entryId))) {
    ctx.log.info({ vote: data.vote }, 'guidelines feedback refused');
    return { kind: 'message', text: t.feedbackUnknown };
  }
  await deps.s.store.guidelines.recordFeedback({
    tenantId: ctx.scope.tenantId,
    networkId: network,
    entryId: data.entryId,
    voterKey: voterKey(ctx.scope.tenantId, ctx.actor.aadObjectId ?? ctx.actor.id),
    vote: data.vote,
    at: deps.s.clock.now().toISOString(),
  });
  ctx.log.info({ entryId: data.entryId, vote: data.vote }, 'guidelines feedback');
  return { kind: 'message', text: t.feedbackThanks };
}
