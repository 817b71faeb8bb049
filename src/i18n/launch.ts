/** What `npm start`'s launcher says to the operator. */
export const launchText = {
  spawnFailed: (reason: string) => `Kunne ikke starte serveren: ${reason}`,
  /** Local mode has no sign-in: on another address than loopback, anyone on the network can use it. */
  openOnNetwork: (host: string) =>
    `ADVARSEL: Nettverksboten kjører uten innlogging (lokal modus) og lytter på ${host}. Alle som når denne maskinen over nettverket, kan skrive som Kari og Ola, lese chattene og hente fanens data. Bruk HOST=127.0.0.1 med mindre det er meningen.`,
} as const;
