import { networkKindOf, toBokmal, type NetworkKind } from './question.ts';

// "… og hva med ledernettverkene da?", "hva med 2023?": a follow-up that names only a network kind or a year asks the
// question before it again for that kind or year. In one message the question before is the message's own first
// sentence; in a chat it is the person's previous question. Alone, it asks about nothing the bot can know.

const FOLLOW_UP =
  /(?:^|[.!?]\s+|,\s*|\s+)(?:(?:og|men|så)\s+)?(?:hva|kva|hvordan|korleis)\s+(?:med|om|er det med|gjelder for)\s+(?<subject>[^.!?]{1,60}?)(?:\s+(?:da|då|nå|no))?\s*[.!?]*\s*$/u;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
// How the documents name each kind, put in place of the other kind's words in the question before.
const KIND_WORD: Record<NetworkKind, string> = {
  learning: 'læringsnettverk',
  leaders: 'barnevernsledernettverk',
};
const ANY_KIND =
  /(?<![\p{L}])(?:\p{L}*lærings-?nettverk\p{L}*|\p{L}*le(?:de|ia)r(?:e|ar)?-?nettverk\p{L}*|\p{L}*sjefs?-?nettverk\p{L}*)(?![\p{L}])/gu;

export interface FollowUp {
  /** What the follow-up names ("ledernettverkene", "2023"). */
  subject: string;
  /** The question before, asked again for the subject; empty when the message holds no question before. */
  rewritten: string;
}

/** The follow-up in a text, when its last clause asks "hva med X" about a network kind or a year only. */
export function followUp(text: string): FollowUp | undefined {
  const bokmal = toBokmal(text.trim());
  const m = FOLLOW_UP.exec(bokmal);
  if (!m?.groups) return undefined;
  const subject = m.groups.subject!.trim();
  const kind = networkKindOf(subject);
  const years = subject.match(YEAR);
  // Only a kind or a year, and few other words: "hva med overheadkostnadene til ledernettverket" is a question of its own.
  const rest = subject
    .replace(ANY_KIND, ' ')
    .replace(YEAR, ' ')
    .replace(/(?<![\p{L}])(?:de|dei|den|det|for|i|om|til|våre|vårt|vår|oss|egentlig|eigentleg)(?![\p{L}])/gu, ' ')
    .trim();
  if ((!kind && !years) || (kind && years) || rest) return undefined;
  const before = bokmal.slice(0, m.index).trim();
  if (!/\p{L}{3,}(?:\s+\p{L}+){2,}/u.test(before)) return { subject, rewritten: '' };
  let rewritten = before;
  if (kind) {
    const replaced = rewritten.replace(ANY_KIND, KIND_WORD[kind]);
    rewritten = replaced === rewritten ? `${rewritten} for ${KIND_WORD[kind]}` : replaced;
  } else {
    const year = years![0]!;
    const replaced = rewritten.replace(YEAR, year);
    rewritten = replaced === rewritten ? `${rewritten} i ${year}` : replaced;
  }
  return { subject, rewritten: rewritten.replace(/[.!?\s]+$/, '') };
}
