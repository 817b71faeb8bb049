import type { Services } from '../app/services.ts';
import { checkInput, checkInputKnowing, type CheckedInput } from '../conversation/guards.ts';
import type { RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';

/** The longest text one meeting line may carry: longer text is refused whole, never cut. */
export const MAX_ENTRY_TEXT = 2000;

export type CheckedText = CheckedInput;

/** The shared input check (privacy, then length) with the meeting line's limit and words. */
export function checkEntryText(raw: string): CheckedText {
  return checkInput(raw, { max: MAX_ENTRY_TEXT, title: t.tooLongTitle, message: t.tooLong });
}

/** checkEntryText knowing the network's adults (checkInputKnowing): a member's name is not a child's. */
export function checkEntryTextKnowing(
  s: Pick<Services, 'store' | 'roster' | 'clock' | 'log'>,
  ctx: Pick<RequestContext, 'scope' | 'actor' | 'mentions'>,
  raw: string,
): Promise<CheckedText> {
  return checkInputKnowing(s, ctx, raw, { max: MAX_ENTRY_TEXT, title: t.tooLongTitle, message: t.tooLong });
}
