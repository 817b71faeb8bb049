// Answers to a question that holds up an older document's fact against the current one.
export const statedOldFactText = {
  /** The current guidelines leave the deadline to the grant letter; the date the asker stated is the old one. */
  deadlineInGrantLetter: (guidelines: string, stated: string) =>
    `${guidelines} viser til tilskuddsbrevet for fristen, så ${stated} gjelder bare hvis tilskuddsbrevet sier det.`,
  /** "Kunne X være med fra starten i 2018?" answered by a text on that point that dates it from a later year. */
  onlyFromLater: (asked: number, from: number) => `Nei, ikke i ${asked}: det gjelder først fra ${from}.`,
  guidelinesOfYear: (year: number) => `Retningslinjene fra ${year}`,
  guidelines: 'Retningslinjene',
};
