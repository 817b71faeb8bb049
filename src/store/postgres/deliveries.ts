import type { Delivery, DeliveryRepository } from '../../messaging/deliveries.ts';
import { PgRepository } from './database.ts';
import * as row from '../rows/deliveries.ts';

export class PgDeliveries extends PgRepository implements DeliveryRepository {
  async record(d: Delivery): Promise<void> {
    await this.sql.run(row.INSERT_DELIVERY, ...row.deliveryValues(d));
  }

  async list(tenantId: string, networkId: string, opts: { key?: string } = {}) {
    const values = row.listValues(tenantId, networkId, opts.key);
    const rows = await this.sql.all<row.DeliveryRow>(row.listDeliveries(opts.key), ...values);
    return rows.map(row.toDelivery);
  }
}
