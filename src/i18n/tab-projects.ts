/** The tab's plan upload and project list (issue #17 item 2): what the server says. */
export const tabProjectsText = {
  leaderOnly: (leaders: string[]) =>
    `Bare nettverkets ledere kan laste opp prosjektplaner.${leaders.length ? ` Ledere nå: ${leaders.join(', ')}.` : ''}`,
  wrongType:
    'Last opp selve Word-filen (.docx) som filinnhold, med Content-Type application/vnd.openxmlformats-officedocument.wordprocessingml.document. Eksempel: prosjektplan-2025.docx',
  encoded: 'Filen må sendes som den er, ikke komprimert. Last den opp på nytt fra fanen.',
  busy: 'Mange laster opp filer akkurat nå. Prøv igjen om noen sekunder.',
};
