import { isWorkingDay, nextWorkingDay } from './holidays.ts';
import { addDays, daysBetween, type LocalDate } from './local-date.ts';

/**
 * The next weekly follow-up after round `sent` went out on `sentDay`. Round k belongs on
 * `anchor + every·k` (every 7 days unless said), moved to the next working day when that is a
 * weekend or holiday; a round that would come less than `every` days after the one just sent (that
 * one was moved off a holiday, or came late) is skipped, so the follow-ups keep their spacing and
 * their weekday.
 */
export function nextWeeklyRound(
  anchor: LocalDate,
  sent: number,
  sentDay: LocalDate,
  every = 7,
): { round: number; day: LocalDate } {
  for (let round = sent + 1; ; round++) {
    const nominal = addDays(anchor, every * round);
    const day = isWorkingDay(nominal) ? nominal : nextWorkingDay(nominal);
    if (daysBetween(sentDay, day) >= every) return { round, day };
  }
}
