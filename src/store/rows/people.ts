/** Row types and row → domain mapping shared by the SQLite and PostgreSQL stores; the SQL stays per dialect. */
import type { PersonalConversation } from '../../networks/network.ts';
import { conversationRefSchema } from '../../networks/schemas.ts';

export type Who = { id?: string; aadObjectId?: string };

/** People are matched on the Teams user id or, across chats where ids differ, the AAD object id. */
export function whoClause(who: Who): { sql: string; args: string[] } {
  if (who.aadObjectId && who.id) return { sql: '(user_id = ? OR aad_object_id = ?)', args: [who.id, who.aadObjectId] };
  if (who.aadObjectId) return { sql: 'aad_object_id = ?', args: [who.aadObjectId] };
  return { sql: 'user_id = ?', args: [who.id ?? ''] };
}

export interface PersonalConversationRow {
  user_id: string;
  aad_object_id: string | null;
  name: string;
  conversation: string;
  created_at: string;
}

export const toPersonalConversation = (tenantId: string, row: PersonalConversationRow): PersonalConversation => ({
  tenantId,
  person: { id: row.user_id, aadObjectId: row.aad_object_id ?? undefined, name: row.name },
  conversation: conversationRefSchema.parse(JSON.parse(row.conversation)),
  createdAt: row.created_at,
});
