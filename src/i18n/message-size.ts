/** What the bot says when a message would pass Teams' size limit (about 28 KB; attack round 8, A9). */
export const messageSizeText = {
  /** Ends a reply that was cut, or stands in for a card Teams would not take. */
  tooLarge:
    '(Svaret var for stort til å vises i Teams, så det er kortet ned. Se fanen i kanalen, eller be om mindre av gangen.)',
  /** Ends a list in a reply that names only the first few: how many more, and the command that shows them all. */
  andMore: (shown: string, hidden: number, command: string) =>
    hidden > 0 ? `${shown} og ${hidden} til – skriv «${command}»` : shown,
};
