import type { z } from 'zod';
import type { AdaptiveCard, Reply, RequestContext } from '../conversation/types.ts';
import type { JobHandler } from '../scheduler/scheduler.ts';
import type { Network } from '../networks/network.ts';
import type { Kind } from '../networks/network-kind.ts';
import type { RouteMounter } from '../server/http.ts';

export type ConversationKind = RequestContext['scope']['conversationType'];

export interface CommandSpec {
  id: string;
  /**
   * Lower-case phrases that start the command; the first is the canonical one. None: the command is
   * reached only through `claims` (a statement of facts), and `hjelp` does not list it.
   */
  words: string[];
  /** How it is written, with placeholders, e.g. `oppgave @Navn <tekst> innen <dato>`. */
  usage: string;
  example: string;
  description: string;
  group: string;
  /** Where it makes sense; elsewhere the router explains where to use it. Default: everywhere. */
  where?: ConversationKind[];
  /**
   * The kinds of network the command applies to (the application draft is the leader networks'
   * form): `hjelp` leaves it out for a network set to another kind. Default: every kind.
   */
  kinds?: Kind[];
  run(ctx: RequestContext, args: string): Promise<Reply[]>;
  /**
   * Text that does not start with the command's words but means it ("T1 er ferdig" for `oppgave
   * T1 ferdig`): the arguments to run it with, or null. Asked before the text is read as a question.
   */
  claims?(text: string): string | null;
  /**
   * Whether a line that starts with the command's word but was not addressed to the bot (read in a
   * running meeting's thread) is talk instead: «neste uke er det ferie» is no move to the next item.
   */
  talk?(args: string): boolean;
  /**
   * The message that ran this command was edited in Teams (N19) to `args`: the one command that does
   * what the edit changed for the thing the message made, 'unchanged' when it changes nothing (a
   * redelivered edit), or null when it cannot be told safely (the bot then says it did not follow).
   */
  edited?(ctx: RequestContext, args: string, activityId: string): Promise<EditReading>;
}

export type EditReading =
  | { kind: 'apply'; command: string; followed?: () => Promise<void> }
  | { kind: 'changed-since'; command: string }
  | { kind: 'unchanged' }
  | null;

export type ActionResult = { kind: 'card'; card: AdaptiveCard } | { kind: 'message'; text: string };

/** A card button (Action.Execute verb) and the zod schema its data must satisfy. */
export interface ActionSpec<T = unknown> {
  verb: string;
  schema: z.ZodType<T>;
  run(ctx: RequestContext, data: T): Promise<ActionResult>;
}

/** What a feature plugs into the bot: its commands, its buttons and its scheduled jobs. */
export interface Feature {
  name: string;
  commands?: CommandSpec[];
  // Each button's data has its own type, checked by its schema at run time; `any` lets an inline
  // action literal infer `data` from that schema (with `unknown` every run() would see unknown).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  actions?: ActionSpec<any>[];
  jobs?: JobHandler[];
  /** Runs once after the server is up (e.g. plan the first jobs); must be idempotent. */
  start?: () => Promise<void>;
  /** A network installed the bot (or came back): plan what it needs. */
  onInstall?: (network: Network) => Promise<void>;
  /** HTTP routes the feature serves (downloads, feeds). */
  mount?: RouteMounter;
  /**
   * Plain words that are no command and no clear question; a feature may claim them (text typed in
   * a running meeting's thread) by answering, or pass with null so they go to the question answerer.
   * It also sees channel posts without an @mention that no feature listens to, and may answer one it
   * recognises as misplaced (a meeting line beside the meeting's thread), storing nothing.
   */
  remark?: (ctx: RequestContext, text: string) => Promise<Reply[] | null>;
  /**
   * A channel or group chat message that does not @mention the bot is dropped unread unless a
   * feature listens where it was written (a running meeting's thread) and says so here.
   */
  listens?: (ctx: RequestContext) => Promise<boolean>;
  /**
   * A question about the network's own affairs («hvem har ansvar for lokalet?») that the feature can answer
   * from its own data, tried before the guidelines; null passes it on.
   */
  ownAnswer?: (ctx: RequestContext, question: string) => Promise<Reply[] | null>;
  /** Answers free-text questions; only the guidelines feature provides it. */
  question?: (ctx: RequestContext, question: string) => Promise<Reply[]>;
  /** Message extension search ("Søk i retningslinjene"). */
  search?: (ctx: RequestContext, query: string) => Promise<{ title: string; preview: string; card: AdaptiveCard }[]>;
}

export type CommandText = { usage: string; description: string; example: string };

/**
 * A family of commands that share a help group and where they may be used, with each command's
 * words for the help card taken from the feature's catalogue entry.
 */
export function commandFamily<K extends string>(
  prefix: string,
  catalogue: { group: string; commands: Record<K, CommandText> },
  where?: ConversationKind[],
): (id: K, words: string[], run: CommandSpec['run']) => CommandSpec {
  return (id, words, run) => ({
    id: `${prefix}.${id}`,
    words,
    usage: catalogue.commands[id].usage,
    example: catalogue.commands[id].example,
    description: catalogue.commands[id].description,
    group: catalogue.group,
    where,
    run,
  });
}
