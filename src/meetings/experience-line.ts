// Pure: the agenda's own «Erfaringslogg: gjort – lært – lurt» read from a line in the meeting thread.
// "gjort: startet teamet. lært: det tar tid. lurt: avklare roller tidlig" is three log lines.

const KIND = /(?<![\p{L}\p{N}])(gjort|lært|lurt)\s*[:–—]\s*/giu;
const START = /^(gjort|lært|lurt)\s*[:–—]\s*\S/iu;

/** The line itself when it starts with «gjort:», «lært:» or «lurt:» (a colon or dash after the word), else null. */
export function readExperienceLine(text: string): string | null {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return START.test(clean) ? clean : null;
}

/** Each «gjort:/lært:/lurt:» part of the line with its text, in the order written; parts without text are left out. */
export function splitExperienceLine(text: string): { kind: 'gjort' | 'lært' | 'lurt'; text: string }[] {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const marks = [...clean.matchAll(KIND)];
  return marks
    .map((m, i) => ({
      // KIND captures one of the three words; matchAll always gives the index of a match.
      kind: (m[1] ?? '').toLocaleLowerCase('nb') as 'gjort' | 'lært' | 'lurt',
      text: clean.slice(m.index + m[0].length, marks[i + 1]?.index).trim(),
    }))
    .filter((p) => p.text);
}
