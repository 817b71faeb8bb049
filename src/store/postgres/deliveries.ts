import type { Delivery, DeliveryRepository } from '../../messaging/deliveries.ts';
import { PgRepository } from './database.ts';
import { toDelivery, type DeliveryRow } from '../rows/deliveries.ts';

export class PgDeliveries extends PgRepository implements DeliveryRepository {
  async record(d: Delivery): Promise<void> {
    await this.sql.run(
      'INSERT INTO deliveries (tenant_id, network_id, job_key, conversation, operation, outcome, status, attempts, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      d.tenantId,
      d.networkId,
      d.key,
      d.conversation,
      d.operation,
      d.outcome,
      d.status,
      d.attempts,
      d.at.toISOString(),
    );
  }

  async list(tenantId: string, networkId: string, opts: { key?: string } = {}) {
    const rows =
      opts.key === undefined
        ? await this.sql.all<DeliveryRow>(
            'SELECT * FROM deliveries WHERE tenant_id = ? AND network_id = ? ORDER BY id',
            tenantId,
            networkId,
          )
        : await this.sql.all<DeliveryRow>(
            'SELECT * FROM deliveries WHERE tenant_id = ? AND network_id = ? AND job_key = ? ORDER BY id',
            tenantId,
            networkId,
            opts.key,
          );
    return rows.map(toDelivery);
  }
}
