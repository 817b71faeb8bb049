export const common = {
  /** A card button clicked in another network's conversation than the one it was made for. */
  wrongNetworkCard: 'Dette kortet hører til et annet nettverk enn samtalen, så ingenting ble endret.',
  /** The button under «Mente du «agenda»?» when a sentence asked for a command by its word. */
  offerButton: (word: string) => `Vis ${word}`,
} as const;

/**
 * A count and its noun in the form Norwegian wants: «1 oppgave», «2 oppgaver», «0 oppgaver». The
 * one place every count in the catalogue gets its number from (N11: «1 oppgaver», «1 frister»).
 * Words that are alike in both (nettverk, tegn, vedtak) need no call.
 */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The noun alone, for a count written elsewhere in the sentence («30, 14 og 1 dager» ends on «dager»). */
export function nounFor(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
