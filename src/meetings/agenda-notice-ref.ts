import { z } from 'zod';
import type { Services } from '../app/services.ts';
import type { Posted } from '../messaging/messenger.ts';
import type { Network } from '../networks/network.ts';

// Where a meeting's agenda notice was posted, so an item accepted after it can redraw that card for
// everyone instead of leaving members with the old agenda (month s13 #8). Kept as a network setting
// per meeting date; erased with the network's data like every setting.

const posted = z.object({ conversationId: z.string().min(1), activityId: z.string().min(1) });
const key = (date: string) => `agenda-notice:${date}`;

export async function rememberAgendaNotice(s: Services, n: Network, date: string, at: Posted): Promise<void> {
  await s.store.networks.setSetting(n.tenantId, n.networkId, key(date), {
    conversationId: at.conversationId,
    activityId: at.activityId,
  });
}

/** The posted notice of the meeting on `date`, or null when none was posted (or it was stored otherwise). */
export async function agendaNoticeOf(s: Services, n: Network, date: string): Promise<Posted | null> {
  const found = posted.safeParse(await s.store.networks.getSetting<unknown>(n.tenantId, n.networkId, key(date)));
  return found.success ? found.data : null;
}
