/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import type { Delivery, DeliveryOutcome } from '../../messaging/deliveries.ts';

export interface DeliveryRow {
  job_key: string;
  conversation: string;
  operation: string;
  outcome: DeliveryOutcome;
  status: number | null;
  attempts: number;
  at: string;
}

export const toDelivery = (r: DeliveryRow): Omit<Delivery, 'tenantId' | 'networkId'> => ({
  key: r.job_key,
  conversation: r.conversation,
  operation: r.operation,
  outcome: r.outcome,
  status: r.status,
  attempts: r.attempts,
  at: new Date(r.at),
});

/** The same text in both dialects (`?` placeholders; PostgreSQL numbers them). */
export const INSERT_DELIVERY =
  'INSERT INTO deliveries (tenant_id, network_id, job_key, conversation, operation, outcome, status, attempts, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** The values of INSERT_DELIVERY, in its order. */
export const deliveryValues = (d: Delivery) => [
  ...[d.tenantId, d.networkId, d.key, d.conversation, d.operation],
  ...[d.outcome, d.status, d.attempts, d.at.toISOString()],
];

/** A network's deliveries in the order recorded, or only those of one job key; with listValues. */
export const listDeliveries = (key: string | undefined) =>
  `SELECT * FROM deliveries WHERE tenant_id = ? AND network_id = ?${key === undefined ? '' : ' AND job_key = ?'} ORDER BY id`;
export const listValues = (tenantId: string, networkId: string, key: string | undefined) =>
  key === undefined ? [tenantId, networkId] : [tenantId, networkId, key];
