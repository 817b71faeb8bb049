import type { SecretRepository } from '../../security/secrets.ts';
import { PgRepository } from './database.ts';

export class PgSecrets extends PgRepository implements SecretRepository {
  /** The first instance to insert wins; every instance then reads the same key. */
  async getOrCreate(name: string, make: () => Buffer, now: Date): Promise<Buffer> {
    await this.sql.run(
      `INSERT INTO secrets (tenant_id, network_id, name, value, created_at) VALUES ('', '', ?, ?, ?) ON CONFLICT DO NOTHING`,
      name,
      make().toString('base64'),
      now.toISOString(),
    );
    const row = (await this.sql.get<{ value: string }>(
      `SELECT value FROM secrets WHERE tenant_id = '' AND network_id = '' AND name = ?`,
      name,
    ))!;
    return Buffer.from(row.value, 'base64');
  }
}
