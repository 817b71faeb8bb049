import { meetingLineText as l } from '../i18n/index.ts';
import type { Entry } from './log.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';

/**
 * What a line taken back put in the minutes, named by kind and agenda item, never by its words:
 * a line is deleted or undone because of what it said (a child's name), and the bot's reply in
 * the thread is the one message nobody can delete (round 8 N1). A municipality names itself.
 */
export function entryLabel(e: Entry): string {
  if (e.kind === 'note') return l.label.note(e.item);
  if (e.kind === 'decision') return l.label.decision(e.item);
  if (e.kind === 'task') return e.taskId ? l.label.task(e.taskId, e.item) : l.label.taskWithoutId(e.item);
  if (e.kind === 'attendance') return e.municipality;
  if (e.kind === 'postpone') return meetingDayText.postponeLabel(e.postponed);
  return l.label.other(e.item);
}

/** «notatet under punkt 3» → «Notatet under punkt 3», for the start of a sentence. */
export function capitalized(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

/** The labels of one line's entries, in one phrase. */
export function listed(labels: readonly string[]): string {
  return labels.join(', ');
}
