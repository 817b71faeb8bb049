import type { ActionResult } from '../commands/spec.ts';
import type { Messenger } from '../messaging/messenger.ts';
import type { Network } from '../networks/network.ts';
import type { AdaptiveCard, RequestContext } from './types.ts';

/**
 * The answer to a click on a posted card. Teams shows the returned card to the clicker only, so the
 * posted card is updated too: everyone then sees the outcome, and its buttons are gone. A failed
 * update is logged, not thrown: the click itself has taken effect and the clicker sees it.
 */
export async function answerClickedCard(
  s: { messenger: Messenger },
  ctx: RequestContext,
  network: Pick<Network, 'conversation'> | null | undefined,
  c: AdaptiveCard,
  what: string,
): Promise<ActionResult> {
  if (network && ctx.scope.cardActivityId)
    await s.messenger
      .update(network.conversation, ctx.scope.cardActivityId, { card: c }, ctx.scope.threadId)
      .catch((err: unknown) => ctx.log.warn({ err: { message: (err as Error).message } }, `could not update ${what}`));
  return { kind: 'card', card: c };
}
