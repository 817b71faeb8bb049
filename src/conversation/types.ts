import type { Logger } from '../log.ts';
import type { Network, Person } from '../networks/network.ts';

/** An Adaptive Card as plain JSON; builders in cards/ produce these. */
export type AdaptiveCard = {
  type: 'AdaptiveCard';
  version: string;
  body?: unknown[];
  actions?: unknown[];
  [k: string]: unknown;
};

/** A person named in a message with an @mention (other than the bot itself). */
export interface Mention extends Person {
  /** The exact text Teams put between <at> tags, so it can be found in the message. */
  text: string;
}

/** Where a message or click came from, already resolved against the installation registry. */
export interface Scope {
  tenantId: string;
  conversationType: 'channel' | 'groupChat' | 'personal';
  conversationId: string;
  /** Set for channel and group chat messages once the network is known. */
  network: Network | null;
  /** In a channel: the id of the thread's first message (a reply's conversation id carries it). */
  threadId: string | null;
  /** The id of the incoming activity, for replies and reactions. */
  activityId: string | null;
  /** For a card click: the id of the message that holds the card, so it can be updated for everyone. */
  cardActivityId: string | null;
}

export type Reply =
  | { kind: 'text'; text: string; mentions?: Mention[] }
  | {
      kind: 'card';
      card: AdaptiveCard;
      mentions?: Mention[];
      /** Told where Teams put the card, so a later change can redraw it (a task's card: month round 7, N1). */
      posted?: (ref: { conversationId: string; activityId: string }) => Promise<void>;
    };

export interface RequestContext {
  scope: Scope;
  actor: Person;
  /** The message text with the bot's own mention removed and whitespace tidied. */
  text: string;
  mentions: Mention[];
  /**
   * Whether the person @mentioned the bot. With RSC a channel delivers every message; one without a
   * mention is read only where a feature listens (a running meeting's thread). Unset counts as mentioned.
   */
  mentionedBot?: boolean;
  /** «@Nettverksboten» typed as plain text at the start, with no mention entity (N24); removed from `text`. */
  typedBotName?: boolean;
  /** A file or picture sent with no text (N14): Teams hands the bot a link at most, never the file. */
  attachedFile?: boolean;
  now: Date;
  log: Logger;
}

export const text = (t: string, mentions?: Mention[]): Reply => ({ kind: 'text', text: t, mentions });
export const card = (c: AdaptiveCard): Reply => ({ kind: 'card', card: c });
