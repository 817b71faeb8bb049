import type { PeopleRepository, PersonalConversation, Person, Role } from '../../networks/network.ts';
import { PgRepository } from './database.ts';
import * as row from '../rows/people.ts';
import { whoClause, type Who } from '../rows/people.ts';

export class PgPeople extends PgRepository implements PeopleRepository {
  async savePersonalConversation(pc: PersonalConversation) {
    await this.sql.run(row.SAVE_CONVERSATION, ...row.conversationValues(pc));
  }

  async findPersonalConversation(tenantId: string, who: Who) {
    const w = whoClause(who);
    const r = await this.sql.get<row.PersonalConversationRow>(row.findConversation(w), tenantId, ...w.args);
    return r ? row.toPersonalConversation(tenantId, r) : null;
  }

  async setRole(tenantId: string, networkId: string, person: Person, role: Role, now: Date) {
    await this.sql.run(row.SET_ROLE, ...row.personValues(tenantId, networkId, person, now, role));
  }

  async removeRole(tenantId: string, networkId: string, who: Who) {
    const w = whoClause(who);
    await this.sql.run(row.removeRole(w), tenantId, networkId, ...w.args);
  }

  async roleOf(tenantId: string, networkId: string, who: Who): Promise<Role | null> {
    const w = whoClause(who);
    const r = await this.sql.get<{ role: Role }>(row.roleOf(w), tenantId, networkId, ...w.args);
    return r?.role ?? null;
  }

  async listRole(tenantId: string, networkId: string, role: Role): Promise<Person[]> {
    const rows = await this.sql.all<row.RoleRow>(row.LIST_ROLE, tenantId, networkId, role);
    return rows.map(row.toPerson);
  }

  async networksOf(tenantId: string, who: Who): Promise<string[]> {
    const w = whoClause(who);
    const rows = await this.sql.all<{ network_id: string }>(row.networksOf(w), tenantId, ...w.args);
    return rows.map((r) => r.network_id);
  }

  readonly seen = new row.SeenMemo();

  async noteSeen(tenantId: string, networkId: string, person: Person, now: Date) {
    if (this.seen.recent(tenantId, networkId, person, now)) return;
    await this.sql.run(row.NOTE_SEEN, ...row.personValues(tenantId, networkId, person, now));
    this.seen.wrote(tenantId, networkId, person, now);
  }

  async memberNetworksOf(tenantId: string, who: Who): Promise<string[]> {
    const w = whoClause(who);
    const rows = await this.sql.all<{ network_id: string }>(
      row.memberNetworksOf(w),
      tenantId,
      ...w.args,
      tenantId,
      ...w.args,
    );
    return rows.map((r) => r.network_id);
  }
}
