// Whether a network is a learning network (læringsnettverk) or a leader network (barnevernsledernettverk):
// many grant rules differ between the two, and a question rarely says which. Set by a leader, else read
// from the team's name; unknown leaves the answers covering both kinds, as before.
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { networkKindText as t } from '../i18n/index.ts';
import type { Network } from './network.ts';
import { requireLeader } from './roles.ts';

export type Kind = 'learning' | 'leaders';

const SETTING = 'network-kind';

/** The kind a word names: «ledernettverk», «barnevernsledernettverket», «læring», «laeringsnettverk», «leder». */
export function kindNamed(words: string): Kind | null {
  const w = words.trim().toLowerCase().replace(/æ/g, 'ae');
  if (!w) return null;
  if (/^(?:barnevern)?s?leder(?:e|nettverk(?:et)?)?$|^(?:barnevern)?ledernettverk(?:et)?$/.test(w)) return 'leaders';
  if (/^l(?:ae|a|e)rings?(?:nettverk(?:et)?)?$/.test(w)) return 'learning';
  return null;
}

/** The kind a team's name suggests («Barnevernsledernettverket Øst», «Læringsnettverk Romerike»), or null. */
export function kindFromName(name: string): Kind | null {
  const n = name.toLowerCase();
  const leaders = /ledernettverk|ledernett\b|barnevernsleder/.test(n);
  const learning = /l(?:æ|ae)rings(?:nettverk|-)/.test(n);
  return leaders === learning ? null : leaders ? 'leaders' : 'learning';
}

/** The network's kind and whether it was only read from the name. */
export async function networkKind(s: Services, n: Network): Promise<{ kind: Kind; fromName: boolean } | null> {
  const set = await s.store.networks.getSetting<unknown>(n.tenantId, n.networkId, SETTING);
  if (set === 'learning' || set === 'leaders') return { kind: set, fromName: false };
  const named = kindFromName(n.name);
  return named ? { kind: named, fromName: true } : null;
}

/** «nettverkstype» shows it; «nettverkstype ledernettverk» (a leader) sets it. */
export async function networkKindCommand(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const n = networkHere(ctx);
  const typed = args.trim();
  if (!typed) {
    const now = await networkKind(s, n);
    return [text(now ? t.now(t.name[now.kind], now.fromName) : t.unknown)];
  }
  const refused = await requireLeader(s.store, ctx, t.kindWhat);
  if (refused) return [refused];
  const kind = kindNamed(typed);
  if (!kind)
    return [
      card(noticeCard({ title: t.badTitle, message: t.bad(typed), example: t.commands.kind.example, tone: 'error' })),
    ];
  await s.store.networks.setSetting(n.tenantId, n.networkId, SETTING, kind);
  // Month s15 #7a: a network setting up with no deadlines yet is offered the grant's fixed ones at once.
  const offer = await s.knownDeadlinesOffer?.(n.tenantId, n.networkId);
  return offer ? [text(t.set(t.name[kind])), card(offer)] : [text(t.set(t.name[kind]))];
}
