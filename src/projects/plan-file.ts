// The project plan downloaded as .docx from the link on its card.
import type { HttpRoutes } from '../commands/http-route.ts';
import type { Services } from '../app/services.ts';
import { projectText as t } from '../i18n/projects.ts';
import type { Network } from '../networks/network.ts';
import { planDocx } from './plan-docx.ts';
import { filePath } from './project-click.ts';

type Scope = Pick<Network, 'tenantId' | 'networkId'>;

/** The plan as .docx behind a signed link: 403 for a wrong link, 410 for an expired one. */
export function mountPlanFile(server: HttpRoutes, s: Services): void {
  server.get('/files/projects/:file', async (req, res) => {
    const file = String(req.params?.file ?? '');
    const m = /^(U\d+)\.docx$/.exec(file);
    const verified = m ? s.signer.verify(filePath(m[1]!), req.query ?? {}, s.clock.now()) : null;
    const plain = { 'Content-Type': 'text/plain; charset=utf-8' };
    if (!m || !verified?.ok) {
      const expired = verified?.ok === false && verified.reason === 'expired';
      res.sendRaw(expired ? 410 : 403, expired ? t.linkExpired : t.linkInvalid, plain);
      return;
    }
    const scope: Scope = { tenantId: verified.params.t!, networkId: verified.params.n! };
    const p = await s.store.projects.get(scope.tenantId, scope.networkId, m[1]!);
    if (!p) {
      res.sendRaw(404, t.linkInvalid, plain);
      return;
    }
    const name = `prosjektplan-${p.id}`;
    res.sendRaw(200, await planDocx(p.plan), {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="${name}.docx"`,
    });
  });
}
