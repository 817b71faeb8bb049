import { z } from 'zod';
import type { Services } from '../app/services.ts';
import { commandFamily, type Feature } from '../commands/spec.ts';
import { calendarText as t } from '../i18n/calendar.ts';
import { cancelMeeting, extraMeeting, moveMeeting, skipMeeting } from './calendar-changes.ts';
import { schedule } from './schedule-commands.ts';
import { decideHoliday, holidayJobs } from './calendar-holiday.ts';
import { replaces } from './calendar-replaces.ts';
import { answerHolidayAsk, HOLIDAY_CONFIRM, holidayConfirmData } from './calendar-holiday-confirm.ts';

// The calendar feature's command table: words and card verbs mapped to use cases. No rule lives here.

const ids = { networkId: z.string().min(1).max(300), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) };

/** Moving, cancelling and adding single meetings; the holiday question; linking an unplanned start. */
export function calendarFeature(s: Services): Feature {
  const cmd = commandFamily('calendar', t, ['channel', 'groupChat']);
  return {
    name: 'calendar',
    commands: [
      cmd(
        'move',
        ['flytt møte', 'flytt møtet', 'flytte møte', 'flytte møtet', 'flytt neste møte', 'flytt det neste møtet'],
        (ctx, a) => moveMeeting(s, ctx, a),
      ),
      cmd(
        'cancel',
        ['avlys møte', 'avlys møtet', 'avlyse møte', 'avlyse møtet', 'avlys neste møte', 'avlys det neste møtet'],
        (ctx, a) => cancelMeeting(s, ctx, a),
      ),
      cmd('skip', ['hopp over møtet', 'hopp over møte', 'hopp over neste møte'], (ctx, a) => skipMeeting(s, ctx, a)),
      cmd('stopSeries', ['avslutt møteserien', 'avslutt møteserie', 'stopp møteserien', 'avslutt møteplanen'], (ctx) =>
        schedule(s, ctx, 'stopp'),
      ),
      cmd('extra', ['ekstra møte', 'ekstramøte', 'nytt møte'], (ctx, a) => extraMeeting(s, ctx, a)),
    ],
    actions: [
      {
        verb: 'meeting.holiday',
        schema: z.object({ ...ids, choice: z.string().min(1).max(20) }),
        run: (ctx, d) => decideHoliday(s, ctx, d),
      },
      {
        verb: HOLIDAY_CONFIRM,
        schema: holidayConfirmData,
        run: (ctx, d) =>
          answerHolidayAsk(ctx, d, (c, line) =>
            line.startsWith('ekstra møte ')
              ? extraMeeting(s, c, line.slice('ekstra møte '.length), true)
              : moveMeeting(s, c, line.replace(/^flytt møte /u, ''), true),
          ),
      },
      {
        verb: 'meeting.replaces',
        schema: z.object({ ...ids, meetingId: z.string().min(1).max(20) }),
        run: (ctx, d) => replaces(s, ctx, d),
      },
    ],
    jobs: holidayJobs(s),
  };
}
