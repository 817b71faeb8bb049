import { SqliteRepository } from './database.ts';
import type { SecretRepository } from '../../security/secrets.ts';

export class SqliteSecrets extends SqliteRepository implements SecretRepository {
  async getOrCreate(name: string, make: () => Buffer, now: Date): Promise<Buffer> {
    this.db
      .prepare(
        `INSERT INTO secrets (tenant_id, network_id, name, value, created_at) VALUES ('', '', ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(name, make().toString('base64'), now.toISOString());
    const row = this.db
      .prepare(`SELECT value FROM secrets WHERE tenant_id = '' AND network_id = '' AND name = ?`)
      .get(name) as { value: string };
    return Buffer.from(row.value, 'base64');
  }
}
