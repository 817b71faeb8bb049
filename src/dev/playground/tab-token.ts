import { tabApiText as t } from '../../i18n/index.ts';
import type { TabReq, TabRes } from '../../tab/api.ts';
import type { LocalTabSigner } from '../../tab/auth.ts';
import { playgroundTokenRequest, type PlaygroundTokenResponse } from '../../tab/contract.ts';

import { PEOPLE, TENANTS } from './demo.ts';

/**
 * POST /playground/tab-token {who, tenant?}: a token the tab API accepts in local mode, for the
 * playground's leader or member. Mounted only in local mode, where every route answers loopback only.
 */
export function mountTabToken(
  server: { post(path: string, handler: (req: TabReq, res: TabRes) => Promise<void>): unknown },
  signer: LocalTabSigner,
): void {
  server.post('/playground/tab-token', async (req, res) => {
    const body = playgroundTokenRequest.safeParse(req.body ?? {});
    if (!body.success) {
      res.send(400, {
        error: t.badField(String(body.error.issues[0]?.path[0] ?? 'who'), '{"who":"leader","tenant":"rsc"}'),
      });
      return;
    }
    const person = PEOPLE[body.data.who];
    const tenant = TENANTS[body.data.tenant];
    const { token, expiresAt } = signer.sign({
      tenantId: tenant.id,
      oid: person.aadObjectId,
      name: person.name,
      teamsUserId: person.id,
      // A6: the playground's roster, as Teams' would be: its people are in its demo team, no other.
      teams: [tenant.team],
    });
    const answer: PlaygroundTokenResponse = {
      token,
      expiresAt,
      tenantId: tenant.id,
      userObjectId: person.aadObjectId,
      name: person.name,
      teamId: tenant.team,
      channelId: tenant.channel,
    };
    res.send(200, answer, { 'Cache-Control': 'no-store' });
  });
}
