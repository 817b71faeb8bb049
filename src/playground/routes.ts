import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'restify';
import { z } from 'zod';
import { createConnectorEmulator, type RecordedCall } from '../connector/emulator.ts';
import type { Logger } from '../log.ts';
import { playgroundText as t } from '../i18n/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// The demo network the playground user belongs to. Fixed ids: the playground is one person's sandbox.
const TENANT = 'playground-tenant';
const TEAM = '19:playground-team@thread.tacv2';
const CHANNEL = '19:playground-channel@thread.tacv2';
const BOT = { id: '28:nettverksboten', name: 'Nettverksboten' };
const PEOPLE = {
  leader: { id: '29:playground-kari', aadObjectId: 'a0000000-0000-4000-8000-000000000001', name: 'Kari Nordmann' },
  member: { id: '29:playground-ola', aadObjectId: 'a0000000-0000-4000-8000-000000000002', name: 'Ola Hansen' },
} as const;

type Where = 'channel' | 'personal';

interface Entry {
  id: string;
  where: Where;
  thread: string | null;
  from: 'user' | 'bot';
  name: string;
  text?: string;
  card?: unknown;
  updated?: boolean;
}

const sayBody = z.object({
  text: z.string().min(1).max(4000),
  as: z.enum(['leader', 'member']).default('leader'),
  where: z.enum(['channel', 'personal']).default('channel'),
  thread: z.string().nullable().optional(),
});
const clickBody = z.object({
  verb: z.string().min(1),
  data: z.unknown(),
  as: z.enum(['leader', 'member']).default('leader'),
  where: z.enum(['channel', 'personal']).default('channel'),
  replyToId: z.string(),
  thread: z.string().nullable().optional(),
});

/**
 * The local playground: a page where a person chats with the bot as a member of a demo network.
 * Messages travel as real activities over HTTP to /api/messages; the bot's answers go to an
 * emulated Bot Connector mounted here, and the page reads them back as a transcript.
 */
export function mountPlayground(server: Server, opts: { log: Logger; publicUrl: () => string }): void {
  const prefix = '/playground/connector';
  const connector = createConnectorEmulator({ prefix });
  const entries: Entry[] = [];
  let version = 0;
  let installed = false;
  let seq = 0;
  const nextId = () => `pg-${Date.now()}-${++seq}`;

  const serviceUrl = () => `${opts.publicUrl()}${prefix}/`;

  function conversationFor(where: Where, who: keyof typeof PEOPLE, thread: string | null) {
    return where === 'personal'
      ? { id: `a:playground-personal-${PEOPLE[who].id}`, conversationType: 'personal', tenantId: TENANT }
      : { id: `${CHANNEL};messageid=${thread}`, conversationType: 'channel', isGroup: true, tenantId: TENANT };
  }

  function baseActivity(where: Where, who: keyof typeof PEOPLE, thread: string | null) {
    return {
      channelId: 'msteams',
      serviceUrl: serviceUrl(),
      from: PEOPLE[who],
      recipient: BOT,
      conversation: conversationFor(where, who, thread),
      channelData:
        where === 'channel'
          ? { team: { id: TEAM, name: t.teamName }, channel: { id: CHANNEL, name: t.channelName }, tenant: { id: TENANT } }
          : { tenant: { id: TENANT } },
      locale: 'nb-NO',
      timestamp: new Date().toISOString(),
    };
  }

  async function toBot(activity: object): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${opts.publicUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  async function ensureInstalled() {
    if (installed) return;
    installed = true;
    await toBot({
      ...baseActivity('channel', 'leader', null),
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
    const body = (call.body ?? {}) as { activity?: any; text?: string; attachments?: any[]; id?: string };
    const activity = call.kind === 'create' ? body.activity : body;
    if (!activity || (activity.type && activity.type !== 'message')) return;
    const card = activity.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
    const conversationId = call.conversationId ?? '';
    const where: Where = conversationId.startsWith('a:') ? 'personal' : 'channel';
    if (call.kind === 'update' && call.activityId) {
      const existing = entries.find((e) => e.id === call.activityId);
      if (existing) {
        existing.text = activity.text;
        existing.card = card;
        existing.updated = true;
        version++;
      }
      return;
    }
    if (call.kind !== 'create' && call.kind !== 'send' && call.kind !== 'reply') return;
    const thread = where === 'channel' ? (/;messageid=(.+)$/.exec(conversationId)?.[1] ?? null) : null;
    const id = call.responseId ?? nextId();
    entries.push({ id, where, thread: call.kind === 'create' ? null : thread, from: 'bot', name: BOT.name, text: activity.text, card });
    version++;
  }
  connector.on('call', record);

  const asset = (file: string, type: string) => {
    const body = readFileSync(file);
    return async (_req: unknown, res: any) => {
      res.sendRaw(200, body, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    };
  };
  server.get('/playground', asset(join(HERE, 'public', 'index.html'), 'text/html; charset=utf-8'));
  server.get('/playground/assets/app.js', asset(join(HERE, 'public', 'app.js'), 'text/javascript; charset=utf-8'));
  server.get('/playground/assets/app.css', asset(join(HERE, 'public', 'app.css'), 'text/css; charset=utf-8'));
  server.get(
    '/playground/assets/adaptivecards.js',
    asset(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'text/javascript; charset=utf-8'),
  );

  for (const method of ['get', 'post', 'put', 'del'] as const) {
    server[method]('/playground/connector/*', async (req: any, res: any) => {
      if (!(await connector.handle(req, res))) res.send(404, { message: 'ukjent kall' });
    });
  }

  server.post('/playground/api/say', async (req, res) => {
    const parsed = sayBody.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { message: t.badRequest });
      return;
    }
    await ensureInstalled();
    const { text, as, where } = parsed.data;
    const id = nextId();
    const thread = where === 'channel' ? (parsed.data.thread ?? id) : null;
    entries.push({ id, where, thread: where === 'channel' && parsed.data.thread ? parsed.data.thread : null, from: 'user', name: PEOPLE[as].name, text });
    version++;
    const mentions = Object.values(PEOPLE).filter((p) => text.includes(`@${p.name}`));
    let body = where === 'channel' ? `<at>${BOT.name}</at> ${text}` : text;
    for (const m of mentions) body = body.replace(`@${m.name}`, `<at>${m.name}</at>`);
    const entities = [
      ...(where === 'channel' ? [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }] : []),
      ...mentions.map((m) => ({ type: 'mention', mentioned: m, text: `<at>${m.name}</at>` })),
    ];
    const result = await toBot({ ...baseActivity(where, as, thread), type: 'message', id, text: body, entities, replyToId: parsed.data.thread ?? undefined });
    res.send(200, { ok: result.status < 300 });
  });

  server.post('/playground/api/click', async (req, res) => {
    const parsed = clickBody.safeParse(req.body);
    if (!parsed.success) {
      res.send(400, { message: t.badRequest });
      return;
    }
    await ensureInstalled();
    const { verb, data, as, where, replyToId } = parsed.data;
    const thread = where === 'channel' ? (parsed.data.thread ?? replyToId) : null;
    const result = await toBot({
      ...baseActivity(where, as, thread),
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: nextId(),
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });
    const invoke = result.body as { statusCode?: number; type?: string; value?: any } | null;
    if (invoke?.type === 'application/vnd.microsoft.card.adaptive') res.send(200, { card: invoke.value });
    else if (invoke?.type === 'application/vnd.microsoft.error') res.send(200, { message: invoke.value?.message });
    else res.send(200, { message: typeof invoke?.value === 'string' ? invoke.value : undefined });
  });

  server.get('/playground/api/feed', async (_req, res) => {
    res.send(200, { version, entries });
  });

  opts.log.debug('playground mounted');
}
