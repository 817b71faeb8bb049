// Renders a Draft to .docx with the docx library (loaded on first use: it is large, and only downloads need it).
import type * as Docx from 'docx';
import { draftDocxText as t } from '../i18n/index.ts';
import type { Draft } from './report-draft.ts';

export async function draftDocx(draft: Draft): Promise<Buffer> {
  const docx = await import('docx');
  const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, ShadingType } =
    docx;
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const children: (Docx.Paragraph | Docx.Table)[] = [
    new Paragraph({ text: draft.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: draft.subtitle, italics: true })] }),
  ];
  for (const b of draft.blocks) {
    switch (b.kind) {
      case 'heading':
        children.push(
          new Paragraph({ text: b.text, heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }),
        );
        break;
      case 'paragraph':
        for (const line of b.text.split(/\n+/)) children.push(new Paragraph(line));
        break;
      case 'field':
        children.push(
          new Paragraph({
            children: [
              new TextRun({ text: `${b.label}: `, bold: true }),
              b.value && b.value.trim()
                ? new TextRun(b.value)
                : new TextRun({
                    text: t.missing,
                    italics: true,
                    shading: { type: ShadingType.CLEAR, fill: 'FFF2CC', color: 'auto' },
                  }),
            ],
          }),
        );
        break;
      case 'bullets':
        for (const item of b.items) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table':
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true)) }),
              ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
            ],
          }),
        );
        break;
      case 'checklist':
        for (const item of b.items) {
          children.push(
            new Paragraph({
              children: [
                new TextRun(`☐ ${item.text}`),
                new TextRun({ text: ` (${t.source}: ${item.source})`, italics: true, size: 18 }),
              ],
            }),
          );
        }
        break;
    }
  }
  const doc = new Document({ creator: 'Nettverksboten', title: draft.title, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
