import type { Network, NetworkRepository } from '../../networks/network.ts';
import { PgRepository } from './database.ts';
import * as row from '../rows/networks.ts';

/** PostgreSQL names the conflict target, which SQLite may leave out. */
const PUT_SETTING =
  'INSERT INTO network_settings (tenant_id, network_id, name, value) VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, network_id, name) DO UPDATE SET value = excluded.value';

export class PgNetworks extends PgRepository implements NetworkRepository {
  async get(tenantId: string, networkId: string): Promise<Network | null> {
    const r = await this.sql.get<row.NetworkRow>(row.GET_NETWORK, tenantId, networkId);
    return r ? row.toNetwork(r) : null;
  }

  async upsert(n: Omit<Network, 'createdAt' | 'updatedAt'>, now: Date) {
    // xmax = 0 marks a row this statement inserted; the old `active` comes from the row before the update.
    const r = await this.sql.get<{ inserted: boolean; was_active: number | null }>(
      `WITH before AS (SELECT active FROM networks WHERE tenant_id = ? AND network_id = ?)
       ${row.UPSERT_NETWORK}
       RETURNING (xmax = 0) AS inserted, (SELECT active FROM before) AS was_active`,
      n.tenantId,
      n.networkId,
      ...row.networkValues(n, now),
    );
    const created = r!.inserted;
    return { created, reactivated: !created && r!.was_active !== 1 };
  }

  async setActive(tenantId: string, networkId: string, active: boolean, now: Date) {
    await this.sql.run(row.SET_ACTIVE, active ? 1 : 0, now.toISOString(), tenantId, networkId);
  }

  async rename(tenantId: string, networkId: string, name: string, now: Date) {
    await this.sql.run(row.RENAME, name, now.toISOString(), tenantId, networkId);
  }

  async listActive(tenantId?: string) {
    const rows = tenantId
      ? await this.sql.all<row.NetworkRow>(row.ACTIVE_IN_TENANT, tenantId)
      : await this.sql.all<row.NetworkRow>(row.ALL_ACTIVE);
    return rows.map(row.toNetwork);
  }

  async getSetting<T>(tenantId: string, networkId: string, name: string): Promise<T | null> {
    const r = await this.sql.get<{ value: string }>(row.GET_SETTING, tenantId, networkId, name);
    return r ? (JSON.parse(r.value) as T) : null;
  }

  async setSetting(tenantId: string, networkId: string, name: string, value: unknown) {
    await this.sql.run(PUT_SETTING, tenantId, networkId, name, JSON.stringify(value));
  }

  async claimSetting(tenantId: string, networkId: string, name: string, value: unknown) {
    // A second writer of the same key waits for the first one's row and then finds the value there.
    return (await this.sql.run(row.CLAIM_SETTING, tenantId, networkId, name, JSON.stringify(value))) > 0;
  }

  async networksWithSetting(tenantId: string, name: string, value: unknown) {
    const rows = await this.sql.all<{ network_id: string }>(
      'SELECT network_id FROM network_settings WHERE tenant_id = ? AND name = ? AND value = ? ORDER BY network_id',
      tenantId,
      name,
      JSON.stringify(value),
    );
    return rows.map((r) => r.network_id);
  }
}
