import { meetingText as t, seriesText } from '../i18n/index.ts';
import { formatLong, formatShort } from '../time/local-date.ts';
import type { Minutes, TextChange } from './log.ts';
import { maskAcrossLines } from '../privacy/across-lines.ts';

// Pure: the words around the minutes that the card, the .docx and the Markdown all show the same way.

/** Attendance lines with something in them; an empty one ("Forfall: Ingen notater") is left out. */
export function attendanceFacts(m: Minutes): { label: string; value: string }[] {
  return [
    // The meeting's own time (a moved one's may differ from the series') and the next meeting, as the
    // last agenda item «Oppsummering og neste møte» ends; recorded at «avslutt møte» (month s14 #17).
    {
      label: t.heldAt,
      value: m.held
        ? `${seriesText.time(m.held.start, m.held.end)}${m.held.movedFrom ? ` (${t.heldMovedFrom(formatShort(m.held.movedFrom))})` : ''}`
        : '',
    },
    { label: t.present, value: m.present.join(', ') },
    { label: t.absent, value: m.absent.join(', ') },
    { label: t.notRegistered, value: m.notRegistered.join(', ') },
    {
      label: t.nextMeeting,
      value: m.next ? `${formatLong(m.next.date)} ${seriesText.time(m.next.start, m.next.end)}` : '',
    },
  ].filter((f) => f.value);
}

/**
 * "Referatet fra 27.11.2026 ble godkjent." or "… ble ikke behandlet …" for each earlier minutes up for
 * approval. Never «ikke godkjent»: that reads as a rejection when nobody dealt with them (N22).
 */
export function previousLine(m: Minutes): string {
  const all = m.awaiting ?? (m.previous ? [m.previous] : []);
  return [
    ...all.map((p) =>
      p.approved ? t.approvedPrevious(formatShort(p.meetingDate)) : t.notApprovedPrevious(formatShort(p.meetingDate)),
    ),
    ...(m.olderAwaiting ? [t.olderNotApproved(m.olderAwaiting)] : []),
    ...(m.approvedCorrections ?? []).map((d) => t.correctionApprovedPrevious(formatShort(d))),
  ].join(' ');
}

/** How much of an unchanged start or end a changed line keeps on each side of the change. */
const CONTEXT_WORDS = 2;

/**
 * «Nettverket søker 350 000 kr til …» → «320 000 kr»: the words that differ, with a little of what
 * stayed on each side and «…» for the rest, so the line stays short but can be found.
 */
export function changeText(c: TextChange): string {
  if (!('from' in c)) return t.changeOther(c.kind, c.removed);
  const a = c.from.split(' ');
  const b = c.to.split(' ');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const from = Math.max(0, head - CONTEXT_WORDS);
  const cut = (w: string[]) => {
    const end = w.length - Math.max(0, tail - CONTEXT_WORDS);
    return `${from > 0 ? '… ' : ''}${w.slice(from, end).join(' ')}${end < w.length ? ' …' : ''}`;
  };
  return t.changeMade(cut(a), cut(b));
}

/**
 * "Rettet 30.11.2026 av Kari Nordmann: «… 350 000 kr …» → «… 320 000 kr …»." for every day and person
 * that corrected the minutes, so a reader of an earlier copy sees what changed (month s14 #9).
 */
export function correctedLine(m: Minutes): string {
  return m.corrections
    .map((c) =>
      (c.afterApproval ? t.correctedAfterApproval : t.correctedBy)(
        formatShort(c.date),
        c.by,
        (c.changes ?? []).map(changeText),
      ),
    )
    .join(' ');
}

/**
 * One agenda item's lines as the card, the .docx and the Markdown all write them; an identity number
 * split over two lines is masked where they meet (attack round 8, A3).
 */
export function itemLines(item: Minutes['items'][number]): string[] {
  const decisions = item.decisions.map((d) => `${t.decisions}: ${d}`);
  const notes = item.notes.map((n) => `• ${n}`);
  // In the order written when the minutes know it and it counts out (log.ts), else decisions first.
  const written =
    item.written?.length === decisions.length + notes.length
      ? item.written.map((k) => (k === 'decision' ? decisions : notes).shift()!)
      : [...decisions, ...notes];
  return maskAcrossLines([
    ...written,
    ...item.tasks.flatMap((x) => [
      // With its T-number, as the table and the downloads have it (month s13 #15: the card had none, so
      // two identical lines T7 and T8 could not be told apart, nor the later «T8 …: avlyst» placed).
      `${t.task}${x.taskId ? ` ${x.taskId}` : ''}: ${x.text} (${x.owners.join(', ')}${x.due ? `, ${t.due.toLowerCase()} ${formatShort(x.due)}` : ''})`,
      ...(x.later ?? []).map((n) => `• ${n}`),
    ]),
  ]);
}

/**
 * A task's due date in the «Oppgaver etter ansvarlig» table: open at the meeting's end and due before
 * the meeting day is marked past due, on the card as in the downloads (round 8 N15).
 */
export function taskDueText(m: Pick<Minutes, 'date'>, due: string | null): string {
  return due ? `${formatShort(due)}${due < m.date ? ` (${t.overdueAtMeeting})` : ''}` : t.noDue;
}
