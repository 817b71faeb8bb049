/** How long an activity id is remembered: Teams redelivers within minutes, never a day later. */
export const SEEN_FOR_MS = 24 * 60 * 60_000;

/**
 * Activities the bot has taken on, by Teams' key (tenant, conversation id, activity id), so a
 * redelivery does nothing twice.
 */
export interface SeenActivityRepository {
  /**
   * Records the activity unless it was seen in the last `SEEN_FOR_MS`; true when this is the first
   * delivery. Atomic: of two deliveries at once exactly one gets true.
   */
  claim(tenantId: string, conversationId: string, activityId: string, now: Date): Promise<boolean>;
  /** Whether the key was recorded in the last `SEEN_FOR_MS` before `now`; records nothing. */
  seen(tenantId: string, conversationId: string, activityId: string, now: Date): Promise<boolean>;
  /** Forgets a claim whose turn failed before anything was stored, so a redelivery is handled. */
  release(tenantId: string, conversationId: string, activityId: string): Promise<void>;
  /** Removes rows older than `SEEN_FOR_MS` before `now`. */
  purge(now: Date): Promise<number>;
}

// Attack round 9, A5: Teams does not promise that a message arrives before its deletion (a late
// delivery, a retry after a timeout). A deletion is kept in the same memory, for as long as a
// redelivery is remembered, in the store (so every instance on one database knows it): a message
// whose deletion came first is never handled. A deleted line, often deleted for a child's details,
// must not come back into the minutes, nor a deleted command run. (An edit that came first is the
// message itself: src/meetings/edit-entry.ts, editBeforeItsMessage.)

/** The channel without the thread part: a message and its deletion may name the conversation either way. */
const channelOf = (conversationId: string) => conversationId.split(';')[0] ?? conversationId;
const deletedKey = (activityId: string) => `deleted:${activityId}`;

/**
 * The conversation a delivery is remembered under: a channel thread spelt one way,
 * «<channel>;messageid=<root>», whether the activity named the thread in its conversation id or only
 * by its root (replyToId). Teams may spell a message and its edit either way, and the redelivery check
 * (bot/redelivery.ts) must find the claim an edit seen first made (editBeforeItsMessage). A personal
 * or group chat (no thread) is its conversation id as it is.
 */
export function deliveryConversation(conversationId: string, threadId: string | null): string {
  return threadId ? `${channelOf(conversationId)};messageid=${threadId}` : conversationId;
}

/** Where a message lives, as an activity names it. */
export interface MessagePlace {
  tenantId: string;
  conversationId: string;
  activityId: string;
}

/** Remembers that message `at.activityId` was deleted, whether or not it has arrived. */
export async function noteDeletion(seen: SeenActivityRepository, at: MessagePlace, now: Date): Promise<void> {
  await seen.claim(at.tenantId, channelOf(at.conversationId), deletedKey(at.activityId), now);
}

/** The deletion was taken back in Teams: the message may come in after all. */
export async function forgetDeletion(seen: SeenActivityRepository, at: MessagePlace): Promise<void> {
  await seen.release(at.tenantId, channelOf(at.conversationId), deletedKey(at.activityId));
}

/** Whether the message arriving now was deleted before it came. */
export function deletedBeforeArrival(seen: SeenActivityRepository, at: MessagePlace, now: Date): Promise<boolean> {
  return seen.seen(at.tenantId, channelOf(at.conversationId), deletedKey(at.activityId), now);
}
