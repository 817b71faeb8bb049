import { checkInput, type CheckedInput } from '../conversation/guards.ts';
import { meetingText as t } from '../i18n/index.ts';

/** The longest text one meeting line may carry: longer text is refused whole, never cut. */
export const MAX_ENTRY_TEXT = 2000;

export type CheckedText = CheckedInput;

/** The shared input check (privacy, then length) with the meeting line's limit and words. */
export function checkEntryText(raw: string): CheckedText {
  return checkInput(raw, { max: MAX_ENTRY_TEXT, title: t.tooLongTitle, message: t.tooLong });
}
