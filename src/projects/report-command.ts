// `rapportutkast [U1] [år]` and `søknadsutkast [felt …]`: a card listing what is missing, and a
// signed, expiring link to the .docx, made afresh from stored data when it is opened.
import { noticeCard } from '../../cards/notice.ts';
import { reportDraftCard } from '../../cards/report-draft.ts';
import type { Services } from '../app/services.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { applicationText, draftCardText, reportLinkText as t } from '../i18n/index.ts';
import { effectiveEntries, entrySchema } from '../meetings/log.ts';
import { leadersOf, requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { madeBeforeErase } from '../security/link-generation.ts';
import type { RouteMounter } from '../server/http.ts';
import { localDateOf } from '../time/local-date.ts';
import {
  APPLICATION_SETTING,
  applicationFieldsSchema,
  buildApplication,
  parseApplicationFields,
  type ApplicationFields,
} from './application.ts';
import { standingExperiences } from './experience.ts';
import { milestoneStatuses } from './follow-up.ts';
import { chooseProject, takeProjectId } from './follow-up-projects.ts';
import { statusText } from './milestones-command.ts';
import { needsAuditorAttestation } from './plan-check.ts';
import { planRules } from './plan-rules.ts';
import { draftDocx } from './report-docx.ts';
import type { Draft } from './report-draft.ts';
import { buildReport, reportYear } from './report.ts';
import { networkHere } from '../conversation/network.ts';

const LINK_DAYS = 7;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const reportPath = (projectId: string, year: number) => `/files/drafts/rapport-${year}-${projectId}.docx`;
const applicationPath = (year: number) => `/files/drafts/ledernettverk-soknad-${year}.docx`;

function signed(s: Services, path: string, tenantId: string, networkId: string): string {
  const exp = new Date(s.clock.now().getTime() + LINK_DAYS * 86_400_000);
  return s.publicUrl() + s.signer.sign(path, { t: tenantId, n: networkId }, exp);
}

/** The decisions in the minutes of the year's ended meetings, oldest first. */
async function decisionsOf(
  s: Services,
  tenantId: string,
  networkId: string,
  year: number,
): Promise<{ date: string; text: string }[]> {
  const meetings = (await s.store.meetings.ended(tenantId, networkId, 400))
    .filter((m) => m.date.startsWith(`${year}-`))
    .reverse();
  const out: { date: string; text: string }[] = [];
  for (const m of meetings) {
    const log = (await s.store.meetings.entries(tenantId, networkId, m.id)).map((e) => entrySchema.parse(e));
    for (const e of effectiveEntries(log)) if (e.kind === 'decision') out.push({ date: m.date, text: e.text });
  }
  return out;
}

export async function reportDraftFor(
  s: Services,
  tenantId: string,
  networkId: string,
  projectId: string,
  year: number,
): Promise<Draft | null> {
  const project = await s.store.projects.get(tenantId, networkId, projectId);
  if (!project) return null;
  const network = await s.store.networks.get(tenantId, networkId);
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const rules = planRules();
  return buildReport({
    project,
    networkName: network?.name ?? '',
    year,
    today,
    statuses: await milestoneStatuses(s, project, today),
    decisions: await decisionsOf(s, tenantId, networkId, year),
    experiences: await standingExperiences(s, tenantId, networkId, project.id),
    needsAuditor: needsAuditorAttestation(project.plan, rules),
    auditorLimit: rules.auditor.limit,
    statusText,
  });
}

export async function applicationDraftFor(
  s: Services,
  tenantId: string,
  networkId: string,
  year: number,
): Promise<Draft> {
  const network = await s.store.networks.get(tenantId, networkId);
  const projects = await s.store.projects.list(tenantId, networkId);
  const stored = applicationFieldsSchema.safeParse(
    (await s.store.networks.getSetting<unknown>(tenantId, networkId, APPLICATION_SETTING)) ?? {},
  );
  return buildApplication({
    networkName: network?.name ?? '',
    municipalities: await s.store.meetings.municipalities(tenantId, networkId),
    leaders: await leadersOf(s.store, tenantId, networkId),
    projects,
    fields: stored.success ? stored.data : {},
    year,
    today: localDateOf(s.clock.now(), s.config.timezone),
  });
}

/** `rapportutkast`, `rapportutkast U2`, `rapportutkast 2026`, `rapportutkast U2 2026`. */
export async function reportReplies(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const yearMatch = /(?<![\d])(20\d{2})(?![\d])/u.exec(args);
  const year = yearMatch ? Number(yearMatch[1]) : reportYear(today);
  const rest = yearMatch ? args.replace(yearMatch[0], ' ') : args;
  const { id, rest: leftover } = takeProjectId(rest);
  if (leftover.replace(/[\s,.]+/gu, ''))
    return [card(noticeCard({ title: t.badArgs, typed: ctx.text, example: t.example, tone: 'error' }))];
  if (year > Number(today.slice(0, 4)) || year < 2018)
    return [card(noticeCard({ title: t.badYear(year), typed: ctx.text, example: t.example, tone: 'error' }))];
  const chosen = await chooseProject(s, network, id);
  if (!chosen.ok) {
    if (chosen.problem === 'none') return [text(t.noProjects)];
    if (chosen.problem === 'which')
      return [
        card(
          noticeCard({
            title: t.whichProject(chosen.ids.join(', ')),
            typed: ctx.text,
            example: `rapportutkast ${chosen.ids[0]}`,
            tone: 'info',
          }),
        ),
      ];
    return [
      card(
        noticeCard({
          title: t.unknownProject(chosen.id, chosen.ids.join(', ')),
          typed: ctx.text,
          example: `rapportutkast ${chosen.ids[0] ?? 'U1'}`,
          tone: 'error',
        }),
      ),
    ];
  }
  const draft = (await reportDraftFor(s, network.tenantId, network.networkId, chosen.project.id, year))!;
  const url = signed(s, reportPath(chosen.project.id, year), network.tenantId, network.networkId);
  return [card(reportDraftCard(draft, { url, hint: draftCardText.reportHint }))];
}

/** `søknadsutkast` gives the draft; `søknadsutkast orgnr …; adresse …` (leaders) first stores those fields. */
export async function applicationReplies(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const yearOnly = /^\s*(20\d{2})\s*$/u.exec(args);
  const year = yearOnly ? Number(yearOnly[1]) : Number(today.slice(0, 4)) + (today.slice(5) >= '09-01' ? 1 : 0);
  const replies: Reply[] = [];
  if (args.trim() && !yearOnly) {
    const refused = await requireLeader(s.store, ctx, t.applicationWhat);
    if (refused) return [refused];
    const g = guard(args);
    if (!g.ok) return [text(g.message)];
    const parsed = parseApplicationFields(args);
    if (!parsed.ok) {
      const kept = parsed.understood.length ? t.understoodBefore(parsed.understood.join(', ')) : undefined;
      return [
        card(
          noticeCard({
            title: applicationText.problems[parsed.problem]!(parsed.typed),
            typed: args.trim(),
            kept,
            example: applicationText.example,
            tone: 'error',
          }),
        ),
      ];
    }
    const before = applicationFieldsSchema.safeParse(
      (await s.store.networks.getSetting<unknown>(network.tenantId, network.networkId, APPLICATION_SETTING)) ?? {},
    );
    const merged: ApplicationFields = { ...(before.success ? before.data : {}), ...parsed.fields };
    await s.store.networks.setSetting(network.tenantId, network.networkId, APPLICATION_SETTING, merged);
    replies.push(text(applicationText.saved(parsed.understood.join(', '))));
  }
  const draft = await applicationDraftFor(s, network.tenantId, network.networkId, year);
  const url = signed(s, applicationPath(year), network.tenantId, network.networkId);
  replies.push(card(reportDraftCard(draft, { url, hint: draftCardText.applicationHint })));
  return replies;
}

/** GET /files/drafts/<file>.docx with a signature: the draft made now from what is stored. */
export function mountDraftDownloads(s: Services): RouteMounter {
  return (server) => {
    server.get('/files/drafts/:file', async (req, res) => {
      const file = String(req.params?.file ?? '');
      const m = /^(?:rapport-(\d{4})-(U\d+)|ledernettverk-soknad-(\d{4}))\.docx$/.exec(file);
      const verified = m ? s.signer.verify(`/files/drafts/${file}`, req.query ?? {}, s.clock.now()) : null;
      if (!m || !verified?.ok) {
        const expired = verified?.ok === false && verified.reason === 'expired';
        res.sendRaw(expired ? 410 : 403, expired ? t.linkExpired : t.linkInvalid, {
          'Content-Type': 'text/plain; charset=utf-8',
        });
        return;
      }
      const { t: tenantId, n: networkId } = verified.params;
      // A draft is built from what is stored now: a link made before `slett nettverksdata` would show
      // what was stored since (attack round 13, A4).
      if (await madeBeforeErase(s, verified.params, req.query ?? {}, LINK_DAYS * 86_400_000)) {
        res.sendRaw(410, t.linkExpired, { 'Content-Type': 'text/plain; charset=utf-8' });
        return;
      }
      const draft = m[1]
        ? await reportDraftFor(s, tenantId!, networkId!, m[2]!, Number(m[1]))
        : await applicationDraftFor(s, tenantId!, networkId!, Number(m[3]));
      if (!draft) {
        res.sendRaw(404, t.linkInvalid, { 'Content-Type': 'text/plain; charset=utf-8' });
        return;
      }
      res.sendRaw(200, await draftDocx(draft), {
        'Content-Type': DOCX,
        'Content-Disposition': `attachment; filename="${draft.fileName}.docx"`,
      });
    });
  };
}
