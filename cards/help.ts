import type { CommandSpec } from '../src/commands/spec.ts';
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { helpText } from '../src/i18n/index.ts';
import { exampleLine, renderCard } from './render.ts';

export interface HelpCardData {
  title: string;
  intro: string;
  privacy: string;
  groups: { name: string; commands: { usage: string; description: string; exampleLine: string }[] }[];
}

export function helpCardData(specs: readonly CommandSpec[]): HelpCardData {
  const groups = new Map<string, HelpCardData['groups'][number]>();
  for (const s of specs) {
    const g = groups.get(s.group) ?? { name: s.group, commands: [] };
    g.commands.push({ usage: s.usage, description: s.description, exampleLine: exampleLine(s.example) });
    groups.set(s.group, g);
  }
  return { title: helpText.title, intro: helpText.intro, privacy: helpText.privacy, groups: [...groups.values()] };
}

export function helpCard(specs: readonly CommandSpec[]): AdaptiveCard {
  return renderCard('help', helpCardData(specs));
}
