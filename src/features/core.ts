import { z } from 'zod';
import { helpCard } from '../../cards/help.ts';
import type { CommandSpec, Feature } from '../commands/spec.ts';
import { card } from '../conversation/types.ts';
import { helpText } from '../i18n/index.ts';

/** `hjelp`: lists every command of every feature, so it can never fall out of step. */
export function coreFeature(allCommands: () => readonly CommandSpec[]): Feature {
  const help: CommandSpec = {
    id: 'help',
    words: ['hjelp', 'help', 'kommandoer'],
    usage: helpText.helpUsage,
    example: 'hjelp',
    description: helpText.helpDescription,
    group: helpText.groupGeneral,
    run: async () => [card(helpCard(allCommands()))],
  };
  return {
    name: 'core',
    commands: [help],
    actions: [
      {
        verb: 'help.show',
        schema: z.object({}).loose(),
        run: async () => ({ kind: 'card', card: helpCard(allCommands()) }),
      },
    ],
  };
}
