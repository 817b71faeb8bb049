import { tabApi } from '../../src/tab/paths.ts';
import type { TestApp } from './app.ts';

/** A tab token for one of the playground's demo people, signed as the playground's host stand-in gets it (local mode). */
export async function playgroundTabToken(t: TestApp, who: 'leader' | 'member'): Promise<string> {
  const res = await fetch(`${t.app.url}${tabApi.playgroundToken}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ who }),
  });
  return ((await res.json()) as { token: string }).token;
}
