/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import type { Network } from '../../networks/network.ts';
import { conversationRefSchema, personSchema } from '../../networks/schemas.ts';

export interface NetworkRow {
  tenant_id: string;
  network_id: string;
  scope: 'team' | 'groupChat';
  name: string;
  team_id: string | null;
  channel_id: string | null;
  conversation: string;
  active: number;
  installed_by: string | null;
  created_at: string;
  updated_at: string;
}

export function toNetwork(r: NetworkRow): Network {
  return {
    tenantId: r.tenant_id,
    networkId: r.network_id,
    scope: r.scope,
    name: r.name,
    teamId: r.team_id,
    channelId: r.channel_id,
    conversation: conversationRefSchema.parse(JSON.parse(r.conversation)),
    active: r.active === 1,
    installedBy: r.installed_by ? personSchema.parse(JSON.parse(r.installed_by)) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The values of `INSERT INTO networks (tenant_id, network_id, scope, name, team_id, channel_id, conversation, active, installed_by, created_at, updated_at)`, less `active`. */
export function networkValues(n: Omit<Network, 'createdAt' | 'updatedAt'>, now: Date) {
  const at = now.toISOString();
  return [
    n.tenantId,
    n.networkId,
    n.scope,
    n.name,
    n.teamId,
    n.channelId,
    JSON.stringify(n.conversation),
    n.installedBy ? JSON.stringify(n.installedBy) : null,
    at,
    at,
  ] as const;
}

/**
 * The upsert of a network, the same in both dialects (PostgreSQL wraps it to tell what it found);
 * its values are networkValues.
 */
export const UPSERT_NETWORK = `INSERT INTO networks (tenant_id, network_id, scope, name, team_id, channel_id, conversation, active, installed_by, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id) DO UPDATE SET
    name = excluded.name, team_id = excluded.team_id,
    channel_id = COALESCE(excluded.channel_id, networks.channel_id),
    conversation = excluded.conversation, active = 1,
    installed_by = COALESCE(networks.installed_by, excluded.installed_by),
    updated_at = excluded.updated_at`;

/** Statements whose text is the same in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const GET_NETWORK = 'SELECT * FROM networks WHERE tenant_id = ? AND network_id = ?';
export const SET_ACTIVE = 'UPDATE networks SET active = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ?';
export const RENAME = 'UPDATE networks SET name = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ?';
export const GET_SETTING = 'SELECT value FROM network_settings WHERE tenant_id = ? AND network_id = ? AND name = ?';
export const ACTIVE_IN_TENANT = 'SELECT * FROM networks WHERE active = 1 AND tenant_id = ? ORDER BY network_id';
export const ALL_ACTIVE = 'SELECT * FROM networks WHERE active = 1 ORDER BY tenant_id, network_id';
/** Writes the setting only when it holds another value: the row count says whether this write won. */
export const CLAIM_SETTING = `INSERT INTO network_settings (tenant_id, network_id, name, value) VALUES (?, ?, ?, ?)
  ON CONFLICT (tenant_id, network_id, name) DO UPDATE SET value = excluded.value
  WHERE network_settings.value <> excluded.value`;
