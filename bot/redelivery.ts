import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { Services } from '../src/app/services.ts';
import { helpText } from '../src/i18n/index.ts';
import { deletedBeforeArrival, deliveryConversation, type MessagePlace } from '../src/conversation/seen-activities.ts';
import { sentBeforeRemoval } from '../src/networks/registry.ts';
import { channelDataOf, conversationTypeOf, tenantOf, threadOf } from './activity.ts';

export interface Claim {
  /** The turn failed before anything was stored: a redelivery must be handled after all. */
  release(): Promise<void>;
}

/** Reads need no de-duplication (a search asked twice is answered twice); everything else may store. */
function mayStore(a: Partial<Activity>): boolean {
  return a.type !== ActivityTypes.Invoke || a.name === 'adaptiveCard/action';
}

/**
 * Teams redelivers an activity (same id in the same conversation) when it did not hear back in
 * time. The first delivery claims the id in the store before any handler runs; a later one gets
 * null and does nothing, so no second note, task, card, proposal or reply.
 * Activities without an id cannot be told apart and are always handled.
 */
export async function claimTurn(s: Services, a: Partial<Activity>): Promise<Claim | 'duplicate' | null> {
  if (!a.id || !a.conversation?.id || !mayStore(a)) return null;
  // Keyed as an edit seen first keys its claim (editBeforeItsMessage), however Teams spelt the thread.
  const conversationId = deliveryConversation(a.conversation.id, threadOf(a));
  const tenantId = tenantOf(a);
  const first = await s.store.seenActivities.claim(tenantId, conversationId, a.id, s.clock.now());
  if (!first) return 'duplicate';
  // A message deleted before it arrived is never handled (A5).
  const at = { tenantId, conversationId, activityId: a.id };
  if (a.type === ActivityTypes.Message && (await deletedBeforeArrival(s.store.seenActivities, at, s.clock.now()))) {
    s.log.info({ activityId: a.id, tenantId }, 'message arrived after its deletion: not handled');
    return 'duplicate';
  }
  if (await sentBeforeBotRemoved(s, a, tenantId)) return 'duplicate';
  const id = a.id;
  return { release: () => s.store.seenActivities.release(tenantId, conversationId, id) };
}

/** A message or click from a team or group chat, sent before the bot was removed from it (sentBeforeRemoval). */
async function sentBeforeBotRemoved(s: Services, a: Partial<Activity>, tenantId: string): Promise<boolean> {
  if (a.type !== ActivityTypes.Message && a.type !== ActivityTypes.Invoke) return false;
  const type = conversationTypeOf(a);
  const networkId = type === 'channel' ? channelDataOf(a).team?.id : type === 'groupChat' ? a.conversation?.id : null;
  if (!networkId) return false;
  const network = await s.store.networks.get(tenantId, networkId);
  // botbuilder has made Teams' ISO string a Date by now (an unreadable one an invalid Date: NaN, handled).
  const sentAt = a.timestamp instanceof Date ? a.timestamp.getTime() : Date.parse(String(a.timestamp ?? ''));
  if (!sentBeforeRemoval(network, sentAt)) return false;
  s.log.info({ activityId: a.id, tenantId, networkId }, 'sent before the bot was removed: not handled');
  return true;
}

/** Where the message an activity is (or changes) lives; null without an id or a conversation. */
export function placeOf(a: Partial<Activity>): MessagePlace | null {
  if (!a.id || !a.conversation?.id) return null;
  return { tenantId: tenantOf(a), conversationId: a.conversation.id, activityId: a.id };
}

/** A redelivered card click still needs an answer, or Teams shows the person an error. */
export async function answerDuplicate(s: Services, context: TurnContext): Promise<void> {
  const a = context.activity;
  s.log.info({ activityId: a.id, type: a.type, tenantId: tenantOf(a) }, 'redelivered activity ignored');
  if (a.type === ActivityTypes.Invoke) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: {
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: helpText.alreadyHandled },
      },
    });
  }
}
