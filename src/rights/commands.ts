import type { Services } from '../app/services.ts';
import { commandFamily, type Feature } from '../commands/spec.ts';
import { rightsText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { answerErase, askErase, eraseData } from './erase.ts';
import { exportData, mountExport } from './export.ts';
import { retention } from './retention-command.ts';
import { planSweep, retentionJob } from './retention.ts';

// The rights feature's command table: words and card verbs mapped to use cases. No rule lives here.

/**
 * A network's rights over its own data: how long minutes are kept, a full export, and deletion.
 * `installAll` re-runs every feature's install step after deletion so the network starts afresh.
 */
export function rightsFeature(s: Services, installAll: (network: Network) => Promise<void>): Feature {
  const cmd = commandFamily('rights', t, ['channel', 'groupChat']);
  return {
    name: 'rights',
    commands: [
      cmd('retention', ['oppbevaring', 'oppbevaringstid'], (ctx, a) => retention(s, ctx, a)),
      cmd('export', ['eksporter data', 'eksporter nettverksdata', 'eksport'], (ctx) => exportData(s, ctx)),
      cmd('erase', ['slett nettverksdata', 'slett alle data'], (ctx) => askErase(s, ctx)),
    ],
    actions: [
      {
        verb: 'network.erase',
        schema: eraseData,
        run: (ctx, d) => answerErase(s, ctx, d, { confirm: true, installAll }),
      },
      {
        verb: 'network.erase.cancel',
        schema: eraseData,
        run: (ctx, d) => answerErase(s, ctx, d, { confirm: false, installAll }),
      },
    ],
    jobs: [retentionJob(s)],
    mount: (routes) => mountExport(routes, s),
    async start() {
      for (const n of await s.store.networks.listActive()) await planSweep(s, n, s.clock.now());
    },
    async onInstall(n) {
      await planSweep(s, n, s.clock.now());
    },
  };
}
