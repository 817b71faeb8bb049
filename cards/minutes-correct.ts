import type { AdaptiveCard } from '../src/conversation/types.ts';
import { meetingText as t } from '../src/i18n/index.ts';
import type { Entry, Minutes } from '../src/meetings/log.ts';
import { correctedLine } from '../src/meetings/minutes-text.ts';
import { formatShort } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';

type Correctable = Extract<Entry, { kind: 'note' | 'decision' | 'task' | 'attendance' }>;

export interface MinutesCorrectCardData {
  title: string;
  help: string;
  empty: string;
  entries: {
    id: string;
    label: string;
    text: string;
    editable: boolean;
    inputId: string;
    editLabel: string;
    saveTitle: string;
    removeTitle: string;
    networkId: string;
    meetingId: string;
  }[];
  corrected: string;
}

/** The input a corrected text arrives in: one per entry, so one card holds them all. */
export const correctionInputId = (entryId: string) => `text_${entryId}`;

function labelOf(e: Correctable): string {
  const kind =
    e.kind === 'note'
      ? t.ack.note
      : e.kind === 'decision'
        ? t.ack.decision
        : e.kind === 'task'
          ? t.ack.task
          : e.status === 'present'
            ? t.ack.present
            : t.ack.absent;
  return `${t.correct.itemLabel(e.item)} · ${kind}`;
}

function textOf(e: Correctable): string {
  if (e.kind === 'attendance') return e.municipality;
  if (e.kind === 'task')
    return `${e.taskId ? `${e.taskId}: ` : ''}${e.text} (${e.owners.map((o) => o.name).join(', ')}${e.due ? `, ${formatShort(e.due)}` : ''})`;
  return e.text;
}

/** `rett referat <dato>`: every entry still in the minutes, notes and decisions editable, all removable. */
export function minutesCorrectCard(input: {
  networkId: string;
  minutes: Minutes;
  entries: readonly Entry[];
}): AdaptiveCard {
  const entries = input.entries.filter(
    (e): e is Correctable => e.kind === 'note' || e.kind === 'decision' || e.kind === 'task' || e.kind === 'attendance',
  );
  const data: MinutesCorrectCardData = {
    title: t.correct.title(formatShort(input.minutes.date)),
    help: t.correct.help,
    empty: t.correct.empty,
    entries: entries.map((e) => ({
      id: e.id,
      label: labelOf(e),
      text: textOf(e),
      editable: e.kind === 'note' || e.kind === 'decision',
      inputId: correctionInputId(e.id),
      editLabel: t.correct.editLabel,
      saveTitle: t.correct.save,
      removeTitle: t.correct.remove,
      networkId: input.networkId,
      meetingId: input.minutes.meetingId,
    })),
    corrected: correctedLine(input.minutes),
  };
  return renderCard('minutes-correct', data);
}
