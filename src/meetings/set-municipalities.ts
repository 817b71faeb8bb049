import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { splitNames } from './municipalities.ts';
import { networkHere } from '../conversation/network.ts';

const MAX_NAMES = 60;
const MAX_NAME = 60;
const NAME = /^[\p{L}][\p{L}\p{N} .'-]*$/u;

/**
 * `kommuner` lists the network's municipalities; a leader sets them with `kommuner Nes, Eidsvoll, …`.
 * Attendance (`til stede alle`, "ikke registrert") and municipal task owners are checked against it.
 */
export async function municipalitiesCommand(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: RequestContext,
  args: string,
): Promise<Reply[]> {
  const network = networkHere(ctx);
  if (!args.trim()) {
    const list = await s.store.meetings.municipalities(network.tenantId, network.networkId);
    return [text(list.length ? t.municipalitiesAre(list.join(', ')) : t.municipalitiesNone)];
  }
  const refused = await requireLeader(s.store, ctx, t.municipalitiesWhat);
  if (refused) return [refused];
  const names = splitNames(args);
  for (const n of names) {
    const g = guard(n);
    if (!g.ok) return [text(g.message)];
    if (n.length > MAX_NAME || !NAME.test(n))
      return [
        card(noticeCard({ title: t.municipalityBad(n), example: t.commands.municipalities.example, tone: 'error' })),
      ];
  }
  if (!names.length || names.length > MAX_NAMES)
    return [
      card(noticeCard({ title: t.municipalitiesMissing, example: t.commands.municipalities.example, tone: 'error' })),
    ];
  await s.store.meetings.setMunicipalities(network.tenantId, network.networkId, names, ctx.actor, s.clock.now());
  return [text(t.municipalitiesSet(names.join(', ')))];
}
