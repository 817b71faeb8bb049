import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { guard } from '../privacy/guard.ts';
import { inMeetingThread, runningMeeting } from './running-meeting.ts';

// Talk in the meeting thread that is no command: the meeting listens to it, and says once how to record it.

/** Whether the meeting claims the message: it is written in the running meeting's own thread. */
export async function listensInMeeting(s: Services, ctx: RequestContext): Promise<boolean> {
  const n = ctx.scope.network;
  if (!n) return false;
  await s.store.meetings.noteUnmentioned(n.tenantId, n.networkId, s.clock.now());
  const m = await runningMeeting(s, ctx);
  return !!m && inMeetingThread(m, ctx.scope);
}

/** A line of plain talk in the meeting thread: the hint how to put it in the minutes, or nothing. */
export async function remarkInMeeting(s: Services, ctx: RequestContext, typed: string): Promise<Reply[] | null> {
  if (!ctx.scope.network) return null;
  const m = await runningMeeting(s, ctx);
  if (!m || !inMeetingThread(m, ctx.scope)) return null;
  const g = guard(typed);
  if (!g.ok) return [text(g.message)];
  // People talk among themselves in the meeting thread: the hint comes once per person and meeting, or the
  // bot would answer every line of their chat. Asked by name, it always answers. The store keeps the mark,
  // so a restart or a second instance does not repeat it.
  if (
    ctx.mentionedBot === false &&
    !(await s.store.meetings.markHint(m.tenantId, m.networkId, m.id, `remark:${ctx.actor.id}`, s.clock.now()))
  )
    return [];
  return [
    card(
      noticeCard({
        title: t.remarkTitle,
        message: t.remarkHint,
        example: `info: ${typed.length > 60 ? `${typed.slice(0, 57)}…` : typed}`,
        typed,
        tone: 'info',
      }),
    ),
  ];
}
