import type { DatabaseSync } from 'node:sqlite';
import type { Delivery, DeliveryRepository } from '../../messaging/deliveries.ts';
import { toDelivery, type DeliveryRow } from '../rows/deliveries.ts';

export class SqliteDeliveries implements DeliveryRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async record(d: Delivery): Promise<void> {
    this.#db
      .prepare(
        'INSERT INTO deliveries (tenant_id, network_id, job_key, conversation, operation, outcome, status, attempts, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
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
    const rows = (opts.key === undefined
      ? this.#db
          .prepare('SELECT * FROM deliveries WHERE tenant_id = ? AND network_id = ? ORDER BY id')
          .all(tenantId, networkId)
      : this.#db
          .prepare('SELECT * FROM deliveries WHERE tenant_id = ? AND network_id = ? AND job_key = ? ORDER BY id')
          .all(tenantId, networkId, opts.key)) as unknown as DeliveryRow[];
    return rows.map(toDelivery);
  }
}
