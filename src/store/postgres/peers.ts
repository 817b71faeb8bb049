import { ALL_TOPICS, type ChangeFeed, type ChangeTopic } from '../changes.ts';
import { CHANGES_CHANNEL, PgListener } from './notify.ts';

/**
 * The one LISTEN connection an instance holds, opened on first use: a store that never asks
 * (a migration run, a contract test) costs no extra connection. Subscribers also hear when the
 * connection was lost and came back, since notifications sent in the gap are gone: then the
 * scheduler ticks and caches drop everything.
 */
export class PgPeers implements ChangeFeed {
  #url: string;
  #listener: Promise<PgListener> | null = null;
  #gapHandlers = new Set<() => void>();
  #onError: (err: Error) => void;
  #closed = false;

  constructor(url: string, onError: (err: Error) => void = () => {}) {
    this.#url = url;
    this.#onError = onError;
  }

  #connect(): Promise<PgListener> {
    if (this.#closed) return Promise.reject(new Error('store closed'));
    this.#listener ??= PgListener.start(this.#url, {
      onReconnect: () => {
        for (const h of this.#gapHandlers) h();
      },
      onError: (err) => this.#onError(err),
    }).catch((err: Error) => {
      this.#listener = null;
      throw err;
    });
    return this.#listener;
  }

  /** Resolves once LISTEN is in place: a notification sent after that reaches `handler`. */
  async listen(channel: string, handler: (payload: string) => void, onGap: () => void): Promise<() => void> {
    const listener = await this.#connect();
    const stop = await listener.listen(channel, handler);
    this.#gapHandlers.add(onGap);
    return () => {
      stop();
      this.#gapHandlers.delete(onGap);
    };
  }

  async onChange(
    topic: ChangeTopic,
    changed: (tenantId: string, networkId: string) => void,
    lost: () => void,
  ): Promise<() => void> {
    return this.listen(
      CHANGES_CHANNEL,
      (payload) => {
        let news: { topic?: unknown; tenantId?: unknown; networkId?: unknown };
        try {
          news = JSON.parse(payload);
        } catch {
          // Not ours to read (another tool on the channel): a cache dropped too often is only slower.
          return lost();
        }
        if (
          (news.topic === topic || news.topic === ALL_TOPICS) &&
          typeof news.tenantId === 'string' &&
          typeof news.networkId === 'string'
        )
          changed(news.tenantId, news.networkId);
      },
      lost,
    );
  }

  async close(): Promise<void> {
    this.#closed = true;
    const l = this.#listener;
    this.#listener = null;
    // A listener that never connected has nothing to close; its error was the opener's to report.
    await (await l?.catch(() => null))?.close();
  }
}
