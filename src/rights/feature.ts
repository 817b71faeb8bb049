import { z } from 'zod';
import type { HttpRoutes } from '../commands/http-route.ts';
import { eraseConfirmCard } from '../../cards/erase-confirm.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type Feature } from '../commands/spec.ts';
import { issueConfirmation, nonceSchema, useConfirmation } from '../conversation/confirmations.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText, rightsText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { redactOutgoing } from '../privacy/redact.ts';
import { retireLinks } from '../security/link-generation.ts';
import { RETENTION, planSweep, retentionJob, retentionMonths } from './retention.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { sendPrivately } from '../conversation/reach.ts';

const EXPORT_PATH = '/files/export/nettverksdata.json';
const EXPORT_LINK_MINUTES = 60;
const CONFIRM_VALID_MS = 60 * 60_000;

const eraseData = z.object({
  networkId: z.string().min(1).max(300),
  expires: z.string().datetime(),
  nonce: nonceSchema,
});
/** Both buttons of one card share the nonce: whichever is clicked first answers the card. */
const ERASE_CONFIRMATION = 'network.erase';
/**
 * The card carries the stored nonce (24 characters) with a MAC over it and the network after it, so
 * a click with an altered nonce is told it is invalid (and logged), not that it was used (attack round 6, A5).
 */
const NONCE_LENGTH = 24;

/**
 * A network's rights over its own data: how long minutes are kept, a full export, and deletion.
 * `installAll` re-runs every feature's install step after deletion so the network starts afresh.
 */
export function rightsFeature(s: Services, installAll: (network: Network) => Promise<void>): Feature {
  /**
   * The entries the network sees as its data (the export's tables), less the installation itself, which
   * deletion keeps. The confirmation and the result count the same way, so they name the same number
   * (they differed by the kept installation row: 98 asked, 97 deleted).
   */
  const KEPT = new Set(['networks']);
  const rowsOf = async (n: Network, skip: ReadonlySet<string> = new Set()) =>
    Object.entries(await s.store.networkData.export(n.tenantId, n.networkId)).reduce(
      (a, [table, rows]) => a + (skip.has(table) ? 0 : rows.length),
      0,
    );
  const shownTables = async (n: Network) =>
    new Set(Object.keys(await s.store.networkData.export(n.tenantId, n.networkId)));

  async function retention(ctx: RequestContext, args: string): Promise<Reply[]> {
    const n = networkHere(ctx);
    const typed = args.trim().replace(/\s*(måneder|måned|mnd\.?)$/i, '');
    if (!typed) {
      const r = await retentionMonths(s, n);
      return [text(t.retentionNow(r.months, r.isDefault))];
    }
    const refused = await requireLeader(s.store, ctx, t.retentionWhat);
    if (refused) return [refused];
    const months = /^\d{1,6}$/.test(typed) ? Number(typed) : NaN;
    if (!(months >= RETENTION.minMonths && months <= RETENTION.maxMonths)) {
      // A whole number was understood; only its size is wrong, and the title says which way.
      const title = Number.isNaN(months)
        ? t.retentionBadTitle
        : months < RETENTION.minMonths
          ? t.retentionTooShort(months, RETENTION.minMonths, RETENTION.maxMonths)
          : t.retentionTooLong(months, RETENTION.minMonths, RETENTION.maxMonths);
      return [
        card(
          noticeCard({
            title,
            message: t.retentionBad(typed, RETENTION.minMonths, RETENTION.maxMonths),
            example: t.commands.retention.example,
            tone: 'error',
          }),
        ),
      ];
    }
    await s.store.networks.setSetting(n.tenantId, n.networkId, RETENTION.setting, months);
    return [text(t.retentionSet(months))];
  }

  /**
   * The link opens every row of the network to whoever holds it, so it goes to the leader's personal
   * chat, never into the channel where everyone (guests included) would see it.
   */
  async function exportData(ctx: RequestContext): Promise<Reply[]> {
    const refused = await requireLeader(s.store, ctx, t.exportWhat);
    if (refused) return [refused];
    const n = networkHere(ctx);
    const expires = new Date(s.clock.now().getTime() + EXPORT_LINK_MINUTES * 60_000);
    const link = s.publicUrl() + s.signer.sign(EXPORT_PATH, { t: n.tenantId, n: n.networkId }, expires);
    const words = t.exportReady(n.name, link, EXPORT_LINK_MINUTES, await rowsOf(n));
    const what = 'could not send the export link privately';
    const sent = await sendPrivately(s.messenger, ctx.log, n.tenantId, ctx.actor, { text: words }, what);
    return [text(sent ? t.exportSentPrivately(ctx.actor.name) : t.exportNoPrivateChat)];
  }

  async function askErase(ctx: RequestContext): Promise<Reply[]> {
    const refused = await requireLeader(s.store, ctx, t.eraseWhat);
    if (refused) return [refused];
    const n = networkHere(ctx);
    const issued = await issueConfirmation(s.store, n, ERASE_CONFIRMATION, s.clock.now(), CONFIRM_VALID_MS);
    const { expires } = issued;
    const nonce = issued.nonce + s.signer.tag(ERASE_CONFIRMATION, `${n.tenantId}\n${n.networkId}\n${issued.nonce}`);
    return [
      card(
        eraseConfirmCard({
          networkId: n.networkId,
          expires,
          nonce,
          askedBy: ctx.actor.name,
          state: { kind: 'asked', rows: await rowsOf(n, KEPT) },
        }),
      ),
    ];
  }

  /**
   * Both buttons: the click must come from the network the card was made for, and a leader must
   * confirm. Those refusals leave the card usable; the first answer (delete or cancel) uses it up,
   * so a second click, a double click or a replayed request does nothing.
   */
  async function answerErase(
    ctx: RequestContext,
    d: z.infer<typeof eraseData>,
    confirm: boolean,
  ): Promise<ActionResult> {
    const checked = await leaderCardNetwork(s.store, ctx, d.networkId, t.eraseWhat);
    if ('refused' in checked) return checked.refused;
    const n = checked.network;
    const base = { networkId: n.networkId, expires: d.expires, askedBy: ctx.actor.name };
    const stored = d.nonce.slice(0, NONCE_LENGTH);
    const tag = d.nonce.slice(NONCE_LENGTH);
    if (!s.signer.tagHolds(ERASE_CONFIRMATION, `${n.tenantId}\n${n.networkId}\n${stored}`, tag)) {
      ctx.log.warn(
        { tenantId: n.tenantId, networkId: n.networkId, verb: ERASE_CONFIRMATION, confirm },
        'erase card clicked with a nonce the bot did not issue: the card was tampered with',
      );
      return {
        kind: 'card',
        card: noticeCard({ title: t.eraseInvalidTitle, message: t.eraseInvalid, tone: 'error' }),
      };
    }
    const use = await useConfirmation(s.store, n, ERASE_CONFIRMATION, stored, ctx.actor, s.clock.now());
    if (use !== 'ok') return { kind: 'card', card: eraseConfirmCard({ ...base, state: { kind: use } }) };
    if (!confirm)
      return answered(ctx, n, eraseConfirmCard({ ...base, state: { kind: 'cancelled', by: ctx.actor.name } }));
    const shown = await shownTables(n);
    const removed = await s.store.networkData.erase(n.tenantId, n.networkId);
    // Calendar apps keep polling the old feed link; it must stop showing this network anything.
    await retireLinks(s, n.tenantId, n.networkId);
    // Key material and send-window marks are no entries of the network's own: counted as the card counted.
    const rows = Object.entries(removed).reduce(
      (a, [table, b]) => a + (shown.has(table) && !KEPT.has(table) ? b : 0),
      0,
    );
    // The one who confirmed stays leader, so the network is never left without one.
    await s.store.people.setRole(n.tenantId, n.networkId, ctx.actor, 'leader', s.clock.now());
    await installAll(n);
    s.log.info({ tenantId: n.tenantId, networkId: n.networkId, rows }, 'network data erased on request');
    return answered(ctx, n, eraseConfirmCard({ ...base, state: { kind: 'erased', by: ctx.actor.name, rows } }));
  }

  /** The returned card reaches only the clicker; the posted one loses its buttons for everyone. */
  async function answered(
    ctx: RequestContext,
    n: Network,
    c: ReturnType<typeof eraseConfirmCard>,
  ): Promise<ActionResult> {
    if (ctx.scope.cardActivityId) {
      await s.messenger
        .update(n.conversation, ctx.scope.cardActivityId, { card: c }, ctx.scope.threadId)
        .catch((err) =>
          ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update the posted erase card'),
        );
    }
    return { kind: 'card', card: c };
  }

  function mountExport(routes: HttpRoutes): void {
    routes.get(EXPORT_PATH, async (req, res) => {
      const v = s.signer.verify(EXPORT_PATH, req.query ?? {}, s.clock.now());
      if (!v.ok || !v.params.t || !v.params.n) {
        const expired = !v.ok && v.reason === 'expired';
        res.sendRaw(expired ? 410 : 403, expired ? meetingText.linkExpired : meetingText.linkInvalid, {
          'Content-Type': 'text/plain; charset=utf-8',
        });
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

  const cmd = commandFamily('rights', t, ['channel', 'groupChat']);
  return {
    name: 'rights',
    commands: [
      cmd('retention', ['oppbevaring', 'oppbevaringstid'], retention),
      cmd('export', ['eksporter data', 'eksporter nettverksdata', 'eksport'], (ctx) => exportData(ctx)),
      cmd('erase', ['slett nettverksdata', 'slett alle data'], (ctx) => askErase(ctx)),
    ],
    actions: [
      { verb: 'network.erase', schema: eraseData, run: (ctx, d) => answerErase(ctx, d, true) },
      { verb: 'network.erase.cancel', schema: eraseData, run: (ctx, d) => answerErase(ctx, d, false) },
    ],
    jobs: [retentionJob(s)],
    mount: mountExport,
    async start() {
      for (const n of await s.store.networks.listActive()) await planSweep(s, n, s.clock.now());
    },
    async onInstall(n) {
      await planSweep(s, n, s.clock.now());
    },
  };
}
