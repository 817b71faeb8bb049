import type { CommandSpec } from '../src/commands/spec.ts';
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { helpText } from '../src/i18n/index.ts';
import { CARD_BUDGET_BYTES, firstOf } from './fit.ts';
import { exampleLine, renderCard } from './render.ts';

export interface HelpCardData {
  title: string;
  intro: string;
  privacy: string;
  groups: { name: string; commands: { usage: string; description: string; exampleLine: string }[] }[];
}

export function helpCardData(specs: readonly CommandSpec[], note = ''): HelpCardData {
  const groups = new Map<string, HelpCardData['groups'][number]>();
  for (const s of specs) {
    const g = groups.get(s.group) ?? { name: s.group, commands: [] };
    g.commands.push({ usage: s.usage, description: s.description, exampleLine: exampleLine(s.example) });
    groups.set(s.group, g);
  }
  const intro = note ? `${note} ${helpText.intro}` : helpText.intro;
  return { title: helpText.title, intro, privacy: helpText.privacy, groups: [...groups.values()] };
}

const bytesOf = (card: AdaptiveCard) => Buffer.byteLength(JSON.stringify(card), 'utf8');

/**
 * The help card, kept within Teams' limit however many commands there are (attack round 7, A3: it
 * stood at 86 % of 28 KB). In full when it fits the budget; else without the example lines; else
 * the first commands that fit and a line saying how many were left out.
 */
export function helpCard(specs: readonly CommandSpec[], note = ''): AdaptiveCard {
  const data = helpCardData(specs, note);
  const full = renderCard('help', data);
  if (bytesOf(full) <= CARD_BUDGET_BYTES) return full;
  const bare = {
    ...data,
    groups: data.groups.map((g) => ({ ...g, commands: g.commands.map((c) => ({ ...c, exampleLine: '' })) })),
  };
  const short = renderCard('help', bare);
  if (bytesOf(short) <= CARD_BUDGET_BYTES) return short;
  const total = bare.groups.reduce((n, g) => n + g.commands.length, 0);
  // In the card's order, which is the groups' order, not the specs' (a group gathers its commands).
  const ordered = bare.groups.flatMap((g) => specs.filter((s) => s.group === g.name));
  const build = (shown: number) => {
    const left = ordered.slice(shown);
    const groups = [...new Set(left.map((s) => s.group))];
    return renderCard('help', {
      ...bare,
      intro: `${bare.intro} ${helpText.moreCommands(
        left.map((s) => s.words[0] ?? s.usage),
        groups,
      )}`,
      groups: firstOf(
        bare.groups,
        (g) => g.commands,
        shown,
        (g, commands) => ({ ...g, commands }),
      ),
    });
  };
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bytesOf(build(mid)) <= CARD_BUDGET_BYTES) lo = mid;
    else hi = mid - 1;
  }
  return build(lo);
}
