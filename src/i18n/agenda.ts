const hm = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? (m ? `${h} t ${m} min` : `${h} t`) : `${m} min`;
};

export const agendaText = {
  defaults: {
    welcome: 'Velkommen og godkjenning av agenda',
    approveMinutes: 'Godkjenning av referat fra forrige møte',
    followUp: 'Oppfølging av oppgaver',
    projects: 'Status i utviklingsprosjektene – følger vi planen?',
    deadlines: 'Frister og rapportering',
    topic: 'Faglig tema / erfaringsdeling',
    experienceLog: 'Erfaringslogg: gjort – lært – lurt',
    other: 'Eventuelt',
    summary: 'Oppsummering og neste møte',
  },
  overLength: (total: number, length: number) =>
    `Tidsrammene er til sammen ${hm(total)}, men møtet varer ${hm(length)}. Kort ned noen punkter eller gjør møtet lengre.`,
  duration: hm,
  proposals: {
    /** A second identical proposal from the same person for the same meeting (N14). */
    duplicate: (id: string, date: string) =>
      `Du har allerede foreslått dette (${id}) til møtet ${date}. Jeg har ikke lagt det inn en gang til.`,
    /** One member's proposals waiting for a leader, for one meeting, are capped: each @mentions every leader. */
    tooMany: (n: number, date: string, typed: string) =>
      `Du har allerede ${n} forslag til møtet ${date} som venter på svar fra lederne, og det er grensen. Lederne tar stilling til dem først; når ett er avgjort, kan du sende et nytt. Det du skrev: «agenda + ${typed}»`,
    /** With the agenda notice: the proposals for that meeting no leader has decided on. */
    undecided: (mentions: string, n: number, date: string) =>
      `${mentions} ${n === 1 ? 'Ett forslag' : `${n} forslag`} til agendaen for møtet ${date} venter fortsatt på svar. Godta eller avslå ${n === 1 ? 'det' : 'dem'} her, så får forslagsstilleren beskjed.`,
    /** To the proposer after the meeting, when no leader decided on the proposal. */
    notTakenUp: (name: string, id: string, text: string, date: string) =>
      `${name} Forslaget ditt ${id} «${text}» til møtet ${date} ble ikke tatt opp: ingen leder godtok eller avslo det før møtet. Vil du fortsatt ha det med, kan du foreslå det igjen, for eksempel: «agenda + ${text}»`,
  },
  /** `agenda` and `frister` in the personal chat (N23): the person's own network's, read only. */
  personal: {
    noNetwork: (command: string) =>
      `Jeg finner ikke noe nettverk du er med i. «${command}» viser nettverkets egne datoer, så skriv det i nettverkets kanal, for eksempel: «@Nettverksboten ${command}»`,
    chooseTitle: 'Hvilket nettverk?',
    choose: (command: string) =>
      `Du er med i flere nettverk. Velg hvilket du vil se, eller skriv navnet etter «${command}», for eksempel: «${command} Læringsnettverk Vest».`,
    notFound: (typed: string) => `Du er ikke med i noe nettverk som heter «${typed}».`,
    showing: (network: string) => `${network}:`,
  },
} as const;
