import type { AdaptiveCard } from '../src/conversation/types.ts';
import { agendaText, meetingText as t } from '../src/i18n/index.ts';
import { renderCard } from './render.ts';
import { cutText, fitList, moreLine } from './fit.ts';

/**
 * The most items one meeting's agenda takes: the fixed agenda's 20 and 20 more. Forty items of
 * ordinary length make a card of about 20 KB, under Teams' 28 KB (attack round 6b, A11a).
 */
export const MAX_AGENDA_ITEMS = 40;
/** An item's title and its filled-in line in the card; the tab shows them whole. */
const TITLE_MAX = 300;
const DETAIL_MAX = 600;

export interface AgendaView {
  networkId: string;
  dateLabel: string;
  when: string;
  moved: string;
  /** «Agendaen ble endret 10.12 av Kari Nordmann.» on a notice redrawn after the fixed agenda changed. */
  changed?: string;
  items: { n: number; title: string; detail: string; minutes: number }[];
  warning: string;
  /** A shorter meeting's own time boxes, said to everyone (the warning is then empty). */
  fitted?: string;
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
  changed: string;
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
  /** «… og N til (se fanen)» when the card could not hold every item. */
  more: string;
}

export function agendaCardData(v: AgendaView, shown = v.items.length): AgendaCardData {
  return {
    networkId: v.networkId,
    title: t.agendaTitle(v.dateLabel),
    when: v.when,
    moved: v.moved,
    changed: v.changed ?? '',
    items: v.items.slice(0, shown).map((i) => ({
      n: i.n,
      title: cutText(i.title, TITLE_MAX),
      detail: cutText(i.detail, DETAIL_MAX),
      duration: agendaText.duration(i.minutes),
    })),
    more: moreLine(v.items.length - Math.min(shown, v.items.length)),
    warning: v.fitted || v.warning,
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
  return fitList(v.items.length, (shown) => renderCard('agenda', agendaCardData(v, shown)), MAX_AGENDA_ITEMS);
}
