import type { Network } from '../networks/network.ts';
import type { Store } from '../store/store.ts';
import { LOCAL_ANSWERS } from '../store/changes.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { guidelinesText as t } from '../i18n/guidelines.ts';
import type { LocalAnswer } from './repository.ts';
import type { KnowledgeEntry } from './types.ts';

const TOPIC_MAX = 80;

export const localEntryId = (escalationId: string) => `lokal-${escalationId}`;

/** A leader's saved answer as an entry; the source names the network and the leader so members know who said it. */
export function toLocalEntry(a: LocalAnswer, networkName: string, timeZone: string): KnowledgeEntry {
  const date = localDateOf(new Date(a.savedAt), timeZone);
  const topic =
    a.question.length > TOPIC_MAX ? `${a.question.slice(0, TOPIC_MAX - 1).replace(/\s\S*$/, '')}…` : a.question;
  return {
    id: a.id,
    topic,
    questions: [a.question],
    answer: a.answer,
    source: {
      title: t.card.localSourceTitle(networkName),
      section: t.card.localSourceSection(a.savedBy.name, formatShort(date)),
      year: Number(date.slice(0, 4)),
    },
  };
}

/**
 * One extraEntries array per network, kept until that network's saved answers change: the answerer
 * caches its side index by array identity, so a fresh array per question would rebuild it every time.
 * With several instances on one database (PostgreSQL) the store's change feed tells each of them
 * when any instance saved a network's answers, so the next question there reads them afresh.
 */
export class LocalEntries {
  #store: Store;
  #timeZone: string;
  #byNetwork = new Map<string, { name: string; entries: readonly KnowledgeEntry[] }>();
  #combined = new Map<string, { parts: readonly (readonly KnowledgeEntry[])[]; entries: readonly KnowledgeEntry[] }>();

  constructor(store: Store, timeZone: string) {
    this.#store = store;
    this.#timeZone = timeZone;
    // Without the feed the cache still drops its own writes; a failed LISTEN must not stop start-up.
    this.listening =
      store.changes
        ?.onChange(
          LOCAL_ANSWERS,
          (tenantId, networkId) => this.invalidate(tenantId, networkId),
          () => this.#byNetwork.clear(),
        )
        .then(
          () => undefined,
          () => undefined,
        ) ?? Promise.resolve();
  }

  /** Settles once other instances' saves reach this cache (at once without a change feed). */
  readonly listening: Promise<void>;

  async forNetwork(network: Network): Promise<readonly KnowledgeEntry[]> {
    const key = `${network.tenantId}\u0000${network.networkId}`;
    const cached = this.#byNetwork.get(key);
    // A renamed team changes the source line, so the name is part of what the cache is valid for.
    if (cached && cached.name === network.name) return cached.entries;
    const saved = await this.#store.guidelines.listLocalAnswers(network.tenantId, network.networkId);
    const entries = Object.freeze(saved.map((a) => toLocalEntry(a, network.name, this.#timeZone)));
    this.#byNetwork.set(key, { name: network.name, entries });
    return entries;
  }

  /** For a personal chat of someone in several networks: their networks' answers together, still one stable array. */
  async forNetworks(networks: Network[]): Promise<readonly KnowledgeEntry[]> {
    if (networks.length === 1) return this.forNetwork(networks[0]!);
    networks = [...networks].sort((a, b) => (a.networkId < b.networkId ? -1 : a.networkId > b.networkId ? 1 : 0));
    const parts = await Promise.all(networks.map((n) => this.forNetwork(n)));
    const key = networks.map((n) => `${n.tenantId}\u0000${n.networkId}`).join('\u0001');
    const cached = this.#combined.get(key);
    if (cached && cached.parts.length === parts.length && cached.parts.every((p, i) => p === parts[i]))
      return cached.entries;
    const entries = Object.freeze(parts.flat());
    this.#combined.set(key, { parts, entries });
    return entries;
  }

  invalidate(tenantId: string, networkId: string): void {
    this.#byNetwork.delete(`${tenantId}\u0000${networkId}`);
  }
}
