import { SqliteRepository } from './database.ts';
import type { Network, NetworkRepository } from '../../networks/network.ts';
import * as row from '../rows/networks.ts';

export class SqliteNetworks extends SqliteRepository implements NetworkRepository {
  async get(tenantId: string, networkId: string): Promise<Network | null> {
    const r = this.db.prepare(row.GET_NETWORK).get(tenantId, networkId) as row.NetworkRow | undefined;
    return r ? row.toNetwork(r) : null;
  }

  async upsert(n: Omit<Network, 'createdAt' | 'updatedAt'>, now: Date) {
    const before = await this.get(n.tenantId, n.networkId);
    this.db.prepare(row.UPSERT_NETWORK).run(...row.networkValues(n, now));
    return { created: before === null, reactivated: before !== null && !before.active };
  }

  async setActive(tenantId: string, networkId: string, active: boolean, now: Date) {
    this.db.prepare(row.SET_ACTIVE).run(active ? 1 : 0, now.toISOString(), tenantId, networkId);
  }

  async rename(tenantId: string, networkId: string, name: string, now: Date) {
    this.db.prepare(row.RENAME).run(name, now.toISOString(), tenantId, networkId);
  }

  async listActive(tenantId?: string) {
    const rows = (tenantId
      ? this.db.prepare(row.ACTIVE_IN_TENANT).all(tenantId)
      : this.db.prepare(row.ALL_ACTIVE).all()) as unknown as row.NetworkRow[];
    return rows.map(row.toNetwork);
  }

  async getSetting<T>(tenantId: string, networkId: string, name: string): Promise<T | null> {
    const r = this.db.prepare(row.GET_SETTING).get(tenantId, networkId, name) as { value: string } | undefined;
    return r ? (JSON.parse(r.value) as T) : null;
  }

  async setSetting(tenantId: string, networkId: string, name: string, value: unknown) {
    this.db
      .prepare(
        'INSERT INTO network_settings (tenant_id, network_id, name, value) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value',
      )
      .run(tenantId, networkId, name, JSON.stringify(value));
  }

  async claimSetting(tenantId: string, networkId: string, name: string, value: unknown) {
    const r = this.db.prepare(row.CLAIM_SETTING).run(tenantId, networkId, name, JSON.stringify(value));
    return Number(r.changes) > 0;
  }

  async networksWithSetting(tenantId: string, name: string, value: unknown) {
    const rows = this.db
      .prepare(
        'SELECT network_id FROM network_settings WHERE tenant_id = ? AND name = ? AND value = ? ORDER BY network_id',
      )
      .all(tenantId, name, JSON.stringify(value)) as { network_id: string }[];
    return rows.map((r) => r.network_id);
  }
}
