// Month round 14, #5: the checklist and source a new deadline starts with follow the network's kind. A leader
// network applies on Bufdir's simplified form (Rammer og føringer 2024, section 5), not with the learning
// networks' project plan; with no kind known, the list holds for both and names the difference.
import type { Services } from '../app/services.ts';
import { deadlineText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { networkKind, type Kind } from '../networks/network-kind.ts';
import type { DeadlineKind } from './deadline.ts';

export interface DefaultChecklist {
  checklist: string[];
  source: string;
  /** True when the kind was unknown and the list covers both kinds, so the reply can say how to set it. */
  eitherKind: boolean;
}

/** The starting checklist for a deadline of `kind` in a network of `networkKind` (null: not known). */
export function checklistFor(kind: DeadlineKind, networkKind: Kind | null): DefaultChecklist {
  const differs = kind in t.leaderChecklists;
  const key = kind as keyof typeof t.leaderChecklists;
  if (!differs || networkKind === 'learning')
    return { checklist: [...t.checklists[kind]], source: t.sources[kind], eitherKind: false };
  if (networkKind === 'leaders')
    return { checklist: [...t.leaderChecklists[key]], source: t.leaderSources[key], eitherKind: false };
  return { checklist: [...t.eitherKindChecklists[key]], source: t.eitherKindSources[key], eitherKind: true };
}

/** The starting checklist for a deadline of `kind` in `network`, by the kind set or read from its name. */
export async function networkChecklist(s: Services, network: Network, kind: DeadlineKind): Promise<DefaultChecklist> {
  return checklistFor(kind, (await networkKind(s, network))?.kind ?? null);
}

/**
 * A deadline another network shared keeps its own checklist when its leaders wrote one; one still on the
 * sharing network's default is refitted to the receiving network's kind, with the source that goes with it.
 */
export async function refitShared(
  s: Services,
  network: Network,
  fields: { kind: DeadlineKind; checklist: string[]; source: string },
): Promise<{ checklist: string[]; source: string }> {
  const variants = (['learning', 'leaders', null] as const).map((k) => checklistFor(fields.kind, k));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const from = variants.find((v) => same(v.checklist, fields.checklist));
  if (!from) return { checklist: fields.checklist, source: fields.source };
  const to = await networkChecklist(s, network, fields.kind);
  return { checklist: to.checklist, source: fields.source.replace(from.source, to.source) };
}
