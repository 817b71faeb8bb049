// The experience log (seed 000: «Råd: Lag erfaringslogg – Gjort, Lært, Lurt»): `erfaring gjort|lært|lurt: …`
// adds a line to the project's log, which the yearly report draws on. Typed in a running meeting's
// thread it is also written into the minutes, under the agenda item for the log.
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { experienceText as t } from '../i18n/index.ts';
import { effectiveEntries, entrySchema, type Entry } from '../meetings/log.ts';
import { guard } from '../privacy/guard.ts';
import { EXPERIENCE_KINDS, type Experience, type ExperienceKind } from './follow-up-repository.ts';
import { inMeetingThread, projectsItem } from './follow-up-answer.ts';
import { chooseProject, projectToList, takeProjectId } from './follow-up-projects.ts';
import { networkHere } from '../conversation/network.ts';

const MAX_TEXT = 2000;

const KIND_WORDS: [RegExp, ExperienceKind][] = [
  [/^gjort$|^gjorde$|^gjøre$/iu, 'gjort'],
  [/^lært$|^lærte$|^lære$|^laert$/iu, 'lært'],
  [/^lurt$|^lurest$|^smart$|^tips$/iu, 'lurt'],
];

export type ExperienceArgs =
  | { ok: true; kind: ExperienceKind; projectId: string | null; text: string }
  | { ok: false; problem: 'no-kind' | 'no-text' };

/** `lært: …`, `U2 lært: …`, `lært U2: …`, `lært - …`: the kind (gjort, lært, lurt), an optional project, the text. */
export function parseExperience(args: string): ExperienceArgs {
  let rest = args.trim();
  let projectId: string | null = null;
  const front = takeProjectId(rest);
  if (front.id && /^\s*u\d+/iu.test(rest)) ({ id: projectId, rest } = front);
  const word = /^([\p{L}]+)(?![\p{L}\d])/u.exec(rest);
  const kind = word ? KIND_WORDS.find(([re]) => re.test(word[1]!))?.[1] : undefined;
  if (!kind) return { ok: false, problem: 'no-kind' };
  rest = rest.slice(word![0].length);
  const after = /^\s*(u\d+)(?![\p{L}\d])/iu.exec(rest);
  if (after && !projectId) {
    projectId = after[1]!.toUpperCase();
    rest = rest.slice(after[0].length);
  }
  const body = rest.replace(/^[\s:–—.,-]+/u, '').trim();
  if (!body) return { ok: false, problem: 'no-text' };
  return { ok: true, kind, projectId, text: body };
}

/** The log as it stands: a line typed in a meeting counts only while its note stands in the minutes (`angre`, `rett referat`). */
export async function standingExperiences(
  s: Services,
  tenantId: string,
  networkId: string,
  projectId: string,
): Promise<Experience[]> {
  const all = await s.store.projectFollow.experiences(tenantId, networkId, projectId);
  const live = new Map<string, Set<string>>();
  for (const meetingId of new Set(all.flatMap((e) => (e.meetingId && e.entryId ? [e.meetingId] : [])))) {
    const log = (await s.store.meetings.entries(tenantId, networkId, meetingId)).map((e) => entrySchema.parse(e));
    live.set(meetingId, new Set(effectiveEntries(log).map((e) => e.id)));
  }
  return all.filter((e) => !e.meetingId || !e.entryId || live.get(e.meetingId)?.has(e.entryId));
}

export async function addExperience(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const typed = args.trim();
  const fail = (title: string, message?: string, example = t.example) => [
    card(
      noticeCard({
        title,
        message,
        // What the person wrote, command word and all.
        typed: ctx.text.trim() || undefined,
        example,
        tone: 'error',
        kept: typed ? t.notKept : undefined,
      }),
    ),
  ];
  const g = guard(typed);
  if (!g.ok) return [text(g.message)];
  const p = parseExperience(typed);
  if (!p.ok) return fail(p.problem === 'no-kind' ? t.noKind : t.noText);
  if (p.text.length > MAX_TEXT) return fail(t.tooLong(p.text.length, MAX_TEXT));
  const chosen = await chooseProject(s, network, p.projectId);
  if (!chosen.ok) {
    if (chosen.problem === 'none') return fail(t.noProjects, undefined, 'prosjekt');
    if (chosen.problem === 'which')
      return fail(t.whichProject(chosen.ids.join(', ')), undefined, t.exampleFor(chosen.ids[0]!, p.kind, p.text));
    return fail(
      t.unknownProject(chosen.id, chosen.ids.join(', ')),
      undefined,
      chosen.ids[0] ? t.exampleFor(chosen.ids[0], p.kind, p.text) : t.example,
    );
  }
  const project = chosen.project;
  // In the running meeting's own thread the line also goes into the minutes.
  const m = await s.store.meetings.running(network.tenantId, network.networkId);
  let item: number | null = null;
  let entryId: string | null = null;
  if (m && inMeetingThread(m, ctx.scope)) {
    const log = (await s.store.meetings.entries(m.tenantId, m.networkId, m.id)).map((e) => entrySchema.parse(e));
    item = projectsItem(m, log, t.agendaItemPattern);
    const id = await s.store.meetings.nextEntryId(m.tenantId, m.networkId);
    entryId = id;
    const note: Entry = {
      id,
      at: s.clock.now().toISOString(),
      author: ctx.actor,
      item,
      kind: 'note',
      text: t.note(project.id, p.kind, p.text),
    };
    await s.store.meetings.append(m.tenantId, m.networkId, m.id, note);
  }
  await s.store.projectFollow.addExperience({
    tenantId: project.tenantId,
    networkId: project.networkId,
    projectId: project.id,
    kind: p.kind,
    text: p.text,
    meetingId: item === null ? null : m!.id,
    entryId,
    createdBy: ctx.actor,
    createdAt: s.clock.now().toISOString(),
  });
  const count = (await standingExperiences(s, project.tenantId, project.networkId, project.id)).length;
  return [text(t.added(project.id, project.plan.name, p.kind, count, item))];
}

export async function listExperiences(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  const words = { none: t.noProjects, which: t.whichProjectList, unknown: t.unknownProject };
  const chosen = await projectToList(s, network, args, words);
  if ('problem' in chosen) return [text(chosen.problem)];
  const all = await standingExperiences(s, network.tenantId, network.networkId, chosen.project.id);
  if (!all.length) return [text(t.empty(chosen.project.id))];
  const lines = EXPERIENCE_KINDS.map((k) => {
    const of = all.filter((e) => e.kind === k);
    return `**${t.kindTitle[k]}**\n\n${of.length ? of.map((e) => `- ${e.text}`).join('\n') : `- ${t.none}`}`;
  });
  return [text(`${t.listTitle(chosen.project.id, chosen.project.plan.name)}\n\n${lines.join('\n\n')}`)];
}
