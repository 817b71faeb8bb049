import { randomBytes } from 'node:crypto';
import type { Services } from '../app/services.ts';

const SETTING = 'link-generation';
/** Links made before generations existed carry none; they belong to the first one. */
const FIRST = '0';

/**
 * The generation of a network's long-lived links (the calendar feed). Signed into each link and
 * checked when it is opened, so replacing it after `slett nettverksdata` retires every link handed
 * out before, without touching other networks' links or the global signing key.
 */
export async function linkGeneration(s: Services, tenantId: string, networkId: string): Promise<string> {
  return (await s.store.networks.getSetting<string>(tenantId, networkId, SETTING)) ?? FIRST;
}

export async function isCurrentGeneration(s: Services, params: Record<string, string>): Promise<boolean> {
  return (params.g ?? FIRST) === (await linkGeneration(s, params.t ?? '', params.n ?? ''));
}

const ERASED_AT = 'links-erased-at';

/**
 * Marks the time a network's data was erased (`slett nettverksdata`). A download link whose content is
 * built from what is stored when it is opened, not from an id that is never handed out again (the
 * application draft, the data export), must not show what the network stores after the erase to a
 * holder of a link made before it (attack round 13, A4).
 */
export async function markErased(s: Services, tenantId: string, networkId: string): Promise<void> {
  await s.store.networks.setSetting(tenantId, networkId, ERASED_AT, s.clock.now().toISOString());
}

/**
 * Whether a signed link valid for `lifetimeMs` from when it was made (its signed `exp` tells when) was
 * made before the network's data was erased. `exp` is written by the second, so a link made in the
 * erase's own second counts as before it: asking again gives a working one.
 */
export async function madeBeforeErase(
  s: Services,
  params: { t?: string; n?: string },
  query: Record<string, unknown>,
  lifetimeMs: number,
): Promise<boolean> {
  const erased = await s.store.networks.getSetting<string>(params.t ?? '', params.n ?? '', ERASED_AT);
  if (!erased) return false;
  const made = Number(query.exp) * 1000 - lifetimeMs;
  return !Number.isFinite(made) || made <= Math.floor(Date.parse(erased) / 1000) * 1000;
}

export async function retireLinks(s: Services, tenantId: string, networkId: string): Promise<void> {
  await s.store.networks.setSetting(tenantId, networkId, SETTING, randomBytes(6).toString('base64url'));
}
