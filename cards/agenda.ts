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
    editTitle: agendaEditText.title,
    editHelp: agendaEditText.help,
    editLabel: agendaEditText.label,
    editError: agendaEditText.error,
    editSave: agendaEditText.save,
    editValue: v.editValue,
  };
}

export function agendaCard(v: AgendaView): AdaptiveCard {
  return renderCard('agenda', agendaCardData(v));
}

const agendaEditText = {
  title: 'Endre fast agenda',
  help: 'Ett punkt per linje: tittel, loddrett strek og minutter. For eksempel «Eventuelt | 15». Bare ledere kan lagre.',
  label: 'Fast agenda',
  error: 'Agendaen må ha minst ett punkt.',
  save: 'Lagre fast agenda',
};
