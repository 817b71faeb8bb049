import type { Services } from '../app/services.ts';
import { planRules } from '../projects/plan-rules.ts';
import type { Deadline } from './deadline.ts';

// Month s15 #7b: the report checklist's auditor item («Revisorattestert regnskap når tilskuddet er over
// 200 000 kr») is answered for the network when a project holds the grant it got (Tildelt beløp), so the
// card says plainly whether it applies instead of leaving the reader to work it out.

/** What the network got and the auditor limit (seed 003 section 3, read by the plan check's rules). */
export interface NetworkGrant {
  amount: number;
  limit: number;
  /** The project the amount is from, «U1». */
  project: string;
}

/** A checklist item about the auditor's attestation. */
export const isAuditorItem = (item: string) => /revisor/iu.test(item);

/**
 * The largest grant received among the network's projects (the one the rule is about when there are
 * several), or null when none holds one or the deadline has no auditor item to answer.
 */
export async function networkGrant(s: Services, d: Deadline): Promise<NetworkGrant | null> {
  if (!d.checklist.some(isAuditorItem)) return null;
  const received = (await s.store.projects.list(d.tenantId, d.networkId))
    .filter((p) => p.plan.grant.received !== null)
    .sort((a, b) => b.plan.grant.received! - a.plan.grant.received!);
  const top = received[0];
  if (!top) return null;
  return { amount: top.plan.grant.received!, limit: planRules().auditor.limit, project: top.id };
}
