import type { Logger } from '../log.ts';
import type { Messenger, OutgoingMessage, Posted } from '../messaging/messenger.ts';
import type { Network, Person } from '../networks/network.ts';
import { leadersOf } from '../networks/roles.ts';
import type { Store } from '../store/store.ts';
import type { Mention } from './types.ts';

// How the bot reaches people (#14): @mentions, the leaders, a person privately else in the channel.

/** An @mention of each person, written the way Teams shows it in the text («@Kari Nordmann»). */
export function mentionsOf(people: readonly Person[]): Mention[] {
  return people.map((p) => ({ ...p, text: `@${p.name}` }));
}

/** The @mentions written one after another, to lead a message or fill a sentence. */
export function mentionLine(mentions: readonly Mention[]): string {
  return mentions.map((m) => m.text).join(' ');
}

/** The network's leaders and an @mention of each, for a message that puts something to them. */
export async function leaderMentions(
  store: Store,
  network: Pick<Network, 'tenantId' | 'networkId'>,
): Promise<{ leaders: Person[]; mentions: Mention[] }> {
  const leaders = await leadersOf(store, network.tenantId, network.networkId);
  return { leaders, mentions: mentionsOf(leaders) };
}

/**
 * Text shown back in a sentence, cut to at most `max` characters with an ellipsis when longer, so
 * a long line does not swamp the answer it is quoted in. `atWord` drops a word cut in half.
 */
export function shorten(text: string, max: number, opts: { atWord?: boolean } = {}): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${opts.atWord ? cut.replace(/\s\S*$/, '') : cut}…`;
}

/**
 * Tells one person something: in their personal chat when the bot can reach them there, else in a
 * new thread in the network's channel with an @mention, so it still notifies them. `say` gets the
 * mention to put in the sentence ('' for the personal chat); `extra` (a card, its summary) goes
 * along either way. Returns where it went.
 */
export async function reachPerson(
  messenger: Messenger,
  network: Network,
  person: Person,
  say: (mention: string) => string,
  extra: Omit<OutgoingMessage, 'text' | 'mentions'> = {},
): Promise<{ privately: boolean; posted: Posted }> {
  const sent = await messenger.sendToPerson(network.tenantId, person, { text: say(''), ...extra });
  if (sent) return { privately: true, posted: sent };
  const [mention] = mentionsOf([person]) as [Mention];
  const posted = await messenger.startThread(network, { text: say(mention.text), mentions: [mention], ...extra });
  return { privately: false, posted };
}

/**
 * Tells one person something only they may read (a link that opens the network's data): in their
 * personal chat or not at all. False when the bot cannot reach them there; the failure is logged
 * under `what`, never the text.
 */
export async function sendPrivately(
  messenger: Messenger,
  log: Logger,
  tenantId: string,
  person: Person,
  message: OutgoingMessage,
  what: string,
): Promise<boolean> {
  const sent = await messenger.sendToPerson(tenantId, person, message).catch((err) => {
    log.warn({ err: { message: (err as Error).message } }, what);
    return null;
  });
  return Boolean(sent);
}
