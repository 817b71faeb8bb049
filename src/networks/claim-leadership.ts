import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { roleCommandText as t } from '../i18n/index.ts';
import type { Network, Person } from './network.ts';
import { leaderName, leadersOf } from './roles.ts';

/** «leder + meg», «leder + selv»: oneself, written without the @mention. */
const SELF = /^@?(meg|meg selv|selv|meg sjøl|sjøl)\.?$/i;

/**
 * A network without a leader (the last one left the team, or the bot arrived without an install
 * event naming who added it) gets one the way the bot announces it (N10): a person in the team's
 * channel names themselves with «leder + @dittnavn». Only oneself, so nobody hands the network to
 * someone who did not ask; only while there is no leader, so it can never take the role from one.
 * Teams' bot roster tells users from guests but not owners, so the rule cannot rest on ownership;
 * people the bot heard leave the team were refused before this (the departed guard). Municipalities
 * in other tenants take part as guests of the host's team (README), so a cross-municipal network's
 * leader may well be a guest: a Teams guest who is a member of the team claims like anyone else.
 * Refused here are only those Teams cannot name (anonymous, no Entra account) and, where
 * ALLOWED_TENANT_IDS lists the tenants taking part, a home tenant not among them. The claim is one conditional write in the store: of two people naming
 * themselves at the same moment, on one instance or two, one gets the role and the other is told
 * who did. The reply goes in the channel, so everyone sees who took the role.
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
  const refusal = await claimRefusal(s, network, ctx.actor);
  if (refusal === 'unknown') {
    ctx.log.warn({ networkId: network.networkId }, 'leader claim: Teams could not say who the claimant is');
    return [text(t.claimUnchecked)];
  }
  if (refusal) {
    ctx.log.info({ networkId: network.networkId, refusal }, 'leader claim refused');
    return [text(refusal === 'anonymous' ? t.claimAnonymous : t.claimTenantNotListed)];
  }
  const person = { id: ctx.actor.id, aadObjectId: ctx.actor.aadObjectId, name: ctx.actor.name };
  if (!(await s.store.people.claimLeadership(network.tenantId, network.networkId, person, s.clock.now()))) {
    const leaders = await leadersOf(s.store, network.tenantId, network.networkId);
    return [text(t.claimTakenMeanwhile(leaders.map(leaderName).join(', ')))];
  }
  ctx.log.info({ networkId: network.networkId }, 'leader role claimed in a network without a leader');
  return [text(t.claimed(ctx.actor.name))];
}

/**
 * Why Teams' word on the person rules the claim out, or null: 'anonymous' for someone without an
 * Entra account in the activity or a roster entry with `userRole` anonymous; 'tenant' for a home
 * tenant that is neither the team's nor among those ALLOWED_TENANT_IDS lists (only when it lists
 * any). A guest (`userRole` guest) is a member like any other. A person the roster does not list is
 * not judged here (the departed guard answers for leavers); 'unknown' when Teams could not be asked.
 */
async function claimRefusal(
  s: Services,
  network: Network,
  actor: Person,
): Promise<'anonymous' | 'tenant' | 'unknown' | null> {
  if (!actor.aadObjectId) return 'anonymous';
  if (!s.roster) return null;
  let member;
  try {
    member = await s.roster.member(network, actor.aadObjectId);
  } catch {
    return 'unknown';
  }
  if (!member) return null;
  if (member.userRole?.toLowerCase() === 'anonymous') return 'anonymous';
  const home = member.tenantId?.toLowerCase();
  const listed = s.config.listedTenantIds.map((id) => id.toLowerCase());
  if (home && listed.length && home !== network.tenantId.toLowerCase() && !listed.includes(home)) return 'tenant';
  return null;
}
