/** The channel's note when a leader changes the meetings in the tab's Innstillinger (N17, round 6). */
export const tabSettingsNoteText = {
  series: (who: string, said: string) => `${who} endret møteplanen i fanen «Innstillinger». ${said}`,
  place: (who: string, said: string) => `${who} endret møtestedet i fanen «Innstillinger». ${said}`,
  agenda: (who: string, items: string[]) =>
    `${who} endret den faste agendaen i fanen «Innstillinger». Den er nå: ${items.join(', ')}.`,
  agendaItem: (title: string, minutes: number) => `${title} (${minutes} min)`,
};
