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
