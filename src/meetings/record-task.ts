import { dueTooFar, exampleDue } from '../tasks/due-limit.ts';
import { tellGivenOwners } from '../tasks/apply-change.ts';
import { z } from 'zod';
import { postStoredCard } from '../conversation/post-stored.ts';
import { taskCard } from '../../cards/task.ts';
import { taskDraftCard } from '../../cards/task-draft.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { card, text, type AdaptiveCard, type Mention, type Reply, type RequestContext } from '../conversation/types.ts';
import { dateText, meetingText as t, taskText } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { changeTaskByCommand } from '../tasks/change-by-command.ts';
import { departedOwner } from '../tasks/departed-owner.ts';
import { knownPerson, ownerTypedAsName } from '../tasks/known-person.ts';
import { noticeCard } from '../../cards/notice.ts';
import { planTaskNudges } from '../tasks/nudges.ts';
import { parseTaskCommand } from '../tasks/task-command.ts';
import type { Task } from '../tasks/task.ts';
import { formatLong, formatShort, localDateOf } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { dueMovedNote, workingDue, type MovedDue } from '../tasks/due-holiday.ts';
import { parseTaskLine, trailingDate } from './entry-parser.ts';
import { findListed, leadingSeveral, splitNames, typedOwner } from './municipalities.ts';
import { keepStatusComment } from './status-comment.ts';
import { splitStatusComment, taskIdsOf } from './task-status-phrase.ts';
import type { Entry } from './log.ts';
import type { MeetingRecord } from './repository.ts';
import { lateLine } from './running-meeting.ts';
import { historyMarks, recordTaskChanges } from './meeting-task-change.ts';
import { networkHere } from '../conversation/network.ts';
import { cardNetwork, wrongNetworkCard, type CheckedInput } from '../conversation/guards.ts';
import { onceAtATime } from '../conversation/confirmations.ts';

// `oppgave …` typed or resent from a draft: use cases with their dependencies named (#14).

const today = (d: TaskDeps) => localDateOf(d.s.clock.now(), d.s.config.timezone);

/** What recording a task needs from the running meeting and its log. */
export interface TaskDeps {
  s: Services;
  checked(ctx: RequestContext, raw: string): CheckedInput | Promise<CheckedInput>;
  log(m: MeetingRecord): Promise<Entry[]>;
  append(m: MeetingRecord, e: Entry): Promise<void>;
  base(
    ctx: RequestContext,
    entries: Entry[],
    m: { tenantId: string; networkId: string },
  ): Promise<{ id: string; at: string; author: Entry['author']; item: number }>;
  running(ctx: RequestContext): Promise<MeetingRecord | null>;
  inMeetingThread(m: MeetingRecord, scope: RequestContext['scope']): boolean;
  mentionHint(ctx: RequestContext, m: MeetingRecord): Promise<Reply[]>;
  nextMeetingAfterToday(network: Network): Promise<string | null>;
}

type TaskOutcome =
  | { ok: true; task: Task; readFrom: string | null; twin: Task | null; moved: MovedDue | null }
  | { ok: false; reply: Reply; draft: AdaptiveCard | null }
  | { ok: false; existing: Task };

/**
 * An open task with the same owners and text: the same line typed twice (round 8 N7), or typed again with
 * a new date where the due date was meant to move (s12 #7). One with the same due date is named first.
 */
function twinOf(open: readonly Task[], owners: Task['owners'], text: string, due: string | null): Task | null {
  const key = (o: Task['owners']) =>
    o
      .map((x) => (x.kind === 'person' ? `p:${x.id}` : `m:${x.name.toLocaleLowerCase('nb')}`))
      .sort()
      .join('|');
  const words = (x: string) => x.toLocaleLowerCase('nb').replace(/\s+/gu, ' ').trim();
  const same = open.filter((x) => words(x.text) === words(text) && key(x.owners) === key(owners));
  return same.find((x) => x.due === due) ?? same[0] ?? null;
}

/**
 * One task line, typed or resent from a draft: parsed, checked (owner, municipality list, due date
 * not past), then created, in the meeting's log when it is typed in the meeting's thread. A line
 * that fails is never stored: the person gets it back in a draft card to fix and resend.
 */
async function recordTask(
  d: TaskDeps,
  ctx: RequestContext,
  line: string,
  mentions: readonly Mention[],
  meeting: MeetingRecord | null,
  resent = false,
): Promise<TaskOutcome> {
  const network = networkHere(ctx);
  const c = await d.checked(ctx, line);
  // The text check answers a refusal with one reply that says why; without one, the empty-line answer.
  if (!c.ok) return { ok: false, reply: c.reply[0] ?? text(t.emptyEntry(t.taskExample)), draft: null };
  const list = await d.s.store.meetings.municipalities(network.tenantId, network.networkId);
  const draft = (title: string, example: string): TaskOutcome => {
    const draftCard = taskDraftCard({
      title,
      example,
      line: `oppgave ${c.text}`,
      networkId: network.networkId,
      mentions,
    });
    return { ok: false, reply: card(draftCard), draft: draftCard };
  };
  const parsed = parseTaskLine(c.text, mentions, list);
  // "Hurdal og Nes: …": a task has one municipality, so the line is refused rather than half read (N7).
  const several =
    !parsed.ok || parsed.owners.every((o) => o.kind === 'municipality') ? leadingSeveral(list, c.text) : null;
  if (several)
    return draft(taskText.oneMunicipality(several.names.join(' og ')), `oppgave ${several.names[0]}: ${several.rest}`);
  if (!parsed.ok) {
    // A person's name typed without @ is no municipality: say to @mention the person (month round 6b, N9).
    const typedName = parsed.error === 'not-listed' ? parsed.name : (typedOwner(c.text)?.typed ?? '');
    const known = typedName && !findListed(list, typedName) ? await knownPerson(d.s, network, typedName) : null;
    if (known) {
      // The example keeps the task's text: the words of the name typed at the start are left out.
      const nameWords = known.toLocaleLowerCase('nb').split(/\s+/u);
      const words = c.text.trim().split(/\s+/u);
      let skip = 0;
      while (skip < nameWords.length && words[skip]?.replace(/:$/u, '').toLocaleLowerCase('nb') === nameWords[skip])
        skip++;
      const rest = words
        .slice(skip)
        .join(' ')
        .replace(/^[:\s]+/u, '');
      return draft(taskText.mentionPerson(typedName, known), `oppgave @${known} ${rest || 'lage plan innen 15.01'}`);
    }
    const refusal = ownerRefusal(parsed, c.text, list);
    return draft(refusal.title, refusal.example);
  }
  let due: string | null = null;
  let readFrom: string | null = null;
  let moved: MovedDue | null = null;
  const who = parsed.owners.map((o) => (o.kind === 'person' ? `@${o.name}` : o.name)).join(' og ');
  const dateOpts = {
    now: d.s.clock.now(),
    timeZone: d.s.config.timezone,
    nextMeeting: await d.nextMeetingAfterToday(network),
  };
  if (parsed.due === null) {
    // Every delegated task needs a due date: one written at the end without «innen» is read as it, and the reply says so.
    const trailing = trailingDate(parsed.text, (typed) => parseNorwegianDate(typed, dateOpts));
    // A past date at the end ("referat fra møtet 23.11") names something, not when it is due; a date that does not exist is refused.
    const meant =
      trailing &&
      (trailing.parsed.ok
        ? trailing.parsed.date >= today(d)
        : trailing.parsed.error === dateText.noSuchDate(trailing.typed));
    if (trailing && meant) {
      parsed.text = trailing.text;
      parsed.due = trailing.typed;
      readFrom = trailing.typed;
    }
  }
  if (parsed.due !== null) {
    const date = parseNorwegianDate(parsed.due, dateOpts);
    if (!date.ok) return draft(date.error, `oppgave ${who} ${parsed.text} innen 30.09`);
    if (date.date < today(d))
      return draft(
        taskText.pastDue(formatShort(date.date), formatShort(today(d))),
        `oppgave ${who} ${parsed.text} innen neste fredag`,
      );
    const tooFar = dueTooFar(date.date, today(d));
    if (tooFar) return draft(tooFar, `oppgave ${who} ${parsed.text} innen ${formatShort(exampleDue(today(d)))}`);
    ({ date: due, moved } = workingDue(date, today(d)));
  }
  // Someone who left the team cannot see or answer the task (N10): refused, the line given back to fix.
  const gone = await departedOwner(d.s.store, network, parsed.owners);
  if (gone)
    return draft(
      taskText.ownerLeft(gone),
      `oppgave ${list[0] ? `${list[0]}:` : '@Navn Navnesen'} ${parsed.text}${parsed.due ? ` innen ${parsed.due}` : ''}`,
    );
  const twin = twinOf(
    await d.s.store.tasks.listOpen(network.tenantId, network.networkId),
    parsed.owners,
    parsed.text,
    due,
  );
  // A resent draft is a line fixed to be saved once: two open drafts of one line (month s13 #5) both sent
  // made two identical tasks. Typed lines may mean a second one and keep the «Merk» above (N7).
  if (resent && twin && twin.due === due) return { ok: false, existing: twin };
  const entries = meeting ? await d.log(meeting) : [];
  const entry = {
    ...(await d.base(ctx, entries, network)),
    kind: 'task' as const,
    text: parsed.text,
    owners: parsed.owners,
    due,
  };
  const task = await d.s.store.tasks.create(
    {
      tenantId: network.tenantId,
      networkId: network.networkId,
      text: parsed.text,
      owners: parsed.owners,
      due,
      meetingId: meeting?.id ?? null,
      agendaItem: meeting ? entry.item : null,
      entryId: meeting ? entry.id : null,
      createdBy: ctx.actor,
    },
    d.s.clock.now(),
  );
  if (meeting) await d.append(meeting, { ...entry, taskId: task.id });
  await planTaskNudges(d.s, task, d.s.clock.now());
  await tellGivenOwners(d.s, ctx, task);
  return { ok: true, task, readFrom, twin, moved };
}

/**
 * Why a task line found no owner, with an example that is valid input as it stands (N3, N7): the
 * example keeps the typed task text and names one listed municipality.
 */
function ownerRefusal(
  parsed: Exclude<ReturnType<typeof parseTaskLine>, { ok: true }>,
  line: string,
  list: readonly string[],
): { title: string; example: string } {
  const owner = typedOwner(line);
  const rest = owner?.rest || 'sjekke lokaler innen 15.01';
  const names = list.join(', ');
  if (parsed.error === 'empty') return { title: t.emptyEntry(t.taskExample), example: t.taskExample };
  if (!list.length || (parsed.error === 'no-owner' && !owner))
    return list.length
      ? { title: taskText.noOwnerListed(names), example: `oppgave ${list[0]}: ${rest}` }
      : { title: t.noOwner, example: t.taskExample };
  const typed = parsed.error === 'not-listed' ? parsed.name : (owner?.typed ?? '');
  const several = splitNames(typed).map((n) => findListed(list, n));
  if (several.length > 1 && several.every(Boolean))
    return { title: taskText.oneMunicipality(typed), example: `oppgave ${several[0]}: ${rest}` };
  const suggestion = parsed.error === 'not-listed' ? parsed.suggestion : null;
  if (suggestion)
    return { title: taskText.notListed(typed, suggestion, names), example: `oppgave ${suggestion}: ${rest}` };
  return { title: taskText.notOnList(typed, names), example: `oppgave ${list[0]}: ${rest}` };
}

/** `oppgave …`: a change to a task (T3 …), a task in the meeting, or between meetings a task straight away. */
export async function taskEntry(d: TaskDeps, ctx: RequestContext, typed: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  // «T2 pågår, Nes har sendt tall»: the status here, the rest kept with it in the minutes (status-comment.ts).
  const { args, rest: comment } = splitStatusComment(typed);
  // "T4 og T5 ferdig", "T1, T2 ferdig": the same change to each task named.
  const several = /^((?:#?t\d{1,6}(?:\s*,\s*|\s+og\s+|\s+))+)(?![\p{L}\p{N}])(.*)$/iu.exec(args.trim());
  const [, named = '', sameChange = ''] = several ?? [];
  const ids = [...named.matchAll(/t\d{1,6}/giu)].map((m) => m[0]);
  const lines = ids.length > 1 ? ids.map((id) => `${id} ${sameChange}`) : [args];
  const replies: Reply[] = [];
  // A change typed in the running meeting is a line of it: its steps go in the log, so «angre» finds it (N6).
  const marks = new Map<string, number>();
  for (const line of lines) {
    const change = parseTaskCommand(line);
    if (!change) break;
    for (const [id, seq] of await historyMarks(d.s, network, [change.id])) if (!marks.has(id)) marks.set(id, seq);
    replies.push(
      ...(await changeTaskByCommand(d.s, ctx, {
        ...change,
        municipalities: await d.s.store.meetings.municipalities(network.tenantId, network.networkId),
        nextMeeting: await d.nextMeetingAfterToday(network),
      })),
    );
  }
  await recordTaskChanges(d.s, ctx, network, marks);
  if (replies.length && comment) return [...replies, ...(await keepStatusComment(d.s, ctx, taskIdsOf(args), comment))];
  if (replies.length) return replies;
  const m = await d.running(ctx);
  const meeting = m && d.inMeetingThread(m, ctx.scope) ? m : null;
  const r = await recordTask(d, ctx, args, ctx.mentions, meeting);
  if (!r.ok) return 'existing' in r ? [] : [r.reply];
  const task = r.task;
  const { posted, fallback } = await postStoredCard(
    d.s.messenger,
    ctx.log,
    network.conversation,
    {
      card: taskCard(task, { today: today(d), meetingDate: meeting?.date }),
      summary: t.taskAck(task.id, task.owners.map((o) => o.name).join(', '), task.due ? formatShort(task.due) : ''),
    },
    ctx.scope.threadId,
  );
  if (posted) await d.s.store.tasks.setCardRef(network.tenantId, network.networkId, task.id, posted);
  // A due date read from the line's end, or none at all, is said plainly with how to change it.
  const dueLine = task.due
    ? r.readFrom
      ? [text(t.taskDueRead(task.id, formatLong(task.due), r.readFrom))]
      : []
    : [text(t.taskNoDue(task.id))];
  const movedLine =
    r.moved && task.due ? [text(dueMovedNote(r.moved, task.id, task.due, ctx.scope.conversationType))] : [];
  // Kept (it may be meant), but the twin is named with how to take this one back (N7).
  const twinOwners = r.twin?.owners.map((o) => o.name).join(' og ') ?? '';
  const twinLine = !r.twin
    ? []
    : r.twin.due === task.due || !r.twin.due || !task.due
      ? [text(t.taskTwin(twinOwners, r.twin.id, task.id))]
      : [text(t.taskTwinOtherDue(twinOwners, r.twin.id, formatShort(r.twin.due), task.id, formatShort(task.due)))];
  return [
    ...fallback,
    ...dueLine,
    ...movedLine,
    ...twinLine,
    ...(meeting ? lateLine(d.s, meeting) : []),
    ...(meeting ? await d.mentionHint(ctx, meeting) : []),
  ];
}

const mentionList = z
  .array(
    z.object({
      id: z.string().max(200),
      aadObjectId: z.string().max(100).optional(),
      name: z.string().max(200),
      text: z.string().max(210),
    }),
  )
  .max(20);

/** The mentions a card's button carries (as JSON) for a line it sends again; none when they do not read. */
export function mentionsFromCard(json: string | undefined): Mention[] {
  try {
    return mentionList.parse(JSON.parse(json || '[]'));
  } catch {
    return [];
  }
}

/** "Send på nytt" on a draft card: the fixed line, with the people the first line mentioned. */
export async function resendTask(
  d: TaskDeps,
  ctx: RequestContext,
  data: { networkId: string; line?: string; mentions?: string },
): Promise<ActionResult> {
  const network = cardNetwork(ctx, data.networkId);
  if (!network) return wrongNetworkCard;
  let mentions = mentionsFromCard(data.mentions);
  const line = (data.line ?? '').replace(/^\s*@?nettverksboten\s*/i, '').replace(/^\s*oppgave\s*:?\s*/i, '');
  // A card's field can never carry a Teams mention (month s12 #2): an owner typed there as a name is the one
  // person the network knows by it; a person not found that way can only be picked from the @ list.
  if (!mentions.some((x) => line.includes(x.text))) {
    const list = await d.s.store.meetings.municipalities(network.tenantId, network.networkId);
    const named = await ownerTypedAsName(d.s, network, line);
    if (named && !findListed(list, named.typed.replace(/^@/u, ''))) mentions = [{ ...named.person, text: named.typed }];
    else if (/^\s*@/u.test(line))
      return {
        kind: 'card',
        card: noticeCard({
          title: taskText.pickFromList.title,
          message: taskText.pickFromList.message,
          example: `oppgave ${line.trim()}`,
          tone: 'info',
        }),
      };
  }
  const m = await d.running(ctx);
  const meeting = m && d.inMeetingThread(m, ctx.scope) ? m : null;
  // A draft from a meeting that has ended (attack round 8, A7): the task is still made, since the chair
  // asked for it, but outside that meeting's minutes, and the card says so.
  const ended = meeting
    ? null
    : (await d.s.store.meetings.ended(network.tenantId, network.networkId, 50)).find((x) =>
        d.inMeetingThread(x, ctx.scope),
      );
  // Two clicks at once on one draft (or on two drafts of one line) would both find no twin yet and
  // make two tasks: the second waits for nothing and is told the first is being saved.
  const key = `${ctx.scope.conversationId}\n${line.trim().toLowerCase()}\n${mentions.map((x) => x.id).join(',')}`;
  const r = await onceAtATime(
    d.s.store,
    network,
    'task.resend',
    key,
    d.s.clock.now(),
    60_000,
    () => recordTask(d, ctx, line, mentions, meeting, true),
    () => null,
  );
  if (!r) return { kind: 'message', text: t.resendBusy };
  if (!r.ok && 'existing' in r)
    return {
      kind: 'card',
      card: taskCard(r.existing, { today: today(d), notice: t.resentTwin(r.existing.id) }),
    };
  if (!r.ok)
    return r.draft
      ? { kind: 'card', card: r.draft }
      : { kind: 'message', text: r.reply.kind === 'text' ? r.reply.text : t.notKept };
  const notice = ended ? t.resendAfterMeeting(formatShort(ended.date), r.task.id) : undefined;
  // The draft card becomes the task's card, so its buttons work where the person is looking.
  if (ctx.scope.cardActivityId)
    await d.s.store.tasks.setCardRef(network.tenantId, network.networkId, r.task.id, {
      conversationId: ctx.scope.conversationId,
      activityId: ctx.scope.cardActivityId,
    });
  return { kind: 'card', card: taskCard(r.task, { today: today(d), meetingDate: meeting?.date, notice }) };
}
