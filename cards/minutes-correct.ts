import type { AdaptiveCard } from '../src/conversation/types.ts';
import { meetingLineText, meetingText as t } from '../src/i18n/index.ts';
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

/**
 * `rett referat <dato>`: every line still in the minutes, in the order of the agenda: the entries typed
 * (notes and decisions editable, all removable) and the task-status lines under «Oppfølging av oppgaver»
 * (editable and removable; the task itself is changed on its own card).
 */
export function minutesCorrectCard(input: {
  networkId: string;
  minutes: Minutes;
  entries: readonly Entry[];
  followUps?: readonly { id: string; item: number; text: string }[];
}): AdaptiveCard {
  const entries = input.entries.filter(
    (e): e is Correctable => e.kind === 'note' || e.kind === 'decision' || e.kind === 'task' || e.kind === 'attendance',
  );
  const row = (id: string, label: string, text: string, editable: boolean) => ({
    id,
    label,
    text,
    editable,
    inputId: correctionInputId(id),
    editLabel: t.correct.editLabel,
    saveTitle: t.correct.save,
    removeTitle: t.correct.remove,
    networkId: input.networkId,
    meetingId: input.minutes.meetingId,
  });
  const rows = [
    ...entries.map((e) => ({
      item: e.item,
      row: row(e.id, labelOf(e), textOf(e), e.kind === 'note' || e.kind === 'decision'),
    })),
    ...(input.followUps ?? []).map((f) => ({
      item: f.item,
      row: row(f.id, `${t.correct.itemLabel(f.item)} · ${meetingLineText.followUpKind}`, f.text, true),
    })),
  ];
  const data: MinutesCorrectCardData = {
    title: t.correct.title(formatShort(input.minutes.date)),
    help: t.correct.help,
    empty: t.correct.empty,
    // Stable: within an agenda item the lines keep the order they were written in.
    entries: rows.sort((a, b) => a.item - b.item).map((r) => r.row),
    corrected: correctedLine(input.minutes),
  };
  return renderCard('minutes-correct', data);
}
