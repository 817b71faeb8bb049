/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import type { Person, PersonalConversation, Role } from '../../networks/network.ts';
import { conversationRefSchema } from '../../networks/schemas.ts';

export type Who = { id?: string; aadObjectId?: string };

/** People are matched on the Teams user id or, across chats where ids differ, the AAD object id. */
export function whoClause(who: Who): { sql: string; args: string[] } {
  if (who.aadObjectId && who.id) return { sql: '(user_id = ? OR aad_object_id = ?)', args: [who.id, who.aadObjectId] };
  if (who.aadObjectId) return { sql: 'aad_object_id = ?', args: [who.aadObjectId] };
  return { sql: 'user_id = ?', args: [who.id ?? ''] };
}

export interface PersonalConversationRow {
  user_id: string;
  aad_object_id: string | null;
  name: string;
  conversation: string;
  created_at: string;
}

export const toPersonalConversation = (tenantId: string, row: PersonalConversationRow): PersonalConversation => ({
  tenantId,
  person: { id: row.user_id, aadObjectId: row.aad_object_id ?? undefined, name: row.name },
  conversation: conversationRefSchema.parse(JSON.parse(row.conversation)),
  createdAt: row.created_at,
});

/** The texts below are the same in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const SAVE_CONVERSATION = `INSERT INTO personal_conversations (tenant_id, network_id, user_id, aad_object_id, name, conversation, created_at)
  VALUES (?, '', ?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, user_id) DO UPDATE SET
    aad_object_id = COALESCE(excluded.aad_object_id, personal_conversations.aad_object_id),
    name = excluded.name, conversation = excluded.conversation`;
export const conversationValues = (pc: PersonalConversation) => [
  ...[pc.tenantId, pc.person.id, pc.person.aadObjectId ?? null, pc.person.name],
  ...[JSON.stringify(pc.conversation), pc.createdAt],
];

export const SET_ROLE = `INSERT INTO network_roles (tenant_id, network_id, user_id, aad_object_id, name, role, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id, user_id) DO UPDATE SET
    role = excluded.role, name = excluded.name,
    aad_object_id = COALESCE(excluded.aad_object_id, network_roles.aad_object_id),
    updated_at = excluded.updated_at`;
/** The values of SET_ROLE and NOTE_SEEN, in their order (the role only for SET_ROLE). */
export const personValues = (tenantId: string, networkId: string, person: Person, now: Date, role?: Role) => [
  ...[tenantId, networkId, person.id, person.aadObjectId ?? null, person.name],
  ...(role === undefined ? [] : [role]),
  now.toISOString(),
];

/** A writer already noted for a network is written again only this long after (issue #14). */
export const SEEN_REWRITE_MS = 10 * 60_000;
const SEEN_MEMO_MAX = 10_000;

/**
 * The writers this process noted lately (noteSeen ran an upsert on every message in a network, 1 % of
 * the bot's CPU). Nothing reads `seen_at` for a decision; the row says that someone wrote in the
 * network, and with the memo its time lags by at most SEEN_REWRITE_MS. A new name or AAD id is
 * written at once, and a network erased by this process is forgotten, so its next writer is
 * recorded again. (Another instance's erase is not seen here: that writer comes back with the
 * next message after SEEN_REWRITE_MS.) At most SEEN_MEMO_MAX writers, the oldest out first.
 */
export class SeenMemo {
  readonly #written = new Map<string, number>();

  static #key(tenantId: string, networkId: string, person: Person): string {
    return JSON.stringify([tenantId, networkId, person.id, person.aadObjectId ?? null, person.name]);
  }

  /** Whether this writer was written for the network within SEEN_REWRITE_MS before `now`. */
  recent(tenantId: string, networkId: string, person: Person, now: Date): boolean {
    const at = this.#written.get(SeenMemo.#key(tenantId, networkId, person));
    const age = at === undefined ? Infinity : now.getTime() - at;
    return age >= 0 && age < SEEN_REWRITE_MS;
  }

  wrote(tenantId: string, networkId: string, person: Person, now: Date): void {
    const key = SeenMemo.#key(tenantId, networkId, person);
    this.#written.delete(key);
    if (this.#written.size >= SEEN_MEMO_MAX) this.#written.delete(this.#written.keys().next().value!);
    this.#written.set(key, now.getTime());
  }

  /** Drops every writer of the network (its rows were erased). */
  forget(tenantId: string, networkId: string): void {
    const prefix = JSON.stringify([tenantId, networkId]).slice(0, -1) + ',';
    for (const key of this.#written.keys()) if (key.startsWith(prefix)) this.#written.delete(key);
  }
}

// A sighting without a name (a join Teams names no one in, a failed roster look-up) keeps the name known before.
export const NOTE_SEEN = `INSERT INTO network_people_seen (tenant_id, network_id, user_id, aad_object_id, name, seen_at)
  VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id, user_id) DO UPDATE SET
    name = COALESCE(NULLIF(excluded.name, ''), network_people_seen.name), seen_at = excluded.seen_at,
    aad_object_id = COALESCE(excluded.aad_object_id, network_people_seen.aad_object_id)`;

export const findConversation = (w: { sql: string }) =>
  `SELECT * FROM personal_conversations WHERE tenant_id = ? AND ${w.sql} LIMIT 1`;
export const removeRole = (w: { sql: string }) =>
  `DELETE FROM network_roles WHERE tenant_id = ? AND network_id = ? AND ${w.sql}`;
/** Removes a leader only while another stays; values: tenant, network, who, tenant, network. */
export const removeLeaderUnlessLast = (w: { sql: string }) =>
  `DELETE FROM network_roles WHERE tenant_id = ? AND network_id = ? AND role = 'leader' AND ${w.sql}
    AND (SELECT COUNT(*) FROM network_roles WHERE tenant_id = ? AND network_id = ? AND role = 'leader') > 1`;
export const roleOf = (w: { sql: string }) =>
  `SELECT role FROM network_roles WHERE tenant_id = ? AND network_id = ? AND ${w.sql} LIMIT 1`;
export const networksOf = (w: { sql: string }) =>
  `SELECT DISTINCT network_id FROM network_roles WHERE tenant_id = ? AND ${w.sql}`;
/** Networks where the person has a role or was seen writing; values: tenant, who, tenant, who. */
export const memberNetworksOf = (w: {
  sql: string;
}) => `SELECT network_id FROM network_roles WHERE tenant_id = ? AND ${w.sql}
  UNION SELECT network_id FROM network_people_seen WHERE tenant_id = ? AND ${w.sql}`;

export const LIST_ROLE =
  'SELECT user_id, aad_object_id, name FROM network_roles WHERE tenant_id = ? AND network_id = ? AND role = ? ORDER BY name';
export interface RoleRow {
  user_id: string;
  aad_object_id: string | null;
  name: string;
}
export const toPerson = (r: RoleRow): Person => ({
  id: r.user_id,
  aadObjectId: r.aad_object_id ?? undefined,
  name: r.name,
});

/**
 * The self-claim of a leaderless network (N10) as one conditional write: the leader row goes in only
 * while the network has none. Values: SET_ROLE's (role 'leader'), then tenant and network again.
 */
export const CLAIM_LEADERSHIP = `INSERT INTO network_roles (tenant_id, network_id, user_id, aad_object_id, name, role, updated_at)
  SELECT ?, ?, ?, ?, ?, 'leader', ?
  WHERE NOT EXISTS (SELECT 1 FROM network_roles WHERE tenant_id = ? AND network_id = ? AND role = 'leader')
  ON CONFLICT (tenant_id, network_id, user_id) DO UPDATE SET
    role = excluded.role, name = excluded.name,
    aad_object_id = COALESCE(excluded.aad_object_id, network_roles.aad_object_id),
    updated_at = excluded.updated_at`;
export const claimValues = (tenantId: string, networkId: string, person: Person, now: Date) => [
  ...[tenantId, networkId, person.id, person.aadObjectId ?? null, person.name, now.toISOString()],
  ...[tenantId, networkId],
];

/** A leaver matches on the Teams id or the Entra id (lower case); values: tenant, network, then departedWho. */
const DEPARTED_WHO = `tenant_id = ? AND network_id = ? AND ((CAST(? AS TEXT) <> '' AND user_id = ?) OR (CAST(? AS TEXT) <> '' AND aad_object_id = ?))`;
export const departedWho = (who: Who) => {
  const id = who.id ?? '';
  const aad = (who.aadObjectId ?? '').toLowerCase();
  return [id, id, aad, aad];
};
export const FORGET_DEPARTED = `DELETE FROM departed_members WHERE ${DEPARTED_WHO}`;
export const HAS_DEPARTED = `SELECT 1 AS hit FROM departed_members WHERE ${DEPARTED_WHO} LIMIT 1`;
export const NOTE_DEPARTED = `INSERT INTO departed_members (tenant_id, network_id, user_id, aad_object_id, left_at)
  VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id, user_id, aad_object_id) DO UPDATE SET left_at = excluded.left_at`;
export const departedValues = (tenantId: string, networkId: string, who: Who, now: Date) => [
  ...[tenantId, networkId, who.id ?? '', (who.aadObjectId ?? '').toLowerCase(), now.toISOString()],
];
/** A team that churns for years must not grow without end: the oldest leavings beyond this go. */
export const DEPARTED_KEPT = 500;
/** Values: tenant, network, tenant, network, DEPARTED_KEPT. */
export const TRIM_DEPARTED = `DELETE FROM departed_members WHERE tenant_id = ? AND network_id = ?
  AND (user_id, aad_object_id) NOT IN (
    SELECT user_id, aad_object_id FROM departed_members WHERE tenant_id = ? AND network_id = ?
    ORDER BY left_at DESC, user_id, aad_object_id LIMIT ?)`;
