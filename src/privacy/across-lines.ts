// An identity number split over two lines the minutes put side by side ("saken gjelder 010190" and
// "12345 er resten": attack round 8, A3). Each line passed the guard alone; the minutes join them
// on the card, in the Markdown and in the .docx, where a text reader runs the paragraphs together.
// So what the minutes show is masked line by line and across every pair of neighbouring lines.
import { privacyText as t } from '../i18n/index.ts';
import { digitsUpTo } from './national-id.ts';
import { redactText } from './redact.ts';

/**
 * A bullet, dash or a short label («Vedtak: », «Oppgave: ») the renderings draw before a line: a reader
 * runs the numbers on either side of it together (attack round 8b, A1).
 */
const LEAD = /^(?:[•\-*]\s|\p{L}{2,12}:\s)?/u;

/**
 * The lines with every identity number masked, also one whose digits end one line and start the
 * next: the first line keeps its text up to the number and ends in the mark, the second keeps what
 * follows the number.
 */
export function maskAcrossLines(lines: readonly string[]): string[] {
  const out = lines.map(redactText);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const lead = LEAD.exec(out[i + 1]!)![0];
    const b = out[i + 1]!.slice(lead.length);
    // Two lines with fewer than seven digits between them hold no number together.
    if (digitsUpTo(a, 7) + digitsUpTo(b, 7) < 7) continue;
    const joined = `${a} ${b}`;
    const masked = redactText(joined);
    if (masked === joined) continue;
    let p = 0;
    while (p < joined.length && masked[p] === joined[p]) p++;
    let q = 0;
    while (q < joined.length - p && masked[masked.length - 1 - q] === joined[joined.length - 1 - q]) q++;
    // Masked inside one line only: that line alone was masked above.
    if (p > a.length || joined.length - q <= a.length + 1) continue;
    out[i] = `${a.slice(0, p).trimEnd()} ${t.removed}`.trimStart();
    out[i + 1] = lead + (b.slice(b.length - q).trimStart() || t.removed);
  }
  return out;
}
