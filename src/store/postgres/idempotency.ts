import type { ConfirmationRepository, ConfirmationUse, IssuedConfirmation } from '../../conversation/confirmations.ts';
import { SEEN_FOR_MS, type SeenActivityRepository } from '../../conversation/seen-activities.ts';
import type { Person } from '../../networks/network.ts';
import { PgRepository } from './database.ts';

export class PgSeenActivities extends PgRepository implements SeenActivityRepository {
  async claim(tenantId: string, conversationId: string, activityId: string, now: Date): Promise<boolean> {
    const cutoff = new Date(now.getTime() - SEEN_FOR_MS).toISOString();
    // A row past the 24 hours (not yet swept) is taken over as if it were not there. Two instances
    // inserting the same key at once: the second waits on the first's row and then finds it fresh.
    const n = await this.sql.run(
      `INSERT INTO seen_activities (tenant_id, conversation_id, activity_id, seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (tenant_id, conversation_id, activity_id) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_activities.seen_at < ?`,
      tenantId,
      conversationId,
      activityId,
      now.toISOString(),
      cutoff,
    );
    return n === 1;
  }

  async release(tenantId: string, conversationId: string, activityId: string): Promise<void> {
    await this.sql.run(
      'DELETE FROM seen_activities WHERE tenant_id = ? AND conversation_id = ? AND activity_id = ?',
      tenantId,
      conversationId,
      activityId,
    );
  }

  async purge(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - SEEN_FOR_MS).toISOString();
    return this.sql.run('DELETE FROM seen_activities WHERE seen_at < ?', cutoff);
  }
}

export class PgConfirmations extends PgRepository implements ConfirmationRepository {
  async issue(c: IssuedConfirmation): Promise<void> {
    await this.sql.run(
      'INSERT INTO confirmations (tenant_id, network_id, nonce, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      c.tenantId,
      c.networkId,
      c.nonce,
      c.purpose,
      c.createdAt.toISOString(),
      c.expiresAt.toISOString(),
    );
  }

  async use(
    tenantId: string,
    networkId: string,
    nonce: string,
    purpose: string,
    by: Person,
    now: Date,
  ): Promise<ConfirmationUse> {
    const at = now.toISOString();
    const n = await this.sql.run(
      `UPDATE confirmations SET used_at = ?, used_by = ?
       WHERE tenant_id = ? AND network_id = ? AND nonce = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?`,
      at,
      JSON.stringify({ id: by.id, name: by.name }),
      tenantId,
      networkId,
      nonce,
      purpose,
      at,
    );
    if (n === 1) return 'ok';
    const row = await this.sql.get<{ used_at: string | null }>(
      'SELECT used_at FROM confirmations WHERE tenant_id = ? AND network_id = ? AND nonce = ? AND purpose = ?',
      tenantId,
      networkId,
      nonce,
      purpose,
    );
    return row && row.used_at === null ? 'expired' : 'used';
  }

  async take(
    tenantId: string,
    networkId: string,
    key: string,
    purpose: string,
    now: Date,
    until: Date,
  ): Promise<boolean> {
    const at = now.toISOString();
    const n = await this.sql.run(
      `INSERT INTO confirmations (tenant_id, network_id, nonce, purpose, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, network_id, nonce) DO UPDATE SET purpose = excluded.purpose, created_at = excluded.created_at, expires_at = excluded.expires_at, used_at = excluded.used_at
       WHERE confirmations.expires_at <= excluded.created_at`,
      tenantId,
      networkId,
      `once:${purpose}:${key}`,
      purpose,
      at,
      until.toISOString(),
      at,
    );
    return n === 1;
  }

  async release(tenantId: string, networkId: string, key: string, purpose: string): Promise<void> {
    await this.sql.run(
      'DELETE FROM confirmations WHERE tenant_id = ? AND network_id = ? AND nonce = ?',
      tenantId,
      networkId,
      `once:${purpose}:${key}`,
    );
  }

  async purge(tenantId: string, networkId: string, before: Date): Promise<number> {
    return this.sql.run(
      'DELETE FROM confirmations WHERE tenant_id = ? AND network_id = ? AND expires_at < ?',
      tenantId,
      networkId,
      before.toISOString(),
    );
  }
}
