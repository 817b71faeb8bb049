/** What the bot says to a reaction on one of its messages (month round 8, N14). */
export const reactionText = {
  /** A 👍 or ✅ on a task's card from someone who may change the task: a reaction changes nothing. */
  /** `example`: «oppgave T1 ferdig» addressed as the conversation needs (helpText.commandLine). */
  notDone: (id: string, example: string) =>
    `En reaksjon på kortet endrer ikke oppgave ${id}: den står fortsatt som før. Er den ferdig, trykk «Ferdig» på kortet eller skriv «${example}».`,
} as const;
