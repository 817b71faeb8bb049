import type { DatabaseSync } from 'node:sqlite';
import type { Network, NetworkRepository } from '../../networks/network.ts';
import { networkValues, toNetwork, UPSERT_NETWORK, type NetworkRow } from '../rows/networks.ts';

export class SqliteNetworks implements NetworkRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async get(tenantId: string, networkId: string): Promise<Network | null> {
    const row = this.#db
      .prepare('SELECT * FROM networks WHERE tenant_id = ? AND network_id = ?')
      .get(tenantId, networkId) as NetworkRow | undefined;
    return row ? toNetwork(row) : null;
  }

  async upsert(n: Omit<Network, 'createdAt' | 'updatedAt'>, now: Date) {
    const before = await this.get(n.tenantId, n.networkId);
    this.#db.prepare(UPSERT_NETWORK).run(...networkValues(n, now));
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
    const rows = (tenantId
      ? this.#db.prepare('SELECT * FROM networks WHERE active = 1 AND tenant_id = ? ORDER BY network_id').all(tenantId)
      : this.#db
          .prepare('SELECT * FROM networks WHERE active = 1 ORDER BY tenant_id, network_id')
          .all()) as unknown as NetworkRow[];
    return rows.map(toNetwork);
  }

  async getSetting<T>(tenantId: string, networkId: string, name: string): Promise<T | null> {
    const r = this.#db
      .prepare('SELECT value FROM network_settings WHERE tenant_id = ? AND network_id = ? AND name = ?')
      .get(tenantId, networkId, name) as { value: string } | undefined;
    return r ? (JSON.parse(r.value) as T) : null;
  }

  async setSetting(tenantId: string, networkId: string, name: string, value: unknown) {
    this.#db
      .prepare(
        'INSERT INTO network_settings (tenant_id, network_id, name, value) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value',
      )
      .run(tenantId, networkId, name, JSON.stringify(value));
  }

  async networksWithSetting(tenantId: string, name: string, value: unknown) {
    const rows = this.#db
      .prepare(
        'SELECT network_id FROM network_settings WHERE tenant_id = ? AND name = ? AND value = ? ORDER BY network_id',
      )
      .all(tenantId, name, JSON.stringify(value)) as { network_id: string }[];
    return rows.map((r) => r.network_id);
  }
}
