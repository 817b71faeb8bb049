import { z } from 'zod';
import { taskListCard } from '../../cards/task.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { cardNetwork, wrongNetworkCard } from '../conversation/guards.ts';
import { stillMemberOf } from '../conversation/membership.ts';
import type { RequestContext } from '../conversation/types.ts';
import { taskText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { localDateOf } from '../time/local-date.ts';
import { markLeftOwners } from './departed-owner.ts';
import { listKind } from './task-click.ts';

// The task lists: «oppgaver» (the network's open tasks) and «mine oppgaver» (the person's own).

export const listData = z.object({ networkId: z.string().min(1).max(300), list: listKind });

/** The open tasks of the network here, as the «oppgaver» card. */
export async function networkList(s: Services, network: Pick<Network, 'tenantId' | 'networkId' | 'name'>) {
  const tasks = await markLeftOwners(
    s.store,
    network,
    await s.store.tasks.listOpen(network.tenantId, network.networkId),
  );
  const anyDone =
    tasks.length > 0 ||
    (await s.store.tasks.listAll(network.tenantId, network.networkId)).some((x) => x.status === 'done');
  return taskListCard(tasks, {
    title: t.listTitle(network.name),
    empty: anyDone ? t.listEmpty : t.listNone,
    today: localDateOf(s.clock.now(), s.config.timezone),
    list: 'network',
  });
}

/** The person's own open tasks: in a channel this network's only, in the personal chat all of them. */
export async function myList(s: Services, ctx: RequestContext) {
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const here = ctx.scope.network;
  // Everyone in a channel or group chat reads the answer: there it lists this network's tasks only,
  // never those of the person's other networks. The personal chat shows them all.
  const tasks = (await s.store.tasks.listOpenForPerson(ctx.scope.tenantId, ctx.actor)).filter(
    (x) => !here || x.networkId === here.networkId,
  );
  if (here)
    return taskListCard(tasks, {
      title: t.myListTitleHere(here.name),
      empty: t.myListEmptyHere(here.name),
      today,
      list: 'mine',
      mine: ctx.actor,
    });
  const names = new Map<string, string>();
  const found: Network[] = [];
  for (const id of new Set(tasks.map((x) => x.networkId))) {
    const n = await s.store.networks.get(ctx.scope.tenantId, id);
    if (n) found.push(n);
  }
  // Not those of a network whose team the person left (attack round 9, A3: the card actions' rule).
  for (const n of (await stillMemberOf(s, ctx.scope.tenantId, ctx.actor, found)).member) names.set(n.networkId, n.name);
  const kept = tasks.filter((x) => names.has(x.networkId));
  return taskListCard(kept, {
    title: t.myListTitle,
    empty: t.myListEmpty,
    today,
    networkNames: names,
    list: 'mine',
    mine: ctx.actor,
  });
}

/** «Tilbake til listen» on a task card opened from a list: the list again, as it is now. */
export async function backToList(
  s: Services,
  ctx: RequestContext,
  data: z.infer<typeof listData>,
): Promise<ActionResult> {
  if (data.list === 'mine') return { kind: 'card', card: await myList(s, ctx) };
  const network = cardNetwork(ctx, data.networkId);
  if (!network) return wrongNetworkCard;
  return { kind: 'card', card: await networkList(s, network) };
}
