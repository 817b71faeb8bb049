import { z } from 'zod';
import type { Logger } from '../log.ts';
import type { ConversationRef, Network, Person } from '../networks/network.ts';
import { conversationRefSchema } from '../networks/schemas.ts';
import { JobInterrupted, PermanentJobError } from '../jobs/errors.ts';
import { currentJob, jobStopSignal } from '../jobs/current-job.ts';
import type { JobHandler } from '../scheduler/scheduler.ts';
import type { Store } from '../store/store.ts';
import { systemClock } from '../time/clock.ts';
import { deliveryContext, type DeliveryOutcome } from './deliveries.ts';
import { fitMessage, isTooLarge, messageBytes, REFUSED_BUDGET_BYTES, shortForm } from './fit-message.ts';
import type { Messenger, OutgoingMessage, Posted } from './messenger.ts';
import { LocalSendWindows, type SendWindows, type Slot } from './rate-limit.ts';

/** Statuses worth another try: throttling, a lost precondition race, and transient server trouble. */
const RETRYABLE = new Set([412, 429, 500, 502, 503, 504]);
const GONE = new Set([403, 404]);

/** The scheduler's kind for a card update Teams did not take at once (month round 7, N8). */
export const CARD_UPDATE = 'card.update';

/**
 * The one job key of a posted card's queued update, the same in every process: a newer failed update
 * replaces the queued payload (replan on this key), and a direct update that went through cancels it
 * by this key. '|' never occurs in Teams' ids; the closing one keeps the store's prefix cancel of card
 * 1 from reaching card 12.
 */
const cardKey = (c: ConversationRef, activityId: string) =>
  `${CARD_UPDATE}:${c.tenantId}|${c.conversationId}|${activityId}|`;

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
  /** The app's Clock: when a queued card update is due (the scheduler's time, not the rate windows'). */
  clock?: () => Date;
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
      clock: () => systemClock.now(),
      ...opts,
      windows: opts.windows ?? opts.store.sendWindows ?? new LocalSendWindows(),
    };
  }

  startThread(network: Network, message: OutgoingMessage): Promise<Posted> {
    return this.#sized(message, (m) =>
      this.#deliver(
        'startThread',
        network.tenantId,
        network.channelId ?? network.conversation.conversationId,
        () => this.#inner.startThread(network, m),
        network,
      ),
    );
  }

  send(conversation: ConversationRef, message: OutgoingMessage, threadId?: string | null): Promise<Posted> {
    const key = threadId ? `${conversation.conversationId};messageid=${threadId}` : conversation.conversationId;
    return this.#sized(message, (m) =>
      this.#deliver('send', conversation.tenantId, key, () => this.#inner.send(conversation, m, threadId)),
    );
  }

  /**
   * Teams' size limit (attack round 8, A9): a message over it is sent in its short form at once, and
   * one Teams still refuses for its size (413, which no retry mends) is replaced by its short form
   * right away. A short form refused as well is given up for good, never retried as a job.
   */
  async #sized<T>(message: OutgoingMessage, send: (m: OutgoingMessage) => Promise<T>): Promise<T> {
    const fitted = fitMessage(message);
    if (fitted !== message)
      this.#o.log.warn({ bytes: messageBytes(message) }, 'message over Teams size; its short form is sent');
    try {
      return await send(fitted);
    } catch (err) {
      if (!isTooLarge(err)) throw err;
      if (fitted === message) {
        this.#o.log.warn({ bytes: messageBytes(message), status: 413 }, 'Teams refused the message for its size');
        try {
          return await send(shortForm(message, REFUSED_BUDGET_BYTES));
        } catch (again) {
          if (!isTooLarge(again)) throw again;
        }
      }
      throw new PermanentJobError('Teams refused the message for its size (413)');
    }
  }

  /**
   * A card update is as sure to arrive as a new post (month round 7, N8: a channel card kept a done task
   * open for a month after one ECONNRESET). One try here, so a click is answered at once; when Teams
   * does not take it (a dropped connection, 412, 429, 5xx) the update is queued for the scheduler,
   * which sends it with the sender's retries and its own back-off, replacing any older update still
   * queued for the same card. A card Teams no longer has (404: deleted) is given up quietly.
   */
  async update(
    conversation: ConversationRef,
    activityId: string,
    message: OutgoingMessage,
    threadId?: string | null,
  ): Promise<void> {
    const key = cardKey(conversation, activityId);
    const queuedRun = currentJob()?.key === key;
    // Before this request leaves, an older update queued for this card (by this process before a
    // restart, or by another instance) is cancelled, and one already being sent (claimed, waiting for
    // its slot or out a back-off) is handed this payload as the card's newest, in one statement: its
    // runner checks that right before its request, so it cannot leave after this one has (review 1,
    // item 2). When this one is not taken, it is queued in turn (#queueUpdate).
    if (!queuedRun) {
      const networkId = await this.#networkIdOf(conversation);
      const newest = { conversation, activityId, message, threadId: threadId ?? null, stamp: this.#stamp(DIRECT) };
      await this.#o.store.jobs
        .supersede(conversation.tenantId, networkId, key, newest)
        .catch((e) => this.#o.log.warn({ err: { message: (e as Error).message } }, 'queued card update not cancelled'));
    }
    try {
      await this.#updateNow(conversation, activityId, message, threadId, queuedRun ? this.#o.maxAttempts : 1);
    } catch (err) {
      if (queuedRun || !RETRYABLE_UPDATE(err)) throw err;
      await this.#queueUpdate(key, conversation, activityId, message, threadId ?? null, err);
    }
  }

  /** Names one card payload: the queued job sends only while its row still holds its stamp. */
  #stamp(prefix = ''): string {
    return `${prefix}${this.#o.clock().getTime().toString(36)}.${this.#seed}.${(++this.#queued).toString(36)}`;
  }

  /** The network a conversation belongs to ('' when none is known): queued card updates carry it, so erasing the network erases them. */
  async #networkIdOf(conversation: ConversationRef): Promise<string> {
    return (await this.#networkOf(conversation.tenantId, conversation.conversationId))?.networkId ?? '';
  }

  /** Tells the queued updates of one process apart from those of another at the same millisecond. */
  #seed = Math.floor(Math.random() * 36 ** 6).toString(36);
  #queued = 0;

  async #updateNow(
    conversation: ConversationRef,
    activityId: string,
    message: OutgoingMessage,
    threadId: string | null | undefined,
    attempts: number,
    stillNewest?: () => Promise<boolean>,
  ): Promise<void> {
    try {
      await this.#sized(message, (m) =>
        this.#deliver(
          'update',
          conversation.tenantId,
          conversation.conversationId,
          () => this.#inner.update(conversation, activityId, m, threadId),
          undefined,
          attempts,
          stillNewest,
        ),
      );
    } catch (err) {
      if (err instanceof CardGone) {
        this.#o.log.info({ status: 404, operation: 'update' }, 'card no longer in Teams; update given up');
        return;
      }
      throw err;
    }
  }

  async #queueUpdate(
    key: string,
    conversation: ConversationRef,
    activityId: string,
    message: OutgoingMessage,
    threadId: string | null,
    cause: unknown,
  ): Promise<void> {
    const jobs = this.#o.store.jobs;
    const now = this.#o.clock();
    const networkId = await this.#networkIdOf(conversation);
    // The stamp names this payload: the job sends only while the row still holds it.
    const stamp = this.#stamp();
    const job = {
      tenantId: conversation.tenantId,
      networkId,
      key,
      kind: CARD_UPDATE,
      dueAt: now,
      payload: { conversation, activityId, message, threadId, stamp },
    };
    // One row per card, upserted: a newer failure replaces the queued payload in every process.
    await jobs.replan(job, now);
    const row = await this.#queuedRow(conversation.tenantId, networkId, key);
    if (row && stampOf(row.payload) !== stamp && (row.status === 'done' || row.status === 'failed')) {
      // The card's row finished an earlier round: planned again, then given this payload.
      await jobs.defer(row.id, now, null);
      await jobs.replan(job, now);
    } else if (row && stampOf(row.payload) !== stamp && row.status === 'claimed') {
      // Its older update is being sent right now: it takes this payload, stops before its next
      // request and hands the row back planned, so this one is sent next (cardUpdateJob).
      if (!(await jobs.supersedeClaimed(conversation.tenantId, networkId, key, job.payload))) {
        const after = await this.#queuedRow(conversation.tenantId, networkId, key);
        if (after && stampOf(after.payload) !== stamp) {
          await jobs.defer(after.id, now, null);
          await jobs.replan(job, now);
        }
      }
    }
    const e = cause as SendError & { code?: string; message?: string };
    this.#o.log.warn(
      { err: { status: e.statusCode, code: e.code, message: e.message }, operation: 'update' },
      'card update not taken; queued for the scheduler',
    );
  }

  async #queuedRow(tenantId: string, networkId: string, key: string) {
    return (await this.#o.store.jobs.list(tenantId, networkId, { kind: CARD_UPDATE })).find((j) => j.key === key);
  }

  /** The scheduler's side of a queued card update: sent with the sender's retries; failures back off as jobs do. */
  cardUpdateJob(): JobHandler {
    return {
      kind: CARD_UPDATE,
      run: async (job) => {
        const p = cardUpdatePayload.safeParse(job.payload);
        if (!p.success) throw new PermanentJobError('card update with unreadable payload');
        const { conversation, activityId, message, threadId, stamp } = p.data;
        // Sent only while this payload is still the card's newest: a newer failed update replaced it,
        // or a direct update that went through cancelled or superseded it, from any process. Asked
        // right before each try, so one waiting out a back-off stops when a newer update landed.
        const stillNewest = async () => {
          const row = await this.#queuedRow(job.tenantId, job.networkId, job.key);
          return !!row && row.status === 'claimed' && stampOf(row.payload) === stamp;
        };
        try {
          await this.#updateNow(
            conversation as ConversationRef,
            activityId,
            message as OutgoingMessage,
            threadId,
            this.#o.maxAttempts,
            stillNewest,
          );
        } catch (err) {
          if (err instanceof Superseded) {
            this.#o.log.info({ operation: 'update' }, 'queued card update superseded; not sent');
            // A newer update that was itself not taken is now this row's payload: sent next.
            const row = await this.#queuedRow(job.tenantId, job.networkId, job.key);
            const newer = stampOf(row?.payload);
            if (row?.status === 'claimed' && typeof newer === 'string' && !newer.startsWith(DIRECT))
              return { deferUntil: this.#o.clock() };
            return;
          }
          if (RETRYABLE_UPDATE(err) || err instanceof JobInterrupted || err instanceof PermanentJobError) throw err;
          throw new PermanentJobError((err as Error).message ?? 'card update refused');
        }
      },
    };
  }

  sendToPerson(tenantId: string, person: Person, message: OutgoingMessage): Promise<Posted | null> {
    return this.#sized(message, (m) =>
      this.#deliver('sendToPerson', tenantId, `person:${person.id}`, () =>
        this.#inner.sendToPerson(tenantId, person, m),
      ),
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
    maxAttempts = this.#o.maxAttempts,
    /** Asked before each try (a queued card update): false stops with Superseded, nothing sent. */
    stillWanted?: () => Promise<boolean>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const slot = await this.#slot(tenantId, key);
      // Asked once the slot is granted, right before the request: the wait for it can be seconds,
      // in which a newer update of the card may have gone through (review 1, item 2).
      if (stillWanted && !(await stillWanted())) {
        await slot
          .release?.()
          .catch((e) => this.#o.log.warn({ err: { message: (e as Error).message } }, 'send slot not released'));
        throw new Superseded();
      }
      try {
        slot.start?.(this.#o.now());
        const result = await op().finally(() => this.#settle(slot.settle));
        await this.#record(tenantId, network?.networkId ?? '', key, operation, 'sent', 200, attempt);
        return result;
      } catch (err) {
        const status = (err as SendError).statusCode ?? 0;
        // An update's 404 is the message, not the bot, gone: someone deleted it.
        if (operation === 'update' && status === 404) {
          await this.#record(tenantId, network?.networkId ?? '', key, operation, 'gave-up', status, attempt);
          throw new CardGone();
        }
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
        if (!RETRYABLE.has(status) || attempt >= maxAttempts) {
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

/** A queued card update found a newer one for its card right before a try: not sent. */
class Superseded extends Error {
  constructor() {
    super('card update superseded');
  }
}

/** Teams answered 404 to an update: the message was deleted. */
class CardGone extends Error {
  constructor() {
    super('the card is no longer in Teams');
  }
}

/** Worth queueing: the connection dropped before an answer (no status), or a status worth another try. */
function RETRYABLE_UPDATE(err: unknown): boolean {
  if (err instanceof PermanentJobError || err instanceof JobInterrupted) return false;
  const status = (err as SendError).statusCode;
  return status === undefined ? true : RETRYABLE.has(status);
}

const cardUpdatePayload = z.object({
  conversation: conversationRefSchema.passthrough(),
  activityId: z.string(),
  message: z.record(z.string(), z.unknown()),
  threadId: z.string().nullable(),
  /** Absent on updates queued before the stamp existed: those are sent as before. */
  stamp: z.string().optional(),
});

/** Marks the stamp a direct update writes: that payload was sent (or is being sent) already. */
const DIRECT = 'direct';

const stampOf = (payload: unknown) => (payload as { stamp?: unknown } | null)?.stamp;
