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
    'Denne meldingen står i kanalen, ikke i møtetråden, så den ble ikke lagret. Skriv den som svar i møtetråden, så kommer den i referatet.',
  /** A meeting line edited or deleted in Teams (messageUpdate / messageDelete). */
  edited: (item: number, line: string) => `✎ Rettet i referatet (punkt ${item}): «${line}»`,
  editRefused: 'Endringen ble ikke tatt med i referatet. Innføringen står som før.',
  editEmpty:
    'Den redigerte meldingen har ingen tekst etter kommandoen, så innføringen står som før. Vil du fjerne den, slett meldingen eller skriv «angre».',
  editNotPossible:
    'Denne linjen kan ikke rettes ved å redigere meldingen. Slett meldingen (eller skriv «angre») og skriv linjen på nytt, for eksempel «oppgave Nes: lage plan innen 20.12».',
  editAfterEnd:
    'Møtet er avsluttet, så referatet endres ikke når meldingen endres eller slettes. Rett referatet med «rett referat».',
  /** `what`: the entries by kind and item («Notatet under punkt 3»), never the deleted words (N1). */
  deleted: (what: string) => `🗑 Meldingen er slettet. ${what} er tatt ut av referatet.`,
  /** Teams «undeleteMessage»: the author undid the deletion. */
  undeleted: (what: string) => `↩ Meldingen er hentet tilbake. ${what} er med i referatet igjen.`,
  /** An entry named without its words, for the replies to a deleted, undeleted or undone line. */
  label: {
    note: (item: number) => `notatet under punkt ${item}`,
    decision: (item: number) => `vedtaket under punkt ${item}`,
    task: (id: string, item: number) => `oppgave ${id} under punkt ${item}`,
    taskWithoutId: (item: number) => `oppgaven under punkt ${item}`,
    other: (item: number) => `føringen under punkt ${item}`,
  },
};
