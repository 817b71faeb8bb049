import { meetingText as t, seriesText } from '../i18n/index.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';
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
      value: m.held ? heldText(m.held) : '',
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
 * «kl. 09:00–15:30 (flyttet fra 25.12.2026)», or with the real times when the meeting ran past its plan or
 * was ended another day: «kl. 09:00–16:03 (planlagt kl. 09:00–15:30, flyttet fra 25.12.2026), sto åpent til 29.12.2026»
 * (month s16 #10: «avsluttet 26.03» read as a meeting held on langfredag).
 */
function heldText(h: NonNullable<Minutes['held']>): string {
  const planned = seriesText.time(h.start, h.end);
  const notes = [
    ...(h.ran ? [t.heldPlanned(planned)] : []),
    ...(h.movedFrom ? [t.heldMovedFrom(formatShort(h.movedFrom))] : []),
  ];
  const time = h.ran ? seriesText.time(h.ran.start, h.ran.end) : planned;
  return `${time}${notes.length ? ` (${notes.join(', ')})` : ''}${h.endedOn ? `, ${meetingDayText.closedLater(formatShort(h.endedOn))}` : ''}`;
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

/**
 * «et vedtak er rettet (350 000 → 320 000) og lyder nå: «…»»: the kind, the figures that changed when
 * only figures or dates did, and the wording as it stands; the old words never (review s14 #1).
 */
export function changeText(c: TextChange): string {
  if (!('now' in c)) return t.changeOther(c.kind, c.removed);
  return t.decisionCorrected(c.now, c.figures && `${c.figures.from} → ${c.figures.to}`);
}

/**
 * "Rettet 30.11.2026 av Kari Nordmann: et vedtak er rettet (350 → 320) og lyder nå: «…»." for every day
 * and person that corrected the minutes, so a reader of an earlier copy sees that a decision changed
 * and how it reads now (month s14 #9), without the old words (review s14 #1).
 */
export function correctedLine(m: Minutes): string {
  return m.corrections
    .map((c) =>
      (c.afterApproval ? t.correctedAfterApproval : t.correctedBy)(
        formatShort(c.date),
        c.by,
        // Two corrections of one line now read the same; said once.
        [...new Set((c.changes ?? []).map(changeText))],
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
    ...(item.postponed ? [meetingDayText.postponedLine] : []),
  ]);
}

/** «Ikke behandlet»: the items the meeting never went to, one line each, for every form of the minutes. */
export function notDealtWithLines(m: Pick<Minutes, 'notDealtWith'>): string[] {
  return (m.notDealtWith ?? []).map((i) => meetingDayText.notDealtWithLine(i.index, i.title));
}

/**
 * A task's due date in the «Oppgaver etter ansvarlig» table: open at the meeting's end and due before
 * the meeting day is marked past due, on the card as in the downloads (round 8 N15).
 */
export function taskDueText(m: Pick<Minutes, 'date'>, due: string | null): string {
  return due ? `${formatShort(due)}${due < m.date ? ` (${t.overdueAtMeeting})` : ''}` : t.noDue;
}
