import { noticeCard } from '../../cards/notice.ts';
import type { ActionResult } from '../commands/spec.ts';
import { card, text, type Reply } from '../conversation/types.ts';
import { editDistance } from '../guidelines/spelling.ts';
import { meetingText as t } from '../i18n/index.ts';
import { guard } from '../privacy/guard.ts';

// An entry word typed wrong before its colon («vedatk:», «inf:», «notta:») was read as chat, and
// after the once-per-meeting chat hint a second one got no answer: a decision lost (round 8 N6).
// Such a line is the meeting's, so it is always asked about, with the line as meant and a button.

/** The entry words a near miss is measured against: the word the line is recorded under. */
const ENTRY_WORDS = ['vedtak', 'beslutning', 'info', 'notat'] as const;
export type EntryWord = (typeof ENTRY_WORDS)[number];

/** The one rule for a near miss: one edit (a letter missing, extra, wrong, or two swapped). */
const MAX_EDITS = 1;

/** The word before the colon at the start of the line, and what follows the colon. */
const OPENING = /^\s*([\p{L}]{3,12})\s*:\s*(\S.*)$/su;

/** «vedatk: tekst» → the entry word meant and the line as it should read, or null. */
export function nearMissEntry(typed: string): { word: EntryWord; line: string } | null {
  const m = OPENING.exec(typed.normalize('NFC'));
  if (!m) return null;
  const head = m[1]!.toLocaleLowerCase('nb');
  if ((ENTRY_WORDS as readonly string[]).includes(head)) return null;
  const word = ENTRY_WORDS.find((w) => editDistance(head, w, MAX_EDITS) <= MAX_EDITS);
  return word ? { word, line: `${word}: ${m[2]!.trim()}` } : null;
}

/** For the router: the line is claimed by the entry's command when it opens with a near miss of `word`. */
export function claimsNearMiss(words: readonly EntryWord[]): (typed: string) => string | null {
  return (typed) => {
    const hit = nearMissEntry(typed);
    return hit && words.includes(hit.word) ? hit.line : null;
  };
}

/**
 * «Mente du «vedtak:»?» with the line as meant shown back and a button that records it. `known`: the
 * adults the network knows (adultsKnownHere), so a line naming a member is asked about as it is saved.
 */
export function askNearMiss(
  networkId: string,
  hit: { word: EntryWord; line: string },
  known?: readonly string[],
  /** Other words for the same question and button (a plain «Vi vedtok …» line: thread-talk.ts). */
  words: { title: string; message: string; button: string } = {
    title: t.nearMiss.title(`${hit.word}:`),
    message: t.nearMiss.message,
    button: t.nearMiss.button(`${hit.word}:`),
  },
): Reply[] {
  // A number that must not be stored is not posted back either.
  const g = guard(hit.line, { known });
  if (!g.ok) return [text(g.message)];
  const notice = noticeCard({
    title: words.title,
    message: words.message,
    example: hit.line,
    tone: 'info',
  });
  const action = {
    type: 'Action.Execute',
    title: words.button,
    verb: 'meeting.line',
    data: { networkId, line: hit.line },
  };
  return [card({ ...notice, actions: [action] })];
}

/** The reply to a click, as a card action answers: the first text said, or the card shown. */
export function asActionResult(replies: Reply[]): ActionResult {
  const first = replies[0];
  if (first?.kind === 'card') return { kind: 'card', card: first.card };
  return {
    kind: 'message',
    text: replies
      .map((r) => (r.kind === 'text' ? r.text : ''))
      .join('\n')
      .trim(),
  };
}

/** The entry word a confirmed line opens with, and its text: «vedtak: x» → decision, «x». */
export function confirmedLine(line: string): { kind: 'note' | 'decision'; args: string } | null {
  const m = OPENING.exec(line.normalize('NFC'));
  const head = m?.[1]?.toLocaleLowerCase('nb');
  if (!m || !head || !(ENTRY_WORDS as readonly string[]).includes(head)) return null;
  return { kind: head === 'vedtak' || head === 'beslutning' ? 'decision' : 'note', args: m[2]!.trim() };
}
