import { isWorkingDay, nextWorkingDay } from './holidays.ts';
import { addDays, daysBetween, type LocalDate } from './local-date.ts';

/**
 * The next weekly follow-up after round `sent` went out on `sentDay`. Round k belongs on
 * `anchor + 7·k`, moved to the next working day when that is a weekend or holiday; a round that
 * would come less than a week after the one just sent (the one just sent was moved off a holiday,
 * or came late) is skipped, so the follow-ups keep their weekly spacing and their weekday.
 */
export function nextWeeklyRound(anchor: LocalDate, sent: number, sentDay: LocalDate): { round: number; day: LocalDate } {
  for (let round = sent + 1; ; round++) {
    const nominal = addDays(anchor, 7 * round);
    const day = isWorkingDay(nominal) ? nominal : nextWorkingDay(nominal);
    if (daysBetween(sentDay, day) >= 7) return { round, day };
  }
}
