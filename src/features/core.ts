import { z } from 'zod';
import { helpCard } from '../../cards/help.ts';
import type { CommandSpec, Feature } from '../commands/spec.ts';
import { card, type RequestContext } from '../conversation/types.ts';
import { helpText } from '../i18n/index.ts';
import type { Kind } from '../networks/network-kind.ts';

/** The network's kind where it is known (set, or read from the team's name), else null. */
export type KindHere = (ctx: RequestContext) => Promise<Kind | null>;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The commands `hjelp` shows: those for the network's kind (a learning network is not offered the
 * leader networks' application form), and with a word after «hjelp» those whose area or words
 * have it («hjelp frister», «hjelp slett nettverksdata»), which is how the card's left-out
 * commands are reached. No match shows them all, with a line saying so.
 */
export function helpCommands(
  specs: readonly CommandSpec[],
  kind: Kind | null,
  typed: string,
): { specs: CommandSpec[]; note: string } {
  // A spec with no words is reached only through its claim (facts told before a question): nothing to type.
  const forKind = specs.filter((s) => s.words.length && (!kind || !s.kinds || s.kinds.includes(kind)));
  const word = fold(typed);
  if (!word) return { specs: forKind, note: '' };
  const matched = forKind.filter(
    (s) => fold(s.group) === word || s.words.some((w) => fold(w) === word || fold(w).startsWith(`${word} `)),
  );
  const loose = matched.length ? matched : forKind.filter((s) => fold(s.group).includes(word));
  return loose.length ? { specs: loose, note: '' } : { specs: forKind, note: helpText.noneMatched(typed.trim()) };
}

/** `hjelp`: lists every command of every feature, so it can never fall out of step. */
export function coreFeature(allCommands: () => readonly CommandSpec[], kindHere?: KindHere): Feature {
  const show = async (ctx: RequestContext, args: string) => {
    // Without the kind the card shows every command: better too many than none (the store may be away).
    const kind = kindHere
      ? await kindHere(ctx).catch((err: unknown) => {
          ctx.log.warn({ err: { message: (err as Error).message } }, 'help card without the network kind');
          return null;
        })
      : null;
    const { specs, note } = helpCommands(allCommands(), kind, args);
    return helpCard(specs, note);
  };
  const help: CommandSpec = {
    id: 'help',
    words: ['hjelp', 'help', 'kommandoer'],
    usage: helpText.helpUsage,
    example: 'hjelp',
    description: helpText.helpDescription,
    group: helpText.groupGeneral,
    run: async (ctx, args) => [card(await show(ctx, args))],
  };
  return {
    name: 'core',
    commands: [help],
    actions: [
      {
        verb: 'help.show',
        schema: z.object({}).loose(),
        run: async (ctx) => ({ kind: 'card', card: await show(ctx, '') }),
      },
    ],
  };
}
