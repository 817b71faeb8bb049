import pg from 'pg';

/** Jobs planned, moved or handed back: the payload is the earliest due time (ISO) they carry. */
export const JOBS_CHANNEL = 'nettverksboten_jobs';
/** Cached data changed: the payload is JSON { topic, tenantId, networkId } (src/store/changes.ts). */
export const CHANGES_CHANNEL = 'nettverksboten_changes';

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export interface ListenerOptions {
  /** Wait before reconnecting after the connection broke (a failover, a restart). */
  reconnectMs?: number;
  /**
   * Called after a reconnect: notifications sent while the connection was down are lost, so the
   * caller re-reads what it caches or waits on (the scheduler ticks, caches drop).
   */
  onReconnect?: () => void;
  onError?: (err: Error) => void;
}

/**
 * LISTEN on one dedicated connection (a pooled one would be handed to others between queries),
 * for waking other instances: a job due sooner than their next tick, a cache to drop.
 * Reconnects by itself until closed.
 */
export class PgListener {
  #url: string;
  #opts: ListenerOptions;
  #client: pg.Client | null = null;
  #handlers = new Map<string, Set<(payload: string) => void>>();
  #closed = false;
  #timer: NodeJS.Timeout | null = null;

  private constructor(url: string, opts: ListenerOptions) {
    this.#url = url;
    this.#opts = opts;
  }

  static async start(url: string, opts: ListenerOptions = {}): Promise<PgListener> {
    const l = new PgListener(url, opts);
    await l.#connect();
    return l;
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#url, application_name: 'nettverksboten-listen' });
    client.on('notification', (n) => {
      for (const h of this.#handlers.get(n.channel) ?? []) h(n.payload ?? '');
    });
    client.on('error', (err) => this.#lost(client, err));
    client.on('end', () => this.#lost(client, null));
    await client.connect();
    for (const channel of this.#handlers.keys()) await client.query(`LISTEN ${channel}`);
    this.#client = client;
  }

  #lost(client: pg.Client, err: Error | null) {
    if (this.#client !== client) return;
    this.#client = null;
    if (err) this.#opts.onError?.(err);
    if (this.#closed) return;
    // The connection is already lost and reported through onError; ending it only frees it.
    // eslint-disable-next-line no-restricted-syntax -- the connection is already lost and reported through onError
    client.end().catch(() => {});
    const retry = () => {
      this.#timer = null;
      if (this.#closed) return;
      this.#connect().then(
        () => this.#opts.onReconnect?.(),
        (e: Error) => {
          this.#opts.onError?.(e);
          this.#timer = setTimeout(retry, this.#opts.reconnectMs ?? 1000);
        },
      );
    };
    this.#timer = setTimeout(retry, this.#opts.reconnectMs ?? 1000);
  }

  /** Calls handler with each payload sent on channel; returns the way to stop. */
  async listen(channel: string, handler: (payload: string) => void): Promise<() => void> {
    if (!CHANNEL.test(channel)) throw new Error(`invalid channel name: ${channel}`);
    let set = this.#handlers.get(channel);
    if (!set) {
      set = new Set();
      this.#handlers.set(channel, set);
      await this.#client?.query(`LISTEN ${channel}`);
    }
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    const c = this.#client;
    this.#client = null;
    // Shutting down: a connection that cannot end cleanly is dropped with the process.
    // eslint-disable-next-line no-restricted-syntax -- shutting down: the connection goes with the process
    await c?.end().catch(() => {});
  }
}

/** Sends payload to every instance listening on channel (after the surrounding transaction commits). */
export async function notify(
  db: { query(text: string, values?: unknown[]): Promise<unknown> },
  channel: string,
  payload: string,
): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [channel, payload]);
}
