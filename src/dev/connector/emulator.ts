import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { systemClock, type Clock } from '../../time/clock.ts';
import { TEAMS_TENANT_PER_SECOND, TEAMS_THREAD_LIMITS } from '../../conversation/teams-limits.ts';

/**
 * A stand-in for the Bot Framework Connector (Teams' side of the REST API the bot calls). It
 * records every call, answers like Teams does, and can inject the failures Teams produces. Tests
 * run it on loopback; the local playground mounts it under /playground/connector.
 */

export type CallKind =
  'create' | 'send' | 'reply' | 'update' | 'delete' | 'members' | 'member' | 'team' | 'channels' | 'other';

export interface RecordedCall {
  seq: number;
  kind: CallKind;
  method: string;
  path: string;
  conversationId: string | null;
  activityId: string | null;
  body: any;
  status: number;
  /** The id the emulator gave the new activity (send, reply, create). */
  responseId: string | null;
  authorization: string | null;
  at: number;
}

export type Fault = { status: number; retryAfterSeconds?: number } | { latencyMs: number } | { reset: true };

export interface Member {
  id: string;
  name: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  /** Teams' roster says 'user', 'guest' or 'anonymous'. */
  userRole?: string;
  /** The member's home tenant. */
  tenantId?: string;
}

/** Mulberry32: small and seedable, so a benchmark's injected failures repeat exactly. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Teams' documented per-thread limits, and the per-tenant budget the docs advise planning for. */
const THREAD_WINDOWS = TEAMS_THREAD_LIMITS;
const TENANT_WINDOW = { ms: 1_000, max: TEAMS_TENANT_PER_SECOND };
/** Teams refuses a bot message above about 28 KB (the activity as sent, cards included) with 413. */
export const TEAMS_MAX_MESSAGE_BYTES = 28 * 1024;

export class FaultInjector {
  #queue: Fault[] = [];
  #random: { rate429: number; rate500: number; next: () => number } | null = null;
  enforceLimits = false;

  /** The next calls (one per fault, in order) answer with these. */
  next(...faults: Fault[]): void {
    this.#queue.push(...faults);
  }

  random(opts: { rate429?: number; rate500?: number; seed?: number } | null): void {
    this.#random = opts
      ? { rate429: opts.rate429 ?? 0, rate500: opts.rate500 ?? 0, next: seeded(opts.seed ?? 1) }
      : null;
  }

  enforceTeamsLimits(on = true): void {
    this.enforceLimits = on;
  }

  take(): Fault | null {
    const queued = this.#queue.shift();
    if (queued) return queued;
    if (this.#random) {
      const r = this.#random.next();
      if (r < this.#random.rate429) return { status: 429 };
      if (r < this.#random.rate429 + this.#random.rate500) return { status: 500 };
    }
    return null;
  }

  reset(): void {
    this.#queue = [];
    this.#random = null;
    this.enforceLimits = false;
  }
}

async function readJson(req: IncomingMessage & { body?: unknown }): Promise<any> {
  // Mounted behind restify's body parser the body is already read; standalone it is not.
  if (req.body !== undefined) return req.body;
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

export interface ConnectorEmulator {
  /** Handles a request under the prefix; false when the path is not the connector's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  readonly calls: RecordedCall[];
  readonly faults: FaultInjector;
  /** Messages (send, reply, create) that reached a conversation, newest last. */
  activities(conversationId?: string): RecordedCall[];
  setMembers(conversationId: string, members: Member[]): void;
  /**
   * Teams opens a 1:1 chat only with someone who has the app in their personal scope; everyone
   * else gets 403. Tests mark who has it.
   */
  installPersonal(userId: string): void;
  waitFor(pred: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  on(event: 'call', cb: (c: RecordedCall) => void): void;
  reset(): void;
}

/**
 * `clock` times the recorded calls and Teams' rate windows; it stands for Teams' own servers, so it
 * defaults to the system clock even when the bot runs on a manual one.
 */
export function createConnectorEmulator(
  opts: { prefix?: string; clock?: Clock; firstId?: number } = {},
): ConnectorEmulator {
  const clock = opts.clock ?? systemClock;
  const prefix = (opts.prefix ?? '').replace(/\/+$/, '');
  const events = new EventEmitter();
  const calls: RecordedCall[] = [];
  const faults = new FaultInjector();
  const members = new Map<string, Member[]>();
  const personalInstalls = new Set<string>();
  const threadHits = new Map<string, number[]>();
  const tenantHits = new Map<string, number[]>();
  // Teams' message ids grow with time; starting from the clock keeps them unique across a restart of
  // the playground, whose saved transcript still holds the ids of the last run.
  let nextId = Math.max(opts.firstId ?? 0, clock.now().getTime());
  let seq = 0;

  function overLimit(conversationId: string | null, tenant: string, now: number): boolean {
    const hits = (map: Map<string, number[]>, key: string, keepMs: number) => {
      const list = (map.get(key) ?? []).filter((t) => now - t < keepMs);
      map.set(key, list);
      return list;
    };
    const tenantList = hits(tenantHits, tenant, TENANT_WINDOW.ms);
    if (tenantList.length >= TENANT_WINDOW.max) return true;
    if (conversationId) {
      const threadList = hits(threadHits, conversationId, THREAD_WINDOWS.at(-1)!.ms);
      for (const w of THREAD_WINDOWS) if (threadList.filter((t) => now - t < w.ms).length >= w.max) return true;
      threadList.push(now);
    }
    tenantList.push(now);
    return false;
  }

  function classify(
    method: string,
    parts: string[],
  ): { kind: CallKind; conversationId: string | null; activityId: string | null } {
    // parts: ['v3', 'conversations', id?, 'activities' | 'members' | 'pagedmembers', activityId?]
    if (parts[0] !== 'v3') return { kind: 'other', conversationId: null, activityId: null };
    if (parts[1] === 'teams')
      return {
        kind: parts[3] === 'conversations' ? 'channels' : 'team',
        conversationId: parts[2] ?? null,
        activityId: null,
      };
    if (parts[1] !== 'conversations') return { kind: 'other', conversationId: null, activityId: null };
    const conversationId = parts[2] ?? null;
    if (!conversationId)
      return { kind: method === 'POST' ? 'create' : 'other', conversationId: null, activityId: null };
    const activityId = parts[4] ?? null;
    if (parts[3] === 'activities') {
      if (method === 'POST') return { kind: activityId ? 'reply' : 'send', conversationId, activityId };
      if (method === 'PUT') return { kind: 'update', conversationId, activityId };
      if (method === 'DELETE') return { kind: 'delete', conversationId, activityId };
    }
    if (parts[3] === 'members' || parts[3] === 'pagedmembers')
      return { kind: parts[4] ? 'member' : 'members', conversationId, activityId: parts[4] ?? null };
    return { kind: 'other', conversationId, activityId };
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  const emulator: ConnectorEmulator = {
    calls,
    faults,
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://emulator');
      if (prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
      const method = (req.method ?? 'GET').toUpperCase();
      const parts = url.pathname.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
      const { kind, conversationId, activityId } = classify(method, parts);
      let body: any;
      try {
        body =
          method === 'GET' || method === 'DELETE' ? null : await readJson(req as IncomingMessage & { body?: unknown });
      } catch {
        send(res, 400, { error: { code: 'BadSyntax', message: 'invalid JSON' } });
        return true;
      }
      const call: RecordedCall = {
        seq: ++seq,
        kind,
        method,
        path: url.pathname,
        conversationId: kind === 'create' ? null : conversationId,
        activityId,
        body,
        status: 200,
        responseId: null,
        authorization: (req.headers.authorization as string | undefined) ?? null,
        at: clock.now().getTime(),
      };
      const writes = kind === 'create' || kind === 'send' || kind === 'reply' || kind === 'update';
      let fault = faults.take();
      const tenant = body?.tenantId ?? body?.conversation?.tenantId ?? body?.channelData?.tenant?.id ?? 'unknown';
      if (
        !fault &&
        faults.enforceLimits &&
        writes &&
        overLimit(
          kind === 'create' ? (body?.channelData?.channel?.id ?? `create:${tenant}`) : conversationId,
          tenant,
          clock.now().getTime(),
        )
      ) {
        fault = { status: 429 };
      }
      if (fault && 'latencyMs' in fault) {
        const ms = fault.latencyMs;
        await new Promise((r) => setTimeout(r, ms));
        fault = null;
      }
      if (fault && 'reset' in fault) {
        // A connection dropped mid-request: the caller sees ECONNRESET, with no answer at all.
        call.status = 0;
        calls.push(call);
        events.emit('call', call);
        res.socket?.destroy();
        return true;
      }
      if (fault && 'status' in fault) {
        call.status = fault.status;
        calls.push(call);
        events.emit('call', call);
        const headers: Record<string, string> =
          fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
        send(
          res,
          fault.status,
          {
            error: {
              code: fault.status === 429 ? 'TooManyRequests' : 'ServiceError',
              message: `injected ${fault.status}`,
            },
          },
          headers,
        );
        return true;
      }
      const activity = kind === 'create' ? body?.activity : body;
      if (writes && activity && Buffer.byteLength(JSON.stringify(activity), 'utf8') > TEAMS_MAX_MESSAGE_BYTES) {
        call.status = 413;
        calls.push(call);
        events.emit('call', call);
        send(res, 413, { error: { code: 'MessageSizeTooBig', message: 'Message size too large' } });
        return true;
      }
      let response: unknown = {};
      switch (kind) {
        case 'create': {
          const target = body?.members?.[0]?.id as string | undefined;
          if (!body?.isGroup && !body?.channelData?.channel && target && !personalInstalls.has(target)) {
            call.status = 403;
            calls.push(call);
            events.emit('call', call);
            send(res, 403, {
              error: { code: 'Forbidden', message: 'The bot is not part of the conversation roster.' },
            });
            return true;
          }
          const id = String(++nextId);
          const channel = body?.channelData?.channel?.id;
          // A new channel thread is "<channel>;messageid=<first message id>", as Teams answers.
          const convId = channel ? `${channel};messageid=${id}` : `a:emulated-${id}`;
          call.conversationId = convId;
          call.responseId = id;
          response = { id: convId, activityId: id, serviceUrl: undefined };
          break;
        }
        case 'send':
        case 'reply': {
          const id = String(++nextId);
          call.responseId = id;
          response = { id };
          break;
        }
        case 'update':
          response = { id: activityId };
          break;
        case 'delete':
          response = undefined;
          break;
        case 'members':
          response =
            parts[3] === 'pagedmembers'
              ? { members: members.get(conversationId!) ?? [] }
              : (members.get(conversationId!) ?? []);
          break;
        case 'member': {
          const m = (members.get(conversationId!) ?? []).find(
            (x) => x.id === activityId || x.aadObjectId === activityId,
          );
          if (!m) {
            call.status = 404;
            calls.push(call);
            events.emit('call', call);
            send(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
            return true;
          }
          response = m;
          break;
        }
        case 'team':
          response = { id: conversationId, name: 'Team', aadGroupId: conversationId };
          break;
        case 'channels':
          response = { conversations: [{ id: conversationId, name: null }] };
          break;
        default:
          call.status = 404;
      }
      calls.push(call);
      events.emit('call', call);
      // The 404 names no path: written past restify's JSON guard, it echoed an identity number typed in the URL
      // unmasked (attack round 10, A6), and Teams' own 404 does not name it either.
      send(res, call.status, call.status === 404 ? { error: { code: 'NotFound', message: 'not found' } } : response);
      return true;
    },
    activities(conversationId) {
      return calls.filter(
        (c) =>
          (c.kind === 'send' || c.kind === 'reply' || c.kind === 'create') &&
          c.status < 300 &&
          (!conversationId || c.conversationId === conversationId),
      );
    },
    setMembers(conversationId, list) {
      members.set(conversationId, list);
    },
    installPersonal(userId) {
      personalInstalls.add(userId);
    },
    waitFor(pred, timeoutMs = 5_000) {
      const found = calls.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('call', listener);
          reject(new Error('waitFor: no matching connector call'));
        }, timeoutMs);
        const listener = (c: RecordedCall) => {
          if (!pred(c)) return;
          clearTimeout(timer);
          events.off('call', listener);
          resolve(c);
        };
        events.on('call', listener);
      });
    },
    on(event, cb) {
      events.on(event, cb);
    },
    reset() {
      calls.length = 0;
      faults.reset();
      threadHits.clear();
      tenantHits.clear();
    },
  };
  return emulator;
}
