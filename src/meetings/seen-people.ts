import type { Services } from '../app/services.ts';
import type { RequestContext } from '../conversation/types.ts';
import { redactText } from '../privacy/redact.ts';

// N2: who has written to the bot in a network's conversation, so that the views in a personal chat
// know the network of a member who holds no recorded role. Ids and the masked name only.

/**
 * Notes the writer of a message addressed to the bot in a network's channel or group chat. Talk not
 * addressed to the bot is left alone, and a failure here never costs the message its answer.
 */
export async function noteWriter(s: Services, ctx: RequestContext): Promise<void> {
  const network = ctx.scope.network;
  if (!network || ctx.scope.conversationType === 'personal' || ctx.mentionedBot === false || !ctx.actor.id) return;
  try {
    await s.store.people.noteSeen(
      network.tenantId,
      network.networkId,
      { ...ctx.actor, name: redactText(ctx.actor.name ?? '') },
      s.clock.now(),
    );
  } catch (err) {
    ctx.log.warn({ err: (err as Error).name }, 'could not note the writer in the network');
  }
}
