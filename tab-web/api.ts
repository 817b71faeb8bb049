// The bot's tab API, called with the user's Teams token. Types come from the server's contract.
import type { ErrorBody } from '../src/tab/contract.ts';
import type { TeamsSession } from './host.ts';
import { t } from './i18n.ts';

export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

export function apiFor(session: TeamsSession): Api {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let token: string;
    try {
      token = await session.token();
    } catch {
      throw new ApiError(401, t.errors.token);
    }
    let res: Response;
    try {
      res = await fetch(path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, t.errors.network);
    }
    const data = (await res.json().catch(() => null)) as unknown;
    if (!res.ok) {
      const message = (data as Partial<ErrorBody> | null)?.error;
      const fallback =
        res.status === 401 ? t.errors.unauthorized : res.status === 403 ? t.errors.forbidden : t.errors.generic;
      throw new ApiError(res.status, typeof message === 'string' && message ? message : fallback);
    }
    return data as T;
  }
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
    put: (path, body) => call('PUT', path, body),
  };
}
