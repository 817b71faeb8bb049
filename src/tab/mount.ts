import type { Services } from '../app/services.ts';
import { servedTenants } from './served-tenants.ts';
import type { Dispatcher } from '../commands/dispatch.ts';
import type { BodyGate } from '../server/http.ts';
import { checkTabToken, mountTabApi, tokenRefusal, type TabApiServer } from './api.ts';
import { createTabAuth, LocalTabSigner } from './auth.ts';
import { TabLimits } from './limits.ts';
import { mountProjectsApi } from './projects-api.ts';

const TAB_MAX_BODY_BYTES = 64 * 1024;

/** api://<domain>/<app id>: the resource Teams asks Entra for when the tab calls getAuthToken() (the manifest's webApplicationInfo.resource). */
export function tabResource(publicUrl: string, appId: string | undefined): string | undefined {
  if (!appId || !publicUrl) return undefined;
  try {
    return `api://${new URL(publicUrl).hostname}/${appId}`;
  } catch {
    return undefined;
  }
}

/**
 * The tab's API. In local mode (no app id) the server makes a signing key at start; the
 * playground's token endpoint (src/dev/playground/tab-token.ts) signs tokens for its two people with
 * it, and the API accepts them only while the server runs without an app id.
 */
export function createTab(
  s: Services,
  dispatcher: Dispatcher,
): { mount: (server: TabApiServer) => void; bodyGate: BodyGate; localSigner: LocalTabSigner | undefined } {
  const local = s.config.anonymous ? new LocalTabSigner() : undefined;
  const auth = createTabAuth({
    appId: s.config.tabAppId,
    resource: () => tabResource(s.config.publicBaseUrl ?? s.publicUrl(), s.config.tabAppId),
    allowedTenantIds: s.config.allowedTenantIds,
    extraClientIds: s.config.tabClientIds,
    metadataUrl: s.config.tabOpenIdMetadataUrl,
    local,
    servesTenant: servedTenants(
      async (tenantId) => (await s.store.networks.listActive(tenantId)).length > 0,
      () => s.clock.now().getTime(),
    ),
    log: s.log,
  });
  const limits = new TabLimits();
  return {
    mount: (server) => {
      mountTabApi(server, { s, dispatcher, auth, limits });
      mountProjectsApi(server, { s, auth, limits });
    },
    // The largest body the tab sends is a settings form of a few KB (a plan upload has its own route).
    bodyGate: {
      prefix: '/tab/api/',
      maxBodyBytes: TAB_MAX_BODY_BYTES,
      early: ({ address }) => limits.address(address),
      check: async (req) => {
        const v = await checkTabToken(auth, req);
        return v.ok ? { ok: true } : { ok: false, ...tokenRefusal(v) };
      },
    },
    localSigner: local,
  };
}
