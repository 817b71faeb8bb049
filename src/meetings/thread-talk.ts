import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingLineText, meetingText as t } from '../i18n/index.ts';
import { guard } from '../privacy/guard.ts';
import { formatShort } from '../time/local-date.ts';
import { endAgainRemark } from './ended-thread.ts';
import type { MeetingRecord } from './repository.ts';
import { inMeetingThread, readRunningLog, runningMeeting } from './running-meeting.ts';
import { readTaskStatusLine } from './task-status-phrase.ts';
import { askNearMiss, nearMissEntry } from './keyword-typo.ts';
import { shorten } from '../conversation/reach.ts';
import { decisionPhrase } from './decision-phrase.ts';
import { standingOf } from '../networks/roles.ts';
import { keepAsked } from './waiting-lines.ts';
import { currentItem } from './log.ts';
import { plainEntry } from './meeting-lines.ts';

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
  if (!m) return endAgainRemark(s, ctx, typed);
  if (!inMeetingThread(m, ctx.scope)) return strayLine(s, ctx, m, typed);
  const g = guard(typed);
  if (!g.ok) return [text(g.message)];
  // «Vi vedtok at …» is how a leader types a decision in the minutes (month s15 #1): kept as one, with the
  // stored text shown back and «angre» named, so a line read wrongly is one word away from gone. The same
  // words are members' chat too («Vi bestemte oss for å ta kaffepause»), so a looser phrase, or any such
  // line from someone not a leader, is only asked about (review s15 #4): one button, single-use.
  const phrase = decisionPhrase(typed);
  if (phrase === 'firm' && (await standingOf(s.store, ctx)) === 'leader') {
    const replies = await plainEntry(s, ctx, typed, 'decision', typed);
    const ack = replies[0];
    return ack?.kind === 'text' && replies.length === 1 ? [text(`${ack.text}\n\n${t.decisionRead}`)] : replies;
  }
  if (phrase) return askDecision(s, ctx, m, typed);
  // People talk among themselves in the meeting thread: the full hint comes once per person and meeting, or
  // the bot would answer every line of their chat. After it a plain line is never dropped without a word
  // for long: one short line at most every REMARK_AGAIN_MINUTES in each meeting, whoever writes (s15 #1).
  // The store keeps the marks, so a restart or a second instance does not repeat them.
  if (
    ctx.mentionedBot === false &&
    !(await s.store.meetings.markHint(m.tenantId, m.networkId, m.id, `remark:${ctx.actor.id}`, s.clock.now()))
  ) {
    const slot = Math.floor(s.clock.now().getTime() / (REMARK_AGAIN_MINUTES * 60_000));
    const again = await s.store.meetings.markHint(m.tenantId, m.networkId, m.id, `remark-again:${slot}`, s.clock.now());
    return again ? [text(t.remarkAgain)] : [];
  }
  return [
    card(
      noticeCard({
        title: t.remarkTitle,
        message: t.remarkHint,
        // A line about a task gets the task's own commands, never «info:» (month round 6, N8): a note
        // saying a task has a new owner would leave the task itself as it was.
        example: taskIdOpening(typed) ? t.remarkTaskExample(taskIdOpening(typed)!) : noteExample(typed),
        typed,
        tone: 'info',
      }),
    ),
  ];
}

/**
 * «Før som vedtak?» with the line shown as it would be stored: the near-miss card's button (meeting.line),
 * so the press is single-use, for the writer or a leader, and «avslutt møte» names it if nobody presses.
 */
async function askDecision(s: Services, ctx: RequestContext, m: MeetingRecord, typed: string): Promise<Reply[]> {
  const line = `vedtak: ${typed.trim()}`;
  const replies = askNearMiss(m.networkId, { word: 'vedtak', line }, undefined, {
    title: t.decisionAsk.title,
    message: t.decisionAsk.message,
    button: t.decisionAsk.button,
  });
  const entries = await readRunningLog(s, m);
  await keepAsked(s, m, ctx, entries, line, currentItem(entries));
  return replies;
}

/** How often, at most, a meeting hears that a plain line was not stored. */
const REMARK_AGAIN_MINUTES = 10;

/**
 * The line to copy as a note: the line itself when it is short enough to be one, else a complete example,
 * never a cut-off text (month s15 #14): copied, a half sentence would be stored. A question is no note.
 */
function noteExample(typed: string): string {
  const line = typed.trim();
  return line.length <= 80 && !/[\n?]/u.test(line) ? `info: ${line}` : t.commands.note.example;
}

/** «T2» when the line opens with a task number («T2 tar Ola over …»), else null. */
function taskIdOpening(typed: string): string | null {
  return /^\s*#?(t\d{1,6})(?![\p{L}\p{N}])/iu.exec(typed)?.[1]?.toUpperCase() ?? null;
}

// The words a meeting line starts with (src/meetings/commands.ts), as people write them at the start of a
// post: a label with a colon («vedtak:», «Info -»), or the steering words with what follows them.
const LABELLED_LINE = /^(?:vedtak|beslutning|info|notat|gjort|lært|lurt)\s*[:–—-]\s*\S/iu;
// «oppgave» opens chat too («oppgave 3 var vanskelig»): only with an owner or a task id after it.
const TASK_LINE = /^(?:oppgave|oppgåve)(?:\s*:|\s+(?:@|\p{Lu}|#?[tT]\d))/u;
const ATTENDANCE_LINE = /^(?:til stede|tilstede|til stades|forfall|fråfall)(?:\s*:|\s+\p{L})/u;

/** Whether a post reads as a line for the minutes, not as talk: only those get the hint beside a meeting. */
export function looksLikeMeetingLine(typed: string): boolean {
  const line = typed
    .normalize('NFC')
    .replace(/^[\s*•·>-]+/u, '')
    .trim();
  const lower = line.charAt(0).toLowerCase() + line.slice(1);
  return (
    LABELLED_LINE.test(line) ||
    TASK_LINE.test(lower) ||
    ATTENDANCE_LINE.test(lower) ||
    readTaskStatusLine(line) !== null ||
    // A misspelt keyword («vedatk:», «infi:») is the same meeting line (month round 8b, N1/N26).
    nearMissEntry(line) !== null
  );
}

/**
 * With RSC the bot receives every channel post. A meeting line posted as a new post in the channel, or
 * as a reply in another thread (the agenda post just above is the natural slip), while the meeting runs
 * in its own thread is not stored, and the person hears, in the thread it was written in, where to write
 * it, with the text shown back: at length the first time in each meeting, in one short line after that. Ordinary chat is left alone; an @mention
 * gets the commands' own answer.
 */
async function strayLine(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: RequestContext,
  m: MeetingRecord,
  typed: string,
): Promise<Reply[] | null> {
  if (ctx.mentionedBot !== false || ctx.scope.conversationType !== 'channel') return null;
  if (!looksLikeMeetingLine(typed)) return null;
  const root = !ctx.scope.threadId || ctx.scope.threadId === ctx.scope.activityId;
  const g = guard(typed);
  // The full hint comes once per person and meeting; after it, every further misplaced line still gets a
  // short answer naming it (month round 6b, N3): a meeting line typed beside the meeting is never lost silently.
  if (!(await s.store.meetings.markHint(m.tenantId, m.networkId, m.id, `stray:${ctx.actor.id}`, s.clock.now())))
    return [text(g.ok ? t.strayAgain(shorten(typed, 200)) : g.message)];
  return [
    card(
      noticeCard({
        title: meetingLineText.strayTitle(formatShort(m.date)),
        message: root ? meetingLineText.strayHint : t.strayReplyHint,
        // A number that must not be stored is not posted back either: the guard says why instead.
        typed: g.ok ? typed : undefined,
        // A misspelt keyword: the line as meant, to copy into the meeting thread.
        ...(g.ok && nearMissEntry(typed) ? { example: nearMissEntry(typed)!.line } : {}),
        tone: 'info',
      }),
    ),
    ...(g.ok ? [] : [text(g.message)]),
  ];
}
