import type { Services } from '../app/services.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingDayText as d } from '../i18n/meeting-day.ts';
import { clockTimeOf } from '../time/clock-time.ts';
import { currentItem } from './log.ts';
import { appendEntry, entryBase, withMeeting } from './running-meeting.ts';

// «pause», «lunsj til 12:30» in the running meeting (month s16 #14): «pause» went nowhere unanswered and
// «lunsj til 12:30» got the whole «Skal dette stå i referatet?» block. A break is a note in the minutes.

/** The words that open a break line. */
export const BREAK_WORDS = ['pause', 'kaffepause', 'lunsj', 'lunsjpause', 'lunch'];

/** «til 12:30», «kl. 12.30», «15 min», or nothing: a break's end as typed, or null when it is other words. */
export function readBreak(args: string): { until: string | null; minutes: number | null } | null {
  const a = args.trim().replace(/[.!]+$/u, '');
  if (!a) return { until: null, minutes: null };
  const until = /^(?:til\s+)?(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?$/iu.exec(a);
  if (until) {
    const h = Number(until[1]);
    const m = Number(until[2] ?? '0');
    if (h > 23 || m > 59) return null;
    return { until: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, minutes: null };
  }
  const long = /^(?:i\s+)?(\d{1,3})\s*(?:min|minutter|minutt)$/iu.exec(a);
  if (long && Number(long[1]) > 0 && Number(long[1]) <= 180) return { until: null, minutes: Number(long[1]) };
  return null;
}

/** The break as a note under the current item: «Lunsj kl. 11:45–12:30». */
export async function breakLine(s: Services, ctx: RequestContext, word: string, args: string): Promise<Reply[]> {
  const read = readBreak(args);
  if (!read) return [text(d.breakHow)];
  return withMeeting(s, ctx, '', async (m, entries) => {
    const from = clockTimeOf(s.clock.now(), s.config.timezone);
    const kind = /^lun/iu.test(word) ? d.lunch : d.pause;
    const note = d.breakNote(kind, from, read.until, read.minutes);
    await appendEntry(s, m, { ...(await entryBase(s, ctx, entries, m)), kind: 'note', text: note });
    return [text(d.breakAck(note, currentItem(entries)))];
  });
}
