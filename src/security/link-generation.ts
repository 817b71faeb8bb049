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

export async function retireLinks(s: Services, tenantId: string, networkId: string): Promise<void> {
  await s.store.networks.setSetting(tenantId, networkId, SETTING, randomBytes(6).toString('base64url'));
}
