import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { card, type AdaptiveCard, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { standingOf } from '../networks/roles.ts';
import { redactText } from '../privacy/redact.ts';
import { formatShort } from '../time/local-date.ts';
import { checkEntryTextKnowing } from './entry-check.ts';
import { stripEntryPunctuation } from './entry-parser.ts';
import { confirmedLine, type EntryWord } from './keyword-typo.ts';
import type { Entry } from './log.ts';
import { minutesCardFor, redrawPostedMinutes } from './minutes-view.ts';
import type { MeetingRecord } from './repository.ts';
import { appendEntry, inMeetingThread, newEntryId, readLog, readRunningLog } from './running-meeting.ts';
import { answerClickedCard } from '../conversation/clicked-card.ts';
import { networkHere } from '../conversation/network.ts';

// Month round 8b, N6: a «Mente du «info:»?» line waits for its button. The question is kept in the
// meeting log (an «asked» entry), so ending the meeting names what still waits, and the button pressed
// after the end adds the line to the minutes just ended, as a correction, instead of being refused.

/** The most buttons one card offers; Teams shows a handful of actions well. */
const MAX_BUTTONS = 5;
/** How many words of a waiting line the end reply shows. */
const FIRST_WORDS = 8;
/** A retyped line counts as the asked one with more after it only from this many words: «ok» is no line. */
const MIN_WORDS_RETYPED = 3;

/** What a confirmed line reads as: «info: x» → note «x», as the meeting line stores it (before the input check). */
function readAs(line: string): { kind: 'note' | 'decision'; text: string } | null {
  const l = confirmedLine(line);
  return l ? { kind: l.kind, text: stripEntryPunctuation(l.args).trim() } : null;
}

/**
 * The saved text a confirmed line would get, after the input check knowing the network's members
 * (review 1, M2: a line naming a member is kept and saved as the line itself is), or null.
 */
async function savedAs(
  s: Pick<Services, 'store' | 'clock' | 'roster' | 'log'>,
  ctx: RequestContext,
  line: string,
): Promise<{ kind: 'note' | 'decision'; text: string } | null> {
  const l = confirmedLine(line);
  if (!l) return null;
  const c = await checkEntryTextKnowing(s, ctx, stripEntryPunctuation(l.args));
  return c.ok ? { kind: l.kind, text: c.text } : null;
}

const same = (a: string) => a.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nb');

/** Whether `text` is `want` typed again with more after it («vedtak: X, og Y» for «X»): a few words at least. */
const extendsLine = (text: string, want: string) =>
  want.split(' ').length >= MIN_WORDS_RETYPED &&
  text.startsWith(want) &&
  /^[^\p{L}\p{N}]/u.test(text.slice(want.length));

/**
 * The entry that holds an asked line: saved with the button, or typed again (as it was, or with more
 * after it) by its writer after the question. One rule, so the end's list and the button agree.
 */
function holding(entries: readonly Entry[], asked: Extract<Entry, { kind: 'asked' }>): Entry | undefined {
  // Only a line that passed the input check is ever kept as asked (keepAsked), so it is read here as typed.
  const want = readAs(asked.text);
  if (!want) return undefined;
  const at = entries.indexOf(asked);
  return entries.find(
    (e, i) =>
      e.kind === want.kind &&
      (same(e.text) === same(want.text) ||
        (i > at && e.author.id === asked.author.id && extendsLine(same(e.text), same(want.text)))),
  );
}

/** The lines asked about in this log and not saved since, once each, in the order they were asked. */
export function waitingLines(entries: readonly Entry[]): Extract<Entry, { kind: 'asked' }>[] {
  const seen = new Set<string>();
  return entries.filter((e): e is Extract<Entry, { kind: 'asked' }> => {
    if (e.kind !== 'asked' || seen.has(same(e.text)) || holding(entries, e)) return false;
    seen.add(same(e.text));
    return true;
  });
}

/** Keeps the question in the running meeting's log, so the end can name the line if nobody presses. */
export async function keepAsked(
  s: Pick<Services, 'store' | 'clock' | 'roster' | 'log'>,
  m: MeetingRecord,
  ctx: RequestContext,
  entries: readonly Entry[],
  line: string,
  item: number,
): Promise<void> {
  if (entries.some((e) => e.kind === 'asked' && same(e.text) === same(line)) || !(await savedAs(s, ctx, line))) return;
  await appendEntry(s, m, {
    id: await newEntryId(s, m),
    at: s.clock.now().toISOString(),
    author: ctx.actor,
    item,
    kind: 'asked',
    text: line,
  });
}

const firstWords = (line: string) => {
  const words = redactText(line).split(/\s+/u);
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')} …` : words.join(' ');
};

/** The end reply's card for lines still waiting: how many, their first words, a button for each. */
export function waitingCard(networkId: string, m: MeetingRecord, waiting: readonly { text: string }[]): Reply[] {
  if (!waiting.length) return [];
  const notice = noticeCard({
    title: t.waiting.title(waiting.length),
    message: `${t.waiting.message(formatShort(m.date))}\n\n${waiting.map((w) => `- ${firstWords(w.text)}`).join('\n')}`,
    tone: 'info',
  });
  const actions = waiting.slice(0, MAX_BUTTONS).map((w) => {
    const word = w.text.slice(0, w.text.indexOf(':')) as EntryWord;
    return {
      type: 'Action.Execute',
      title: t.waiting.button(`${word}:`, firstWords(w.text.slice(w.text.indexOf(':') + 1).trim()).slice(0, 30)),
      verb: 'meeting.line',
      data: { networkId, line: w.text },
    };
  });
  return [card({ ...notice, actions })];
}

/** The posted «Mente du …?» card once its line is saved: who saved it, the line, and no button. */
function savedCard(by: string, line: string, said?: string): AdaptiveCard {
  return noticeCard({ title: t.nearMiss.savedBy(by), message: said, example: line, tone: 'ok' });
}

/**
 * «Lagre som» pressed, in the running meeting's thread or after its end: the line asked about is saved
 * once (month s12, #1: every press, by anyone, saved it again). Only its writer or a leader may press;
 * a line already held (pressed before, or typed again by its writer) is named with who saved it. In the
 * running meeting the posted card then reads «Lagret av …» for everyone. After the end the line goes into
 * the minutes just ended as a correction (N6); that card lists several lines, so it is left as it is.
 * Null when the line was never asked about there: the caller answers as before.
 */
export async function saveAskedLine(s: Services, ctx: RequestContext, line: string): Promise<ActionResult | null> {
  if (!ctx.scope.threadId) return null;
  const n = networkHere(ctx);
  const running = await s.store.meetings.running(n.tenantId, n.networkId);
  const m =
    running && inMeetingThread(running, ctx.scope)
      ? running
      : (await s.store.meetings.ended(n.tenantId, n.networkId, 3)).find(
          (x) => x.thread && inMeetingThread(x, ctx.scope),
        );
  if (!m) return null;
  const live = m.status === 'running';
  const entries = live ? await readRunningLog(s, m) : await readLog(s, m);
  const asked = entries.find(
    (e): e is Extract<Entry, { kind: 'asked' }> => e.kind === 'asked' && same(e.text) === same(line),
  );
  const meant = asked ? await savedAs(s, ctx, line) : null;
  if (!asked || !meant) return null;
  const date = formatShort(m.date);
  const already = (by: Entry['author'] | undefined, retyped: boolean): Promise<ActionResult> | ActionResult => {
    if (!live) return { kind: 'message', text: t.waiting.already(date) };
    const name = by?.name?.trim() || t.nearMiss.someone;
    const said = retyped ? t.nearMiss.retyped(name) : t.nearMiss.already(name);
    return answerClickedCard(s, ctx, n, savedCard(name, asked.text, said), 'the near-miss card');
  };
  const held = holding(entries, asked);
  // A typed line carries its message; a press does not.
  if (held) return already(held.author, !!held.activityId);
  if (asked.author.id !== ctx.actor.id && (await standingOf(s.store, ctx)) !== 'leader')
    return { kind: 'message', text: live ? t.nearMiss.notYours(asked.author.name) : t.waiting.notYours(date) };
  // Added once (review 1, M5): a double press, a copy of the card or another instance can each be past
  // the check above; one atomic claim in the store (both dialects) lets exactly one of them write. The key
  // is the question's, so a press in the meeting and one after its end are the same use.
  const claim = `waiting:${m.id}:${asked.id}`;
  if (!(await s.store.seenActivities.claim(n.tenantId, n.networkId, claim, s.clock.now())))
    return already(undefined, false);
  try {
    await appendEntry(s, m, {
      id: await newEntryId(s, m),
      at: s.clock.now().toISOString(),
      author: ctx.actor,
      item: asked.item,
      kind: meant.kind,
      text: meant.text,
    });
  } catch (err) {
    await s.store.seenActivities.release(n.tenantId, n.networkId, claim);
    throw err;
  }
  if (live) {
    const ack = t.ackLine(meant.kind === 'note' ? t.ack.note : t.ack.decision, asked.item, '');
    return answerClickedCard(s, ctx, n, savedCard(ctx.actor.name, asked.text, ack), 'the near-miss card');
  }
  ctx.log.info({ meetingId: m.id }, 'waiting line added to the minutes after the end');
  await redrawPostedMinutes(s, ctx, n, m, () => minutesCardFor(s, m));
  return { kind: 'message', text: t.waiting.added(date) };
}
