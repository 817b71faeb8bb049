// Answers to a question that holds up an older document's fact against the current one.
export const statedOldFactText = {
  /** The current guidelines leave the deadline to the grant letter; the date the asker stated is the old one. */
  deadlineInGrantLetter: (guidelines: string, stated: string) =>
    `${guidelines} viser til tilskuddsbrevet for fristen, så ${stated} gjelder bare hvis tilskuddsbrevet sier det.`,
  guidelinesOfYear: (year: number) => `Retningslinjene fra ${year}`,
  guidelines: 'Retningslinjene',
};
