import { z } from 'zod';

/**
 * The envelope of an incoming activity: the fields botbuilder and the bot read before they look
 * at meaning, with the types they assume. A field of the wrong type (conversation: 5) or a missing
 * sender would otherwise throw deep inside a turn and come back as 500 (or 501 for an invoke);
 * here it is the sender's mistake, 400. The Bot Connector puts type, serviceUrl, channelId, from,
 * recipient and conversation on every activity it delivers, so those are required.
 * Unknown fields pass through untouched (Teams adds new ones).
 */
const account = z.looseObject({ id: z.string().optional(), name: z.string().nullish(), aadObjectId: z.string().nullish() });
const party = account.extend({ id: z.string().min(1) });

const activityEnvelope = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1),
  timestamp: z.string().optional(),
  localTimestamp: z.string().optional(),
  expiration: z.string().optional(),
  replyToId: z.string().nullish(),
  name: z.string().nullish(),
  text: z.string().nullish(),
  locale: z.string().nullish(),
  from: party,
  recipient: party,
  conversation: z.looseObject({ id: z.string().min(1), tenantId: z.string().nullish(), conversationType: z.string().nullish() }),
  channelData: z.record(z.string(), z.unknown()).nullish(),
  entities: z.array(z.record(z.string(), z.unknown())).nullish(),
  attachments: z.array(z.record(z.string(), z.unknown())).nullish(),
  membersAdded: z.array(account).nullish(),
  membersRemoved: z.array(account).nullish(),
}).superRefine((a, ctx) => {
  // botbuilder reads value.action.type of a card action unchecked (a missing action throws, 501).
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action' && a.value !== undefined && a.value !== null) {
    const action = (a.value as { action?: unknown }).action;
    if (!action || typeof action !== 'object' || Array.isArray(action)) ctx.addIssue({ code: 'custom', path: ['value', 'action'], message: 'object' });
  }
});

export type ShapeResult = { ok: true; activity: Record<string, unknown> } | { ok: false; field: string | null };

/** Checks the envelope; on failure names the first wrong field (null when the body is not an object at all). */
export function checkActivityShape(body: unknown): ShapeResult {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, field: null };
  const r = activityEnvelope.safeParse(body);
  if (r.success) return { ok: true, activity: body as Record<string, unknown> };
  const path = r.error.issues[0]?.path ?? [];
  return { ok: false, field: path.length ? path.map(String).join('.') : 'type' };
}
