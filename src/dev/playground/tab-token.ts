import { tabApiText as t } from '../../i18n/index.ts';
import type { TabReq, TabRes } from '../../tab/api.ts';
import type { LocalTabSigner } from '../../tab/auth.ts';
import { playgroundTokenRequest, type PlaygroundTokenResponse } from '../../tab/contract.ts';

// The playground's demo tenants and people as the chat uses them (src/dev/playground/routes.ts): the
// tab beside the chat must see the same person in the same team.
const TENANTS = {
  rsc: {
    id: 'playground-tenant',
    team: '19:playground-team@thread.tacv2',
    channel: '19:playground-channel@thread.tacv2',
  },
  'no-rsc': {
    id: 'playground-tenant-uten-rsc',
    team: '19:playground-team-uten-rsc@thread.tacv2',
    channel: '19:playground-channel-uten-rsc@thread.tacv2',
  },
} as const;
const PEOPLE = {
  leader: { id: '29:playground-kari', aadObjectId: 'a0000000-0000-4000-8000-000000000001', name: 'Kari Nordmann' },
  member: { id: '29:playground-ola', aadObjectId: 'a0000000-0000-4000-8000-000000000002', name: 'Ola Hansen' },
} as const;

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
