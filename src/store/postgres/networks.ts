import type { Network, NetworkRepository } from '../../networks/network.ts';
import { PgRepository } from './database.ts';
import { networkValues, toNetwork, UPSERT_NETWORK, type NetworkRow } from '../rows/networks.ts';

export class PgNetworks extends PgRepository implements NetworkRepository {
  async get(tenantId: string, networkId: string): Promise<Network | null> {
    const row = await this.sql.get<NetworkRow>(
      'SELECT * FROM networks WHERE tenant_id = ? AND network_id = ?',
      tenantId,
      networkId,
    );
    return row ? toNetwork(row) : null;
  }

  async upsert(n: Omit<Network, 'createdAt' | 'updatedAt'>, now: Date) {
    // xmax = 0 marks a row this statement inserted; the old `active` comes from the row before the update.
    const r = await this.sql.get<{ inserted: boolean; was_active: number | null }>(
      `WITH before AS (SELECT active FROM networks WHERE tenant_id = ? AND network_id = ?)
       ${UPSERT_NETWORK}
       RETURNING (xmax = 0) AS inserted, (SELECT active FROM before) AS was_active`,
      n.tenantId,
      n.networkId,
      ...networkValues(n, now),
    );
    const created = r!.inserted;
    return { created, reactivated: !created && r!.was_active !== 1 };
  }

  async setActive(tenantId: string, networkId: string, active: boolean, now: Date) {
    await this.sql.run(
      'UPDATE networks SET active = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ?',
      active ? 1 : 0,
      now.toISOString(),
      tenantId,
      networkId,
    );
  }

  async rename(tenantId: string, networkId: string, name: string, now: Date) {
    await this.sql.run(
      'UPDATE networks SET name = ?, updated_at = ? WHERE tenant_id = ? AND network_id = ?',
      name,
      now.toISOString(),
      tenantId,
      networkId,
    );
  }

  async listActive(tenantId?: string) {
    const rows = tenantId
      ? await this.sql.all<NetworkRow>(
          'SELECT * FROM networks WHERE active = 1 AND tenant_id = ? ORDER BY network_id',
          tenantId,
        )
      : await this.sql.all<NetworkRow>('SELECT * FROM networks WHERE active = 1 ORDER BY tenant_id, network_id');
    return rows.map(toNetwork);
  }

  async getSetting<T>(tenantId: string, networkId: string, name: string): Promise<T | null> {
    const r = await this.sql.get<{ value: string }>(
      'SELECT value FROM network_settings WHERE tenant_id = ? AND network_id = ? AND name = ?',
      tenantId,
      networkId,
      name,
    );
    return r ? (JSON.parse(r.value) as T) : null;
  }

  async setSetting(tenantId: string, networkId: string, name: string, value: unknown) {
    await this.sql.run(
      'INSERT INTO network_settings (tenant_id, network_id, name, value) VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, network_id, name) DO UPDATE SET value = excluded.value',
      tenantId,
      networkId,
      name,
      JSON.stringify(value),
    );
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
