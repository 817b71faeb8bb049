import { deadlineListCard } from '../../cards/deadline.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { sendPrivately } from '../conversation/reach.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { inPersonalChat } from '../meetings/personal-views.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { retireLinks } from '../security/link-generation.ts';
import { todayOf } from './deadline-cards.ts';
import { feedUrl } from './feed.ts';
import { knownOfferCard } from './known-deadlines.ts';

/** «frister»: the open deadlines; the calendar link only where nobody else reads it. */
export async function listDeadlines(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const n = networkHere(ctx);
  const open = await s.store.deadlines.listOpen(n.tenantId, n.networkId);
  // A10: the link opens the calendar without a Teams login. A channel or group chat is read by
  // everyone in it, so there the card says how to get the link; only a personal chat shows it.
  const link = ctx.scope.conversationType === 'personal' ? await feedUrl(s, n.tenantId, n.networkId) : null;
  const list = card(deadlineListCard(open, { today: todayOf(s), feedUrl: link }));
  // Month s15 #7a: none registered yet, the grant's fixed ones are offered (the buttons are the leaders').
  if (open.length || ctx.scope.conversationType === 'personal') return [list];
  return [list, card(knownOfferCard(n.networkId, todayOf(s)))];
}

/** A calendar link to the person who asked, in their personal chat or not at all. */
function sendLink(s: Services, ctx: RequestContext, n: Network, words: string, what: string): Promise<boolean> {
  return sendPrivately(s.messenger, ctx.log, n.tenantId, ctx.actor, { text: words }, what);
}

/** «kalenderlenke»: the link in the asker's personal chat, never where others read it. */
export async function sendFeedLink(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  if (ctx.scope.conversationType === 'personal')
    return inPersonalChat(s, ctx, 'kalenderlenke', args, async (c) => {
      const n = networkHere(c);
      return [text(t.feedLinkPersonal(n.name, await feedUrl(s, n.tenantId, n.networkId)))];
    });
  const n = networkHere(ctx);
  const link = await feedUrl(s, n.tenantId, n.networkId);
  const sent = await sendLink(s, ctx, n, t.feedLinkPersonal(n.name, link), 'could not send the feed link privately');
  return [text(sent ? t.feedLinkSent(ctx.actor.name) : t.feedLinkNoPrivateChat)];
}

/**
 * A10: the feed link signs no expiry and travels into calendar services and forwarded invites, so
 * a leader can replace it. The old one stops first (what the leader asks for, even when the new
 * one cannot be sent); the new one goes to the leader's personal chat, like «eksporter data».
 */
export async function rotateFeed(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const refused = await requireLeader(s.store, ctx, t.feedRotateWhat);
  if (refused) return [refused];
  const n = networkHere(ctx);
  await retireLinks(s, n.tenantId, n.networkId);
  ctx.log.info({ tenantId: n.tenantId, networkId: n.networkId }, 'calendar feed link replaced');
  const link = await feedUrl(s, n.tenantId, n.networkId);
  const sent = await sendLink(s, ctx, n, t.feedRotated(n.name, link), 'could not send the new feed link privately');
  return [text(sent ? t.feedRotatedPrivately(ctx.actor.name) : t.feedRotateNoPrivateChat)];
}
