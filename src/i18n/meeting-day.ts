// Words for one meeting day: a shorter meeting's own time boxes, items postponed in the meeting, late lines.
import { agendaText } from './agenda.ts';

const hm = agendaText.duration;

export const meetingDayText = {
  /** On the agenda (notice, card, tab) of a moved or extra meeting shorter than the fixed agenda (month s16 #3). */
  fitted: (length: number, total: number) =>
    `Dette møtet varer ${hm(length)}, kortere enn den faste agendaen (${hm(total)}). Tidene over er derfor kortet ned forholdsvis for dette møtet; den faste agendaen er som før. Vil dere heller ta et punkt på neste møte, skriv i møtet for eksempel «utsett punkt 6 til neste møte».`,
};
