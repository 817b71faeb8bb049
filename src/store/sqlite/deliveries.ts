import { SqliteRepository } from './database.ts';
import type { Delivery, DeliveryRepository } from '../../messaging/deliveries.ts';
import * as row from '../rows/deliveries.ts';

export class SqliteDeliveries extends SqliteRepository implements DeliveryRepository {
  async record(d: Delivery): Promise<void> {
    this.db.prepare(row.INSERT_DELIVERY).run(...row.deliveryValues(d));
  }

  async list(tenantId: string, networkId: string, opts: { key?: string } = {}) {
    const rows = this.db
      .prepare(row.listDeliveries(opts.key))
      .all(...row.listValues(tenantId, networkId, opts.key)) as unknown as row.DeliveryRow[];
    return rows.map(row.toDelivery);
  }
}
