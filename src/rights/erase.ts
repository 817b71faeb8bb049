// «slett nettverksdata»: the network's data deleted after a leader confirms on a card, once.
import { z } from 'zod';
import { eraseConfirmCard } from '../../cards/erase-confirm.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { answerOnce, askedCardFields, askOnce } from '../conversation/confirmations.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { networkHere } from '../conversation/network.ts';
import { card, type Reply, type RequestContext } from '../conversation/types.ts';
import { rightsText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { markErased, retireLinks } from '../security/link-generation.ts';
import { KEPT, rowsOf } from './export.ts';
import { answerClickedCard } from '../conversation/clicked-card.ts';
import { previousQuestionsFor } from '../guidelines/use-cases/previous-question.ts';

const CONFIRM_VALID_MS = 60 * 60_000;

export const eraseData = z.object({
  networkId: z.string().min(1).max(300),
  ...askedCardFields,
});
export type EraseData = z.infer<typeof eraseData>;
/** Both buttons of one card share the nonce: whichever is clicked first answers the card. */
const ERASE_CONFIRMATION = 'network.erase';
/**
 * The card carries the stored nonce (24 characters) with a MAC over it and the network after it, so
 * a click with an altered nonce is told it is invalid (and logged), not that it was used (attack round 6, A5).
 */
const NONCE_LENGTH = 24;
/** The MAC covers the asker the card names too, so an edited name is told the card was altered, not «used». */
const macInput = (n: Network, nonce: string, askedBy?: string) =>
  [n.tenantId, n.networkId, nonce, ...(askedBy ? [askedBy] : [])].join('\n');

const shownTables = async (s: Services, n: Network) =>
  new Set(Object.keys(await s.store.networkData.export(n.tenantId, n.networkId)));

/** «slett nettverksdata»: a leader is asked to confirm, with the number of rows that would go. */
export async function askErase(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const refused = await requireLeader(s.store, ctx, t.eraseWhat);
  if (refused) return [refused];
  const n = networkHere(ctx);
  // Bound to the asker the card names, so an edited name confirms nothing (the MAC stays over the nonce alone).
  const issued = await askOnce(s, n, ERASE_CONFIRMATION, ctx.actor, CONFIRM_VALID_MS);
  const { expires } = issued;
  const nonce = issued.nonce + s.signer.tag(ERASE_CONFIRMATION, macInput(n, issued.nonce, issued.askedBy));
  return [
    card(
      eraseConfirmCard({
        networkId: n.networkId,
        expires,
        nonce,
        askedBy: issued.askedBy,
        state: { kind: 'asked', rows: await rowsOf(s, n, KEPT) },
      }),
    ),
  ];
}

/**
 * Both buttons: the click must come from the network the card was made for, and a leader must
 * confirm. Those refusals leave the card usable; the first answer (delete or cancel) uses it up,
 * so a second click, a double click or a replayed request does nothing.
 */
export async function answerErase(
  s: Services,
  ctx: RequestContext,
  d: EraseData,
  o: { confirm: boolean; installAll: (network: Network) => Promise<void> },
): Promise<ActionResult> {
  const checked = await leaderCardNetwork(s.store, ctx, d.networkId, t.eraseWhat);
  if ('refused' in checked) return checked.refused;
  const n = checked.network;
  const stored = d.nonce.slice(0, NONCE_LENGTH);
  const tag = d.nonce.slice(NONCE_LENGTH);
  const holds = (input: string) => s.signer.tagHolds(ERASE_CONFIRMATION, input, tag);
  // A card made before the MAC covered the asker (1 h at most) still holds over the nonce alone.
  if (!holds(macInput(n, stored, d.askedBy)) && !holds(macInput(n, stored))) {
    ctx.log.warn(
      { tenantId: n.tenantId, networkId: n.networkId, verb: ERASE_CONFIRMATION, confirm: o.confirm },
      'erase card clicked with a nonce the bot did not issue: the card was tampered with',
    );
    return {
      kind: 'card',
      card: noticeCard({ title: t.eraseInvalidTitle, message: t.eraseInvalid, tone: 'error' }),
    };
  }
  const { use, askedBy } = await answerOnce(s, n, ERASE_CONFIRMATION, { ...d, nonce: stored }, ctx.actor);
  const base = { networkId: n.networkId, expires: d.expires, askedBy };
  if (use !== 'ok') return { kind: 'card', card: eraseConfirmCard({ ...base, state: { kind: use } }) };
  if (!o.confirm)
    return answered(s, ctx, n, eraseConfirmCard({ ...base, state: { kind: 'cancelled', by: ctx.actor.name } }));
  const shown = await shownTables(s, n);
  const removed = await s.store.networkData.erase(n.tenantId, n.networkId);
  // Calendar apps keep polling the old feed link; it must stop showing this network anything.
  await retireLinks(s, n.tenantId, n.networkId);
  // So do a draft or export link made before: opened now, it would show what is stored after.
  await markErased(s, n.tenantId, n.networkId);
  // A follow-up asked after the erase must not be read with a question asked before it.
  previousQuestionsFor(s.store).forgetNetwork(n.tenantId, n.networkId);
  // Key material and send-window marks are no entries of the network's own: counted as the card counted.
  const rows = Object.entries(removed).reduce((a, [table, b]) => a + (shown.has(table) && !KEPT.has(table) ? b : 0), 0);
  // The one who confirmed stays leader, so the network is never left without one.
  await s.store.people.setRole(n.tenantId, n.networkId, ctx.actor, 'leader', s.clock.now());
  await o.installAll(n);
  s.log.info({ tenantId: n.tenantId, networkId: n.networkId, rows }, 'network data erased on request');
  return answered(s, ctx, n, eraseConfirmCard({ ...base, state: { kind: 'erased', by: ctx.actor.name, rows } }));
}

/** The returned card reaches only the clicker; the posted one loses its buttons for everyone. */
async function answered(
  s: Services,
  ctx: RequestContext,
  n: Network,
  c: ReturnType<typeof eraseConfirmCard>,
): Promise<ActionResult> {
  return answerClickedCard(s, ctx, n, c, 'the posted erase card');
}
