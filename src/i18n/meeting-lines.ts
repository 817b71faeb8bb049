/** What is said about a task's status in a meeting, the follow-up lines in «rett referat», and lines typed beside the meeting. */
export const meetingLineText = {
  /** The row label of a task-status line on the correction card, after «Punkt 3 ·». */
  followUpKind: 'Oppfølging av oppgave',
  commentKept: (item: number, line: string) => `Lagret i referatet under punkt ${item}: «${line}»`,
  commentNotKept: (typed: string) =>
    `Bare statusen ble lagret. Resten av linjen ble ikke lagret, for det er ikke noe møte i gang i denne tråden: «${typed}». Skriv det i møtetråden, så kommer det i referatet.`,
  commentNoLine: (id: string, typed: string) =>
    `Statusen på ${id} ble ikke endret av deg her, så teksten etter den ble ikke lagret: «${typed}». Vil du ha den i referatet, skriv «info: ${id} – ${typed}».`,
  strayTitle: (date: string) => `Møtet ${date} går i tråden under «start møte»`,
  strayHint:
    'Denne meldingen står i kanalen, ikke i møtetråden, så den ble ikke lagret. Skriv den som svar i møtetråden, så kommer den i referatet. Dette sier jeg bare én gang i hvert møte.',
};
