import type { IncomingHttpHeaders } from 'node:http';

/**
 * What a feature sees of HTTP: enough to serve a signed download or a calendar feed, and nothing of
 * restify, so the domain does not learn which server library runs it (issue #14; restify types stay
 * in src/server). restify's Server, Request and Response satisfy these shapes, so src/server mounts
 * a feature's routes without an adapter.
 */
export interface HttpRequest {
  /** The parsed query string; signed links carry their parameters here. */
  query?: Record<string, string | string[] | undefined>;
  params?: Record<string, string>;
  headers: IncomingHttpHeaders;
}

export interface HttpReply {
  sendRaw(status: number, body: string | Buffer, headers?: Record<string, string>): void;
}

/** The routes a feature may add: GET handlers, which is all its downloads and feeds need. */
export interface HttpRoutes {
  get(path: string, handler: (req: HttpRequest, res: HttpReply) => Promise<void>): void;
}
