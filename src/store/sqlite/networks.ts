import type { DatabaseSync } from 'node:sqlite';
import type { Network, NetworkRepository } from '../../networks/network.ts';
import { conversationRefSchema, personSchema } from '../../networks/schemas.ts';

interface Row {
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

function toNetwork(r: Row): Network {
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

export class SqliteNetworks implements NetworkRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async get(tenantId: string, networkId: string): Promise<Network | null> {
    const row = this.#db
      .prepare('SELECT * FROM networks WHERE tenant_id = ? AND network_id = ?')
      .get(tenantId, networkId) as Row | undefined;
    return row ? toNetwork(row) : null;
  }

  async upsert(n: Omit<Network, 'createdAt' | 'updatedAt'>, now: Date) {
    const before = await this.get(n.tenantId, n.networkId);
    const at = now.toISOString();
    this.#db
      .prepare(
        `INSERT INTO networks (tenant_id, network_id, scope, name, team_id, channel_id, conversation, active, installed_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
         ON CONFLICT (tenant_id, network_id) DO UPDATE SET
           name = excluded.name, team_id = excluded.team_id,
           channel_id = COALESCE(excluded.channel_id, networks.channel_id),
           conversation = excluded.conversation, active = 1,
           installed_by = COALESCE(networks.installed_by, excluded.installed_by),
           updated_at = excluded.updated_at`,
      )
      .run(
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
      );
    return { created: before === null, reactivated: before !== null && !before.active };
  }

  async setActive(tenantId: string, networkId: string, active: boolean, now: Date) {
    this.#db
      .prepare('UPDATE networks SET active = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ?')
      .run(active ? 1 : 0, now.toISOString(), tenantId, networkId);
  }

  async rename(tenantId: string, networkId: string, name: string, now: Date) {
    this.#db
      .prepare('UPDATE networks SET name = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ?')
      .run(name, now.toISOString(), tenantId, networkId);
  }

  async listActive(tenantId?: string) {
    const rows = (
      tenantId
        ? this.#db.prepare('SELECT * FROM networks WHERE active = 1 AND tenant_id = ? ORDER BY network_id').all(tenantId)
        : this.#db.prepare('SELECT * FROM networks WHERE active = 1 ORDER BY tenant_id, network_id').all()
    ) as unknown as Row[];
    return rows.map(toNetwork);
  }

  async getSetting<T>(tenantId: string, networkId: string, name: string): Promise<T | null> {
    const r = this.#db.prepare('SELECT value FROM network_settings WHERE tenant_id = ? AND network_id = ? AND name = ?').get(tenantId, networkId, name) as
      | { value: string }
      | undefined;
    return r ? (JSON.parse(r.value) as T) : null;
  }

  async setSetting(tenantId: string, networkId: string, name: string, value: unknown) {
    this.#db
      .prepare('INSERT INTO network_settings (tenant_id, network_id, name, value) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value')
      .run(tenantId, networkId, name, JSON.stringify(value));
  }

  async networksWithSetting(tenantId: string, name: string, value: unknown) {
    const rows = this.#db
      .prepare('SELECT network_id FROM network_settings WHERE tenant_id = ? AND name = ? AND value = ? ORDER BY network_id')
      .all(tenantId, name, JSON.stringify(value)) as { network_id: string }[];
    return rows.map((r) => r.network_id);
  }
}
