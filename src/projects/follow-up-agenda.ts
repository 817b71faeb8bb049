// What the agenda's «Følger vi planen?» item lists: the milestones due since the last meeting, each
// with its owner, and how to answer in the meeting. Read by the meetings feature when it fills item 4.
import type { Services } from '../app/services.ts';
import { planAgendaText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { dueSinceLastMeeting } from './follow-up.ts';

const MAX_LISTED = 6;

/** The item's detail line, or null when the network has no projects (the standing question then stands alone). */
export async function planAgendaDetail(
  s: Services,
  network: Pick<Network, 'tenantId' | 'networkId'>,
  date: string,
): Promise<string | null> {
  if (!(await s.store.projects.list(network.tenantId, network.networkId)).length) return null;
  const { since, due } = await dueSinceLastMeeting(s, network, date);
  if (!due.length) return t.noneDue(since ? formatShort(since) : null);
  const listed = due
    .slice(0, MAX_LISTED)
    .map((x) =>
      t.milestone(x.project.id, x.milestone.id, x.milestone.activity, formatShort(x.milestone.due!), x.milestone.owner),
    );
  const more = due.length > MAX_LISTED ? ` ${t.more(due.length - MAX_LISTED)}` : '';
  return `${t.due(due.length, since ? formatShort(since) : null)}: ${listed.join('; ')}.${more} ${t.howToAnswer}`;
}
