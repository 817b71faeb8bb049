import { noticeCard } from '../../cards/notice.ts';
import { card, text, type Reply } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import { guard } from '../privacy/guard.ts';

/** The longest text one meeting line may carry: longer text is refused whole, never cut. */
export const MAX_ENTRY_TEXT = 2000;

export type CheckedText = { ok: true; text: string } | { ok: false; reply: Reply[] };

/** Privacy first, then length: text over the limit is refused whole, never cut, and shown back. */
export function checkEntryText(raw: string): CheckedText {
  const g = guard(raw);
  if (!g.ok) return { ok: false, reply: [text(g.message)] };
  const trimmed = raw.trim();
  if (trimmed.length > MAX_ENTRY_TEXT) {
    return {
      ok: false,
      reply: [
        card(
          noticeCard({
            title: t.tooLongTitle,
            message: t.tooLong(trimmed.length, MAX_ENTRY_TEXT),
            typed: trimmed,
            tone: 'error',
          }),
        ),
      ],
    };
  }
  return { ok: true, text: trimmed };
}
