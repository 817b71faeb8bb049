import type { Logger } from '../log.ts';
import type { ConversationRef, Network, Person } from '../networks/network.ts';
import { JobInterrupted, PermanentJobError } from '../jobs/errors.ts';
import { jobStopSignal } from '../jobs/current-job.ts';
import type { Store } from '../store/store.ts';
import { systemClock } from '../time/clock.ts';
import { deliveryContext, type DeliveryOutcome } from './deliveries.ts';
import type { Messenger, OutgoingMessage, Posted } from './messenger.ts';
import { LocalSendWindows, type SendWindows, type Slot } from './rate-limit.ts';

/** Statuses worth another try: throttling, a lost precondition race, and transient server trouble. */
const RETRYABLE = new Set([412, 429, 500, 502, 503, 504]);
const GONE = new Set([403, 404]);

export interface ReliableOptions {
  store: Store;
  log: Logger;
  /**
   * Milliseconds for the rate windows. They must advance with `sleep`, so the default is the
   * system clock, not the app's Clock: a ManualClock in tests or the playground's shifted clock
   * would leave a full window full forever, or empty it by a jump.
   */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /**
   * Where send slots are booked. Defaults to the store's shared windows when it has them
   * (PostgreSQL: every instance counts against one tenant budget), else this process's own.
   */
  windows?: SendWindows;
}

interface SendError {
  statusCode?: number;
  response?: { headers?: { get?: (name: string) => string | null | undefined } };
}

/**
 * Bound on HTTP requests per message: one per attempt, so at most maxAttempts (6 with the
 * defaults). The Teams messenger sends inside withOwnRetries (bot/adapter.ts), which takes the
 * connector client's own retry phase out of its pipeline, so every request is booked in the
 * windows below and every retry waits on the backoff here.
 *
 * Every proactive message goes through here: it keeps under Teams' rate limits by waiting,
 * retries what Teams asks to retry (Retry-After when given, else exponential backoff with
 * jitter), stops for good when the bot was removed (403/404, marking the installation
 * inactive), and records each outcome.
 */
export class ReliableMessenger implements Messenger {
  #inner: Messenger;
  #o: Required<ReliableOptions>;

  constructor(inner: Messenger, opts: ReliableOptions) {
    this.#inner = inner;
    this.#o = {
      now: () => systemClock.now().getTime(),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      random: Math.random,
      maxAttempts: 6,
      baseDelayMs: 500,
      maxDelayMs: 30_000,
      ...opts,
      windows: opts.windows ?? opts.store.sendWindows ?? new LocalSendWindows(),
    };
  }

  startThread(network: Network, message: OutgoingMessage): Promise<Posted> {
    return this.#deliver(
      'startThread',
      network.tenantId,
      network.channelId ?? network.conversation.conversationId,
      () => this.#inner.startThread(network, message),
      network,
    );
  }

  send(conversation: ConversationRef, message: OutgoingMessage, threadId?: string | null): Promise<Posted> {
    const key = threadId ? `${conversation.conversationId};messageid=${threadId}` : conversation.conversationId;
    return this.#deliver('send', conversation.tenantId, key, () => this.#inner.send(conversation, message, threadId));
  }

  update(
    conversation: ConversationRef,
    activityId: string,
    message: OutgoingMessage,
    threadId?: string | null,
  ): Promise<void> {
    return this.#deliver('update', conversation.tenantId, conversation.conversationId, () =>
      this.#inner.update(conversation, activityId, message, threadId),
    );
  }

  sendToPerson(tenantId: string, person: Person, message: OutgoingMessage): Promise<Posted | null> {
    return this.#deliver('sendToPerson', tenantId, `person:${person.id}`, () =>
      this.#inner.sendToPerson(tenantId, person, message),
    );
  }

  /**
   * Books the send's slot and waits for it. A slot booked ahead is waited for on the injected
   * timer and then used without asking again; a slot given up while waiting (the scheduler is
   * stopping) is released so no one waits behind it. Unbooked answers (a full thread window, or
   * the tenant's next free slot beyond the horizon) are asked again after their wait.
   */
  async #slot(tenantId: string, key: string): Promise<Slot> {
    for (;;) {
      this.#checkStop();
      const slot = await this.#o.windows.reserve(tenantId, key, this.#o.now());
      if (!slot.booked) {
        await this.#wait(slot.wait);
        continue;
      }
      if (slot.wait > 0)
        try {
          await this.#wait(slot.wait);
        } catch (err) {
          // Not given back, the slot still holds only its own moment: the stop goes on.
          await slot
            .release?.()
            .catch((e) => this.#o.log.warn({ err: { message: (e as Error).message } }, 'send slot not released'));
          throw err;
        }
      return slot;
    }
  }

  /**
   * A planned send whose scheduler is stopping gives up its wait: nothing of it is on the wire
   * (no slot booked yet, or the last try failed), so its job can go back to planned untouched
   * instead of spending the shutdown budget asleep.
   */
  #checkStop(): void {
    if (jobStopSignal()?.aborted) throw new JobInterrupted('the scheduler is stopping; the send was not made');
  }

  async #wait(ms: number): Promise<void> {
    const signal = jobStopSignal();
    if (!signal) return this.#o.sleep(ms);
    let onAbort = () => {};
    const aborted = new Promise<void>((resolve) => {
      onAbort = resolve;
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      await Promise.race([this.#o.sleep(ms), aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    this.#checkStop();
  }

  #delay(err: SendError, attempt: number): number {
    const header = err.response?.headers?.get?.('retry-after');
    const seconds = header ? Number(header) : NaN;
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, this.#o.maxDelayMs);
    const ceiling = Math.min(this.#o.maxDelayMs, this.#o.baseDelayMs * 2 ** (attempt - 1));
    // Full jitter spreads retries from many senders so they do not hit Teams in step.
    return Math.round(ceiling / 2 + (this.#o.random() * ceiling) / 2);
  }

  async #deliver<T>(
    operation: string,
    tenantId: string,
    key: string,
    op: () => Promise<T>,
    network?: Network,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const slot = await this.#slot(tenantId, key);
      try {
        slot.start?.(this.#o.now());
        const result = await op().finally(() => this.#settle(slot.settle));
        await this.#record(tenantId, network?.networkId ?? '', key, operation, 'sent', 200, attempt);
        return result;
      } catch (err) {
        const status = (err as SendError).statusCode ?? 0;
        if (GONE.has(status)) {
          const target = network ?? (await this.#networkOf(tenantId, key));
          if (target)
            await this.#o.store.networks.setActive(target.tenantId, target.networkId, false, new Date(this.#o.now()));
          await this.#record(tenantId, target?.networkId ?? '', key, operation, 'inactive', status, attempt);
          this.#o.log.warn(
            { tenantId, networkId: target?.networkId, status, operation },
            'installation gone; marked inactive',
          );
          throw new PermanentJobError(`Teams answered ${status}: the bot is no longer in the conversation`);
        }
        if (!RETRYABLE.has(status) || attempt >= this.#o.maxAttempts) {
          await this.#record(tenantId, network?.networkId ?? '', key, operation, 'gave-up', status || null, attempt);
          throw err;
        }
        await this.#record(tenantId, network?.networkId ?? '', key, operation, 'retried', status, attempt);
        await this.#wait(this.#delay(err as SendError, attempt));
      }
    }
  }

  /** A booking that cannot move to its answer time stays at its booking time: the send is not failed for it. */
  async #settle(settle: Slot['settle']): Promise<void> {
    await settle?.(this.#o.now()).catch((err) =>
      this.#o.log.warn({ err: { message: (err as Error).message } }, 'send window booking not settled'),
    );
  }

  async #networkOf(tenantId: string, key: string): Promise<Network | undefined> {
    const channel = key.split(';')[0];
    return (await this.#o.store.networks.listActive(tenantId)).find(
      (n) => n.channelId === channel || n.conversation.conversationId === channel,
    );
  }

  async #record(
    tenantId: string,
    networkId: string,
    conversation: string,
    operation: string,
    outcome: DeliveryOutcome,
    status: number | null,
    attempts: number,
  ) {
    const job = deliveryContext();
    await this.#o.store.deliveries.record({
      tenantId,
      networkId: networkId || job.networkId || '',
      key: job.key,
      conversation,
      operation,
      outcome,
      status,
      attempts,
      at: new Date(this.#o.now()),
    });
  }
}
