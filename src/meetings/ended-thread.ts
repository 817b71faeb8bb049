import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { readDelivered } from '../deadlines/delivered-by-words.ts';
import { helpText, meetingText as t } from '../i18n/index.ts';
import { formatShort } from '../time/local-date.ts';
import { inMeetingThread } from './running-meeting.ts';
import { readTaskStatusLine } from './task-status-phrase.ts';

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

/**
 * A task or deadline command as a line of its own: «oppgave T3 ferdig», «T3 er ferdig», «levert F1», «F1 er
 * levert». In the meeting they worked without the mention; after it they need one (month round 9, N4).
 */
function isTaskOrDeadlineLine(typed: string): boolean {
  const line = typed.normalize('NFC').trim();
  return (
    /^(?:oppgave|oppgåve)\s*:?\s*#?t\d{1,6}(?![\p{L}\p{N}])/iu.test(line) ||
    readTaskStatusLine(line) !== null ||
    !!readDelivered(line)
  );
}

/**
 * A line without the mention in an ended meeting's thread: «avslutt møte» again is told the meeting is
 * over; a task or deadline command gets the one-line «skriv @Nettverksboten først» once per person and
 * thread (month round 9, N4: a week later «oppgave T3 ferdig» there got no answer at all). Talk, null.
 */
export async function endAgainRemark(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: RequestContext,
  typed: string,
): Promise<Reply[] | null> {
  if (END_LINE.test(typed.normalize('NFC'))) return alreadyEnded(s, ctx);
  if (!ctx.scope.network || !ctx.scope.threadId || !isTaskOrDeadlineLine(typed)) return null;
  const n = networkHere(ctx);
  const here = (await s.store.meetings.ended(n.tenantId, n.networkId, 12)).find(
    (m) => m.thread && inMeetingThread(m, ctx.scope),
  );
  if (!here) return null;
  const first = await s.store.meetings.markHint(
    n.tenantId,
    n.networkId,
    here.id,
    `mention:${ctx.actor.id}`,
    s.clock.now(),
  );
  return first ? [text(helpText.mentionNeeded(typed.trim()))] : [];
}
