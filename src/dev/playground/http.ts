import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpReply, HttpRequest } from '../../commands/http-route.ts';

/**
 * What the playground needs of the HTTP server: the domain's own request and reply shapes
 * (src/commands/http-route.ts) plus a JSON body, JSON answers and the raw Node request and
 * response the connector emulator reads and writes. Nothing of restify (issue #14: restify types
 * stay in src/server); restify's Server, Request and Response satisfy these shapes, so
 * bot/compose.ts mounts the playground without an adapter.
 */
export interface DevRequest extends IncomingMessage, HttpRequest {
  body?: unknown;
}

export interface DevReply extends ServerResponse, HttpReply {
  send(status: number, body?: unknown, headers?: Record<string, string>): void;
}

export type DevHandler = (req: DevRequest, res: DevReply) => Promise<void>;

export interface DevRoutes {
  get(path: string, handler: DevHandler): unknown;
  post(path: string, handler: DevHandler): unknown;
  put(path: string, handler: DevHandler): unknown;
  del(path: string, handler: DevHandler): unknown;
}
