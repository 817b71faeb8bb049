// «oppbevaring [måneder]»: how long minutes are kept, said or (by a leader) set.
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { rightsText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { RETENTION, retentionMonths } from './retention.ts';

/** What «oppbevaring» was given, without a trailing unit («18 måneder», «18 mnd.»). */
export function retentionWords(args: string): string {
  return args.trim().replace(/\s*(måneder|måned|mnd\.?)$/i, '');
}

/** A whole number of months written plainly, or NaN. */
export function retentionMonthsOf(typed: string): number {
  return /^\d{1,6}$/.test(typed) ? Number(typed) : NaN;
}

export async function retention(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const n = networkHere(ctx);
  const typed = retentionWords(args);
  if (!typed) {
    const r = await retentionMonths(s, n);
    return [text(t.retentionNow(r.months, r.isDefault))];
  }
  const refused = await requireLeader(s.store, ctx, t.retentionWhat);
  if (refused) return [refused];
  const months = retentionMonthsOf(typed);
  if (!(months >= RETENTION.minMonths && months <= RETENTION.maxMonths)) {
    // A whole number was understood; only its size is wrong, and the title says which way.
    const title = Number.isNaN(months)
      ? t.retentionBadTitle
      : months < RETENTION.minMonths
        ? t.retentionTooShort(months, RETENTION.minMonths, RETENTION.maxMonths)
        : t.retentionTooLong(months, RETENTION.minMonths, RETENTION.maxMonths);
    return [
      card(
        noticeCard({
          title,
          message: t.retentionBad(typed, RETENTION.minMonths, RETENTION.maxMonths),
          example: t.commands.retention.example,
          tone: 'error',
        }),
      ),
    ];
  }
  await s.store.networks.setSetting(n.tenantId, n.networkId, RETENTION.setting, months);
  return [text(t.retentionSet(months))];
}
