import type { Services } from '../../app/services.ts';
import type { RequestContext } from '../../conversation/types.ts';
import type { Network } from '../../networks/network.ts';
import { stillMemberOf } from '../../conversation/membership.ts';
import { guard } from '../../privacy/guard.ts';
import type { Guidelines } from '../guidelines.ts';
import type { LocalEntries } from '../local-entries.ts';
import type { PreviousQuestions } from './previous-question.ts';

// What the guidelines use cases share: the services, the loaded knowledge and the networks' own answers.

export interface GuidelinesDeps {
  s: Services;
  guidelines: Guidelines;
  local: LocalEntries;
  /** Each person's last question per conversation, for a short follow-up ("og hva med ledernettverkene?"). */
  previous: PreviousQuestions;
}

/**
 * Networks a person in a personal chat belongs to, as far as the bot knows: a recorded role, or seen writing to the bot
 * in the network's channel (N2). A member holds no role; with roles only, a leader's saved answer reached her in the
 * channel but not in her personal chat (N23), and personal chat could not hand her question on.
 */
export async function networksOf(s: Services, ctx: RequestContext): Promise<Network[]> {
  const ids = await s.store.people.memberNetworksOf(ctx.scope.tenantId, ctx.actor);
  const found = await Promise.all(ids.map((id) => s.store.networks.get(ctx.scope.tenantId, id)));
  const active = found.filter((n): n is Network => Boolean(n?.active));
  // Not a network whose team the person left (attack round 9, A3): its saved answers and its leaders are its members'.
  return (await stillMemberOf(s, ctx.scope.tenantId, ctx.actor, active)).member;
}

/**
 * The one gate for text from members before this feature stores or posts it (questions, saved answers):
 * the shared identity-number guard, so every spelling it knows is refused here too.
 */
export function checkPrivacy(text: string): { ok: boolean; childRefusal?: string } {
  const g = guard(text);
  // A child's name (N2) is refused in the guard's own words; an identity number in this feature's.
  return g.ok ? { ok: true } : { ok: false, ...(g.child ? { childRefusal: g.message } : {}) };
}
