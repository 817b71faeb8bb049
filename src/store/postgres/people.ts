import type { PeopleRepository, PersonalConversation, Person, Role } from '../../networks/network.ts';
import { PgRepository, lockFor } from './database.ts';
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

  async claimLeadership(tenantId: string, networkId: string, person: Person, now: Date) {
    // Two instances would each see no leader under READ COMMITTED; the network's claim lock makes
    // the second statement wait and then see the first one's row.
    return this.tx(async (sql) => {
      await lockFor(sql, 'leader-claim', tenantId, networkId);
      return (await sql.run(row.CLAIM_LEADERSHIP, ...row.claimValues(tenantId, networkId, person, now))) > 0;
    });
  }

  async noteDeparted(tenantId: string, networkId: string, who: Who, now: Date) {
    if (!who.id && !who.aadObjectId) return;
    await this.tx(async (sql) => {
      await lockFor(sql, 'departed', tenantId, networkId);
      // One row per person: a row under their other id (Teams id then, Entra id now) goes first.
      await sql.run(row.FORGET_DEPARTED, tenantId, networkId, ...row.departedWho(who));
      await sql.run(row.NOTE_DEPARTED, ...row.departedValues(tenantId, networkId, who, now));
      await sql.run(row.TRIM_DEPARTED, tenantId, networkId, tenantId, networkId, row.DEPARTED_KEPT);
    });
  }

  async forgetDeparted(tenantId: string, networkId: string, who: Who) {
    if (!who.id && !who.aadObjectId) return false;
    return (await this.sql.run(row.FORGET_DEPARTED, tenantId, networkId, ...row.departedWho(who))) > 0;
  }

  async hasDeparted(tenantId: string, networkId: string, who: Who) {
    if (!who.id && !who.aadObjectId) return false;
    return !!(await this.sql.get(row.HAS_DEPARTED, tenantId, networkId, ...row.departedWho(who)));
  }

  async removeRole(tenantId: string, networkId: string, who: Who) {
    const w = whoClause(who);
    await this.sql.run(row.removeRole(w), tenantId, networkId, ...w.args);
  }

  async removeLeaderUnlessLast(tenantId: string, networkId: string, who: Who) {
    // Under READ COMMITTED two removals would each count two leaders; the claim lock makes the
    // second wait and count again, as for claims.
    return this.tx(async (sql) => {
      await lockFor(sql, 'leader-claim', tenantId, networkId);
      const w = whoClause(who);
      return (await sql.run(row.removeLeaderUnlessLast(w), tenantId, networkId, ...w.args, tenantId, networkId)) > 0;
    });
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
