// Reads `kostnadsfordeling` as leaders write it. The forms it is built for:
//   600 000 fast 50 %: Eidsvoll 26 716 bruk 10; Nes 23 898 bruk 5
//   totalt 1,2 mill., 50/50 — one municipality a line, "innbyggere" and "bruk:" where people put them
//   Eidsvoll: 26 716 innbyggere, bruk 12,5
// When some municipalities have `bruk`, every one must (`bruk 0` for none): a forgotten figure is asked
// for, never read as 0. With no `bruk` at all and no share given, the whole
// total is split by population, and the answer says so. Whatever could not be read is named, and
// what was read is echoed back, so nothing typed is lost.
import type { AmountError } from './amounts.ts';
import { parseNorwegianAmount, parseWholeKroner } from './amounts.ts';
import type { CostKeyInput, CostKeyMunicipality } from './cost-key.ts';

export type CostKeyProblem =
  | { kind: 'empty' }
  | { kind: 'too-long' }
  | { kind: 'no-total' }
  | { kind: 'bad-total'; typed: string; error: AmountError }
  | { kind: 'bad-percent'; typed: string }
  | { kind: 'no-percent' }
  | { kind: 'no-municipalities' }
  | { kind: 'too-many' }
  | { kind: 'no-population'; name: string }
  | { kind: 'bad-population'; name: string; typed: string }
  | { kind: 'bad-use'; name: string; typed: string }
  | { kind: 'missing-use'; names: string[] }
  | { kind: 'unreadable'; typed: string };

export interface ParsedCostKey {
  input: CostKeyInput;
  /** True when no share was given and nobody had use: everything is split by population. */
  allByPopulation: boolean;
}

export type CostKeyParse =
  | { ok: true; parsed: ParsedCostKey; understood: UnderstoodPart[] }
  | { ok: false; problem: CostKeyProblem; understood: UnderstoodPart[] };

export type UnderstoodPart =
  | { kind: 'total'; kroner: number }
  | { kind: 'percent'; percent: number }
  | { kind: 'municipality'; name: string; population: number; use: number | null };

export const MAX_MUNICIPALITIES = 60;
const MAX_CHARS = 5000;

const SPACES = /[\t\u00a0\u2007\u2009\u202f\u200a\u2008 ]+/gu;
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const PERCENT_WORD = String.raw`(?:%|prosent)`;
const FIXED_WORD = String.raw`(?:fast(?:\s*(?:andel|del|nøkkel|fordelingsnøkkel))?|fastandel|fastdel)`;
// Words that belong to the header, never to a municipality's name.
const HEADER_WORDS =
  /^(?:fast|fastandel|fastdel|andel|totalt?|sum|beløp|kr|nok|prosent|budsjett|kostnad(?:er)?|resten|etter|og)\b/iu;

function decimal(text: string): number | null {
  if (!new RegExp(`^${NUMBER}$`, 'u').test(text)) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const UNIT_WORDS = String.raw`(?:bruk|forbruk|brukt|innbyggere|innbyggertall|innb|personer|oppdrag|timer|t|kr|kroner|nok|mill|millioner|million|mln|mrd|milliarder|milliard|tusen|k|fast|fastandel|fastdel|andel|prosent|og|etter|resten)`;
const AFTER_FIGURE = new RegExp(
  String.raw`(?<=\d|%|innbyggere|innb\.|oppdrag|timer)\s+(?=\p{L})(?!${UNIT_WORDS}(?![\p{L}]))`,
  'iu',
);

/** Splits the message into the header and one piece per municipality. */
function pieces(text: string): { header: string; rest: string[] } {
  const parts = text
    .split(/[;\n]+/u)
    // `, Nes 23 898` starts a new municipality; `, bruk 10` and `, fast 50 %` do not.
    .flatMap((p) => p.split(/,\s+(?!(?:bruk|forbruk|innbyggere|innb|fast|fastandel|resten|og)\b)(?=\p{L})/iu))
    // Teams flattens line breaks, so `… bruk 10 Nes 23 898` is also a new municipality: a name right after a figure.
    .flatMap((p) => p.split(AFTER_FIGURE))
    .map((p) => p.trim())
    .filter(Boolean);
  const first = parts.shift() ?? '';
  // `600 000 fast 50 %: Eidsvoll …` — the colon whose right side starts a municipality's name.
  for (let i = 0; i < first.length; i++) {
    if (first[i] !== ':') continue;
    const after = first.slice(i + 1).trim();
    if (/^\p{L}/u.test(after) && !HEADER_WORDS.test(after))
      return { header: first.slice(0, i).trim(), rest: [after, ...parts] };
  }
  // No header at all: the first piece already names a municipality (`Eidsvoll 26 716 …`).
  if (/^\p{L}/u.test(first) && !HEADER_WORDS.test(first) && !/%|prosent/iu.test(first))
    return { header: '', rest: [first, ...parts] };
  return { header: first, rest: parts };
}

function readHeader(header: string): { total?: string; percent?: number; badPercent?: string } {
  let h = ` ${header} `;
  let percent: number | undefined;
  let badPercent: string | undefined;
  const patterns = [
    new RegExp(String.raw`${FIXED_WORD}\s*(?:på|:|=)?\s*(${NUMBER})\s*${PERCENT_WORD}`, 'iu'),
    new RegExp(
      String.raw`(${NUMBER})\s*${PERCENT_WORD}\s*(?:fast\w*|etter\s+(?:innbyggertall|folketall|innbyggere))`,
      'iu',
    ),
    new RegExp(String.raw`(?<![\d.,])(\d{1,3})\s*/\s*(\d{1,3})(?![\d.,])`, 'u'),
    new RegExp(String.raw`(${NUMBER})\s*${PERCENT_WORD}`, 'iu'),
  ];
  for (const [i, re] of patterns.entries()) {
    const m = re.exec(h);
    if (!m) continue;
    if (i === 2) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a + b !== 100) continue; // `50/50` is a key; `1/2` is no share of a hundred
      percent = a;
    } else {
      const v = decimal(m[1]!);
      if (v === null || v > 100) badPercent = m[0].trim();
      else percent = v;
    }
    h = h.replace(m[0], ' ');
    break;
  }
  if (percent === undefined && !badPercent) {
    // `fast 150` or `fast halvparten`: a fixed share was meant but cannot be read.
    const m = new RegExp(String.raw`${FIXED_WORD}\s*(?:på|:|=)?\s*[^\s,;]*`, 'iu').exec(h);
    if (m && /\d|\p{L}/u.test(m[0].replace(/^\S+/u, ''))) badPercent = m[0].trim();
    if (m) h = h.replace(m[0], ' ');
  }
  const total = h
    // JavaScript's \b knows no å or ø, so word edges are spelled out.
    .replace(
      /(?<![\p{L}\d])(?:totalt?|sum(?:men)?|beløp(?:et)?|budsjett(?:et)?|kostnad(?:en|er|ene)?|til\s+fordeling|å\s+fordele|fordeles|fordel|på|av|og|resten\s+etter\s+bruk|etter\s+bruk|bruk)(?![\p{L}\d])/giu,
      ' ',
    )
    .replace(/[:=]/gu, ' ')
    .replace(/^[\s,]+|[\s,]+$/gu, '')
    .trim();
  return { total: total || undefined, percent, badPercent };
}

const SEGMENT = new RegExp(
  String.raw`^(?<name>\p{L}[\p{L}\p{M}\s.'’()\-]*?)\s*[:=–-]?\s*(?<pop>\d(?:[\d\s.]*\d)?)?\s*(?:innbyggere|innbyggertall|innb\.?|personer)?\s*[,/]?\s*(?:(?:bruk|forbruk|brukt|oppdrag)\s*[:=]?\s*(?<use>\S+?))?\s*(?:oppdrag|timer|t)?\s*$`,
  'iu',
);

function readMunicipality(
  piece: string,
): { ok: true; m: CostKeyMunicipality; useGiven: boolean } | { ok: false; problem: CostKeyProblem } {
  const m = SEGMENT.exec(piece);
  if (!m?.groups) return { ok: false, problem: { kind: 'unreadable', typed: piece } };
  const name = m.groups.name!.replace(/\s+/gu, ' ').trim().slice(0, 80);
  const popText = m.groups.pop?.trim();
  if (!popText) return { ok: false, problem: { kind: 'no-population', name } };
  const pop = parseNorwegianAmount(popText);
  if (!pop.ok || pop.ore % 100 !== 0) return { ok: false, problem: { kind: 'bad-population', name, typed: popText } };
  const useText = m.groups.use;
  let use = 0;
  if (useText !== undefined) {
    const v = decimal(useText.replace(/\s+/gu, ''));
    if (v === null) return { ok: false, problem: { kind: 'bad-use', name, typed: useText } };
    use = v;
  }
  return { ok: true, m: { name, population: pop.ore / 100, use }, useGiven: useText !== undefined };
}

export function parseCostKey(args: string): CostKeyParse {
  const text = args.normalize('NFKC').replace(SPACES, ' ').trim();
  const understood: UnderstoodPart[] = [];
  const fail = (problem: CostKeyProblem): CostKeyParse => ({ ok: false, problem, understood });
  if (!text) return fail({ kind: 'empty' });
  if (text.length > MAX_CHARS) return fail({ kind: 'too-long' });

  const { header, rest } = pieces(text);
  const head = readHeader(header);
  let total: number | undefined;
  let totalProblem: CostKeyProblem | undefined;
  if (head.total) {
    const r = parseWholeKroner(head.total);
    if (r.ok) {
      total = r.kroner;
      understood.push({ kind: 'total', kroner: r.kroner });
    } else totalProblem = { kind: 'bad-total', typed: head.total, error: r.error };
  }
  if (head.percent !== undefined) understood.push({ kind: 'percent', percent: head.percent });

  // Every municipality is read before any problem is reported, so the echo holds all that was understood.
  const municipalities: CostKeyMunicipality[] = [];
  let anyUse = false;
  let segmentProblem: CostKeyProblem | undefined;
  for (const piece of rest) {
    const r = readMunicipality(piece);
    if (!r.ok) {
      segmentProblem ??= r.problem;
      continue;
    }
    municipalities.push(r.m);
    anyUse ||= r.useGiven;
    understood.push({
      kind: 'municipality',
      name: r.m.name,
      population: r.m.population,
      use: r.useGiven ? r.m.use : null,
    });
  }

  if (totalProblem) return fail(totalProblem);
  if (total === undefined) return fail({ kind: 'no-total' });
  if (head.badPercent) return fail({ kind: 'bad-percent', typed: head.badPercent });
  if (segmentProblem) return fail(segmentProblem);
  if (municipalities.length === 0) return fail({ kind: 'no-municipalities' });
  if (municipalities.length > MAX_MUNICIPALITIES) return fail({ kind: 'too-many' });
  const withoutUse = understood.flatMap((u) => (u.kind === 'municipality' && u.use === null ? [u.name] : []));
  if (anyUse && withoutUse.length) return fail({ kind: 'missing-use', names: withoutUse });
  let percent = head.percent;
  let allByPopulation = false;
  if (percent === undefined) {
    if (anyUse) return fail({ kind: 'no-percent' });
    percent = 100;
    allByPopulation = true;
  }
  return { ok: true, parsed: { input: { total, fixedPercent: percent, municipalities }, allByPopulation }, understood };
}
