import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { deadlineOfferCard } from '../../cards/deadline-offer.ts';
import type { Services } from '../app/services.ts';
import { refitShared } from './default-checklist.ts';
import type { ActionResult, ActionSpec } from '../commands/spec.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { leaderMentions, mentionLine } from '../conversation/reach.ts';
import type { RequestContext } from '../conversation/types.ts';
import { deadlineText } from '../i18n/index.ts';
import type { Network, Person } from '../networks/network.ts';
import { formatLong } from '../time/local-date.ts';
import { DEADLINE_KINDS, type NewDeadline } from './deadline.ts';
import { planDeadlineNudges } from './nudges.ts';

// Attacker round 5, A11: anyone who adds the bot to a throw-away team leads it and may name any
// Statsforvalter, so «felles frist» wrote text of the outsider's choosing into every network naming
// the same one. A shared deadline now reaches another network only as an offer: nothing is listed,
// put in the calendar feed or nudged there until a leader of THAT network accepts it.

/** The receiving network's offers live in its own settings; at most this many, the oldest decided ones go first. */
const SETTING = 'deadline-offers';
const KEEP = 100;

const personSchema = z.object({ id: z.string(), aadObjectId: z.string().optional(), name: z.string() });
const offerSchema = z.object({
  id: z.string(),
  networkId: z.string(),
  from: z.object({ networkId: z.string(), networkName: z.string(), by: personSchema }),
  fields: z.object({
    tenantId: z.string(),
    title: z.string(),
    kind: z.enum(DEADLINE_KINDS),
    date: z.string(),
    time: z.string(),
    statsforvalter: z.string().nullable(),
    origin: z.string(),
    source: z.string(),
    checklist: z.array(z.string()),
    yearly: z.boolean(),
  }),
  status: z.enum(['offered', 'accepted', 'declined']),
  decidedBy: personSchema.nullable(),
  deadlineId: z.string().nullable(),
  card: z.object({ conversationId: z.string(), activityId: z.string() }).nullable(),
  createdAt: z.string(),
});
export type DeadlineOffer = z.infer<typeof offerSchema>;
/** What a shared deadline carries to another network (its own network id and creator are the receiver's). */
export type OfferedFields = DeadlineOffer['fields'];

async function offersOf(s: Services, tenantId: string, networkId: string): Promise<DeadlineOffer[]> {
  const raw = await s.store.networks.getSetting<unknown>(tenantId, networkId, SETTING);
  const parsed = z.array(offerSchema).safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

async function saveOffers(s: Services, tenantId: string, networkId: string, offers: DeadlineOffer[]): Promise<void> {
  const open = offers.filter((o) => o.status === 'offered');
  const decided = offers.filter((o) => o.status !== 'offered');
  const kept = [...open, ...decided.slice(Math.max(0, decided.length - Math.max(0, KEEP - open.length)))];
  await s.store.networks.setSetting(tenantId, networkId, SETTING, kept);
}

/**
 * Offers the shared deadline to each peer network: a card in its channel @mentioning its leaders.
 * A peer that already has the deadline, or an offer of it, gets none. Returns how many were offered.
 */
export async function offerSharedDeadline(
  s: Services,
  from: { network: Network; by: Person },
  fields: Omit<NewDeadline, 'networkId'> & { origin: string },
  peers: readonly string[],
): Promise<number> {
  let offered = 0;
  for (const peerId of peers) {
    const peer = await s.store.networks.get(from.network.tenantId, peerId);
    if (!peer?.active) continue;
    if (await s.store.deadlines.findByOrigin(peer.tenantId, peer.networkId, fields.origin)) continue;
    const offers = await offersOf(s, peer.tenantId, peer.networkId);
    if (offers.some((o) => o.fields.origin === fields.origin)) continue;
    const offer: DeadlineOffer = {
      id: `T${randomUUID().slice(0, 8)}`,
      networkId: peer.networkId,
      from: { networkId: from.network.networkId, networkName: from.network.name, by: from.by },
      fields: {
        tenantId: peer.tenantId,
        title: fields.title,
        kind: fields.kind,
        date: fields.date,
        time: fields.time,
        statsforvalter: fields.statsforvalter,
        origin: fields.origin,
        source: fields.source,
        checklist: [...fields.checklist],
        yearly: fields.yearly,
      },
      status: 'offered',
      decidedBy: null,
      deadlineId: null,
      card: null,
      createdAt: s.clock.now().toISOString(),
    };
    const { mentions } = await leaderMentions(s.store, peer);
    const words = deadlineText.offer.proposes(from.network.name, from.by.name, formatLong(fields.date), fields.title);
    const posted = await s.messenger
      .startThread(peer, {
        text: [mentionLine(mentions), words].filter(Boolean).join(' '),
        card: deadlineOfferCard(offer),
        mentions,
        summary: deadlineText.offer.title,
      })
      .catch((err) => {
        // Not kept: an offer nobody can see would only block a later one («statsforvalter» offers again).
        s.log.warn({ err: { message: (err as Error).message } }, 'could not post shared deadline offer');
        return null;
      });
    if (!posted) continue;
    offer.card = posted;
    await saveOffers(s, peer.tenantId, peer.networkId, [...offers, offer]);
    offered++;
  }
  return offered;
}

/** «Legg inn hos oss» and «Avslå»: only a leader of the network the offer was made to, in its own conversation. */
const offerIds = z.object({ offerId: z.string().min(1).max(40), networkId: z.string().min(1).max(300) });

export function offerActions(s: Services): ActionSpec<z.infer<typeof offerIds>>[] {
  const ids = offerIds;

  async function decide(ctx: RequestContext, data: z.infer<typeof ids>, accept: boolean): Promise<ActionResult> {
    const checked = await leaderCardNetwork(s.store, ctx, data.networkId, deadlineText.offer.what);
    if ('refused' in checked) return checked.refused;
    const { network } = checked;
    const offers = await offersOf(s, network.tenantId, network.networkId);
    const offer = offers.find((o) => o.id === data.offerId);
    if (!offer) return { kind: 'message', text: deadlineText.offer.gone };
    // A second click (or a click on an old copy of the card) shows the decision already taken.
    if (offer.status !== 'offered') return { kind: 'card', card: deadlineOfferCard(offer) };
    const now = s.clock.now();
    if (accept) {
      const existing = await s.store.deadlines.findByOrigin(network.tenantId, network.networkId, offer.fields.origin);
      const own = existing ? null : await refitShared(s, network, offer.fields);
      const d =
        existing ??
        (await s.store.deadlines.create({
          ...offer.fields,
          networkId: network.networkId,
          scope: 'statsforvalter',
          checklist: own!.checklist,
          source: `${deadlineText.offer.proposedBy(offer.from.networkName, offer.from.by.name)}; ${own!.source}`,
          createdBy: ctx.actor,
          createdAt: now.toISOString(),
        }));
      if (!existing) await planDeadlineNudges(s, d, now);
      offer.deadlineId = d.id;
    }
    offer.status = accept ? 'accepted' : 'declined';
    offer.decidedBy = ctx.actor;
    await saveOffers(s, network.tenantId, network.networkId, offers);
    const c = deadlineOfferCard(offer);
    if (offer.card)
      await s.messenger
        .update({ ...network.conversation, conversationId: offer.card.conversationId }, offer.card.activityId, {
          card: c,
        })
        .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update offer card'));
    ctx.log.info({ offerId: offer.id, accepted: accept }, 'shared deadline offer decided');
    return { kind: 'card', card: c };
  }

  return [
    { verb: 'deadline.offer.accept', schema: ids, run: (ctx, d) => decide(ctx, d, true) },
    { verb: 'deadline.offer.decline', schema: ids, run: (ctx, d) => decide(ctx, d, false) },
  ];
}
