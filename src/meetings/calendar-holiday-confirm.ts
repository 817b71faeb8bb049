// «flytt møte 26.03 til 25.03» or «ekstra møte 29.03» onto a day off is asked first (month s16 #6): the bot
// knew it was skjærtorsdag and said so only after the agenda and the reminders were planned for it.
import { z } from 'zod';
import { meetingChoiceCard } from '../../cards/meeting-choice.ts';
import type { ActionResult } from '../commands/spec.ts';
import { cardNetwork, wrongNetworkCard } from '../conversation/guards.ts';
import { card, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingDayText as d } from '../i18n/meeting-day.ts';
import { formatShort, type LocalDate } from '../time/local-date.ts';

export const HOLIDAY_CONFIRM = 'meeting.holidayok';

/** The card's data: the command line to run once a leader says yes («-» for no). */
export const holidayConfirmData = z.object({
  networkId: z.string().min(1).max(300),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  choice: z.string().min(1).max(600),
  meetingId: z.string().max(20).optional(),
});

/** The question in place of the change: nothing is changed until a leader presses «Ja». */
export function askHolidayFirst(
  networkId: string,
  line: string,
  to: LocalDate,
  day: string,
  from: LocalDate | null,
): Reply[] {
  return [
    card(
      meetingChoiceCard({
        title: d.holidayAsk.title(formatShort(to), day),
        message: from
          ? d.holidayAsk.move(formatShort(from), formatShort(to), day)
          : d.holidayAsk.extra(formatShort(to), day),
        choices: [
          { title: d.holidayAsk.yes(formatShort(to)), verb: HOLIDAY_CONFIRM, networkId, date: to, choice: line },
          { title: d.holidayAsk.no, verb: HOLIDAY_CONFIRM, networkId, date: to, choice: '-' },
        ],
      }),
    ),
  ];
}

/**
 * The answer: «Ja» runs the command as typed, confirmed, so every check (leader, the meeting still there,
 * the day still free) is made again at the click; a second click finds the day taken and changes nothing.
 */
export async function answerHolidayAsk(
  ctx: RequestContext,
  data: z.infer<typeof holidayConfirmData>,
  run: (ctx: RequestContext, line: string) => Promise<Reply[]>,
): Promise<ActionResult> {
  if (!cardNetwork(ctx, data.networkId)) return wrongNetworkCard;
  if (data.choice === '-')
    return { kind: 'card', card: meetingChoiceCard({ title: d.holidayAsk.no, done: d.holidayAsk.declined }) };
  const replies = await run({ ...ctx, text: data.choice }, data.choice);
  const first = replies[0];
  if (first?.kind === 'card') return { kind: 'card', card: first.card };
  const told = replies
    .map((r) => (r.kind === 'text' ? r.text : ''))
    .join('\n')
    .trim();
  return { kind: 'card', card: meetingChoiceCard({ title: d.holidayAsk.yes(formatShort(data.date)), done: told }) };
}
