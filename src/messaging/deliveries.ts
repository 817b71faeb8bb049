import { AsyncLocalStorage } from 'node:async_hooks';
import { currentJob } from '../jobs/current-job.ts';

export type DeliveryOutcome = 'sent' | 'retried' | 'gave-up' | 'inactive';

export interface Delivery {
  tenantId: string;
  networkId: string;
  /** The scheduler job key the send belonged to, '' for sends outside a job. */
  key: string;
  /** The conversation (or thread) the limiter counted the send against. */
  conversation: string;
  operation: string;
  outcome: DeliveryOutcome;
  status: number | null;
  attempts: number;
  at: Date;
}

/** The log of every proactive send and how it ended. */
export interface DeliveryRepository {
  record(d: Delivery): Promise<void>;
  list(
    tenantId: string,
    networkId: string,
    opts?: { key?: string },
  ): Promise<Omit<Delivery, 'tenantId' | 'networkId'>[]>;
}

/**
 * The job a send belongs to travels with the async call chain rather than through every
 * Messenger signature: the scheduler runs each job inside its scope (src/jobs/current-job.ts), so
 * features keep calling the port as before and the sender still knows which planned message an
 * outcome is for. `withDeliveryKey` names another key for the sends inside it.
 */
const current = new AsyncLocalStorage<{ key: string; networkId?: string }>();

export function withDeliveryKey<T>(key: string, networkId: string | undefined, run: () => Promise<T>): Promise<T> {
  return current.run({ key, networkId }, run);
}

export function deliveryContext(): { key: string; networkId?: string } {
  const named = current.getStore();
  if (named) return named;
  const job = currentJob();
  return job ? { key: job.key, networkId: job.networkId } : { key: '' };
}
