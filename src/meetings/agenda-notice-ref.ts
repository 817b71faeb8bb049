import { z } from 'zod';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import type { RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { formatShort } from '../time/local-date.ts';
import type { Posted } from '../messaging/messenger.ts';
import type { Network } from '../networks/network.ts';

// Where a meeting's agenda notice was posted, so an item accepted after it can redraw that card for
// everyone instead of leaving members with the old agenda (month s13 #8). Kept as a network setting
// per meeting date; erased with the network's data like every setting.

// `changed` is the last «Lagre fast agenda» that redrew the notice, so a later redraw (an accepted
// proposal) keeps its «Agendaen ble endret … av …» line (review s14 #12).
const posted = z.object({
  conversationId: z.string().min(1),
  activityId: z.string().min(1),
  changed: z.object({ date: z.string(), by: z.string() }).optional(),
});
export type AgendaNotice = z.infer<typeof posted>;
const key = (date: string) => `agenda-notice:${date}`;

export async function rememberAgendaNotice(s: Services, n: Network, date: string, at: Posted): Promise<void> {
  await s.store.networks.setSetting(n.tenantId, n.networkId, key(date), {
    conversationId: at.conversationId,
    activityId: at.activityId,
  });
}

/** The posted notice of the meeting on `date`, or null when none was posted (or it was stored otherwise). */
export async function agendaNoticeOf(s: Services, n: Network, date: string): Promise<AgendaNotice | null> {
  const found = posted.safeParse(await s.store.networks.getSetting<unknown>(n.tenantId, n.networkId, key(date)));
  return found.success ? found.data : null;
}

/** The fixed agenda was changed on `on` by `by` after the notice of `date` was posted. */
export async function noteAgendaChanged(s: Services, n: Network, date: string, on: string, by: string): Promise<void> {
  const notice = await agendaNoticeOf(s, n, date);
  if (notice)
    await s.store.networks.setSetting(n.tenantId, n.networkId, key(date), { ...notice, changed: { date: on, by } });
}

/**
 * A notice posted for a meeting that was then moved or cancelled kept saying the old day, and a holiday
 * note asking the leaders to choose, to everyone who scrolled back (month s15 #15): it is redrawn to say
 * what happened, in the words the channel was told (`what`).
 */
export async function retireAgendaNotice(
  s: Services,
  ctx: Pick<RequestContext, 'log'>,
  n: Network,
  date: string,
  what: string,
): Promise<void> {
  const notice = await agendaNoticeOf(s, n, date);
  if (!notice) return;
  const where = { ...n.conversation, conversationId: notice.conversationId };
  await s.messenger
    .update(where, notice.activityId, {
      card: noticeCard({ title: t.notice.retired(formatShort(date)), message: what, tone: 'info' }),
      summary: t.notice.retired(formatShort(date)),
    })
    .catch((err) =>
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not redraw the old agenda notice'),
    );
}
