import type { PeopleRepository, PersonalConversation, Person, Role } from '../../networks/network.ts';
import { PgRepository } from './database.ts';
import { toPersonalConversation, whoClause, type PersonalConversationRow, type Who } from '../rows/people.ts';

export class PgPeople extends PgRepository implements PeopleRepository {
  async savePersonalConversation(pc: PersonalConversation) {
    await this.sql.run(
      `INSERT INTO personal_conversations (tenant_id, network_id, user_id, aad_object_id, name, conversation, created_at)
       VALUES (?, '', ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, user_id) DO UPDATE SET
         aad_object_id = COALESCE(excluded.aad_object_id, personal_conversations.aad_object_id),
         name = excluded.name, conversation = excluded.conversation`,
      pc.tenantId,
      pc.person.id,
      pc.person.aadObjectId ?? null,
      pc.person.name,
      JSON.stringify(pc.conversation),
      pc.createdAt,
    );
  }

  async findPersonalConversation(tenantId: string, who: Who) {
    const w = whoClause(who);
    const row = await this.sql.get<PersonalConversationRow>(
      `SELECT * FROM personal_conversations WHERE tenant_id = ? AND ${w.sql} LIMIT 1`,
      tenantId,
      ...w.args,
    );
    if (!row) return null;
    return toPersonalConversation(tenantId, row);
  }

  async setRole(tenantId: string, networkId: string, person: Person, role: Role, now: Date) {
    await this.sql.run(
      `INSERT INTO network_roles (tenant_id, network_id, user_id, aad_object_id, name, role, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, network_id, user_id) DO UPDATE SET
         role = excluded.role, name = excluded.name,
         aad_object_id = COALESCE(excluded.aad_object_id, network_roles.aad_object_id),
         updated_at = excluded.updated_at`,
      tenantId,
      networkId,
      person.id,
      person.aadObjectId ?? null,
      person.name,
      role,
      now.toISOString(),
    );
  }

  async removeRole(tenantId: string, networkId: string, who: Who) {
    const w = whoClause(who);
    await this.sql.run(
      `DELETE FROM network_roles WHERE tenant_id = ? AND network_id = ? AND ${w.sql}`,
      tenantId,
      networkId,
      ...w.args,
    );
  }

  async roleOf(tenantId: string, networkId: string, who: Who): Promise<Role | null> {
    const w = whoClause(who);
    const row = await this.sql.get<{ role: Role }>(
      `SELECT role FROM network_roles WHERE tenant_id = ? AND network_id = ? AND ${w.sql} LIMIT 1`,
      tenantId,
      networkId,
      ...w.args,
    );
    return row?.role ?? null;
  }

  async listRole(tenantId: string, networkId: string, role: Role): Promise<Person[]> {
    const rows = await this.sql.all<{ user_id: string; aad_object_id: string | null; name: string }>(
      'SELECT user_id, aad_object_id, name FROM network_roles WHERE tenant_id = ? AND network_id = ? AND role = ? ORDER BY name',
      tenantId,
      networkId,
      role,
    );
    return rows.map((r) => ({ id: r.user_id, aadObjectId: r.aad_object_id ?? undefined, name: r.name }));
  }

  async networksOf(tenantId: string, who: Who): Promise<string[]> {
    const w = whoClause(who);
    const rows = await this.sql.all<{ network_id: string }>(
      `SELECT DISTINCT network_id FROM network_roles WHERE tenant_id = ? AND ${w.sql}`,
      tenantId,
      ...w.args,
    );
    return rows.map((r) => r.network_id);
  }

  async noteSeen(tenantId: string, networkId: string, person: Person, now: Date) {
    await this.sql.run(
      `INSERT INTO network_people_seen (tenant_id, network_id, user_id, aad_object_id, name, seen_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, network_id, user_id) DO UPDATE SET
         name = excluded.name, seen_at = excluded.seen_at,
         aad_object_id = COALESCE(excluded.aad_object_id, network_people_seen.aad_object_id)`,
      tenantId,
      networkId,
      person.id,
      person.aadObjectId ?? null,
      person.name,
      now.toISOString(),
    );
  }

  async memberNetworksOf(tenantId: string, who: Who): Promise<string[]> {
    const w = whoClause(who);
    const rows = await this.sql.all<{ network_id: string }>(
      `SELECT network_id FROM network_roles WHERE tenant_id = ? AND ${w.sql}
       UNION SELECT network_id FROM network_people_seen WHERE tenant_id = ? AND ${w.sql}`,
      tenantId,
      ...w.args,
      tenantId,
      ...w.args,
    );
    return rows.map((r) => r.network_id);
  }
}
