// restify 12 ships no type declarations; these cover the calls this project makes.
declare module 'restify' {
  import type { IncomingMessage, ServerResponse, Server as HttpServer } from 'node:http';

  export interface Request extends IncomingMessage {
    body?: unknown;
    params?: Record<string, string>;
    query?: Record<string, string | string[] | undefined>;
    id(): string;
    getQuery(): string;
  }
  export interface Response extends ServerResponse {
    send(code?: number | unknown, body?: unknown, headers?: Record<string, string>): void;
    status(code: number): void;
    header(name: string, value: string | number): void;
    json(code: number | unknown, body?: unknown): void;
    sendRaw(code: number, body: string | Buffer, headers?: Record<string, string>): void;
  }
  export type Next = (err?: unknown) => void;
  export type Handler = (req: Request, res: Response, next: Next) => unknown;
  export type AsyncHandler = (req: Request, res: Response) => Promise<unknown>;

  export interface Server {
    server: HttpServer;
    url: string;
    address(): { port: number; address: string };
    use(...handlers: Handler[]): void;
    pre(...handlers: Handler[]): void;
    get(path: string, ...handlers: Handler[]): void;
    post(path: string, ...handlers: Handler[]): void;
    put(path: string, ...handlers: Handler[]): void;
    del(path: string, ...handlers: Handler[]): void;
    on(event: string, listener: (...args: never[]) => void): void;
    listen(port: number, host: string, cb: () => void): void;
    close(cb?: () => void): void;
  }

  export function createServer(options?: {
    name?: string;
    handleUncaughtExceptions?: boolean;
    ignoreTrailingSlash?: boolean;
    strictNext?: boolean;
  }): Server;

  // bodyParser is left out on purpose: its gzip path has no error listener and its limit counts
  // compressed bytes. Bodies are read by src/server/body.ts.
  export const plugins: {
    queryParser(opts?: { mapParams?: boolean }): Handler;
    pre: { context(): Handler };
  };
}
