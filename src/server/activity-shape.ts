import { z } from 'zod';

/**
 * The envelope of an incoming activity: the fields botbuilder and the bot read before they look
 * at meaning, with the types they assume. A field of the wrong type (conversation: 5) or a missing
 * sender would otherwise throw deep inside a turn and come back as 500 (or 501 for an invoke);
 * here it is the sender's mistake, 400. The Bot Connector puts type, serviceUrl, channelId, from,
 * recipient and conversation on every activity it delivers, so those are required.
 * Unknown fields pass through untouched (Teams adds new ones).
 */
/**
 * Ids are bounded: Teams conversation ids run to a few hundred characters, and every id is logged,
 * stored and sent back in a URL or header, so a 400 KB one must not get that far.
 */
export const MAX_ID_LENGTH = 1024;
/**
 * No id Teams sends holds a control character (C0, DEL or C1); one that does is forged, and would
 * reach log lines, scheduler job keys and URLs (attack round 7b, A7).
 */
const hasControl = (v: string): boolean => {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
};
const id = () =>
  z
    .string()
    .max(MAX_ID_LENGTH)
    .refine((v) => !hasControl(v), 'control character');
/**
 * Teams sends no message over about 28 KB, markup included; a text several times that is no Teams
 * message, and reading it (mentions, the identity guard, the parsers) would hold the process up.
 */
export const MAX_TEXT_LENGTH = 100 * 1024;
/**
 * A name Teams sends (a person's display name, a team's, a channel's, a chat's) is at most 256
 * characters in Entra and Teams. botbuilder copies the sender's name, the conversation's and the
 * locale into every reply, so a 20 KB one made each reply too big for Teams (413): no answer, a warn
 * and an error line per request (attack round 11, A2). Twice Teams' bound leaves room for any spelling.
 */
export const MAX_NAME_LENGTH = 512;
const name = () => z.string().max(MAX_NAME_LENGTH);
/** A locale (BCP 47, «nb-NO») or a timestamp (ISO 8601) is a few dozen characters. */
const short = () => z.string().max(64);
const account = z.looseObject({
  id: id().optional(),
  name: name().nullish(),
  aadObjectId: id().nullish(),
});
const party = account.extend({ id: id().min(1) });
/** Teams' reaction: one object per reaction, its type a string («like», «2705_whiteheavycheckmark»). */
const reactions = z.array(z.looseObject({ type: z.string().nullish() })).nullish();
/** An entity: a mention's tag and the person it names are read as text (attack round 9, A2's kind). */
const entity = z.record(z.string(), z.unknown()).superRefine((e, ctx) => {
  if (e.type !== 'mention') return;
  if (e.text !== undefined && e.text !== null && typeof e.text !== 'string')
    ctx.addIssue({ code: 'custom', path: ['text'], message: 'string' });
  const m = account.safeParse(e.mentioned);
  if (!m.success) ctx.addIssue({ code: 'custom', path: ['mentioned'], message: 'object' });
});
/** The team, channel and tenant Teams names in channelData: objects whose id and name are strings. */
const named = z.looseObject({ id: id().nullish(), name: name().nullish() }).nullish();

const activityEnvelope = z
  .looseObject({
    type: z.string().min(1),
    id: id().optional(),
    serviceUrl: id().min(1),
    // Only Teams: the same Azure Bot also takes Web Chat and Direct Line, whose senders write `from` and `channelData`
    // themselves, and the bot reads the team, tenant and person from exactly those fields.
    channelId: z.literal('msteams'),
    timestamp: short().optional(),
    localTimestamp: short().optional(),
    expiration: short().optional(),
    replyToId: id().nullish(),
    name: name().nullish(),
    text: z.string().max(MAX_TEXT_LENGTH).nullish(),
    locale: short().nullish(),
    from: party,
    recipient: party,
    conversation: z.looseObject({
      id: id().min(1),
      name: name().nullish(),
      tenantId: id().nullish(),
      conversationType: z.string().nullish(),
    }),
    channelData: z
      .looseObject({ team: named, channel: named, tenant: named, eventType: z.string().nullish() })
      .nullish(),
    entities: z.array(entity).nullish(),
    reactionsAdded: reactions,
    reactionsRemoved: reactions,
    // Teams' HTML copy of a message is text; the bot reads it as text (String() of 100,000 nested
    // brackets overflowed the call stack in the turn, attack round 10, A8). Cards' content is an object.
    attachments: z
      .array(
        z
          .record(z.string(), z.unknown())
          .refine(
            (x) =>
              x.contentType !== 'text/html' ||
              x.content === undefined ||
              x.content === null ||
              typeof x.content === 'string',
            'text/html content is text',
          ),
      )
      .nullish(),
    // installationUpdate: «add», «remove», «add-upgrade», «remove-upgrade», read as text.
    action: z.string().max(100).nullish(),
    membersAdded: z.array(account).nullish(),
    membersRemoved: z.array(account).nullish(),
  })
  .superRefine((a, ctx) => {
    // Teams names the tenant twice; two different tenants on one activity is a forgery, never Teams.
    const named = (a.channelData?.tenant as { id?: unknown } | undefined)?.id;
    if (typeof named === 'string' && a.conversation.tenantId && named !== a.conversation.tenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['channelData', 'tenant', 'id'],
        message: 'tenant differs from conversation.tenantId',
      });
    }
    // botbuilder reads value.action.type of a card action unchecked (a missing action throws, 501).
    if (a.type === 'invoke' && a.name === 'adaptiveCard/action' && a.value !== undefined && a.value !== null) {
      const action = (a.value as { action?: unknown }).action;
      if (!action || typeof action !== 'object' || Array.isArray(action))
        ctx.addIssue({ code: 'custom', path: ['value', 'action'], message: 'object' });
    }
  });

/**
 * The invokes the app answers: card buttons (Action.Execute) and the manifest's search-based message
 * extension. Teams sends no other to this app (no files, no action commands, no task modules, no sign-in);
 * any other name is answered 501 here, before botbuilder's dispatch, which reads `value` of some
 * unchecked and threw a TypeError into the error log (attack round 9, A2).
 */
export const USED_INVOKES: ReadonlySet<string> = new Set(['adaptiveCard/action', 'composeExtension/query']);

/**
 * What the search invoke's handler reads of `value`: parameters, when given, are a list of objects whose
 * value is what a search box gives (text). An array there was turned into text by nesting, and 100,000
 * brackets overflowed the call stack: an error line with a stack per request (attack round 10, A8).
 */
const searchValue = z.looseObject({
  parameters: z
    .array(
      z.looseObject({
        name: z.string().nullish(),
        value: z.union([z.string().max(MAX_TEXT_LENGTH), z.number(), z.boolean()]).nullish(),
      }),
    )
    .nullish(),
});

export type ShapeResult =
  | { ok: true; activity: Record<string, unknown> }
  | { ok: false; field: string | null; tooLong?: boolean; max?: number; notImplemented?: boolean };

/** Checks the envelope; on failure names the first wrong field (null when the body is not an object at all). */
export function checkActivityShape(body: unknown): ShapeResult {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, field: null };
  const r = activityEnvelope.safeParse(body);
  if (r.success) {
    if (r.data.type === 'invoke') {
      if (!USED_INVOKES.has(r.data.name ?? '')) return { ok: false, field: 'name', notImplemented: true };
      // Both used invokes carry an object: the card's action, the search's parameters.
      const value = (body as { value?: unknown }).value;
      if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, field: 'value' };
      // The search reads its parameters as a list of objects: anything else threw a TypeError in the turn.
      if (r.data.name === 'composeExtension/query' && !searchValue.safeParse(value).success)
        return { ok: false, field: 'value.parameters' };
    }
    return { ok: true, activity: body as Record<string, unknown> };
  }
  const issue = r.error.issues[0];
  const path = issue?.path ?? [];
  return {
    ok: false,
    field: path.length ? path.map(String).join('.') : 'type',
    ...(issue?.code === 'too_big' ? { tooLong: true, max: Number(issue.maximum) } : {}),
  };
}
