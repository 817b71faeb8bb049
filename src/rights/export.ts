// «eksporter data»: every row of the network behind a signed link, sent to the leader privately.
import type { Services } from '../app/services.ts';
import type { HttpRoutes } from '../commands/http-route.ts';
import { networkHere } from '../conversation/network.ts';
import { sendPrivately } from '../conversation/reach.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText, rightsText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { redactOutgoing } from '../privacy/redact.ts';
import { madeBeforeErase } from '../security/link-generation.ts';

const EXPORT_PATH = '/files/export/nettverksdata.json';
const EXPORT_LINK_MINUTES = 60;

/**
 * The entries the network sees as its data (the export's tables), less the installation itself, which
 * deletion keeps. The confirmation and the result count the same way, so they name the same number
 * (they differed by the kept installation row: 98 asked, 97 deleted).
 */
export const KEPT: ReadonlySet<string> = new Set(['networks']);

/** The rows the export holds, less the tables in `skip`. */
export const rowsOf = async (s: Services, n: Network, skip: ReadonlySet<string> = new Set()) =>
  Object.entries(await s.store.networkData.export(n.tenantId, n.networkId)).reduce(
    (a, [table, rows]) => a + (skip.has(table) ? 0 : rows.length),
    0,
  );

/**
 * The link opens every row of the network to whoever holds it, so it goes to the leader's personal
 * chat, never into the channel where everyone (guests included) would see it.
 */
export async function exportData(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const refused = await requireLeader(s.store, ctx, t.exportWhat);
  if (refused) return [refused];
  const n = networkHere(ctx);
  const expires = new Date(s.clock.now().getTime() + EXPORT_LINK_MINUTES * 60_000);
  const link = s.publicUrl() + s.signer.sign(EXPORT_PATH, { t: n.tenantId, n: n.networkId }, expires);
  const words = t.exportReady(n.name, link, EXPORT_LINK_MINUTES, await rowsOf(s, n));
  const what = 'could not send the export link privately';
  const sent = await sendPrivately(s.messenger, ctx.log, n.tenantId, ctx.actor, { text: words }, what);
  return [text(sent ? t.exportSentPrivately(ctx.actor.name) : t.exportNoPrivateChat)];
}

/** The export behind its signed link: 403 for a wrong link, 410 for an expired one, no-store. */
export function mountExport(routes: HttpRoutes, s: Services): void {
  routes.get(EXPORT_PATH, async (req, res) => {
    const v = s.signer.verify(EXPORT_PATH, req.query ?? {}, s.clock.now());
    if (!v.ok || !v.params.t || !v.params.n) {
      const expired = !v.ok && v.reason === 'expired';
      res.sendRaw(expired ? 410 : 403, expired ? meetingText.linkExpired : meetingText.linkInvalid, {
        'Content-Type': 'text/plain; charset=utf-8',
      });
      return;
    }
    // A link made before `slett nettverksdata` would hand out what was stored since (attack round 13, A4).
    if (await madeBeforeErase(s, v.params, req.query ?? {}, EXPORT_LINK_MINUTES * 60_000)) {
      res.sendRaw(410, meetingText.linkExpired, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const network = await s.store.networks.get(v.params.t, v.params.n);
    if (!network) {
      res.sendRaw(404, meetingText.linkInvalid, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const body = {
      format: 'nettverksboten-eksport',
      version: 1,
      exportedAt: s.clock.now().toISOString(),
      network: { tenantId: network.tenantId, networkId: network.networkId, name: network.name },
      // Through the outgoing mask like every other answer: rows kept before the guard read a spelling
      // (or a value no guard saw, A10) must not leave with an identity number in them.
      tables: redactOutgoing(await s.store.networkData.export(network.tenantId, network.networkId)),
    };
    res.sendRaw(200, JSON.stringify(body, null, 2), {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${t.exportFile}-${body.exportedAt.slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    });
  });
}
