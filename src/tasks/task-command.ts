// Pure: `oppgave T3 ferdig|pågår|utsett <dato>|ny ansvarlig @Navn|tekst …|avlys` read into what to change.

export type TaskCommand =
  | { verb: 'show' }
  | { verb: 'done' }
  | { verb: 'progress' }
  | { verb: 'reopen' }
  /** avlys, slett, fjern: asks for a confirmation, then marks it cancelled (never done). */
  | { verb: 'cancel' }
  /** `later`: «utsett» must move the due date later; «ny frist» may move it either way. */
  | { verb: 'postpone'; date: string; later: boolean }
  | { verb: 'owners'; who: string }
  | { verb: 'text'; text: string }
  | { verb: 'unknown'; rest: string };

export function parseTaskCommand(args: string): { id: string; command: TaskCommand } | null {
  const m = /^#?(t\d{1,6})(?![\p{L}\p{N}])[\s:,.-]*(.*)$/iu.exec(args.trim());
  if (!m) return null;
  const [, typedId = '', typedRest = ''] = m;
  const id = typedId.toUpperCase();
  const rest = typedRest.trim();
  const lower = rest.toLowerCase();
  const word = (re: RegExp) => re.test(lower);
  if (!rest) return { id, command: { verb: 'show' } };
  if (word(/^(er )?(ferdig|gjort|utført|fullført|levert)\b/)) return { id, command: { verb: 'done' } };
  if (word(/^(pågår|påbegynt|i gang|startet)(?![\p{L}])/u)) return { id, command: { verb: 'progress' } };
  if (word(/^(åpne igjen|gjenåpne|åpne|ikke ferdig)(?![\p{L}])/u)) return { id, command: { verb: 'reopen' } };
  if (word(/^(avlys|avlyse|avlyses|avlyst|slett|slette|slettes|fjern|fjerne|fjernes)(?![\p{L}])/u))
    return { id, command: { verb: 'cancel' } };
  let x = /^(utsett|utsatt|utsettes|ny frist|frist|flytt fristen|flytt frist)(?:\s+(?:til|innen))?\s*:?\s*(.*)$/u.exec(
    lower,
  );
  if (x)
    return {
      id,
      command: {
        verb: 'postpone',
        date: rest.slice(rest.length - (x[2] ?? '').length).trim(),
        later: (x[1] ?? '').startsWith('utsat') || (x[1] ?? '').startsWith('utsett'),
      },
    };
  x = /^(?:ny ansvarlig|ansvarlig|gi til|gis til)\s*:?\s*(.*)$/u.exec(lower);
  if (x) return { id, command: { verb: 'owners', who: rest.slice(rest.length - (x[1] ?? '').length).trim() } };
  x = /^(?:ny tekst|tekst|endre teksten til|endre tekst til|endre tekst)\s*:?\s*(.*)$/su.exec(lower);
  if (x) return { id, command: { verb: 'text', text: rest.slice(rest.length - (x[1] ?? '').length).trim() } };
  return { id, command: { verb: 'unknown', rest } };
}
