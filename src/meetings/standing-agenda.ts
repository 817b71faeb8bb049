import { z } from 'zod';
import { agendaText as t } from '../i18n/index.ts';

/** What the bot fills an item with when it builds the agenda for a meeting. */
export type AgendaFill = 'approval' | 'tasks' | 'projects' | 'deadlines' | 'experience-log';

export const agendaItemSchema = z.object({
  title: z.string().min(1).max(200),
  minutes: z.number().int().min(1).max(480),
  owner: z.string().max(100).optional(),
  fill: z.enum(['approval', 'tasks', 'projects', 'deadlines', 'experience-log']).optional(),
});
export const agendaSchema = z.array(agendaItemSchema).min(1).max(20);

export type AgendaItem = z.infer<typeof agendaItemSchema>;

/**
 * The fixed agenda the documents describe as what makes a network meeting work, with time boxes
 * that leave room for lunch and breaks in a 09:00–15:30 day.
 */
export const DEFAULT_AGENDA: AgendaItem[] = [
  { title: t.defaults.welcome, minutes: 10 },
  { title: t.defaults.approveMinutes, minutes: 10, fill: 'approval' },
  { title: t.defaults.followUp, minutes: 30, fill: 'tasks' },
  { title: t.defaults.projects, minutes: 60, fill: 'projects' },
  { title: t.defaults.deadlines, minutes: 20, fill: 'deadlines' },
  { title: t.defaults.topic, minutes: 90 },
  { title: t.defaults.experienceLog, minutes: 30, fill: 'experience-log' },
  { title: t.defaults.other, minutes: 15 },
  { title: t.defaults.summary, minutes: 15 },
];

/** Warnings when the time boxes do not fit the meeting (empty when they do). */
export function checkTimeBoxes(agenda: readonly Pick<AgendaItem, 'minutes'>[], meetingMinutes: number): string[] {
  const total = agenda.reduce((sum, i) => sum + i.minutes, 0);
  return total > meetingMinutes ? [t.overLength(total, meetingMinutes)] : [];
}

/** Days with work to do before the meeting: proposals close two working days before by default. */
export const PROPOSAL_CUTOFF_WORKING_DAYS = 2;
