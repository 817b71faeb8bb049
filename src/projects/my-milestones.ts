// Month round 15, #8: a milestone's owner is the plan's «Ansvar», a name or a municipality as typed,
// so «mine oppgaver» never showed the milestones a person is responsible for. A person whose Teams
// name is the owner's name (as written, case and spacing aside) is that owner.
import type { Services } from '../app/services.ts';
import { stillMemberOf } from '../conversation/membership.ts';
import type { RequestContext } from '../conversation/types.ts';
import { myMilestonesText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { milestoneDeadlines } from './milestones.ts';
import { milestonesOf } from './project.ts';

const norm = (x: string) => x.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/gu, ' ').trim();

/** Whether a milestone's owner field names this person: the whole field, or one of «Per Olsen og Nes». */
export function ownerNames(owner: string, name: string): boolean {
  const want = norm(name);
  if (!want) return false;
  return norm(owner)
    .split(/\s*(?:,|;|\/|&|\bog\b)\s*/u)
    .some((part) => part === want);
}

/** The person's milestones not yet delivered, as lines; in a channel this network's only. */
export async function myMilestoneLines(s: Services, ctx: RequestContext): Promise<string[]> {
  const here = ctx.scope.network;
  let networks: Network[];
  if (here) networks = [here];
  else {
    const all = (await s.store.networks.listActive(ctx.scope.tenantId)).filter(
      (n) => n.tenantId === ctx.scope.tenantId,
    );
    // Only networks the person is still in: the plan names people, not their rights.
    networks = (await stillMemberOf(s, ctx.scope.tenantId, ctx.actor, all)).member;
  }
  const lines: string[] = [];
  for (const n of networks) {
    for (const p of await s.store.projects.list(n.tenantId, n.networkId)) {
      const mine = milestonesOf(p.plan).filter((x) => ownerNames(x.milestone.owner, ctx.actor.name));
      if (!mine.length) continue;
      const deadlines = await milestoneDeadlines(s, p);
      for (const { milestone: m } of mine) {
        const d = deadlines.get(m.id);
        if (d?.status === 'done') continue;
        lines.push(
          t.line(
            here ? null : n.name,
            p.id,
            m.id,
            m.activity,
            d ? `${d.id} ${formatShort(d.date)}` : m.due ? formatShort(m.due) : m.when || null,
          ),
        );
      }
    }
  }
  return lines;
}
