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
} as const;
