/** SQL and values shared by the SQLite and PostgreSQL stores of seen activities and confirmations: the text is the same in both. */
import type { IssuedConfirmation } from '../../conversation/confirmations.ts';
import { SEEN_FOR_MS } from '../../conversation/seen-activities.ts';
import type { Person } from '../../networks/network.ts';

/** A row past the 24 hours (not yet swept) is taken over as if it were not there. */
export const CLAIM_SEEN = `INSERT INTO seen_activities (tenant_id, conversation_id, activity_id, seen_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (tenant_id, conversation_id, activity_id) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_activities.seen_at < ?`;

/** The oldest `seen_at` still counted at `now`. */
export const seenCutoff = (now: Date) => new Date(now.getTime() - SEEN_FOR_MS).toISOString();

export const RELEASE_SEEN =
  'DELETE FROM seen_activities WHERE tenant_id = ? AND conversation_id = ? AND activity_id = ?';
export const PURGE_SEEN = 'DELETE FROM seen_activities WHERE seen_at < ?';
/** Whether a key was recorded within the 24 hours (read only: the key stays as it is). */
export const WAS_SEEN =
  'SELECT 1 AS seen FROM seen_activities WHERE tenant_id = ? AND conversation_id = ? AND activity_id = ? AND seen_at >= ?';

export const ISSUE =
  'INSERT INTO confirmations (tenant_id, network_id, nonce, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)';
export const issueValues = (c: IssuedConfirmation) => [
  ...[c.tenantId, c.networkId, c.nonce, c.purpose],
  ...[c.createdAt.toISOString(), c.expiresAt.toISOString()],
];

export const USE = `UPDATE confirmations SET used_at = ?, used_by = ?
  WHERE tenant_id = ? AND network_id = ? AND nonce = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?`;

/** The arguments of `use`, as both stores take them. */
export type UseArgs = [tenantId: string, networkId: string, nonce: string, purpose: string, by: Person, now: Date];

/** The values of USE, in its order. */
export function useValues(...[tenantId, networkId, nonce, purpose, by, now]: UseArgs) {
  const at = now.toISOString();
  return [at, JSON.stringify({ id: by.id, name: by.name }), tenantId, networkId, nonce, purpose, at];
}

export const USED_AT =
  'SELECT used_at FROM confirmations WHERE tenant_id = ? AND network_id = ? AND nonce = ? AND purpose = ?';

/** Why a nonce was not taken, from its row (USED_AT): never used means it expired. */
export const refused = (row: { used_at: string | null } | undefined) =>
  row && row.used_at === null ? ('expired' as const) : ('used' as const);

export const TAKE = `INSERT INTO confirmations (tenant_id, network_id, nonce, purpose, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id, nonce) DO UPDATE SET purpose = excluded.purpose, created_at = excluded.created_at, expires_at = excluded.expires_at, used_at = excluded.used_at
  WHERE confirmations.expires_at <= excluded.created_at`;

/** The arguments of `take`, as both stores take them. */
export type TakeArgs = [tenantId: string, networkId: string, key: string, purpose: string, now: Date, until: Date];

/** The values of TAKE, in its order. */
export function takeValues(...[tenantId, networkId, key, purpose, now, until]: TakeArgs) {
  const at = now.toISOString();
  return [tenantId, networkId, onceNonce(purpose, key), purpose, at, until.toISOString(), at];
}

/** The nonce a `take` of key for purpose is stored under. */
export const onceNonce = (purpose: string, key: string) => `once:${purpose}:${key}`;

export const RELEASE = 'DELETE FROM confirmations WHERE tenant_id = ? AND network_id = ? AND nonce = ?';
export const PURGE = 'DELETE FROM confirmations WHERE tenant_id = ? AND network_id = ? AND expires_at < ?';
