import type { AdaptiveCard } from '../src/conversation/types.ts';
import { agendaText, meetingText as t } from '../src/i18n/index.ts';
import { renderCard } from './render.ts';

export interface AgendaView {
  networkId: string;
  dateLabel: string;
  when: string;
  moved: string;
  items: { n: number; title: string; detail: string; minutes: number }[];
  warning: string;
  cutoff: string;
  /** The standing agenda as editable lines "Tittel | minutter". */
  editValue: string;
  /** What a leader should know after a save (items dropped, …). */
  editNotes?: string[];
}

export interface AgendaCardData {
  networkId: string;
  title: string;
  when: string;
  moved: string;
  items: { n: number; title: string; detail: string; duration: string }[];
  warning: string;
  cutoff: string;
  editTitle: string;
  editHelp: string;
  editLabel: string;
  editError: string;
  editSave: string;
  editValue: string;
  notes: { text: string }[];
}

export function agendaCardData(v: AgendaView): AgendaCardData {
  return {
    networkId: v.networkId,
    title: t.agendaTitle(v.dateLabel),
    when: v.when,
    moved: v.moved,
    items: v.items.map((i) => ({ n: i.n, title: i.title, detail: i.detail, duration: agendaText.duration(i.minutes) })),
    warning: v.warning,
    cutoff: v.cutoff,
    editTitle: t.agendaEdit.title,
    editHelp: t.agendaEdit.help,
    editLabel: t.agendaEdit.label,
    editError: t.agendaEdit.error,
    editSave: t.agendaEdit.save,
    editValue: v.editValue,
    notes: (v.editNotes ?? []).map((text) => ({ text })),
  };
}

export function agendaCard(v: AgendaView): AdaptiveCard {
  return renderCard('agenda', agendaCardData(v));
}
