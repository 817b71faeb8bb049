import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { roleCommandText as t } from '../i18n/index.ts';

/** «leder + meg», «leder + selv»: oneself, written without the @mention. */
const SELF = /^@?(meg|meg selv|selv|meg sjøl|sjøl)\.?$/i;

/**
 * A network without a leader (the last one left the team, or the bot arrived without an install
 * event naming who added it) gets one the way the bot announces it (N10): a person in the team's
 * channel names themselves with «leder + @dittnavn». Only oneself, so nobody hands the network to
 * someone who did not ask; only while there is no leader, so it can never take the role from one.
 * Teams' bot roster tells users from guests but not owners, so the rule cannot rest on ownership;
 * people the bot heard leave the team were refused before this (the departed guard). The reply goes
 * in the channel, so everyone sees who took the role.
 */
export async function claimLeadership(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const named = ctx.mentions[0];
  const self = named ?? (SELF.test(args.trim()) ? ctx.actor : null);
  if (!self)
    return [
      card(noticeCard({ title: t.noMention, message: t.noMention, example: t.commands.add.example, tone: 'error' })),
    ];
  const isActor =
    self.id === ctx.actor.id ||
    (!!self.aadObjectId && !!ctx.actor.aadObjectId && self.aadObjectId === ctx.actor.aadObjectId);
  if (!isActor) return [text(t.claimOnlySelf(self.name))];
  const person = { id: ctx.actor.id, aadObjectId: ctx.actor.aadObjectId, name: ctx.actor.name };
  await s.store.people.setRole(network.tenantId, network.networkId, person, 'leader', s.clock.now());
  ctx.log.info({ networkId: network.networkId }, 'leader role claimed in a network without a leader');
  return [text(t.claimed(ctx.actor.name))];
}
