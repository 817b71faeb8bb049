import { deadlineCard } from '../../cards/deadline.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { postStoredCard } from '../conversation/post-stored.ts';
import { text, type AdaptiveCard, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { localDateOf, type LocalDate } from '../time/local-date.ts';
import type { Deadline } from './deadline.ts';
import { networkGrant } from './network-grant.ts';

/** The deadline's card with what only the store knows (the grant that answers the auditor item, s15 #7b). */
export async function cardOf(
  s: Services,
  d: Deadline,
  opts: Omit<Parameters<typeof deadlineCard>[1], 'grant'>,
): Promise<AdaptiveCard> {
  return deadlineCard(d, { ...opts, grant: await networkGrant(s, d) });
}

// The edge where deadline use cases meet their card: posting it, and redrawing every posted copy.

/** Today in the network's zone, the day every deadline card counts from. */
export function todayOf(s: Services): LocalDate {
  return localDateOf(s.clock.now(), s.config.timezone);
}

/**
 * The answer to «frist …»: the words and the card in one message, remembered like every other
 * posted card of the deadline, so «Lagre», «Levert» and the checklist redraw it for everyone.
 */
export async function showDeadline(s: Services, ctx: RequestContext, d: Deadline, words: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const { posted, fallback } = await postStoredCard(
    s.messenger,
    ctx.log,
    network.conversation,
    { text: words, card: await cardOf(s, d, { today: todayOf(s) }), summary: t.summary(d.title) },
    ctx.scope.threadId,
  );
  if (posted) await s.store.deadlines.addCard(d.tenantId, d.networkId, d.id, posted);
  return fallback.length ? [text(words), ...fallback] : [];
}

/** Every posted copy of a deadline's card is replaced: in channels only the clicker sees a returned card. */
export async function refreshPosted(s: Services, ctx: RequestContext, d: Deadline): Promise<void> {
  // The deadline's own network, also for a click in a personal chat (a «Påminn meg senere» reminder).
  const network = ctx.scope.network ?? (await s.store.networks.get(d.tenantId, d.networkId));
  if (!network) return;
  const c = await cardOf(s, d, { today: todayOf(s), showChecklist: d.status === 'open' });
  for (const ref of await s.store.deadlines.cards(d.tenantId, d.networkId, d.id)) {
    await s.messenger
      .update({ ...network.conversation, conversationId: ref.conversationId }, ref.activityId, { card: c })
      .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update deadline card'));
  }
}
