// The tab's project routes (issue #17 item 2): the network's plans with their findings and
// milestones, and the upload of a filled-in Word template, which runs the same import as
// `npm run plan -- import` and brings the milestones in as deadlines at once.
import type { IncomingMessage } from 'node:http';
import type { Services } from '../app/services.ts';
import { importText, tabApiText, tabProjectsText as t } from '../i18n/index.ts';
import type { Person } from '../networks/network.ts';
import { MAX_DOCX_BYTES } from '../projects/docx-safety.ts';
import { importPlan } from '../projects/import.ts';
import { standingExperiences } from '../projects/experience.ts';
import { milestoneDeadlines, syncMilestoneDeadlines } from '../projects/milestones.ts';
import { checkPlan, type Finding } from '../projects/plan-check.ts';
import { milestonesOf, projectType, type Project } from '../projects/project.ts';
import { localDateOf } from '../time/local-date.ts';
import { BodyBudget, isEncoded, mediaType, readBody } from '../server/body.ts';
import { TabAccess } from './access.ts';
import type { TabLimits } from './limits.ts';
import { fail, ok, type Answer, type TabApiServer, type TabReq, type TabRes } from './api.ts';
import type { TabAuth } from './auth.ts';
import type { PlanFinding, ProjectImportResponse, ProjectsListResponse, ProjectView, TabRole } from './contract.ts';

const DOCX_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/octet-stream',
]);
/** Uploads being read at once may hold at most this much; one more is asked to come back. */
const UPLOAD_BUDGET_BYTES = 4 * (MAX_DOCX_BYTES + 1);

const findingView = (f: Finding): PlanFinding => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  source: f.source,
});

async function projectView(s: Services, p: Project, findings = checkPlan(p.plan)): Promise<ProjectView> {
  const deadlines = await milestoneDeadlines(s, p);
  const experiences = await standingExperiences(s, p.tenantId, p.networkId, p.id);
  return {
    id: p.id,
    name: p.plan.name,
    type: projectType(p.plan),
    mainGoal: p.plan.mainGoal,
    municipalities: p.plan.municipalities,
    origin: p.origin,
    createdAt: p.createdAt,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      advice: findings.filter((f) => f.severity === 'advice').length,
    },
    findings: findings.map(findingView),
    milestones: milestonesOf(p.plan).map(({ subGoal, milestone: m }) => {
      const d = deadlines.get(m.id);
      return {
        id: m.id,
        subGoal: subGoal.goal,
        activity: m.activity,
        owner: m.owner,
        when: m.when,
        due: m.due,
        deadline: d ? { id: d.id, date: d.date, status: d.status } : null,
      };
    }),
    experiences: experiences.map((e) => ({
      kind: e.kind,
      text: e.text,
      by: e.createdBy.name,
      on: localDateOf(new Date(e.createdAt)),
    })),
  };
}

/** Mounted beside the other tab routes (src/tab/mount.ts), with the same token, tenant and network checks. */
export function mountProjectsApi(server: TabApiServer, deps: { s: Services; auth: TabAuth; limits?: TabLimits }): void {
  const { s, auth, limits } = deps;
  const access = new TabAccess(s);
  const budget = new BodyBudget(UPLOAD_BUDGET_BYTES);

  /** The caller's place in the network, or the answer that refuses them (the body still unread). */
  async function caller(
    req: TabReq,
    leaderOnly: boolean,
  ): Promise<{ role: TabRole; actor: Person; tenantId: string; networkId: string } | Answer> {
    const header = req.headers.authorization;
    const v = await auth.check(Array.isArray(header) ? header[0] : header);
    if (!v.ok) {
      if (v.status === 503) return fail(503, tabApiText.keysUnavailable, { 'Retry-After': String(v.retryAfterS) });
      return fail(v.status, v.status === 403 ? tabApiText.tenantNotAllowed : tabApiText.unauthorized);
    }
    const limited = limits?.user(v.who);
    if (limited) return limited;
    const a = await access.resolve(v.who, String(req.params?.networkId ?? ''));
    if (!a.ok)
      return a.status === 503
        ? fail(503, tabApiText.rosterUnavailable, { 'Retry-After': '30' })
        : fail(403, tabApiText.forbidden);
    if (leaderOnly && a.role !== 'leader') {
      const leaders = await s.store.people.listRole(a.network.tenantId, a.network.networkId, 'leader');
      return fail(403, t.leaderOnly(leaders.map((l) => l.name)));
    }
    return { role: a.role, actor: a.actor, tenantId: a.network.tenantId, networkId: a.network.networkId };
  }
  const isAnswer = (x: object): x is Answer => 'status' in x && 'body' in x;

  function handle(path: string, run: (req: TabReq) => Promise<Answer>) {
    return async (req: TabReq, res: TabRes) => {
      let answer: Answer;
      try {
        answer = await run(req);
      } catch (err) {
        s.log.error(
          { err: { message: (err as Error).message, name: (err as Error).name }, path },
          'tab projects api failed',
        );
        answer = fail(500, tabApiText.internal);
      }
      // A body left unread (refused before reading, or cut at the cap) is not drained: the connection closes.
      const raw = req as unknown as IncomingMessage;
      const unread: Record<string, string> = !raw.complete && raw.method === 'POST' ? { Connection: 'close' } : {};
      res.send(answer.status, answer.body, { 'Cache-Control': 'no-store', ...unread, ...answer.headers });
    };
  }

  const base = '/tab/api/networks/:networkId/projects';

  server.get(
    base,
    handle(base, async (req) => {
      const c = await caller(req, false);
      if (isAnswer(c)) return c;
      const projects = await s.store.projects.list(c.tenantId, c.networkId);
      const body: ProjectsListResponse = {
        role: c.role,
        projects: await Promise.all(projects.map((p) => projectView(s, p))),
      };
      return ok(body);
    }),
  );

  server.post(
    `${base}/import`,
    handle(`${base}/import`, async (req) => {
      const c = await caller(req, true);
      if (isAnswer(c)) return c;
      const raw = req as unknown as IncomingMessage;
      if (isEncoded(raw)) return fail(415, t.encoded);
      if (!DOCX_TYPES.has(mediaType(raw).type)) return fail(415, t.wrongType);
      const read = await readBody(raw, MAX_DOCX_BYTES, budget);
      if (read.kind === 'too-large') return fail(413, importText.refused['too-large']);
      if (read.kind === 'busy') return fail(503, t.busy, { 'Retry-After': '5' });
      if (read.kind === 'aborted') return fail(400, importText.refused.empty);
      const r = await importPlan(
        s.store,
        { tenantId: c.tenantId, networkId: c.networkId, by: c.actor, now: s.clock.now() },
        read.bytes,
      );
      if (!r.ok) {
        const refused =
          r.message ??
          (r.refusal === 'national-id'
            ? importText.refused['national-id'](r.part ?? '')
            : importText.refused[r.refusal]);
        return fail(r.refusal === 'too-large' ? 413 : 400, refused);
      }
      // The deadlines and their nudges now, as the card flow does: not at the bot's next start.
      if (milestonesOf(r.project.plan).length) await syncMilestoneDeadlines(s, r.project, c.actor);
      const body: ProjectImportResponse = {
        project: await projectView(s, r.project, r.findings),
        missing: r.missing,
        unreadable: r.unreadable,
        findings: r.findings.map(findingView),
        message: (r.replaced ? importText.replaced : importText.imported)(r.project.id, r.project.plan.name),
      };
      return ok(body);
    }),
  );
}
