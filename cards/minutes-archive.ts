import type { AdaptiveCard } from '../src/conversation/types.ts';
import { archiveText as t } from '../src/i18n/archive.ts';
import { renderCard } from './render.ts';
import { fitList, moreLine } from './fit.ts';

export interface ArchiveEntry {
  meetingId: string;
  networkId: string;
  /** "30.11.2026 kl. 13:00" */
  heading: string;
  lines: string[];
  docxUrl: string;
  mdUrl: string;
}

export interface MinutesArchiveCardData {
  title: string;
  note: string;
  meetings: (ArchiveEntry & { showLabel: string; docxLabel: string; mdLabel: string })[];
  /** «… og N til (se fanen)» when Teams' message size left no room for every meeting. */
  more: string;
}

/** A list of minutes (the archive, a day's choice, or search hits), each with its lines and links. */
export function minutesArchiveCard(title: string, meetings: ArchiveEntry[], note = ''): AdaptiveCard {
  const data: MinutesArchiveCardData = {
    title,
    note,
    meetings: meetings.map((m) => ({ ...m, showLabel: t.show, docxLabel: t.docx, mdLabel: t.md })),
    more: '',
  };
  return fitList(data.meetings.length, (shown) =>
    renderCard('minutes-archive', {
      ...data,
      meetings: data.meetings.slice(0, shown),
      more: moreLine(data.meetings.length - shown),
    }),
  );
}
