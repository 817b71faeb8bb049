import type { AdaptiveCard } from '../src/conversation/types.ts';
import { costKeyText as t, helpText } from '../src/i18n/index.ts';
import { formatKroner } from '../src/projects/amounts.ts';
import type { CostKeyResult } from '../src/projects/cost-key.ts';
import type { UnderstoodPart } from '../src/projects/cost-key-parse.ts';
import { exampleLine, renderCard } from './render.ts';

type Row = { name: string; share: string; detail: string };

/** A figure is one unit on the card: its digit groups and «kr» never wrap apart in a narrow chat column. */
const whole = (text: string) => text.replace(/(?<=\d) (?=\d|kr\b|%)/gu, '\u00a0');
const kr = (n: number) => whole(formatKroner(n));

export interface CostKeyCardData {
  title: string;
  understood: string;
  facts: { label: string; value: string }[];
  columns: { name: string; share: string };
  rows: Row[];
  sum: Row;
  note: string;
  populationsNote: string;
  inputLabel: string;
  value: string;
  computeLabel: string;
}

/** 26716 → "26 716"; 12.5 → "12,5". */
export const formatCount = (n: number): string => {
  const [int, frac] = n.toString().split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')}${frac ? `,${frac}` : ''}`;
};
export const formatPercent = (p: number): string => `${formatCount(p)} %`;
/** 41 565 of 126 291 → "32,9 %". */
const share = (part: number, whole: number): string =>
  `${(Math.round((part / whole) * 1000) / 10).toFixed(1).replace('.', ',')} %`;

/** What was read from the message, as one line, so the leader sees it was all taken in. */
export function understoodLine(parts: UnderstoodPart[]): string {
  if (!parts.length) return '';
  const said = parts.map((p) =>
    p.kind === 'total'
      ? t.understoodTotal(kr(p.kroner))
      : p.kind === 'percent'
        ? t.understoodPercent(formatPercent(p.percent))
        : t.understoodMunicipality(
            p.name,
            whole(formatCount(p.population)),
            p.use === null ? null : whole(formatCount(p.use)),
          ),
  );
  return `${t.understoodLabel}: ${said.join(' · ')}`;
}

export function costKeyCardData(
  r: CostKeyResult,
  opts: { understood: UnderstoodPart[]; allByPopulation: boolean },
): CostKeyCardData {
  const pct = formatPercent(r.fixedPercent);
  const sumOf = (f: (x: CostKeyResult['rows'][number]) => number) => r.rows.reduce((a, x) => a + f(x), 0);
  const popTotal = sumOf((x) => x.population);
  return {
    title: `${t.title}: ${formatKroner(r.total)}`,
    understood: understoodLine(opts.understood),
    facts: [
      { label: t.totalLabel, value: formatKroner(r.total) },
      { label: t.fixedLabel(pct), value: formatKroner(r.fixedPot) },
      { label: t.useLabel, value: formatKroner(r.usePot) },
    ],
    columns: t.columns,
    // One municipality a block: name and amount on a line, what it rests on under it. Six columns
    // broke headings and amounts mid-word in a chat column (a stranger's tab test).
    rows: r.rows.map((x) => ({
      name: x.name,
      share: kr(x.share),
      detail: t.rowDetail(
        // The fixed key itself, as the network's own slide gives it: each municipality's share of the population.
        whole(popTotal ? `${formatCount(x.population)} (${share(x.population, popTotal)})` : formatCount(x.population)),
        whole(formatCount(x.use)),
        kr(x.fixed),
        kr(x.byUse),
      ),
    })),
    sum: {
      name: t.sum,
      share: kr(sumOf((x) => x.share)),
      detail: t.rowDetail(
        whole(formatCount(sumOf((x) => x.population))),
        whole(formatCount(Number(sumOf((x) => x.use).toFixed(6)))),
        kr(sumOf((x) => x.fixed)),
        kr(sumOf((x) => x.byUse)),
      ),
    },
    note: opts.allByPopulation ? t.allByPopulation : t.roundingNote(pct),
    populationsNote: t.populationsNote,
    inputLabel: t.form.again,
    value: costKeyText(opts.understood),
    computeLabel: t.form.compute,
  };
}

export function costKeyCard(r: CostKeyResult, opts: Parameters<typeof costKeyCardData>[1]): AdaptiveCard {
  return renderCard('cost-key', costKeyCardData(r, opts));
}

export interface CostKeyFormCardData {
  title: string;
  color: 'Attention' | 'Default';
  message: string;
  exampleLine: string;
  kept: string;
  inputLabel: string;
  value: string;
  placeholder: string;
  computeLabel: string;
}

/**
 * The key as a form: what was wrong (or how to write it), what was understood, and the text in an
 * editable field with «Regn ut», so a figure is corrected without typing the rest again.
 */
export function costKeyFormCard(input: {
  title: string;
  message?: string;
  typed?: string;
  understood?: string;
  tone: 'error' | 'info';
  value: string;
}): AdaptiveCard {
  const data: CostKeyFormCardData = {
    title: input.title,
    color: input.tone === 'error' ? 'Attention' : 'Default',
    message: input.message ?? '',
    exampleLine: exampleLine(t.example),
    kept: [input.typed ? helpText.youWrote(input.typed) : '', input.understood ?? ''].filter(Boolean).join('\n\n'),
    inputLabel: t.form.label,
    value: input.value,
    placeholder: t.form.placeholder,
    computeLabel: t.form.compute,
  };
  return renderCard('cost-key-form', data);
}

/** The key written back one municipality a line, as the form's starting text. */
export function costKeyText(parts: UnderstoodPart[]): string {
  const head = parts.flatMap((p) =>
    p.kind === 'total' ? [formatKroner(p.kroner)] : p.kind === 'percent' ? [`fast ${formatPercent(p.percent)}`] : [],
  );
  const lines = parts.flatMap((p) =>
    p.kind === 'municipality'
      ? [`${p.name} ${formatCount(p.population)}${p.use === null ? '' : ` bruk ${formatCount(p.use)}`}`]
      : [],
  );
  return [`${head.join(' ')}:`, ...lines].join('\n');
}
