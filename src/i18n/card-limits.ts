/** What a card says when Teams' message size (about 28 KB) leaves no room for the whole list (attack round 6b, A11a). */
export const cardLimitText = {
  /** The last line of a list card that could not show everything. */
  more: (n: number) => `… og ${n} til (se fanen)`,
  /** A proposal or an item that would take the agenda past what one card in Teams can show; the text comes back. */
  agendaFull: (max: number, typed: string) =>
    `Dagsorden har allerede ${max} ${max === 1 ? 'punkt' : 'punkter'}, som er det meste et kort i Teams kan vise. Slå sammen punkter, eller legg resten i et nytt møte. Det du skrev: «agenda + ${typed}»`,
};
