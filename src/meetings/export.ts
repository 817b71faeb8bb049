import type * as Docx from 'docx';
import { itemLines } from './minutes-text.ts';
import { meetingText as t } from '../i18n/index.ts';
import { redactText } from '../privacy/redact.ts';
import { formatLong, formatShort } from '../time/local-date.ts';
import type { Minutes, MinutesItem } from './log.ts';
import { attendanceFacts, correctedLine, notDealtWithLines, previousLine, taskDueText } from './minutes-text.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';

/**
 * What the downloaded minutes say beyond the card: they travel by e-mail to the municipalities, so
 * they name the network and its municipalities, and a meeting ended on a later day says when (N4).
 */
export interface MinutesHeader {
  network: string;
  municipalities: readonly string[];
  /** Set when the meeting was ended on a later day than its own («lørdag 19. desember 2026», «17:02»). */
  endedLater?: { date: string; time: string } | null;
}

function taskRows(m: Minutes): [string, string, string][] {
  return m.tasksByOwner.flatMap((g) =>
    g.tasks.map((x): [string, string, string] => [
      g.owner,
      x.taskId ? `${x.taskId}: ${x.text}` : x.text,
      taskDueText(m, x.due),
    ]),
  );
}

/** An item's lines as the card writes them, in the card's order, task lines with their T-number («Oppgave T4: …»). */
function exportLines(item: MinutesItem): string[] {
  return itemLines(item);
}

function title(m: Minutes, header?: MinutesHeader): string {
  return header?.network ? t.minutesTitleFor(formatLong(m.date), header.network) : t.minutesTitle(formatLong(m.date));
}

function headerFacts(m: Minutes, header?: MinutesHeader): { label: string; value: string }[] {
  const list = header?.municipalities.length
    ? [{ label: t.networkMunicipalities, value: header.municipalities.join(', ') }]
    : [];
  return [...list, ...attendanceFacts(m)];
}

/**
 * Text people typed, written so a Markdown viewer shows it as typed and nothing more (attack round 5,
 * A5): Markdown allows inline HTML, links and images, so `< > &` become entities, every character that
 * starts inline markup or a table cell is backslash-escaped, a line cannot open a list or heading, and
 * a `javascript:`-like scheme loses its colon. Before that, an identity number in the text as a
 * renderer shows it (tags dropped, entities decoded) is masked; the guard refused such text on the way
 * in, but minutes may hold lines kept before it read them so.
 */
export function mdText(s: string): string {
  // Only what Markdown would misread (N4: «17\.12.2026» and «\(Ullensaker …\)» showed their backslashes
  // when pasted into an e-mail): parentheses and «!» do nothing once «[ ]» are escaped, «{}» nothing at
  // all, «#» and «1.» only at the start of a line, and a list marker only when a space follows.
  return redactText(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\b(javascript|vbscript|data|file)\s*:/gi, '$1\\:')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^#/, '\\#')
    .replace(/^[-+=](?=\s|$)/, '\\$&');
}

export function minutesMarkdown(m: Minutes, approval: string, header?: MinutesHeader): string {
  const out: string[] = [`# ${mdText(title(m, header))}`, ''];
  const facts = headerFacts(m, header);
  if (facts.length) out.push(facts.map((f) => `**${f.label}:** ${mdText(f.value)}`).join('  \n'), '');
  if (header?.endedLater)
    out.push(mdText(meetingDayText.closedLaterAt(header.endedLater.date, header.endedLater.time)), '');
  if (previousLine(m)) out.push(mdText(previousLine(m)), '');
  // Items with nothing recorded are left out, as on the card.
  for (const item of m.items) {
    const lines = exportLines(item);
    if (!lines.length) continue;
    out.push(`## ${item.index}. ${mdText(item.title)}`, '');
    out.push(...lines.map((l) => `- ${mdText(l.startsWith('• ') ? l.slice(2) : l)}`), '');
  }
  if (notDealtWithLines(m).length)
    out.push(
      `## ${mdText(meetingDayText.notDealtWithHeading)}`,
      '',
      ...notDealtWithLines(m).map((l) => `- ${mdText(l)}`),
      '',
    );
  const rows = taskRows(m);
  if (rows.length) {
    out.push(`## ${t.tasksByOwner}`, '', `| ${t.owner} | ${t.task} | ${t.due} |`, '|---|---|---|');
    for (const r of rows) out.push(`| ${r.map(mdText).join(' | ')} |`);
    out.push('');
  }
  out.push(`_${mdText(approval)}_`, '');
  if (correctedLine(m)) out.push(`_${mdText(correctedLine(m))}_`, '');
  return out.join('\n');
}

function cell({ Paragraph, TableCell, TextRun }: typeof Docx, text: string, bold = false): Docx.TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

export async function minutesDocx(m: Minutes, approval: string, header?: MinutesHeader): Promise<Buffer> {
  // docx is about 1 MB of code that only this download uses: loaded on the first export, not at every start.
  const docx = await import('docx');
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableRow, TextRun, WidthType } = docx;
  const children: (Docx.Paragraph | Docx.Table)[] = [
    new Paragraph({ text: title(m, header), heading: HeadingLevel.HEADING_1 }),
    ...headerFacts(m, header).map(
      (f) => new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)] }),
    ),
  ];
  if (header?.endedLater)
    children.push(new Paragraph(meetingDayText.closedLaterAt(header.endedLater.date, header.endedLater.time)));
  if (previousLine(m)) children.push(new Paragraph(previousLine(m)));
  for (const item of m.items) {
    const lines = exportLines(item);
    if (!lines.length) continue;
    children.push(new Paragraph({ text: `${item.index}. ${item.title}`, heading: HeadingLevel.HEADING_2 }));
    for (const l of lines) children.push(new Paragraph({ text: l.replace(/^• /, ''), bullet: { level: 0 } }));
  }
  if (notDealtWithLines(m).length) {
    children.push(new Paragraph({ text: meetingDayText.notDealtWithHeading, heading: HeadingLevel.HEADING_2 }));
    for (const l of notDealtWithLines(m)) children.push(new Paragraph({ text: l, bullet: { level: 0 } }));
  }
  const rows = taskRows(m);
  if (rows.length) {
    children.push(new Paragraph({ text: t.tasksByOwner, heading: HeadingLevel.HEADING_2 }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: [cell(docx, t.owner, true), cell(docx, t.task, true), cell(docx, t.due, true)],
          }),
          ...rows.map((r) => new TableRow({ children: r.map((c) => cell(docx, c)) })),
        ],
      }),
    );
  }
  children.push(new Paragraph({ children: [new TextRun({ text: approval, italics: true })] }));
  if (correctedLine(m))
    children.push(new Paragraph({ children: [new TextRun({ text: correctedLine(m), italics: true })] }));
  const doc = new Document({
    creator: 'Nettverksboten',
    title: t.minutesTitle(formatShort(m.date)),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
