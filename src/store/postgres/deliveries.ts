import type pg from 'pg';
import type { Delivery, DeliveryOutcome, DeliveryRepository } from '../../messaging/deliveries.ts';
import { Sql } from './database.ts';

interface Row {
  job_key: string;
  conversation: string;
  operation: string;
  outcome: DeliveryOutcome;
  status: number | null;
  attempts: number;
  at: string;
}

export class PgDeliveries implements DeliveryRepository {
  #sql: Sql;
  constructor(pool: pg.Pool) {
    this.#sql = new Sql(pool);
  }

  async record(d: Delivery): Promise<void> {
    await this.#sql.run(
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
        ? await this.#sql.all<Row>('SELECT * FROM deliveries WHERE tenant_id = ? AND network_id = ? ORDER BY id', tenantId, networkId)
        : await this.#sql.all<Row>('SELECT * FROM deliveries WHERE tenant_id = ? AND network_id = ? AND job_key = ? ORDER BY id', tenantId, networkId, opts.key);
    return rows.map((r) => ({
      key: r.job_key,
      conversation: r.conversation,
      operation: r.operation,
      outcome: r.outcome,
      status: r.status,
      attempts: r.attempts,
      at: new Date(r.at),
    }));
  }
}
