// Pure: how people name a task in the task commands. No store, no cards.

/** `oppgave vis T3`, `vis oppgave #t3`: the task number as stored (T3), or '' when none was given. */
export function parseTaskId(args: string): string {
  return args.trim().toUpperCase().replace(/^#/, '');
}

/**
 * «avlys T3», «slett t3», «fjern #T3»: the bare verb counts as `avlys oppgave` only with a task number
 * after it, so ordinary text («slett det siste?», «avlys 26.02») is left to the other commands and
 * the questions. The arguments to run the command with, or null.
 */
export function cancelClaim(text: string): string | null {
  return /^(?:avlys|avlyse|slett|slette|fjern|fjerne)\s+(#?t\d{1,6}(?![\p{L}\p{N}]).*)$/iu.exec(text)?.[1] ?? null;
}

/**
 * The task `avlys oppgave …` is about: its number (T3), or what was wrong. `meeting` says the text
 * may mean a meeting («avlys 26.02», «slett møtet»), so the answer can name that command too.
 */
export function parseCancelTarget(args: string): { ok: true; id: string } | { ok: false; meeting: boolean } {
  const m = /^#?(t\d{1,6})(?![\p{L}\p{N}])/iu.exec(args.trim());
  if (m?.[1]) return { ok: true, id: m[1].toUpperCase() };
  return { ok: false, meeting: /\d|møte/iu.test(args) };
}
