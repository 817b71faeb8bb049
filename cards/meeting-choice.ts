import type { AdaptiveCard } from '../src/conversation/types.ts';
import { renderCard } from './render.ts';

export interface MeetingChoice {
  title: string;
  verb: 'meeting.holiday' | 'meeting.replaces' | 'meeting.sameday' | 'meeting.holidayok';
  networkId: string;
  date: string;
  choice?: string;
  meetingId?: string;
}

export interface MeetingChoiceCardData {
  title: string;
  mentionLine: string;
  message: string;
  done: string;
  choices: Required<MeetingChoice>[];
}

/** A question to the leaders about one meeting (a holiday date, an unplanned start); `done` once answered. */
export function meetingChoiceCard(input: {
  title: string;
  message?: string;
  mentionLine?: string;
  done?: string;
  choices?: MeetingChoice[];
}): AdaptiveCard {
  const data: MeetingChoiceCardData = {
    title: input.title,
    mentionLine: input.mentionLine ?? '',
    message: input.message ?? '',
    done: input.done ?? '',
    choices: input.done ? [] : (input.choices ?? []).map((c) => ({ choice: '', meetingId: '', ...c })),
  };
  return renderCard('meeting-choice', data);
}
