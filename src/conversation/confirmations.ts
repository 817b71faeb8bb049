import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Person } from '../networks/network.ts';
import type { Clock } from '../time/clock.ts';

/** What a click on a confirmation found: it was the first use, or too late for one. */
export type ConfirmationUse = 'ok' | 'used' | 'expired';

export interface IssuedConfirmation {
  tenantId: string;
  networkId: string;
  nonce: string;
  /** What it confirms (the card verb family, e.g. `network.erase`): a nonce confirms nothing else. */
  purpose: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface ConfirmationRepository {
  issue(c: IssuedConfirmation): Promise<void>;
  /**
   * Marks the confirmation used when it is unused and unexpired, in one conditional write: of two
   * clicks at once exactly one gets 'ok'. Unknown nonces (forged, or erased with the network's
   * data) are 'used'.
   */
  use(
    tenantId: string,
    networkId: string,
    nonce: string,
    purpose: string,
    by: Person,
    now: Date,
  ): Promise<ConfirmationUse>;
  /**
   * Takes a one-time key (an action's own key, e.g. who asked what) until `until`; true for the
   * first taker, false while someone holds it. A key past its time is taken over.
   */
  take(tenantId: string, networkId: string, key: string, purpose: string, now: Date, until: Date): Promise<boolean>;
  /** Lets go of a taken key early, so a failed attempt can be tried again at once. */
  release(tenantId: string, networkId: string, key: string, purpose: string): Promise<void>;
  /** Removes confirmations that expired before `before` (used or not): the nightly sweep. */
  purge(tenantId: string, networkId: string, before: Date): Promise<number>;
}

/** The nonce as a card sends it back: base64url, long enough not to be guessed. */
export const nonceSchema = z
  .string()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/**
 * A single-use card says who asked for it after it is answered, and the answerer is often someone
 * else (s12 #5): the asker's name rides in the buttons' data and is bound into the purpose, so an
 * edited name confirms nothing. Cards posted before the name rode along carry none and keep the bare
 * purpose, so they still answer.
 */
const askedBySchema = z.string().max(200).optional();

/** The purpose a card's nonce is issued and used under, bound to the asker named on the card. */
const askerBound = (purpose: string, askedBy?: string) => (askedBy ? `${purpose}:${askedBy}` : purpose);

/** The asker to name on an answered card; an old card without one names the answerer, as it always did. */
const askerOf = (d: { askedBy?: string }, answerer: { name: string }) => d.askedBy || answerer.name;

/**
 * A one-time confirmation for a card button that must act at most once (delete, remove, accept).
 * Put `nonce` in the button's data; on the click call `useConfirmation` before acting, and act only
 * on 'ok'. Checks that should not use it up (wrong network, not a leader) go before that call.
 */
export async function issueConfirmation(
  store: { confirmations: ConfirmationRepository },
  n: { tenantId: string; networkId: string },
  purpose: string,
  now: Date,
  validMs: number,
): Promise<{ nonce: string; expires: string }> {
  const nonce = randomBytes(18).toString('base64url');
  const expiresAt = new Date(now.getTime() + validMs);
  await store.confirmations.issue({
    tenantId: n.tenantId,
    networkId: n.networkId,
    nonce,
    purpose,
    createdAt: now,
    expiresAt,
  });
  return { nonce, expires: expiresAt.toISOString() };
}

/**
 * `expires`: the time the card itself carries (its data). A card pressed past it has expired, used
 * or not (N9): the nightly sweep removes an expired row a day later, and an unknown nonce reads as
 * used, which told a week-old unused card «allerede brukt». The store still decides every 'ok'.
 */
export async function useConfirmation(
  store: { confirmations: ConfirmationRepository },
  n: { tenantId: string; networkId: string },
  purpose: string,
  nonce: string,
  by: Person,
  now: Date,
  expires?: string,
): Promise<ConfirmationUse> {
  const use = await store.confirmations.use(n.tenantId, n.networkId, nonce, purpose, by, now);
  const pastItsTime = expires !== undefined && !(Date.parse(expires) > now.getTime());
  return use === 'used' && pastItsTime ? 'expired' : use;
}

type Confirming = { store: { confirmations: ConfirmationRepository }; clock: Clock };
type Where = { tenantId: string; networkId: string };

/** The fields every asker-bound single-use card carries in its buttons' data. */
export const askedCardFields = { expires: z.string().datetime(), nonce: nonceSchema, askedBy: askedBySchema };

/** A single-use card's confirmation for `purpose`, bound to the one asking, whose name the card shows. */
export async function askOnce(
  s: Confirming,
  n: Where,
  purpose: string,
  asker: { name: string },
  validMs: number,
): Promise<{ nonce: string; expires: string; askedBy: string }> {
  const issued = await issueConfirmation(s.store, n, askerBound(purpose, asker.name), s.clock.now(), validMs);
  return { ...issued, askedBy: asker.name };
}

/**
 * A click on a card from `askOnce`: whether it is the first use of it, and the asker the answered card
 * names. Checks that should leave the card usable go before this call.
 */
export async function answerOnce(
  s: Confirming,
  n: Where,
  purpose: string,
  d: { nonce: string; expires: string; askedBy?: string | undefined },
  by: Person,
): Promise<{ use: ConfirmationUse; askedBy: string }> {
  const use = await useConfirmation(s.store, n, askerBound(purpose, d.askedBy), d.nonce, by, s.clock.now(), d.expires);
  return { use, askedBy: askerOf(d, by) };
}

/**
 * Runs `work` unless the same action (by its own key) is already running or done within `holdMs`:
 * for buttons whose effect is a post or a row that nothing else stops from being made twice, such
 * as two clicks at once that both find "not sent yet" before either has sent. The key is let go
 * when `work` ends, so a later click is judged by the stored state again (and a failed one may retry).
 */
export async function onceAtATime<T>(
  store: { confirmations: ConfirmationRepository },
  n: { tenantId: string; networkId: string },
  purpose: string,
  key: string,
  now: Date,
  holdMs: number,
  work: () => Promise<T>,
  busy: () => T,
): Promise<T> {
  const k = createHash('sha256').update(key).digest('base64url');
  if (!(await store.confirmations.take(n.tenantId, n.networkId, k, purpose, now, new Date(now.getTime() + holdMs))))
    return busy();
  try {
    return await work();
  } finally {
    await store.confirmations.release(n.tenantId, n.networkId, k, purpose);
  }
}
