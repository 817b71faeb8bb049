import type { Services } from '../../app/services.ts';
import type { RequestContext } from '../../conversation/types.ts';
import type { Network } from '../../networks/network.ts';
import { myNetworks } from '../../conversation/membership.ts';
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
 * Networks a person in a personal chat belongs to: the one rule every personal chat uses (a recorded role, a line in the
 * channel, a task there, or else Teams' roster; not a team the person left). A member holds no role; with roles only, a
 * leader's saved answer reached her in the channel but not in her personal chat (N23). With seen-in-the-channel only, a
 * member who had never written there got both network kinds' rules in her personal chat, since her network, and so its
 * kind, was unknown (month s15 #10).
 */
export async function networksOf(s: Services, ctx: RequestContext): Promise<Network[]> {
  return (await myNetworks(s, ctx)).member;
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
