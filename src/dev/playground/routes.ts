import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Services } from '../../app/services.ts';
import { createConnectorEmulator, type RecordedCall } from '../connector/emulator.ts';
import type { Logger } from '../../log.ts';
import { playgroundText as t, TEAMS_MESSAGE_MAX_BYTES, type PostsSeen } from '../../i18n/index.ts';
import { loadPlaygroundState, playgroundStatePath, savePlaygroundState, type SavedEntry } from './saved-state.ts';
import { travel } from './time-travel.ts';
import { redactText } from '../../privacy/redact.ts';
import type { DevReply, DevRoutes } from './http.ts';
import { PEOPLE, TENANTS, WHO_KEYS } from './demo.ts';
import { noteJoined, noteLeft } from '../../tab/departures.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

type TenantKey = keyof typeof TENANTS;
const TENANT_KEYS = Object.keys(TENANTS) as TenantKey[];
const BOT = { id: '28:nettverksboten', name: 'Nettverksboten' };

type Where = 'channel' | 'personal';

const personalId = (tenant: TenantKey, who: keyof typeof PEOPLE) =>
  tenant === 'rsc' ? `a:playground-personal-${PEOPLE[who].id}` : `a:playground-personal-${tenant}-${PEOPLE[who].id}`;
type Who = keyof typeof PEOPLE;
/**
 * What can be picked from the @ menu: the bot, the two test users, and in the channel, as in Teams,
 * the channel, the team and a tag (month round 8, N14).
 */
const MENTIONABLE = {
  bot: BOT,
  leader: PEOPLE.leader,
  member: PEOPLE.member,
  per: PEOPLE.per,
  channel: { name: t.channelName, group: 'channel' },
  team: { name: t.teamName, group: 'team' },
  tag: { name: t.tagName, group: 'tag' },
} as const;
type Mentionable = keyof typeof MENTIONABLE;
const GROUP_KEYS = ['channel', 'team', 'tag'] as const;

/**
 * The mention entity Teams sends for a picked name: a person or the bot by their ids; the channel or
 * the team as a conversation (conversationIdentityType); a tag with type «tag». No one of them is a person.
 */
function mentionEntity(key: Mentionable, tenant: TenantKey): object {
  const m = MENTIONABLE[key];
  const text = `<at>${m.name}</at>`;
  if (!('group' in m)) return { type: 'mention', mentioned: { id: m.id, name: m.name }, text };
  if (m.group === 'tag')
    return { type: 'mention', mentioned: { id: 'playground-tag-ledere', name: m.name, type: 'tag' }, text };
  const id = m.group === 'channel' ? TENANTS[tenant].channel : TENANTS[tenant].team;
  return { type: 'mention', mentioned: { id, name: m.name, conversationIdentityType: m.group }, text };
}

type Entry = SavedEntry;

// The length is checked against Teams' own limit below, with a message; the server's body limit is the only cap here.
/** The tenant the page shows: every request says which one it acts in, so the view and the next message always agree. */
const tenantField = z.enum(['rsc', 'no-rsc']).optional();
/**
 * A message id the page names (a thread, a card, its own line). Every field is bounded here (attack
 * round 8, A4): a 450 KB `thread` was stored in the transcript as it came, and three such requests
 * took the 192 MB server out of memory. Ids are short and hold no spaces or control characters.
 */
const messageId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\s\p{Cc}]+$/u);
const threadField = messageId.nullable().optional();
/** Teams' own cap on what a card action carries: an Adaptive Card's data is part of a message. */
const CARD_DATA_MAX_BYTES = TEAMS_MESSAGE_MAX_BYTES;
const cardData = z.unknown().refine((d) => {
  try {
    return Buffer.byteLength(JSON.stringify(d) ?? '', 'utf8') <= CARD_DATA_MAX_BYTES;
  } catch {
    return false;
  }
});
/** A working request for each route, which a refusal shows (the page's forms, with short ids). */
const EXAMPLES = {
  say: '{"text":"hjelp","as":"leader","tenant":"rsc","where":"channel","thread":null,"mentions":[]}',
  attach: '{"name":"rapport.pdf","text":"","as":"leader","tenant":"rsc","thread":null}',
  edit: '{"id":"pg-1764576000000-3","text":"ny tekst","as":"leader","tenant":"rsc"}',
  delete: '{"id":"pg-1764576000000-3","as":"leader","tenant":"rsc"}',
  retry: '{"id":"pg-1764576000000-3","as":"leader","tenant":"rsc"}',
  react: '{"id":"1764576000000","reaction":"like","as":"leader","tenant":"rsc"}',
  click:
    '{"verb":"task.done","data":{},"replyToId":"1764576000000","thread":null,"as":"leader","tenant":"rsc","where":"channel"}',
  membership: '{"who":"member","change":"leave","tenant":"rsc"}',
  settings: '{"rsc":true}',
  clock: '{"jump":"week","tenant":"rsc"}',
} as const;
const sayBody = z.object({
  tenant: tenantField,
  text: z.string().trim().min(1),
  as: z.enum(WHO_KEYS).default('leader'),
  where: z.enum(['channel', 'personal']).default('channel'),
  thread: threadField,
  /** Who the person picked from the @ menu, in order; typed-out names without a pick stay plain text, as in Teams. */
  mentions: z
    .array(z.enum(['bot', 'leader', 'member', 'per', 'channel', 'team', 'tag']))
    .max(20)
    .default([]),
});
/**
 * A file sent in the channel (N14, round 8), with or without text. Teams has an attach button in a
 * personal chat only for apps with supportsFiles, which this one has not.
 */
const attachBody = z.object({
  tenant: tenantField,
  as: z.enum(WHO_KEYS).default('leader'),
  where: z.literal('channel').default('channel'),
  thread: threadField,
  name: z.string().trim().min(1).max(200),
  text: z.string().trim().max(2000).default(''),
});
const editBody = z.object({
  tenant: tenantField,
  id: messageId,
  text: z.string(),
  as: z.enum(WHO_KEYS).default('leader'),
});
const deleteBody = z.object({
  tenant: tenantField,
  id: messageId,
  as: z.enum(WHO_KEYS).default('leader'),
});
/** «Prøv igjen» on a line the bot never got; the text as typed, which only the page holds (see /say). */
const retryBody = z.object({
  tenant: tenantField,
  id: messageId,
  as: z.enum(WHO_KEYS).default('leader'),
  text: z.string().max(TEAMS_MESSAGE_MAX_BYTES).optional(),
});
const settingsBody = z.object({ rsc: z.boolean() });
const membershipBody = z.object({
  tenant: tenantField,
  who: z.enum(WHO_KEYS),
  change: z.enum(['leave', 'join']),
});
const clockBody = z.object({ tenant: tenantField, jump: z.enum(['hour', 'day', 'week', 'next-meeting']) });
/**
 * One feed answer holds at most this many entries, the newest (attack round 6b, A9: the whole
 * transcript on every poll exhausted the local server's heap), and at most FEED_MAX_BYTES of them.
 */
export const FEED_MAX = 300;
const FEED_MAX_BYTES = 2 * 1024 * 1024;
/** The transcript kept in memory: as much as the saved state keeps. */
const KEEP_IN_MEMORY = 3_000;
/**
 * And at most about this much of it (JSON length): 3 000 messages at Teams' 28 KB limit would be
 * ~170 MB of heap. Twice what is saved (SAVE_MAX_BYTES), so a save never finds less than it may keep.
 */
const KEEP_BYTES = 6 * 1024 * 1024;
const feedQuery = z.object({
  /** No viewer named: the channel alone, the least a page may see (the leader's view showed her personal chat). */
  as: z.enum(WHO_KEYS).optional(),
  tenant: tenantField,
  /** The version the page shows: when it is still the latest, the answer says «unchanged» and carries no entries. */
  since: z.coerce.number().int().nonnegative().optional().catch(undefined),
  epoch: z.string().max(100).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .catch(FEED_MAX)
    .default(FEED_MAX)
    .transform((n) => Math.min(n, FEED_MAX)),
});
const clickBody = z.object({
  tenant: tenantField,
  verb: z.string().min(1).max(100),
  data: cardData,
  as: z.enum(WHO_KEYS).default('leader'),
  where: z.enum(['channel', 'personal']).default('channel'),
  replyToId: messageId,
  thread: threadField,
});

/** A reaction on a message (N14, round 8): Teams' reaction types, «like» for 👍. */
const reactBody = z.object({
  tenant: tenantField,
  id: messageId,
  as: z.enum(WHO_KEYS).default('leader'),
  reaction: z.string().min(1).max(60),
});

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar day of `at` in `timeZone`: the time labels («I går», a weekday) change with it. */
function dayOf(at: Date, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone })));
  return f.format(at);
}

/** What the page can show of the bot's new messages in this tenant: the channel's, and each person's own chat's. */
function postsSeen(posts: Entry[], tenant: TenantKey): PostsSeen {
  const mine = posts.filter((e) => e.tenant === tenant);
  const personal = WHO_KEYS.map((who) => ({
    name: PEOPLE[who].name,
    count: mine.filter((e) => e.where === 'personal' && e.owner === who).length,
  })).filter((p) => p.count > 0);
  return { channel: mine.filter((e) => e.where === 'channel').length, personal };
}

/**
 * The local playground: a page where a person chats with the bot as a member of a demo network.
 * Messages travel as real activities over HTTP to /api/messages; the bot's answers go to an
 * emulated Bot Connector mounted here, and the page reads them back as a transcript.
 */
export function mountPlayground(
  server: DevRoutes,
  opts: { log: Logger; publicUrl: () => string; services: Services },
): void {
  const prefix = '/playground/connector';
  const statePath = playgroundStatePath(opts.services.config.database);
  const saved = loadPlaygroundState(statePath, opts.log);
  const lastId = Math.max(0, ...(saved?.entries ?? []).map((e) => Number(e.id)).filter(Number.isFinite));
  const connector = createConnectorEmulator({ prefix, firstId: lastId });
  // Both test users have the app in their personal scope, so the bot can open a chat with each.
  for (const p of Object.values(PEOPLE)) connector.installPersonal(p.id);
  const entries: Entry[] = [];
  /** Personal conversations the bot opened or was written in, and whose they are. */
  const personalOwners = new Map<string, { who: Who; tenant: TenantKey }>();
  for (const tenant of TENANT_KEYS)
    for (const who of Object.keys(PEOPLE) as Who[]) personalOwners.set(personalId(tenant, who), { who, tenant });
  // Like Teams with the app's RSC permission granted: every channel message reaches the bot.
  let current: TenantKey = 'rsc';
  let version = 0;
  const installed = new Set<TenantKey>();
  if (saved) {
    entries.push(...saved.entries);
    for (const k of saved.installed) installed.add(k);
    for (const p of saved.personal) personalOwners.set(p.conversationId, { who: p.who, tenant: p.tenant });
  }
  /** Who has left which demo team («Forlat teamet»), as `${tenant}|${who}`. */
  const left = new Set<string>((saved?.left ?? []).map((l) => `${l.tenant}|${l.who}`));
  /**
   * Teams' roster of the demo team, as the bot asks it: the playground's people who have not left
   * (month 13, #1: a member who never wrote in the channel is found in the personal chat by it).
   */
  const listMembers = (tenant: TenantKey) => {
    const { team, channel } = TENANTS[tenant];
    const list = (Object.keys(PEOPLE) as Who[])
      .filter((who) => !left.has(`${tenant}|${who}`))
      .map((who) => ({ id: PEOPLE[who].id, aadObjectId: PEOPLE[who].aadObjectId, name: PEOPLE[who].name }));
    connector.setMembers(team, list);
    connector.setMembers(channel, list);
  };
  for (const tenant of TENANT_KEYS) listMembers(tenant);
  const hasLeft = (tenant: TenantKey, who: Who) => left.has(`${tenant}|${who}`);
  // Who left before a restart is still out of the team: the tab refuses them as it did (src/tab/departures.ts).
  for (const k of left) {
    const [tenant, who] = k.split('|') as [TenantKey, Who];
    if (TENANTS[tenant] && PEOPLE[who])
      noteLeft(opts.services.store, TENANTS[tenant].id, TENANTS[tenant].team, PEOPLE[who]);
  }
  let saving: NodeJS.Immediate | null = null;
  /**
   * What the feed needs to send a page only what changed (attack: 24 polls each resending the 2 MB
   * window after every change took the server past its heap). Each entry carries the version of its
   * last change and its place in the whole transcript (`n`, stable while older entries scroll off);
   * neither is saved: a restart is a new epoch, and every page then loads the window whole.
   */
  const stampOf = new WeakMap<Entry, number>();
  const sizeOf = new WeakMap<Entry, number>();
  /** Entries dropped from the head so far, so `trimmed + index` names an entry for good. */
  let trimmed = 0;
  /** About what the transcript in memory weighs (UTF-16 code units of its JSON), trimmed from the head past KEEP_BYTES. */
  let keptBytes = 0;
  /** A page that shows a version older than this gets the whole window (the clock moved, so every time label may differ). */
  let fullFrom = 0;
  const weigh = (e: Entry) => {
    const size = JSON.stringify(e).length;
    keptBytes += size - (sizeOf.get(e) ?? 0);
    sizeOf.set(e, size);
  };
  for (const e of entries) weigh(e);
  /** Everything the page shows changed: the page reloads, and the state is written once per burst of changes. */
  const changed = (touched?: Entry) => {
    version++;
    if (touched) {
      stampOf.set(touched, version);
      weigh(touched);
    }
    let drop = 0;
    while (drop < entries.length - 1 && (entries.length - drop > KEEP_IN_MEMORY || keptBytes > KEEP_BYTES))
      keptBytes -= sizeOf.get(entries[drop++]!) ?? 0;
    if (drop > 0) {
      entries.splice(0, drop);
      trimmed += drop;
    }
    if (!statePath || saving) return;
    saving = setImmediate(() => {
      saving = null;
      const clock = opts.services.clock as { offsetMs?: unknown };
      try {
        savePlaygroundState(statePath, {
          offsetMs: typeof clock.offsetMs === 'number' ? clock.offsetMs : 0,
          installed: [...installed],
          personal: [...personalOwners].map(([conversationId, o]) => ({ conversationId, ...o })),
          entries,
          left: [...left].map((k) => {
            const [tenant, who] = k.split('|') as [TenantKey, Who];
            return { tenant, who };
          }),
        });
      } catch (err) {
        // The chat goes on; only the next restart would start with an empty page.
        opts.log.warn({ err: { message: (err as Error).message } }, 'playground state not saved');
      }
    });
  };
  let seq = 0;
  const nextId = () => `pg-${Date.now()}-${++seq}`;
  /** Tells the page that the server restarted and counts its versions from zero again. */
  const epoch = nextId();
  const ownerOf = (userId: string | undefined): Who | null =>
    (Object.keys(PEOPLE) as Who[]).find((w) => PEOPLE[w].id === userId) ?? null;

  const serviceUrl = () => `${opts.publicUrl()}${prefix}/`;

  const tenantOf = (tenantId: unknown): TenantKey | null => TENANT_KEYS.find((k) => TENANTS[k].id === tenantId) ?? null;
  const channelTenant = (conversationId: string): TenantKey | null =>
    TENANT_KEYS.find(
      (k) => conversationId === TENANTS[k].channel || conversationId.startsWith(`${TENANTS[k].channel};`),
    ) ?? null;

  function conversationFor(tenant: TenantKey, where: Where, who: Who, thread: string | null) {
    const { id: tenantId, channel } = TENANTS[tenant];
    return where === 'personal'
      ? { id: personalId(tenant, who), conversationType: 'personal', tenantId }
      : { id: `${channel};messageid=${thread}`, conversationType: 'channel', isGroup: true, tenantId };
  }

  function baseActivity(tenant: TenantKey, where: Where, who: Who, thread: string | null) {
    const { id: TENANT, team: TEAM, channel: CHANNEL } = TENANTS[tenant];
    return {
      channelId: 'msteams',
      serviceUrl: serviceUrl(),
      from: PEOPLE[who],
      recipient: BOT,
      conversation: conversationFor(tenant, where, who, thread),
      channelData:
        where === 'channel'
          ? {
              team: { id: TEAM, name: t.teamName },
              channel: { id: CHANNEL, name: t.channelName },
              tenant: { id: TENANT },
            }
          : { tenant: { id: TENANT } },
      locale: 'nb-NO',
      timestamp: opts.services.clock.now().toISOString(),
    };
  }

  /**
   * One activity to /api/messages, on a connection of its own (N16, month round 6). A pooled
   * keep-alive connection could be one the server was closing as idle: after the process was busy
   * for longer than the keep-alive (a month of jobs on shared cores), the line went out before either
   * side's idle timer had run, and the server's close then reset it (`fetch failed` ← ECONNRESET).
   */
  function toBot(activity: object): Promise<{ status: number; body: unknown }> {
    const url = new URL('/api/messages', opts.publicUrl());
    const payload = JSON.stringify(activity);
    return new Promise((resolve, reject) => {
      const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = null;
            try {
              body = text ? JSON.parse(text) : null;
            } catch {
              /* not JSON: no body */
            }
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** A lost loopback call, with what caused it (a debug line holds the stack; no message text is logged). */
  function lost(err: unknown, msg: string) {
    const e = err as Error & { cause?: { code?: unknown; name?: unknown }; code?: unknown };
    const code = e?.code ?? e?.cause?.code;
    opts.log.warn({ err: { name: e?.name, ...(typeof code === 'string' ? { code } : {}) } }, msg);
    opts.log.debug(
      { err: { name: e?.name, message: e?.message, stack: e?.stack, cause: String(e?.cause ?? '') } },
      msg,
    );
  }

  async function ensureInstalled(tenant: TenantKey) {
    if (installed.has(tenant)) return;
    installed.add(tenant);
    changed();
    const { id: TENANT, team: TEAM, channel: CHANNEL } = TENANTS[tenant];
    try {
      await ensureInstalledNow(tenant, TENANT, TEAM, CHANNEL);
    } catch (err) {
      // A lost call: the installation is tried again with the next message, not given up on.
      installed.delete(tenant);
      lost(err, 'playground installation not delivered');
    }
  }

  async function ensureInstalledNow(tenant: TenantKey, TENANT: string, TEAM: string, CHANNEL: string) {
    await toBot({
      ...baseActivity(tenant, 'channel', 'leader', null),
      type: 'conversationUpdate',
      id: nextId(),
      membersAdded: [{ id: BOT.id }],
      conversation: { id: TEAM, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      channelData: {
        team: { id: TEAM, name: t.teamName },
        tenant: { id: TENANT },
        eventType: 'teamMemberAdded',
        settings: { selectedChannel: { id: CHANNEL } },
      },
    });
  }

  /** Turns what the bot sent to the emulated connector into transcript entries. */
  function record(call: RecordedCall) {
    const body = (call.body ?? {}) as {
      activity?: any;
      text?: string;
      attachments?: any[];
      id?: string;
      members?: { id?: string }[];
    };
    // A 1:1 chat the bot opens (often without a first message) belongs to the one member it names.
    if (call.kind === 'create' && call.conversationId?.startsWith('a:')) {
      const who = ownerOf(body.members?.[0]?.id);
      const tenant = tenantOf((body as { tenantId?: string }).tenantId ?? (body as any).channelData?.tenant?.id);
      if (who && tenant) personalOwners.set(call.conversationId, { who, tenant });
    }
    const activity = call.kind === 'create' ? body.activity : body;
    if (!activity || (activity.type && activity.type !== 'message')) return;
    const card = activity.attachments?.find(
      (a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive',
    )?.content;
    const conversationId = call.conversationId ?? '';
    const where: Where = conversationId.startsWith('a:') ? 'personal' : 'channel';
    // A message whose person or tenant is unknown is shown to nobody rather than to the wrong one.
    const personal = where === 'personal' ? personalOwners.get(conversationId) : undefined;
    const owner = personal?.who ?? null;
    const tenant = where === 'personal' ? personal?.tenant : channelTenant(conversationId);
    if (!tenant || (where === 'personal' && !owner)) return;
    if (call.kind === 'update' && call.activityId) {
      const existing = entries.find((e) => e.id === call.activityId);
      if (existing) {
        existing.text = activity.text;
        existing.card = card;
        existing.updated = true;
        existing.rev = (existing.rev ?? 0) + 1;
        // Updated for everyone: what a click showed one person is replaced too, as in Teams.
        delete existing.views;
        changed(existing);
      }
      return;
    }
    if (call.kind !== 'create' && call.kind !== 'send' && call.kind !== 'reply') return;
    const thread = where === 'channel' ? (/;messageid=(.+)$/.exec(conversationId)?.[1] ?? null) : null;
    const id = call.responseId ?? nextId();
    const entry: Entry = {
      id,
      tenant,
      where,
      owner,
      thread: call.kind === 'create' ? null : thread,
      from: 'bot',
      name: BOT.name,
      text: activity.text,
      card,
      at: opts.services.clock.now().toISOString(),
    };
    entries.push(entry);
    changed(entry);
    clockMovePosts?.push(entry);
  }
  /**
   * The bot's new messages while «Spol fram» runs, so its answer says what the user can find (s12 #17:
   * «14 planlagte jobber ble kjørt» with nothing to see read as messages gone missing). Moves run one
   * at a time, so one list is enough.
   */
  let clockMovePosts: Entry[] | null = null;
  connector.on('call', record);
  /**
   * The emulator keeps every call for tests that read them; the playground reads none after `record`,
   * and kept they would grow with every reply for as long as the server runs (attack round 8, A4).
   */
  const CALLS_KEPT = 100;
  connector.on('call', () => {
    if (connector.calls.length > 2 * CALLS_KEPT) connector.calls.splice(0, connector.calls.length - CALLS_KEPT);
  });

  const asset = (file: string, type: string) => {
    const body = readFileSync(file);
    return async (_req: unknown, res: DevReply) => {
      // Its pages drive the bot as Kari or Ola: no other site may frame them (clickjacking).
      res.sendRaw(200, body, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': "frame-ancestors 'self'",
        'X-Frame-Options': 'SAMEORIGIN',
      });
    };
  };
  server.get('/playground', asset(join(HERE, 'public', 'index.html'), 'text/html; charset=utf-8'));
  server.get('/playground/assets/app.js', asset(join(HERE, 'public', 'app.js'), 'text/javascript; charset=utf-8'));
  server.get('/playground/assets/app.css', asset(join(HERE, 'public', 'app.css'), 'text/css; charset=utf-8'));
  // The tab beside the chat: a host page that answers teams-js as the Teams client does.
  server.get('/playground/tab', asset(join(HERE, 'public', 'tab-host.html'), 'text/html; charset=utf-8'));
  server.get(
    '/playground/assets/tab-host.js',
    asset(join(HERE, 'public', 'tab-host.js'), 'text/javascript; charset=utf-8'),
  );
  server.get(
    '/playground/assets/tab-pane.js',
    asset(join(HERE, 'public', 'tab-pane.js'), 'text/javascript; charset=utf-8'),
  );
  server.get('/playground/assets/tab-host.css', asset(join(HERE, 'public', 'tab-host.css'), 'text/css; charset=utf-8'));
  server.get(
    '/playground/assets/adaptivecards.js',
    asset(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'text/javascript; charset=utf-8'),
  );
  // The script names its source map; open developer tools asked for it and logged a 404 (round 8, N3).
  server.get(
    '/playground/assets/adaptivecards.min.js.map',
    asset(require.resolve('adaptivecards/dist/adaptivecards.min.js.map'), 'application/json; charset=utf-8'),
  );

  for (const method of ['get', 'post', 'put', 'del'] as const) {
    server[method]('/playground/connector/*', async (req, res) => {
      if (!(await connector.handle(req, res))) res.send(404, { message: 'ukjent kall' });
    });
  }

  server.post('/playground/api/say', async (req, res) => {
    const parsed = bodyOf(sayBody, req, res, EXAMPLES.say);
    if (!parsed) return;
    const { text, as, where } = parsed.data;
    const bytes = Buffer.byteLength(text, 'utf8');
    // Teams' compose box will not send it: nothing appears in the chat and the bot hears nothing.
    if (bytes > TEAMS_MESSAGE_MAX_BYTES) {
      res.send(413, { message: t.tooLong(bytes) });
      return;
    }
    const tenant = parsed.data.tenant ?? current;
    // Teams has no compose box in a team's channel for someone who left it.
    if (where === 'channel' && hasLeft(tenant, as)) {
      res.send(403, { message: t.notInTeam(PEOPLE[as].name) });
      return;
    }
    await ensureInstalled(tenant);
    const id = nextId();
    // Each picked name becomes a mention at its first plain "@Name" in the text, as the Teams composer does.
    let body = text;
    const entities: object[] = [];
    const picked = new Set<Mentionable>();
    for (const key of parsed.data.mentions) {
      const m = MENTIONABLE[key];
      // Teams offers the channel, the team and tags only in a channel.
      if (where === 'personal' && 'group' in m) continue;
      // The channel's @ picker suggests the team's members only: someone who left is no mention (N14, round 9).
      if (key in PEOPLE && hasLeft(tenant, key as Who)) continue;
      if (picked.has(key) || !body.includes(`@${m.name}`)) continue;
      picked.add(key);
      body = body.replace(`@${m.name}`, `<at>${m.name}</at>`);
      entities.push(mentionEntity(key, tenant));
    }
    // Without RSC consent Teams delivers a channel message to the bot only when it @mentions the bot.
    const delivered = where === 'personal' || tenant === 'rsc' || picked.has('bot');
    const entry = addUserLine({
      id,
      tenant,
      where,
      owner: where === 'personal' ? as : null,
      thread: where === 'channel' && parsed.data.thread ? parsed.data.thread : null,
      as,
      text: body,
      delivered,
    });
    if (!delivered) {
      res.send(200, { ok: true, id, delivered: false });
      return;
    }
    const ok = await deliver(entry, as, body, entities);
    res.send(200, { ok, id, delivered: ok, ...(ok ? {} : { failed: true }) });
  });

  // 📎 in the channel: Teams keeps the file in the team's SharePoint and hands the bot no file, only the
  // message's text (empty for a file alone) and a text/html copy of the message with a link to it.
  server.post('/playground/api/attach', async (req, res) => {
    const parsed = bodyOf(attachBody, req, res, EXAMPLES.attach);
    if (!parsed) return;
    const { as, name, text } = parsed.data;
    const tenant = parsed.data.tenant ?? current;
    if (hasLeft(tenant, as)) {
      res.send(403, { message: t.notInTeam(PEOPLE[as].name) });
      return;
    }
    await ensureInstalled(tenant);
    const id = nextId();
    const link = `https://playground.sharepoint.example/sites/${encodeURIComponent(t.teamName)}/Shared%20Documents/${encodeURIComponent(t.channelName)}/${encodeURIComponent(name)}`;
    const html = `<div>${text ? `<div>${escapeHtml(text)}</div>` : ''}<div><a href="${link}">${escapeHtml(name)}</a></div></div>`;
    const shown = `${text ? `${text}\n` : ''}📎 ${name}`;
    const delivered = tenant === 'rsc';
    const entry = addUserLine({
      id,
      tenant,
      where: 'channel',
      owner: null,
      thread: parsed.data.thread ?? null,
      as,
      text: shown,
      delivered,
    });
    // Without RSC only @mentions reach the bot, and a file carries none.
    if (!delivered) {
      res.send(200, { ok: true, id, delivered: false });
      return;
    }
    const ok = await deliver(entry, as, text, [], {
      attachments: [{ contentType: 'text/html', content: html }],
    });
    res.send(200, { ok, id, delivered: ok });
  });

  /**
   * A user's message added to the shared history. Kept with any identity number masked, so the saved
   * history never holds what the bot refuses to store; the page that sent it shows it as typed (Teams
   * cannot change a user's message), and every page says on it that in Teams the number is still
   * there for all to see (N3, round 6). `delivered` false: Teams would not hand it to the bot.
   */
  function addUserLine(
    m: Pick<Entry, 'id' | 'tenant' | 'where' | 'owner' | 'thread'> & {
      as: keyof typeof PEOPLE;
      text: string;
      delivered: boolean;
    },
  ): Entry {
    const text = redactText(m.text);
    const entry: Entry = {
      id: m.id,
      tenant: m.tenant,
      where: m.where,
      owner: m.owner,
      thread: m.thread,
      from: 'user',
      name: PEOPLE[m.as].name,
      text,
      ...(text !== m.text ? { masked: true } : {}),
      ...(m.delivered ? {} : { unseen: true }),
      at: opts.services.clock.now().toISOString(),
    };
    entries.push(entry);
    changed(entry);
    return entry;
  }

  /**
   * Sends a user's line to the bot. When the call is lost (a reset loopback connection under load),
   * the line is marked as not sent, as Teams marks a message that did not go through: shown to its
   * author only, with «Prøv igjen», its text kept on the message and nowhere else.
   */
  async function deliver(
    entry: Entry,
    as: Who,
    body: string,
    entities: object[],
    extra: object = {},
  ): Promise<boolean> {
    let ok = false;
    try {
      const result = await toBot({
        ...baseActivity(entry.tenant, entry.where, as, entry.where === 'channel' ? (entry.thread ?? entry.id) : null),
        type: 'message',
        id: entry.id,
        text: body,
        entities,
        replyToId: entry.thread ?? undefined,
        ...extra,
      });
      ok = result.status < 300;
    } catch (err) {
      lost(err, 'playground line not delivered');
    }
    if (ok) delete entry.failed;
    else entry.failed = true;
    changed(entry);
    return ok;
  }

  const mentionsIn = (body: string, tenant: TenantKey) =>
    (Object.keys(MENTIONABLE) as Mentionable[])
      .filter((key) => body.includes(`<at>${MENTIONABLE[key].name}</at>`))
      .map((key) => mentionEntity(key, tenant));

  // «Prøv igjen» on one's own line that did not go through: the same message (same id) to the bot again.
  server.post('/playground/api/retry', async (req, res) => {
    const own = ownMessageOf(retryBody, req, res, EXAMPLES.retry);
    if (!own) return;
    const { entry } = own;
    if (!entry.failed) {
      res.send(200, { ok: true, id: entry.id });
      return;
    }
    await ensureInstalled(entry.tenant);
    // The page's copy as typed, when it is this message (the stored one has numbers masked).
    const typed = own.data.text;
    const body = typed !== undefined && redactText(typed) === entry.text ? typed : (entry.text ?? '');
    const ok = await deliver(entry, own.data.as, body, mentionsIn(body, entry.tenant));
    res.send(200, { ok, id: entry.id, ...(ok ? {} : { failed: true }) });
  });

  /** One's own message, still there, or the status and words of the refusal. */
  function ownMessage(
    id: string,
    as: Who,
    tenant: TenantKey,
  ): { ok: true; entry: Entry } | { ok: false; status: number; message: string } {
    const entry = entries.find((e) => e.id === id && e.tenant === tenant && !e.deleted);
    if (!entry) return { ok: false, status: 404, message: t.noSuchMessage };
    if (entry.from !== 'user' || entry.name !== PEOPLE[as].name || (entry.where === 'personal' && entry.owner !== as))
      return { ok: false, status: 403, message: t.notYourMessage };
    return { ok: true, entry };
  }

  /** The request's body read by `schema`, or null after answering 400 with the playground's message. */
  function bodyOf<T>(
    schema: z.ZodType<T>,
    req: { body?: unknown },
    res: { send(code: number, body: unknown): unknown },
    example: string,
  ): { data: T } | null {
    const parsed = schema.safeParse(req.body);
    if (parsed.success) return { data: parsed.data };
    // The first field that is wrong, named, with what it should be and a request that works.
    const field = parsed.error.issues[0]?.path[0];
    res.send(400, { message: typeof field === 'string' ? t.badField(field, example) : t.badField('text', example) });
    return null;
  }

  /**
   * The body of a change to one's own message, read with its schema, and that message: null when
   * either fails, with the answer (400, 404 or 403) already sent.
   */
  function ownMessageOf<T extends { id: string; as: Who; tenant?: TenantKey }>(
    schema: z.ZodType<T>,
    req: { body?: unknown },
    res: { send(code: number, body: unknown): unknown },
    example: string,
  ): { data: T; entry: Entry } | null {
    const parsed = bodyOf(schema, req, res, example);
    if (!parsed) return null;
    const own = ownMessage(parsed.data.id, parsed.data.as, parsed.data.tenant ?? current);
    if (!own.ok) {
      res.send(own.status, { message: own.message });
      return null;
    }
    return { data: parsed.data, entry: own.entry };
  }

  /** What Teams sends the bot about a changed message: the same id, thread and conversation, and the event. */
  function changeActivity(entry: Entry, as: Who, type: 'messageUpdate' | 'messageDelete', eventType: string) {
    const base = baseActivity(
      entry.tenant,
      entry.where,
      as,
      entry.where === 'channel' ? (entry.thread ?? entry.id) : null,
    );
    return {
      ...base,
      type,
      id: entry.id,
      replyToId: entry.thread ?? undefined,
      channelData: { ...base.channelData, eventType },
    };
  }

  // «…» › «Rediger» on one's own message: the new text with the names picked in the original kept as mentions.
  server.post('/playground/api/edit', async (req, res) => {
    const own = ownMessageOf(editBody, req, res, EXAMPLES.edit);
    if (!own) return;
    const text = own.data.text.trim();
    if (!text) {
      res.send(400, { message: t.emptyEdit });
      return;
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > TEAMS_MESSAGE_MAX_BYTES) {
      res.send(413, { message: t.tooLong(bytes) });
      return;
    }
    const { entry } = own;
    let body = text;
    const entities: object[] = [];
    for (const key of Object.keys(MENTIONABLE) as Mentionable[]) {
      const m = MENTIONABLE[key];
      if (!(entry.text ?? '').includes(`<at>${m.name}</at>`)) continue;
      if (!body.includes(`@${m.name}`) && !body.includes(`<at>${m.name}</at>`)) continue;
      if (!body.includes(`<at>${m.name}</at>`)) body = body.replace(`@${m.name}`, `<at>${m.name}</at>`);
      entities.push(mentionEntity(key, entry.tenant));
    }
    entry.text = redactText(body);
    if (entry.text !== body) entry.masked = true;
    else delete entry.masked;
    entry.edited = true;
    changed(entry);
    // A line that never reached the bot is sent now, edited; otherwise the bot hears of the edit.
    if (entry.failed) {
      const ok = await deliver(entry, own.data.as, body, entities);
      res.send(200, { ok: true, ...(ok ? {} : { failed: true }) });
      return;
    }
    try {
      if (!entry.unseen)
        await toBot({ ...changeActivity(entry, own.data.as, 'messageUpdate', 'editMessage'), text: body, entities });
    } catch {
      res.send(502, { message: t.editNotDelivered });
      return;
    }
    res.send(200, { ok: true });
  });

  // «…» › «Slett»: the text leaves the page (a pasted fødselsnummer with it), and the bot hears of it.
  server.post('/playground/api/delete', async (req, res) => {
    const own = ownMessageOf(deleteBody, req, res, EXAMPLES.delete);
    if (!own) return;
    const { entry } = own;
    delete entry.text;
    entry.deleted = true;
    const neverSent = entry.unseen || entry.failed;
    delete entry.failed;
    changed(entry);
    try {
      if (!neverSent) await toBot(changeActivity(entry, own.data.as, 'messageDelete', 'softDeleteMessage'));
    } catch {
      // The message is gone from the page; the bot missed the event, as it may in Teams.
    }
    res.send(200, { ok: true });
  });

  // A reaction on a message: Teams sends messageReaction with reactionsAdded, replyToId the message's id.
  server.post('/playground/api/react', async (req, res) => {
    const parsed = bodyOf(reactBody, req, res, EXAMPLES.react);
    if (!parsed) return;
    const tenant = parsed.data.tenant ?? current;
    const entry = entries.find((e) => e.id === parsed.data.id && e.tenant === tenant && !e.deleted);
    if (!entry || (entry.where === 'personal' && entry.owner !== parsed.data.as)) {
      res.send(404, { message: t.noSuchMessage });
      return;
    }
    const thread = entry.where === 'channel' ? (entry.thread ?? entry.id) : null;
    try {
      await toBot({
        ...baseActivity(tenant, entry.where, parsed.data.as, thread),
        type: 'messageReaction',
        id: nextId(),
        replyToId: entry.id,
        reactionsAdded: [{ type: parsed.data.reaction }],
      });
    } catch (err) {
      lost(err, 'playground reaction not delivered');
    }
    res.send(200, { ok: true });
  });

  server.post('/playground/api/click', async (req, res) => {
    const parsed = bodyOf(clickBody, req, res, EXAMPLES.click);
    if (!parsed) return;
    const tenant = parsed.data.tenant ?? current;
    const { verb, data, as, where, replyToId } = parsed.data;
    const thread = where === 'channel' ? (parsed.data.thread ?? replyToId) : null;
    let result: { status: number; body: unknown };
    try {
      await ensureInstalled(tenant);
      result = await toBot({
        ...baseActivity(tenant, where, as, thread),
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: nextId(),
        replyToId,
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      });
    } catch (err) {
      // The click never got through (a lost loopback call): Teams says so in Norwegian on the card,
      // and the card stays as it was.
      lost(err, 'playground click not delivered');
      res.send(200, { error: t.clickFailed });
      return;
    }
    // What Teams does with the invoke response, by its type, for the clicker only: a card replaces
    // the card, a message and an error are shown on the card. A failed call shows an error, as Teams does.
    const invoke = result.body as { statusCode?: number; type?: string; value?: any } | null;
    const clickedEntry = entries.find((e) => e.id === replyToId && e.tenant === tenant);
    const rev = clickedEntry?.rev ?? 0;
    if (invoke?.type === 'application/vnd.microsoft.card.adaptive') {
      // The card stays replaced for the clicker, also after a reload (month round 9, N7), until the bot
      // updates the message for everyone (the update handler above forgets every person's view).
      const stillShown = clickedEntry && (clickedEntry.where === 'channel' || clickedEntry.owner === as);
      if (stillShown && invoke.value) {
        clickedEntry.views = { ...clickedEntry.views, [as]: invoke.value };
        changed(clickedEntry);
      }
      res.send(200, { card: invoke.value, rev });
    } else if (invoke?.type === 'application/vnd.microsoft.error')
      res.send(200, {
        error: typeof invoke.value?.message === 'string' && invoke.value.message ? invoke.value.message : t.clickFailed,
      });
    else if (invoke?.type === 'application/vnd.microsoft.activity.message' && typeof invoke.value === 'string')
      res.send(200, { message: invoke.value });
    else if (result.status >= 300 || (invoke?.statusCode ?? 200) >= 300) res.send(200, { error: t.clickFailed });
    else res.send(200, {});
  });

  /**
   * The two test users as the lists name them, with the role the bot has recorded for each (N7,
   * round 6): after «leder + @…» / «leder - @…» the labels follow the bot, not the page's first guess.
   */
  async function peopleOf(tenant: TenantKey) {
    const { id: tenantId, team } = TENANTS[tenant];
    // Before the first message the app is not added yet; Kari adds it with that message and the bot
    // makes her the leader then, so the list says so from the start (month round 8, N3).
    const added = !!(await opts.services.store.networks.get(tenantId, team));
    return Promise.all(
      (Object.keys(PEOPLE) as Who[]).map(async (key) => {
        const gone = hasLeft(tenant, key);
        const role = gone
          ? 'left'
          : !added
            ? key === 'leader'
              ? 'leader'
              : 'member'
            : ((await opts.services.store.people.roleOf(tenantId, team, PEOPLE[key])) ?? 'member');
        return { key, label: t.personOption(PEOPLE[key].name, role), left: gone };
      }),
    );
  }

  // «Forlat teamet» / «Bli med i teamet»: what Teams sends the bot when a person leaves or joins the
  // team (conversationUpdate, eventType teamMemberRemoved / teamMemberAdded). The member is named by
  // ids only; Teams sends no name. Removed members come with their id alone, added ones with the aadObjectId too.
  server.post('/playground/api/membership', async (req, res) => {
    const parsed = bodyOf(membershipBody, req, res, EXAMPLES.membership);
    if (!parsed) return;
    const { who, change } = parsed.data;
    const tenant = parsed.data.tenant ?? current;
    if ((change === 'leave') === hasLeft(tenant, who)) {
      res.send(200, { ok: true, left: hasLeft(tenant, who) });
      return;
    }
    await ensureInstalled(tenant);
    const { id: TENANT, team: TEAM } = TENANTS[tenant];
    const person = PEOPLE[who];
    // Teams lists a new member before it tells the bot, which asks the roster for the name it welcomes.
    if (change !== 'leave') {
      left.delete(`${tenant}|${who}`);
      listMembers(tenant);
    }
    try {
      const result = await toBot({
        ...baseActivity(tenant, 'channel', who, null),
        type: 'conversationUpdate',
        id: nextId(),
        from: { id: person.id, aadObjectId: person.aadObjectId },
        ...(change === 'leave'
          ? { membersRemoved: [{ id: person.id }] }
          : { membersAdded: [{ id: person.id, aadObjectId: person.aadObjectId }] }),
        conversation: { id: TEAM, conversationType: 'channel', isGroup: true, tenantId: TENANT },
        channelData: {
          team: { id: TEAM, name: t.teamName },
          eventType: change === 'leave' ? 'teamMemberRemoved' : 'teamMemberAdded',
          tenant: { id: TENANT },
        },
      });
      if (result.status >= 300) throw new Error(`status ${result.status}`);
    } catch (err) {
      lost(err, 'playground membership change not delivered');
      if (change !== 'leave') {
        left.add(`${tenant}|${who}`);
        listMembers(tenant);
      }
      res.send(200, { ok: false, message: t.editNotDelivered });
      return;
    }
    if (change === 'leave') {
      left.add(`${tenant}|${who}`);
      listMembers(tenant);
    } else {
      left.delete(`${tenant}|${who}`);
      listMembers(tenant);
      // Back in the team: the tab takes them again, as Teams' roster would list them.
      noteJoined(opts.services.store, TENANT, TEAM, person);
    }
    changed();
    res.send(200, { ok: true, left: change === 'leave' });
  });

  server.get('/playground/api/people', async (req, res) => {
    const q = z.object({ tenant: tenantField }).safeParse(req.query ?? {});
    if (!q.success) {
      res.send(400, { message: t.badRequest });
      return;
    }
    res.send(200, { people: await peopleOf(q.data.tenant ?? current) });
  });

  let labelDay: string | null = null;
  /**
   * One entry as the feed sends it, serialised once per change, viewer and day and shared by every
   * poll that sends it: 24 polls of the 2 MB window hold one copy, not 24 (attack, local mode).
   */
  const pieces = new WeakMap<Entry, { stamp: number; day: string; byViewer: Map<Who | 'nobody', Buffer> }>();
  function pieceOf(e: Entry, n: number, as: Who | null, now: Date, tz: string, day: string): Buffer {
    const stamp = stampOf.get(e) ?? 0;
    let kept = pieces.get(e);
    if (!kept || kept.stamp !== stamp || kept.day !== day) {
      kept = { stamp, day, byViewer: new Map() };
      pieces.set(e, kept);
    }
    const hit = kept.byViewer.get(as ?? 'nobody');
    if (hit) return hit;
    // Each person sees the card their own click put there, and nobody else's (month round 9, N7).
    const { views, ...shared } = e;
    const own = as !== null ? views?.[as] : undefined;
    const buf = Buffer.from(
      JSON.stringify({
        ...shared,
        ...(own ? { card: own } : {}),
        ...(e.at ? { time: t.sentAt(new Date(e.at), now, tz) } : {}),
        mine: as !== null && e.from === 'user' && e.name === PEOPLE[as].name,
        n,
      }),
    );
    kept.byViewer.set(as ?? 'nobody', buf);
    return buf;
  }

  /** The answer written from the shared pieces as they are, with no copy of them per poll. */
  function sendFeed(res: DevReply, head: object, list: Buffer[]) {
    const open = Buffer.from(`${JSON.stringify(head).slice(0, -1)},"entries":[`);
    const close = Buffer.from(']}');
    const comma = Buffer.from(',');
    let length = open.length + close.length + Math.max(0, list.length - 1);
    for (const p of list) length += p.length;
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(length),
      'Cache-Control': 'no-store',
    });
    res.cork();
    res.write(open);
    list.forEach((p, i) => {
      if (i) res.write(comma);
      res.write(p);
    });
    res.end(close);
  }

  server.get('/playground/api/feed', async (req, res) => {
    const q = feedQuery.safeParse(req.query ?? {});
    // An unknown viewer gets nobody's chat: falling back to the leader would show her personal chat to anyone.
    if (!q.success) {
      res.send(400, { message: t.unknownViewer });
      return;
    }
    const as = q.data.as ?? null;
    const tenant = q.data.tenant ?? current;
    // A person sees the channel and their own personal chat, never someone else's.
    const now = opts.services.clock.now();
    const tz = opts.services.config.timezone;
    const head = {
      version,
      epoch,
      tenant,
      rsc: tenant === 'rsc',
      now: t.clockNow(now, tz),
      people: await peopleOf(tenant),
    };
    // A new day in the playground's clock relabels every line («I går», a weekday): whole window once.
    const day = dayOf(now, tz);
    if (day !== labelDay) {
      if (labelDay !== null) fullFrom = ++version;
      labelDay = day;
    }
    head.version = version;
    const since = q.data.epoch === epoch ? q.data.since : undefined;
    // The page polls every second or so: when it already shows the latest version, nothing more is sent.
    if (since === version) {
      res.send(200, { ...head, unchanged: true });
      return;
    }
    const viewer = as ? PEOPLE[as].name : null;
    const ownedHere = (e: Entry) => e.tenant === tenant && (e.where === 'channel' || (as !== null && e.owner === as));
    // A line that did not go through is on its author's screen only, as in Teams.
    const visible = (e: Entry) => ownedHere(e) && (!e.failed || e.name === viewer);
    const piece = (e: Entry, n: number) => pieceOf(e, n, as, now, tz, day);
    // A page that shows a version of this run gets what changed since, when that is less than a window.
    if (since !== undefined && since >= fullFrom && since < version) {
      const changes: Buffer[] = [];
      const gone: string[] = [];
      let bytes = 0;
      let fits = true;
      for (let i = 0; i < entries.length && fits; i++) {
        const e = entries[i]!;
        if ((stampOf.get(e) ?? 0) <= since || !ownedHere(e)) continue;
        if (!visible(e)) {
          gone.push(e.id);
          continue;
        }
        const p = piece(e, trimmed + i);
        bytes += p.length + 1;
        changes.push(p);
        fits = changes.length <= q.data.limit && bytes <= FEED_MAX_BYTES;
      }
      if (fits) {
        sendFeed(res, { ...head, delta: true, since, max: q.data.limit, gone }, changes);
        return;
      }
    }
    // No version, an unknown one or too much changed: the newest entries that fit, counted from the end.
    const shown: Buffer[] = [];
    let bytes = 0;
    let count = 0;
    let full = false;
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (!visible(e)) continue;
      count++;
      if (full || (full = shown.length >= q.data.limit)) continue;
      const p = piece(e, trimmed + i);
      // The newest entry goes out whatever its size; older ones while they fit.
      if ((full = shown.length > 0 && bytes + p.length + 1 > FEED_MAX_BYTES)) continue;
      bytes += p.length + 1;
      shown.push(p);
    }
    shown.reverse();
    sendFeed(res, { ...head, max: q.data.limit, omitted: count - shown.length }, shown);
  });

  server.get('/playground/api/setup', async (_req, res) => {
    res.send(200, {
      strings: t.client,
      bot: BOT.name,
      maxBytes: TEAMS_MESSAGE_MAX_BYTES,
      mentionable: Object.entries(MENTIONABLE).map(([key, m]) => ({
        key,
        name: m.name,
        ...((GROUP_KEYS as readonly string[]).includes(key) ? { group: true } : {}),
      })),
    });
  });

  // The page asks for the wording of the refusal itself when a text is too big to send at all
  // (over the server's body limit it would otherwise get the generic "request too large").
  server.post('/playground/api/too-long', async (req, res) => {
    const parsed = z.object({ bytes: z.number().int().positive() }).safeParse(req.body);
    res.send(parsed.success ? 200 : 400, { message: parsed.success ? t.tooLong(parsed.data.bytes) : t.badRequest });
  });

  server.post('/playground/api/settings', async (req, res) => {
    const parsed = bodyOf(settingsBody, req, res, EXAMPLES.settings);
    if (!parsed) return;
    current = parsed.data.rsc ? 'rsc' : 'no-rsc';
    version++;
    res.send(200, { rsc: current === 'rsc' });
  });

  /**
   * Clock moves run one at a time, each from where the one before left the clock (attack round 8, A8:
   * three «+1 uke» at once each started from the same time, lost two weeks and answered out of order).
   */
  let clockQueue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(move: () => Promise<T>): Promise<T> => {
    // After a move that failed (its caller has the error) the next one runs all the same.
    const run = clockQueue.then(move, move);
    clockQueue = run;
    return run;
  };

  // Local mode only, like the whole playground: production never mounts it.
  server.post('/playground/api/clock', async (req, res) => {
    const parsed = bodyOf(clockBody, req, res, EXAMPLES.clock);
    if (!parsed) return;
    const tenant = parsed.data.tenant ?? current;
    await ensureInstalled(tenant);
    const posts: Entry[] = [];
    const r = await oneAtATime(async () => {
      clockMovePosts = posts;
      try {
        return await travel(opts.services, parsed.data.jump, TENANTS[tenant].id);
      } finally {
        clockMovePosts = null;
      }
    });
    if (!r.ok) {
      res.send(409, { message: r.reason === 'fixed-clock' ? t.clockFixed : t.noMeeting });
      return;
    }
    changed();
    // Every time label may read otherwise now («I går», a weekday): pages get the whole window once.
    fullFrom = version;
    res.send(200, {
      message: t.clockMoved(r.to, opts.services.config.timezone, postsSeen(posts, tenant)),
      now: r.to.toISOString(),
    });
  });

  opts.log.debug('playground mounted');
}
