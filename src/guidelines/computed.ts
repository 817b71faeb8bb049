// Rules with a threshold or a date, applied to the member's own figures. The rule's figure is read from
// the entry that retrieval chose (its text is the cited source), never from a constant here: when the
// knowledge base says something else, the computation follows it, and without the figure there is none.
import { asksAmountFits, type NetworkKind, type ParsedQuestion } from './question.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';
import { laterStart, statesDate, statesOldFact } from './stated-old-fact.ts';
import { statedOldFactText as so } from '../i18n/stated-old-fact.ts';
import { dateText } from '../i18n/dates.ts';

const digits = (s: string) => Number(s.replace(/[^\d]/g, ''));

/** "over kr. 200 000", "over 200 000 kr", "beløp over 200.000": the auditor limit an entry states. */
export function auditorLimit(text: string): number | undefined {
  if (!/revis|attest/i.test(text)) return undefined;
  const m = /\bover\s+(?:kr\.?\s*)?(\d{1,3}(?:[\s\u00a0.]\d{3})+|\d{4,})/i.exec(text);
  return m ? digits(m[1]!) : undefined;
}

/** "høyst 5 prosent", "max 5 %": the overhead ceiling an entry states. */
export function overheadLimit(text: string): number | undefined {
  if (!/overhead/i.test(text)) return undefined;
  const m = /(\d{1,2}(?:,\d)?)\s*(?:%|prosent)/i.exec(text);
  return m ? Number(m[1]!.replace(',', '.')) : undefined;
}

const AMOUNT = String.raw`(\d{1,3}(?:[\s\u00a0.]\d{3})+|\d{5,})`;
const RANGE = new RegExp(
  String.raw`(?:fra|mellom)\s+(?:kr\.?\s*)?${AMOUNT}\s*(?:kr\.?|kroner)?\s+(?:til|og)\s+(?:kr\.?\s*)?${AMOUNT}`,
  'iu',
);
/** "Søknadsbeløpet kan være fra kr 50 000 til kr 500 000": the span an application's amount had to lie in. */
export function applicationRange(text: string): { low: number; high: number } | undefined {
  if (!/søk/iu.test(text)) return undefined;
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const low = digits(m[1]!),
    high = digits(m[2]!);
  return low < high ? { low, high } : undefined;
}

/**
 * "… når beløpet er under 200 000?": the limit itself after "under" or "over" restates the rule's bound; it is not an
 * amount the member has, and "200 000 kr er ikke over 200 000 kr" would answer a question nobody asked.
 */
export function restatesBound(question: string, amount: number): 'below' | 'above' | undefined {
  const figure = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '[\\s\\u00a0.]?');
  const m = new RegExp(
    String.raw`(?<![\p{L}])(under|over|mindre enn|mer enn|lavere enn|høyere enn)\s+(?:kr\.?\s*)?${figure}(?!\d)`,
    'iu',
  ).exec(question);
  if (!m) return undefined;
  return /^(?:under|mindre|lavere)/iu.test(m[1]!) ? 'below' : 'above';
}

export const formatKr = (n: number) =>
  `${Math.round(n)
    .toLocaleString('nb-NO')
    .replace(/\u00a0/g, ' ')} kr`;
const formatPct = (n: number) => `${String(n).replace('.', ',')} %`;

// "revisr", "revsior": the auditor typed with a letter missing or swapped is still the auditor.
const APPLY_ASKED = /(?<![\p{L}])(?:\p{L}*frist\p{L}* (?:for å|til å|å) (?:søke|søkje)|søknadsfrist\p{L}*)(?![\p{L}])/u;
const AUDITOR_WORDS = /(?<![\p{L}])(rev\p{L}{0,2}s\p{L}*|attest\p{L}*|revider\p{L}*|\p{L}*revisor\p{L}*)/u;
// Overhead by name, or by what the guidelines count as overhead (rent, IT, accounting).
const OVERHEAD_WORDS =
  /(?<![\p{L}])(overhead\p{L}*|administrasjon\p{L}*|adm|indirekte|påslag|husleie|felleskostnad\p{L}*|fellesutgift\p{L}*)(?![\p{L}])/u;
const SPEND_WORDS = /(?<![\p{L}])(bruk\p{L}*|nytte|frist\p{L}*|lenge|overfør\p{L}*|innen)(?![\p{L}])/u;
const TIME_ASKED = /(?<![\p{L}])(\p{L}*frist\p{L}*|innen|senest|når|dato\p{L}*|tidspunkt\p{L}*)(?![\p{L}])/u;
// "frist og krav … står i tilskuddsbrevet", "tilskuddsbrevet angir også frist": the deadline left to the grant letter.
const GRANT_LETTER_DEADLINE = /^(?=.*(?<![\p{L}])frist)(?=.*tilskuddsbrev)/iu;
const GUIDELINES_YEAR = /retningslinje\p{L}*\s+(?:fra|for)\s+((?:19|20)\d\d)/iu;
const REPORT_WORDS = /(?<![\p{L}])(\p{L}*rapport\p{L}*)(?![\p{L}])/u;

// "20 000 av 350 000", "20 000 av tilskuddet på 350 000", "20 000 når vi fikk 350 000": a part named before its whole.
const OF_WHOLE =
  /(?<![\p{L}])(?:av|ut av|fra|når vi fikk|av et tilskudd på|av tilskuddet på|av totalt|av en ramme på)(?![\p{L}])/u;

/**
 * A part and its whole, when the question gives two amounts and asks whether the one may be spent out of
 * the other: a yes/no question, or the smaller amount named before the larger with "av" between.
 */
export function partAndWhole(q: ParsedQuestion): { part: number; whole: number } | undefined {
  const distinct = [...new Set(q.amounts)];
  if (distinct.length !== 2) return undefined;
  const [a, b] = distinct as [number, number];
  const part = Math.min(a, b),
    whole = Math.max(a, b);
  if (q.type === 'yesno' || OF_WHOLE.test(q.normalized)) return { part, whole };
  return undefined;
}

/**
 * The rule applied to the question's figures, as sentences put before the entry's answer; undefined when the
 * question gives no figure for it, or the entry does not state the rule.
 */
export function computeAnswer(q: ParsedQuestion, entryText: string, entryKind?: NetworkKind): string | undefined {
  const out: string[] = [];
  const text = q.normalized;
  const auditor = AUDITOR_WORDS.test(text) ? auditorLimit(entryText) : undefined;
  const bound = auditor === undefined ? undefined : restatesBound(text, auditor);
  if (auditor !== undefined && bound)
    out.push(bound === 'below' ? t.auditorBelowBound(formatKr(auditor)) : t.auditorAboveBound(formatKr(auditor)));
  else if (auditor !== undefined && q.amounts.length) {
    const a = Math.max(...q.amounts);
    out.push(
      a > auditor
        ? t.auditorOver(formatKr(a), formatKr(auditor))
        : t.auditorNotOver(formatKr(a), formatKr(auditor), a === auditor),
    );
  }
  // "Vi tenkte å søke 600 000 i 2018, var det innenfor?": held against the span of that year's text only; a span one
  // document gave is never applied to a year it does not speak for.
  const range =
    q.amounts.length && asksAmountFits(text) && q.years.some((y) => entryText.includes(String(y)))
      ? applicationRange(entryText)
      : undefined;
  if (range) {
    const a = Math.max(...q.amounts);
    const span = `${formatKr(range.low)}–${formatKr(range.high)}`;
    out.push(
      a > range.high
        ? t.rangeAbove(formatKr(a), span)
        : a < range.low
          ? t.rangeBelow(formatKr(a), span)
          : t.rangeWithin(formatKr(a), span),
    );
  }
  const overhead = OVERHEAD_WORDS.test(text) ? overheadLimit(entryText) : undefined;
  const partWhole = overhead !== undefined ? partAndWhole(q) : undefined;
  if (overhead !== undefined && partWhole) {
    // "20 000 av 350 000 på adm": the ceiling is a share of the whole, and the part is held against it.
    const { part, whole } = partWhole;
    const max = (whole * overhead) / 100;
    out.push(
      part > max
        ? t.overheadPartAbove(formatKr(part), formatPct(overhead), formatKr(whole), formatKr(max))
        : t.overheadPartWithin(formatKr(part), formatPct(overhead), formatKr(whole), formatKr(max)),
    );
  } else if (overhead !== undefined) {
    for (const a of q.amounts) out.push(t.overheadOf(formatPct(overhead), formatKr(a), formatKr((a * overhead) / 100)));
  }
  if (overhead !== undefined)
    for (const p of q.percents)
      if (p !== overhead)
        out.push(
          p > overhead
            ? t.overheadAbove(formatPct(p), formatPct(overhead))
            : t.overheadWithin(formatPct(p), formatPct(overhead)),
        );
  const year = q.years.length === 1 ? q.years[0]! : undefined;
  // A rule for one kind of network is never applied to the other kind.
  const kind = q.networkKind && entryKind && q.networkKind !== entryKind ? undefined : (q.networkKind ?? entryKind);
  // "når er fristen for å søke om å overføre 2024-midlene": the deadline for applying is not the spending date.
  if (year !== undefined && !REPORT_WORDS.test(text) && SPEND_WORDS.test(text) && kind && !APPLY_ASKED.test(text)) {
    const next = `31.12.${year + 1}`;
    if (entryText.includes(next)) {
      if (kind === 'leaders') out.push(t.spendLeaders(year, next));
      else if (/overfør/i.test(entryText) && new RegExp(`utgangen av ${year}|31\\.12\\.${year}`).test(entryText))
        out.push(t.spendLearning(year, `31.12.${year}`, next));
    }
  }
  // Only when a time is asked: "hva var hovedfunnene i sluttrapporten fra 2024" names a report and a year
  // but asks for findings, not for the network's reporting date.
  if (
    year !== undefined &&
    REPORT_WORDS.test(text) &&
    // "Fristen var 1. mars i 2022, står det fortsatt?": the date is the asker's old fact; echoing it back as the
    // rule for the newer year would confirm it from whichever text was found, whatever the current one says.
    !(statesOldFact(q) && statesDate(q, 1, 3)) &&
    (q.type === 'when' || q.type === 'yesno' || TIME_ASKED.test(text)) &&
    /(?:1\.\s*mars|01\.03)/i.test(entryText) &&
    /(?:påfølgende|følgende|neste)\s+år|året\s+etter/i.test(entryText)
  ) {
    out.push(t.reportBy(year, `1. mars ${year + 1}`));
  }
  // "Fristen var 1. mars i 2022, står det fortsatt?": a text saying the guidelines leave the deadline to the grant letter
  // answers it, and the date the asker stated is held only if the letter says so.
  const stated = q.dates[0];
  const letter =
    stated && REPORT_WORDS.test(text) && statesOldFact(q)
      ? entryText.split(/(?<=[.!?])\s+/u).find((x) => GRANT_LETTER_DEADLINE.test(x))
      : undefined;
  if (stated && letter) {
    const year = GUIDELINES_YEAR.exec(letter)?.[1] ?? (q.years.length ? String(Math.max(...q.years)) : undefined);
    out.push(
      so.deadlineInGrantLetter(
        year ? so.guidelinesOfYear(Number(year)) : so.guidelines,
        `${stated.day}. ${dateText.monthNames[stated.month - 1]}`,
      ),
    );
  }
  // "Kunne X være med helt fra starten i 2018?": a text on that point that dates it from a later year says no.
  const later = q.type === 'yesno' && year !== undefined ? laterStart(q, entryText, year) : undefined;
  if (later !== undefined) out.push(so.onlyFromLater(year!, later));
  return out.length ? out.join(' ') : undefined;
}
