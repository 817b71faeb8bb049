import type { Services } from '../app/services.ts';
import { milestonesOf, type Project } from '../projects/project.ts';
import { planRules } from '../projects/plan-rules.ts';
import type { Deadline } from './deadline.ts';

// Month s15 #7b: the report checklist's auditor item («Revisorattestert regnskap når tilskuddet er over
// 200 000 kr») is answered for the network from the grants its projects hold (Tildelt beløp), so the card
// says what the bot knows instead of leaving the reader to work it out. Review s15 #3: the limit is about
// the year the report covers (seed 003: «beløp over kr. 200 000», the tilskuddsbrev sets the terms), so only
// that year's grants count, summed over the projects; and the bot never tells a network to set an audit
// requirement aside on its own reckoning: under the limit it only says what is registered. Review s16 #2: a
// plan holds what was received, not the year it was granted for; the projects that run in the report year
// are the best reading there is, and the card says so rather than «for <år>».

/** What the network got for the report's year, as far as the projects say, and the auditor limit. */
export interface NetworkGrant {
  /** The grants summed over the projects that run in `year` (each grant whole: the plan gives no year for it). */
  amount: number;
  limit: number;
  /** The year the report is about. */
  year: number;
  /** The projects counted, «U1», «U2». */
  projects: string[];
  /**
   * Projects that hold a grant but whose plan gives no dates, so it cannot be told whether it belongs to
   * `year`: the sum may be short.
   */
  undated: string[];
}

/** A checklist item about the auditor's attestation. */
export const isAuditorItem = (item: string) => /revisor/iu.test(item);

/**
 * The year a report is about: a year named in its title («Rapportering … for 2026»), else the year before
 * the deadline's (the report is due 1 March the year after, seed 000).
 */
export function reportYear(d: Pick<Deadline, 'title' | 'date'>): number {
  const named = /(?<!\d)(20\d\d)(?!\d)/u.exec(d.title);
  return named ? Number(named[1]) : Number(d.date.slice(0, 4)) - 1;
}

/** The years a project's milestones fall in, from the first to the last; null when none has a date. */
function yearsOf(p: Project): [number, number] | null {
  const years = milestonesOf(p.plan)
    .flatMap(({ milestone }) => [milestone, ...milestone.steps])
    .map((m) => m.due)
    .filter((due): due is string => due !== null)
    .map((due) => Number(due.slice(0, 4)));
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/**
 * The report year's grants summed over the network's projects, or null when the deadline has no auditor
 * item or no project holds a grant that may be for that year.
 */
export async function networkGrant(s: Services, d: Deadline): Promise<NetworkGrant | null> {
  if (!d.checklist.some(isAuditorItem)) return null;
  const year = reportYear(d);
  const granted = (await s.store.projects.list(d.tenantId, d.networkId)).filter((p) => p.plan.grant.received !== null);
  const dated = granted.map((p) => ({ p, years: yearsOf(p) }));
  const counted = dated.filter(({ years }) => years && years[0] <= year && year <= years[1]).map(({ p }) => p);
  const undated = dated.filter(({ years }) => years === null).map(({ p }) => p.id);
  if (!counted.length && !undated.length) return null;
  return {
    amount: counted.reduce((sum, p) => sum + p.plan.grant.received!, 0),
    limit: planRules().auditor.limit,
    year,
    projects: counted.map((p) => p.id),
    undated,
  };
}
