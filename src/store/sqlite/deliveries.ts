import type { DatabaseSync } from 'node:sqlite';
import type { Delivery, DeliveryRepository } from '../../messaging/deliveries.ts';
import * as row from '../rows/deliveries.ts';

export class SqliteDeliveries implements DeliveryRepository {
  #db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  async record(d: Delivery): Promise<void> {
    this.#db.prepare(row.INSERT_DELIVERY).run(...row.deliveryValues(d));
  }

  async list(tenantId: string, networkId: string, opts: { key?: string } = {}) {
    const rows = this.#db
      .prepare(row.listDeliveries(opts.key))
      .all(...row.listValues(tenantId, networkId, opts.key)) as unknown as row.DeliveryRow[];
    return rows.map(row.toDelivery);
  }
}
