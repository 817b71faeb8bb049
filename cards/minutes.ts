import type { AdaptiveCard } from '../src/conversation/types.ts';
import { meetingText as t } from '../src/i18n/index.ts';
import type { Minutes } from '../src/meetings/log.ts';
import {
  attendanceFacts,
  correctedLine,
  itemLines,
  notDealtWithLines,
  previousLine,
  taskDueText,
} from '../src/meetings/minutes-text.ts';
import { meetingDayText } from '../src/i18n/meeting-day.ts';
import { formatLong } from '../src/time/local-date.ts';
import { renderCard } from './render.ts';
import { firstOf, fitList, moreLine } from './fit.ts';

export interface MinutesCardData {
  title: string;
  hasFacts: boolean;
  facts: { label: string; value: string }[];
  approvedPrevious: string;
  corrected: string;
  /** Set on the copy shown at item 2 of the next meeting: "Godkjenn referatet". */
  approveVerb: string;
  approveTitle: string;
  networkId: string;
  meetingId: string;
  items: { heading: string; lines: string[] }[];
  hasTasks: boolean;
  tasksLabel: string;
  ownerLabel: string;
  taskLabel: string;
  dueLabel: string;
  taskRows: { owner: string; text: string; due: string }[];
  /** «… og N til (se fanen)» when Teams' message size left no room for every line; the documents hold all. */
  more: string;
  approval: string;
  docxUrl: string;
  mdUrl: string;
  downloadDocx: string;
  downloadMd: string;
}

export function minutesCardData(
  m: Minutes,
  opts: { approval: string; docxUrl?: string; mdUrl?: string; approve?: { networkId: string } },
): MinutesCardData {
  const facts = attendanceFacts(m);
  const rows = m.tasksByOwner.flatMap((g) =>
    g.tasks.map((x) => ({
      owner: g.owner,
      text: x.taskId ? `${x.taskId}: ${x.text}` : x.text,
      due: taskDueText(m, x.due),
    })),
  );
  return {
    title: t.minutesTitle(formatLong(m.date)),
    hasFacts: facts.length > 0,
    facts,
    approvedPrevious: previousLine(m),
    corrected: correctedLine(m),
    approveVerb: opts.approve ? 'minutes.approve' : '',
    approveTitle: t.approveButton,
    networkId: opts.approve?.networkId ?? '',
    meetingId: m.meetingId,
    // Items with nothing recorded stay out of the card to keep it short; the document lists all.
    // Teams reads "3. Oppfølging" at the start of a TextBlock as a numbered list and shows it as "1.", and
    // a no-break space after the number did not stop every renderer (a stranger's month saw «1.» on each),
    // so the heading does not start with a number at all. Every line gets the same bullet.
    items: m.items
      .map((i) => ({
        heading: t.minutesItemHeading(i.index, i.title),
        lines: itemLines(i).map((l) => (l.startsWith('• ') ? l : `• ${l}`)),
      }))
      .filter((i) => i.lines.length)
      .concat(
        notDealtWithLines(m).length
          ? [{ heading: meetingDayText.notDealtWithHeading, lines: notDealtWithLines(m).map((l) => `• ${l}`) }]
          : [],
      ),
    hasTasks: rows.length > 0,
    tasksLabel: t.tasksByOwner,
    ownerLabel: t.owner,
    taskLabel: t.task,
    dueLabel: t.due,
    taskRows: rows,
    approval: opts.approval,
    docxUrl: opts.docxUrl ?? '',
    mdUrl: opts.mdUrl ?? '',
    downloadDocx: t.download,
    downloadMd: t.downloadMd,
    more: '',
  };
}

export function minutesCard(m: Minutes, opts: Parameters<typeof minutesCardData>[1]): AdaptiveCard {
  const data = minutesCardData(m, opts);
  const lines = data.items.reduce((n, i) => n + i.lines.length, 0);
  const total = lines + data.taskRows.length;
  return fitList(total, (shown) =>
    renderCard('minutes', {
      ...data,
      items: firstOf(
        data.items,
        (i) => i.lines,
        shown,
        (i, kept) => ({ ...i, lines: kept }),
      ),
      taskRows: data.taskRows.slice(0, Math.max(0, shown - lines)),
      hasTasks: data.hasTasks && shown > lines,
      more: moreLine(total - shown),
    }),
  );
}
