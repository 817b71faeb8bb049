import type { AdaptiveCard } from '../src/conversation/types.ts';
import { draftCardText as t } from '../src/i18n/index.ts';
import type { Draft } from '../src/projects/report-draft.ts';
import { renderCard } from './render.ts';

export interface ReportDraftCardData {
  title: string;
  subtitle: string;
  missingTitle: string;
  missingColor: 'Attention' | 'Good';
  missingText: string;
  notesText: string;
  hint: string;
  checklistTitle: string;
  checklistText: string;
  linkNote: string;
  downloadLabel: string;
  url: string;
}

/** The draft's download and, above all, what the bot could not fill in. */
export function reportDraftCard(draft: Draft, opts: { url: string; hint?: string }): AdaptiveCard {
  const checklist = draft.blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : []));
  const data: ReportDraftCardData = {
    title: draft.title,
    subtitle: draft.subtitle,
    missingTitle: draft.missing.length ? t.missingTitle(draft.missing.length) : t.nothingMissing,
    missingColor: draft.missing.length ? 'Attention' : 'Good',
    missingText: draft.missing.map((m) => `- ${m}`).join('\n'),
    notesText: (draft.notes ?? []).join('\n\n'),
    hint: opts.hint ?? '',
    checklistTitle: t.checklistTitle,
    checklistText: checklist.map((c) => `- ☐ ${c.text}`).join('\n'),
    linkNote: t.linkNote,
    downloadLabel: t.download,
    url: opts.url,
  };
  return renderCard('report-draft', data);
}
