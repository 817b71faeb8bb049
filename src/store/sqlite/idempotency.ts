import { SqliteRepository } from './database.ts';
import type { ConfirmationRepository, ConfirmationUse, IssuedConfirmation } from '../../conversation/confirmations.ts';
import type { SeenActivityRepository } from '../../conversation/seen-activities.ts';
import * as row from '../rows/idempotency.ts';

export class SqliteSeenActivities extends SqliteRepository implements SeenActivityRepository {
  async claim(tenantId: string, conversationId: string, activityId: string, now: Date): Promise<boolean> {
    const r = this.db
      .prepare(row.CLAIM_SEEN)
      .run(tenantId, conversationId, activityId, now.toISOString(), row.seenCutoff(now));
    return Number(r.changes) === 1;
  }

  async release(tenantId: string, conversationId: string, activityId: string): Promise<void> {
    this.db.prepare(row.RELEASE_SEEN).run(tenantId, conversationId, activityId);
  }

  async seen(tenantId: string, conversationId: string, activityId: string, now: Date): Promise<boolean> {
    return this.db.prepare(row.WAS_SEEN).get(tenantId, conversationId, activityId, row.seenCutoff(now)) !== undefined;
  }

  async purge(now: Date): Promise<number> {
    return Number(this.db.prepare(row.PURGE_SEEN).run(row.seenCutoff(now)).changes);
  }
}

export class SqliteConfirmations extends SqliteRepository implements ConfirmationRepository {
  async issue(c: IssuedConfirmation): Promise<void> {
    this.db.prepare(row.ISSUE).run(...row.issueValues(c));
  }

  async use(...args: row.UseArgs): Promise<ConfirmationUse> {
    const [tenantId, networkId, nonce, purpose] = args;
    const r = this.db.prepare(row.USE).run(...row.useValues(...args));
    if (Number(r.changes) === 1) return 'ok';
    return row.refused(
      this.db.prepare(row.USED_AT).get(tenantId, networkId, nonce, purpose) as { used_at: string | null } | undefined,
    );
  }

  async take(...args: row.TakeArgs): Promise<boolean> {
    const r = this.db.prepare(row.TAKE).run(...row.takeValues(...args));
    return Number(r.changes) === 1;
  }

  async release(tenantId: string, networkId: string, key: string, purpose: string): Promise<void> {
    this.db.prepare(row.RELEASE).run(tenantId, networkId, row.onceNonce(purpose, key));
  }

  async purge(tenantId: string, networkId: string, before: Date): Promise<number> {
    return Number(this.db.prepare(row.PURGE).run(tenantId, networkId, before.toISOString()).changes);
  }
}
