/** What `npm start`'s launcher says to the operator. */
export const launchText = {
  spawnFailed: (reason: string) => `Kunne ikke starte serveren: ${reason}`,
} as const;
