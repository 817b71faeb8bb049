import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { formatShort } from '../time/local-date.ts';
import { inMeetingThread } from './running-meeting.ts';

// A meeting that has ended still has its thread, where the chair may type «avslutt møte» again
// (a double send, or not seeing the minutes yet). There the answer is that it is over (round 8 N22).

/** «avslutt møte» as the end command's words (src/meetings/commands.ts) stand alone on a line. */
const END_LINE = /^\s*(?:avslutt\s+møtet?|møteslutt)\s*[.!]*\s*$/iu;

/** The reply to «avslutt møte» in the thread of a meeting that has ended, or null elsewhere. */
export async function alreadyEnded(s: Pick<Services, 'store'>, ctx: RequestContext): Promise<Reply[] | null> {
  if (!ctx.scope.network || !ctx.scope.threadId) return null;
  const n = networkHere(ctx);
  const ended = await s.store.meetings.ended(n.tenantId, n.networkId, 3);
  const here = ended.find((m) => m.thread && inMeetingThread(m, ctx.scope));
  return here ? [text(t.alreadyEnded(formatShort(here.date)))] : null;
}

/** A line without the mention: only the end command, in an ended meeting's thread, is the meeting's. */
export async function endAgainRemark(
  s: Pick<Services, 'store'>,
  ctx: RequestContext,
  typed: string,
): Promise<Reply[] | null> {
  return END_LINE.test(typed.normalize('NFC')) ? alreadyEnded(s, ctx) : null;
}
