import type { ConfirmationRepository, ConfirmationUse, IssuedConfirmation } from '../../conversation/confirmations.ts';
import type { SeenActivityRepository } from '../../conversation/seen-activities.ts';
import * as row from '../rows/idempotency.ts';
import { PgRepository } from './database.ts';

export class PgSeenActivities extends PgRepository implements SeenActivityRepository {
  async claim(tenantId: string, conversationId: string, activityId: string, now: Date): Promise<boolean> {
    // Two instances inserting the same key at once: the second waits on the first's row and then finds it fresh.
    const n = await this.sql.run(
      row.CLAIM_SEEN,
      ...[tenantId, conversationId, activityId, now.toISOString(), row.seenCutoff(now)],
    );
    return n === 1;
  }

  async release(tenantId: string, conversationId: string, activityId: string): Promise<void> {
    await this.sql.run(row.RELEASE_SEEN, tenantId, conversationId, activityId);
  }

  async seen(tenantId: string, conversationId: string, activityId: string, now: Date): Promise<boolean> {
    const r = await this.sql.get<{ seen: number }>(
      row.WAS_SEEN,
      tenantId,
      conversationId,
      activityId,
      row.seenCutoff(now),
    );
    return r !== undefined;
  }

  async purge(now: Date): Promise<number> {
    return this.sql.run(row.PURGE_SEEN, row.seenCutoff(now));
  }
}

export class PgConfirmations extends PgRepository implements ConfirmationRepository {
  async issue(c: IssuedConfirmation): Promise<void> {
    await this.sql.run(row.ISSUE, ...row.issueValues(c));
  }

  async use(...args: row.UseArgs): Promise<ConfirmationUse> {
    const [tenantId, networkId, nonce, purpose] = args;
    const n = await this.sql.run(row.USE, ...row.useValues(...args));
    if (n === 1) return 'ok';
    return row.refused(
      await this.sql.get<{ used_at: string | null }>(row.USED_AT, tenantId, networkId, nonce, purpose),
    );
  }

  async take(...args: row.TakeArgs): Promise<boolean> {
    const n = await this.sql.run(row.TAKE, ...row.takeValues(...args));
    return n === 1;
  }

  async release(tenantId: string, networkId: string, key: string, purpose: string): Promise<void> {
    await this.sql.run(row.RELEASE, tenantId, networkId, row.onceNonce(purpose, key));
  }

  async purge(tenantId: string, networkId: string, before: Date): Promise<number> {
    return this.sql.run(row.PURGE, tenantId, networkId, before.toISOString());
  }
}
