import type { AdaptiveCard } from '../src/conversation/types.ts';
import { costKeyText as t } from '../src/i18n/index.ts';
import { formatKroner } from '../src/projects/amounts.ts';
import type { CostKeyResult } from '../src/projects/cost-key.ts';
import type { UnderstoodPart } from '../src/projects/cost-key-parse.ts';
import { renderCard } from './render.ts';

type Row = { name: string; population: string; use: string; fixed: string; byUse: string; share: string };

export interface CostKeyCardData {
  title: string;
  understood: string;
  facts: { label: string; value: string }[];
  columns: Row;
  rows: Row[];
  sum: Row;
  note: string;
  populationsNote: string;
}

/** 26716 → "26 716"; 12.5 → "12,5". */
export const formatCount = (n: number): string => {
  const [int, frac] = n.toString().split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/gu, ' ')}${frac ? `,${frac}` : ''}`;
};
export const formatPercent = (p: number): string => `${formatCount(p)} %`;

/** What was read from the message, as one line, so the leader sees it was all taken in. */
export function understoodLine(parts: UnderstoodPart[]): string {
  if (!parts.length) return '';
  const said = parts.map((p) =>
    p.kind === 'total'
      ? t.understoodTotal(formatKroner(p.kroner))
      : p.kind === 'percent'
        ? t.understoodPercent(formatPercent(p.percent))
        : t.understoodMunicipality(p.name, formatCount(p.population), p.use === null ? null : formatCount(p.use)),
  );
  return `${t.understoodLabel}: ${said.join(' · ')}`;
}

export function costKeyCardData(r: CostKeyResult, opts: { understood: UnderstoodPart[]; allByPopulation: boolean }): CostKeyCardData {
  const pct = formatPercent(r.fixedPercent);
  const sumOf = (f: (x: CostKeyResult['rows'][number]) => number) => r.rows.reduce((a, x) => a + f(x), 0);
  return {
    title: `${t.title}: ${formatKroner(r.total)}`,
    understood: understoodLine(opts.understood),
    facts: [
      { label: t.totalLabel, value: formatKroner(r.total) },
      { label: t.fixedLabel(pct), value: formatKroner(r.fixedPot) },
      { label: t.useLabel, value: formatKroner(r.usePot) },
    ],
    columns: t.columns,
    rows: r.rows.map((x) => ({
      name: x.name,
      population: formatCount(x.population),
      use: formatCount(x.use),
      fixed: formatKroner(x.fixed),
      byUse: formatKroner(x.byUse),
      share: formatKroner(x.share),
    })),
    sum: {
      name: t.sum,
      population: formatCount(sumOf((x) => x.population)),
      use: formatCount(Number(sumOf((x) => x.use).toFixed(6))),
      fixed: formatKroner(sumOf((x) => x.fixed)),
      byUse: formatKroner(sumOf((x) => x.byUse)),
      share: formatKroner(sumOf((x) => x.share)),
    },
    note: opts.allByPopulation ? t.allByPopulation : t.roundingNote(pct),
    populationsNote: t.populationsNote,
  };
}

export function costKeyCard(r: CostKeyResult, opts: Parameters<typeof costKeyCardData>[1]): AdaptiveCard {
  return renderCard('cost-key', costKeyCardData(r, opts));
}
