import { SqliteRepository } from './database.ts';
import type { PeopleRepository, PersonalConversation, Person, Role } from '../../networks/network.ts';
import * as row from '../rows/people.ts';
import { whoClause, type Who } from '../rows/people.ts';

export class SqlitePeople extends SqliteRepository implements PeopleRepository {
  async savePersonalConversation(pc: PersonalConversation) {
    this.db.prepare(row.SAVE_CONVERSATION).run(...row.conversationValues(pc));
  }

  async findPersonalConversation(tenantId: string, who: Who) {
    const w = whoClause(who);
    const r = this.db.prepare(row.findConversation(w)).get(tenantId, ...w.args) as
      row.PersonalConversationRow | undefined;
    return r ? row.toPersonalConversation(tenantId, r) : null;
  }

  async setRole(tenantId: string, networkId: string, person: Person, role: Role, now: Date) {
    this.db.prepare(row.SET_ROLE).run(...row.personValues(tenantId, networkId, person, now, role));
  }

  async claimLeadership(tenantId: string, networkId: string, person: Person, now: Date) {
    return (
      Number(this.db.prepare(row.CLAIM_LEADERSHIP).run(...row.claimValues(tenantId, networkId, person, now)).changes) >
      0
    );
  }

  async noteDeparted(tenantId: string, networkId: string, who: Who, now: Date) {
    if (!who.id && !who.aadObjectId) return;
    this.tx(() => {
      // One row per person: a row under their other id (Teams id then, Entra id now) goes first.
      this.db.prepare(row.FORGET_DEPARTED).run(tenantId, networkId, ...row.departedWho(who));
      this.db.prepare(row.NOTE_DEPARTED).run(...row.departedValues(tenantId, networkId, who, now));
      this.db.prepare(row.TRIM_DEPARTED).run(tenantId, networkId, tenantId, networkId, row.DEPARTED_KEPT);
    });
  }

  async forgetDeparted(tenantId: string, networkId: string, who: Who) {
    if (!who.id && !who.aadObjectId) return false;
    return Number(this.db.prepare(row.FORGET_DEPARTED).run(tenantId, networkId, ...row.departedWho(who)).changes) > 0;
  }

  async hasDeparted(tenantId: string, networkId: string, who: Who) {
    if (!who.id && !who.aadObjectId) return false;
    return !!this.db.prepare(row.HAS_DEPARTED).get(tenantId, networkId, ...row.departedWho(who));
  }

  async removeRole(tenantId: string, networkId: string, who: Who) {
    const w = whoClause(who);
    this.db.prepare(row.removeRole(w)).run(tenantId, networkId, ...w.args);
  }

  async removeLeaderUnlessLast(tenantId: string, networkId: string, who: Who) {
    const w = whoClause(who);
    const sql = row.removeLeaderUnlessLast(w);
    return Number(this.db.prepare(sql).run(tenantId, networkId, ...w.args, tenantId, networkId).changes) > 0;
  }

  async roleOf(tenantId: string, networkId: string, who: Who): Promise<Role | null> {
    const w = whoClause(who);
    const r = this.db.prepare(row.roleOf(w)).get(tenantId, networkId, ...w.args) as { role: Role } | undefined;
    return r?.role ?? null;
  }

  async listRole(tenantId: string, networkId: string, role: Role): Promise<Person[]> {
    const rows = this.db.prepare(row.LIST_ROLE).all(tenantId, networkId, role) as unknown as row.RoleRow[];
    return rows.map(row.toPerson);
  }

  async networksOf(tenantId: string, who: Who): Promise<string[]> {
    const w = whoClause(who);
    const rows = this.db.prepare(row.networksOf(w)).all(tenantId, ...w.args) as { network_id: string }[];
    return rows.map((r) => r.network_id);
  }

  readonly seen = new row.SeenMemo();

  async noteSeen(tenantId: string, networkId: string, person: Person, now: Date) {
    if (this.seen.recent(tenantId, networkId, person, now)) return;
    this.db.prepare(row.NOTE_SEEN).run(...row.personValues(tenantId, networkId, person, now));
    this.seen.wrote(tenantId, networkId, person, now);
  }

  async memberNetworksOf(tenantId: string, who: Who): Promise<string[]> {
    const w = whoClause(who);
    const rows = this.db.prepare(row.memberNetworksOf(w)).all(tenantId, ...w.args, tenantId, ...w.args) as {
      network_id: string;
    }[];
    return rows.map((r) => r.network_id);
  }
}
