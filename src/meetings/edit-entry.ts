import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { deliveryConversation, SEEN_FOR_MS } from '../conversation/seen-activities.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingLineText as l } from '../i18n/index.ts';
import { checkEntryTextKnowing } from './entry-check.ts';
import { parseTaskLine, stripEntryPunctuation, trailingDate } from './entry-parser.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { effectiveEntries, entriesOfMessage, type Entry } from './log.ts';
import { plainEntry } from './meeting-lines.ts';
import { refreshTaskCards } from '../tasks/apply-change.ts';
import { planTaskNudges } from '../tasks/nudges.ts';
import type { TaskStatus } from '../tasks/task.ts';
import type { MeetingRecord } from './repository.ts';
import { appendEntry, entryBase, inMeetingThread, readLog, runningMeeting } from './running-meeting.ts';
import { undoOne } from './undo-entry.ts';
import { capitalized, entryLabel, listed } from './entry-label.ts';

// A meeting line edited or deleted in Teams (N9): the entries typed in that message follow it, for
// the author's own message and while the meeting runs. Anything else edited or deleted is not the
// bot's business and gets no answer.

/** The entry words a note or decision line opens with; what follows them (after ':' or a dash) is the text. */
const ENTRY_WORD = /^\s*(?:info|notat|vedtak|beslutning)(?![\p{L}\p{N}])/iu;

const entryKind = (line: string) => (/^\s*(?:vedtak|beslutning)/iu.test(line) ? 'decision' : 'note');

/** The text of an edited note or decision line, read as the line was when it was typed. */
export function editedText(line: string): string {
  return stripEntryPunctuation(line.replace(ENTRY_WORD, '')).trim();
}

type Found = {
  meeting: MeetingRecord;
  entries: Entry[];
  running: boolean;
  targets: ReturnType<typeof entriesOfMessage>;
};

/** The meeting holding entries from message `activityId` by this person: the running one here, or the last ended. */
function findLine(s: Services, ctx: RequestContext, activityId: string): Promise<Found | null> {
  return findIn(s, ctx, (entries) => entriesOfMessage(entries, activityId, ctx.actor.id));
}

/** The first meeting (the running one here, then the last three ended) where `pick` finds targets in the log. */
async function findIn<T>(
  s: Services,
  ctx: RequestContext,
  pick: (entries: Entry[]) => T[],
): Promise<{ meeting: MeetingRecord; entries: Entry[]; running: boolean; targets: T[] } | null> {
  const running = await runningMeeting(s, ctx);
  const n = networkHere(ctx);
  const here = running && inMeetingThread(running, ctx.scope) ? [running] : [];
  for (const m of here.concat(await s.store.meetings.ended(n.tenantId, n.networkId, 3))) {
    const entries = await readLog(s, m);
    const targets = pick(entries);
    if (targets.length) return { meeting: m, entries, running: m === running, targets };
  }
  return null;
}

/** The message `activityId` was edited to `ctx.text`: its one note or decision gets the new text. */
export async function editLine(s: Services, ctx: RequestContext, activityId: string): Promise<Reply[]> {
  if (!ctx.scope.network) return [];
  const found = await findLine(s, ctx, activityId);
  // A note or decision refused as typed (a child's name, N2) left no entry: its edit is the line typed again.
  if (!found)
    return ENTRY_WORD.test(ctx.text)
      ? plainEntry(s, ctx, ctx.text.replace(ENTRY_WORD, ''), entryKind(ctx.text), ctx.text)
      : [];
  if (!found.running) return [text(l.editAfterEnd)];
  const [target, ...more] = found.targets;
  if (target?.kind === 'task' && !more.length) return editTask(s, ctx, found, target);
  if (!target || more.length || (target.kind !== 'note' && target.kind !== 'decision'))
    return [text(l.editNotPossible)];
  const typed = editedText(ctx.text);
  if (!typed) return [text(l.editEmpty)];
  // Knowing the network's members, as the line itself was checked (review 1, M2).
  const c = await checkEntryTextKnowing(s, ctx, typed);
  if (!c.ok) return [text(l.editRefused), ...c.reply];
  // A redelivered edit, or an edit of something else in the message, leaves the text as it is.
  if (c.text === currentText(found.entries, target)) return [];
  await appendCorrection(s, ctx, found, target, c.text);
  return [text(l.edited(target.item, c.text))];
}

/**
 * Whether an edit in the running meeting's thread came before its message (Teams does not promise the
 * order, A5). The edit is the line then, with its text, as if the message had arrived as edited: its
 * id is claimed as its delivery would claim it (atomic in the store), so the message arriving later,
 * on any instance, is taken for a redelivery and its older text is no second line. Only while the
 * meeting is within the window in which deliveries are remembered: an older message of the thread is
 * not taken for one that has not arrived.
 */
export async function editBeforeItsMessage(s: Services, ctx: RequestContext, activityId: string): Promise<boolean> {
  if (!ctx.scope.network) return false;
  const m = await runningMeeting(s, ctx);
  if (!m || !inMeetingThread(m, ctx.scope)) return false;
  if (ctx.now.getTime() - Date.parse(m.startedAt) >= SEEN_FOR_MS) return false;
  const conversationId = deliveryConversation(ctx.scope.conversationId, ctx.scope.threadId);
  return s.store.seenActivities.claim(ctx.scope.tenantId, conversationId, activityId, ctx.now);
}

/** The entry that gives `target` (a note, decision or task line) its new text in the minutes. */
async function appendCorrection(
  s: Services,
  ctx: RequestContext,
  found: Found,
  target: Pick<Entry, 'id' | 'item'>,
  to: string,
): Promise<void> {
  await appendEntry(s, found.meeting, {
    ...(await entryBase(s, ctx, found.entries, found.meeting)),
    item: target.item,
    kind: 'correction',
    target: target.id,
    text: to,
  });
}

/** The message `activityId` was deleted: what it put in the minutes is taken back, as `angre` would. */
export async function deleteLine(s: Services, ctx: RequestContext, activityId: string): Promise<Reply[]> {
  if (!ctx.scope.network) return [];
  return eachTarget(await findLine(s, ctx, activityId), (m, es, t) => undoOne(s, ctx, m, es, t), l.deleted);
}

/**
 * While the meeting runs: `each` for every entry of the message (it answers what it did), said in
 * one line by `say`; after it, «rett referat». Deletion and undeletion answer alike.
 */
async function eachTarget<T>(
  found: { meeting: MeetingRecord; entries: Entry[]; running: boolean; targets: T[] } | null,
  each: (m: MeetingRecord, entries: Entry[], target: T) => Promise<string>,
  say: (what: string) => string,
): Promise<Reply[]> {
  if (!found) return [];
  if (!found.running) return [text(l.editAfterEnd)];
  const whats: string[] = [];
  for (const target of found.targets) whats.push(await each(found.meeting, found.entries, target));
  return [text(say(capitalized(listed(whats))))];
}

type Restorable = Extract<Entry, { kind: 'attendance' | 'note' | 'decision' | 'task' }>;
const RESTORABLE = new Set<Entry['kind']>(['attendance', 'note', 'decision', 'task']);

/**
 * What the last deletion of message `activityId` took out of the minutes: the author's entries of
 * that message that an undo written for that deletion (it carries the message's id) took back since
 * the message last put something in. Empty when something of the message is in force (never
 * deleted, or already back: a redelivered undelete) or an «angre» took it back.
 */
export function takenBackByDeletion(entries: readonly Entry[], activityId: string, authorId: string): Restorable[] {
  const live = new Set(effectiveEntries(entries).map((e) => e.id));
  const ofMessage = (e: Entry) => e.activityId === activityId && e.author.id === authorId;
  const content = entries.filter((e): e is Restorable => ofMessage(e) && RESTORABLE.has(e.kind));
  if (!content.length || content.some((e) => live.has(e.id))) return [];
  const lastPut = entries.lastIndexOf(content.at(-1)!);
  const undone = new Set(
    entries.slice(lastPut + 1).flatMap((e) => (e.kind === 'undo' && ofMessage(e) ? [e.target] : [])),
  );
  return content.filter((e) => undone.has(e.id));
}

/**
 * Teams «undeleteMessage» (the author undid a deletion): what the deletion took out of the minutes
 * comes back, as if the line were typed again, while the meeting runs; after it, «rett referat».
 */
export async function undeleteLine(s: Services, ctx: RequestContext, activityId: string): Promise<Reply[]> {
  if (!ctx.scope.network) return [];
  return eachTarget(await findTakenBack(s, ctx, activityId), (m, es, t) => restoreOne(s, ctx, m, es, t), l.undeleted);
}

function findTakenBack(s: Services, ctx: RequestContext, activityId: string) {
  return findIn<Restorable>(s, ctx, (entries) => takenBackByDeletion(entries, activityId, ctx.actor.id));
}

/** Writes the entry again (with the text it had when deleted) and reopens the task it made. */
async function restoreOne(
  s: Services,
  ctx: RequestContext,
  m: MeetingRecord,
  entries: Entry[],
  target: Restorable,
): Promise<string> {
  const base = {
    ...(await entryBase(s, ctx, entries, m)),
    item: target.item,
    ...(target.line ? { line: target.line } : {}),
  };
  if (target.kind === 'attendance') {
    await appendEntry(s, m, { ...base, kind: 'attendance', municipality: target.municipality, status: target.status });
    return entryLabel(target);
  }
  const current = currentText(entries, target) ?? target.text;
  if (target.kind !== 'task') {
    await appendEntry(s, m, { ...base, kind: target.kind, text: current });
    return entryLabel(target);
  }
  await appendEntry(s, m, {
    ...base,
    kind: 'task',
    text: current,
    owners: target.owners,
    due: target.due,
    ...(target.taskId ? { taskId: target.taskId } : {}),
  });
  if (!target.taskId) return entryLabel(target);
  const task = await s.store.tasks.get(m.tenantId, m.networkId, target.taskId);
  if (!task || task.status !== 'deleted') return entryLabel(target);
  // The status it had before the deletion took it (a task made in the meeting is open).
  const history = await s.store.tasks.history(m.tenantId, m.networkId, task.id);
  let before: TaskStatus = 'open';
  for (const e of history) if (e.change.type === 'status' && e.change.to === 'deleted') before = e.change.from;
  const now = s.clock.now();
  const back = await s.store.tasks.update(
    m.tenantId,
    m.networkId,
    task.id,
    { type: 'status', from: 'deleted', to: before },
    ctx.actor,
    now,
  );
  await planTaskNudges(s, back, now);
  await refreshTaskCards(s, back, ctx.log);
  return entryLabel(target);
}

type TaskEntry = Extract<Entry, { kind: 'task' }>;

/**
 * A task line edited: the text may change, the owners and the due date may not (the task, its card and
 * its nudges hang on them; «angre» or deleting the message and writing the line again changes those).
 */
async function editTask(s: Services, ctx: RequestContext, found: Found, target: TaskEntry): Promise<Reply[]> {
  const typed = stripEntryPunctuation(ctx.text.replace(/^\s*oppgave(?![\p{L}\p{N}])/iu, ''));
  const c = await checkEntryTextKnowing(s, ctx, typed);
  if (!c.ok) return [text(l.editRefused), ...c.reply];
  const n = networkHere(ctx);
  const parsed = parseTaskLine(c.text, ctx.mentions, await s.store.meetings.municipalities(n.tenantId, n.networkId));
  if (!parsed.ok) return [text(l.editNotPossible)];
  const dateOpts = { now: s.clock.now(), timeZone: s.config.timezone };
  let newText = parsed.text;
  let due: string | null = null;
  if (parsed.due !== null) {
    const d = parseNorwegianDate(parsed.due, dateOpts);
    due = d.ok ? d.date : 'invalid';
  } else {
    // A date at the end without «innen» was read as the due date when the line was typed; so it is here.
    const trailing = trailingDate(parsed.text, (x) => parseNorwegianDate(x, dateOpts));
    if (trailing?.parsed.ok && trailing.parsed.date === target.due) {
      newText = trailing.text;
      due = trailing.parsed.date;
    }
  }
  const ownersOf = (o: TaskEntry['owners']) =>
    o
      .map((x) => (x.kind === 'person' ? `p:${x.id}` : `m:${x.name.toLocaleLowerCase('nb')}`))
      .sort()
      .join('|');
  if (due !== target.due || ownersOf(parsed.owners) !== ownersOf(target.owners)) return [text(l.editNotPossible)];
  const c2 = await checkEntryTextKnowing(s, ctx, newText);
  if (!c2.ok) return [text(l.editRefused), ...c2.reply];
  const old = currentText(found.entries, target) ?? target.text;
  if (c2.text === old) return [];
  await appendCorrection(s, ctx, found, target, c2.text);
  if (target.taskId) {
    const task = await s.store.tasks.update(
      found.meeting.tenantId,
      found.meeting.networkId,
      target.taskId,
      { type: 'text', from: old, to: c2.text },
      ctx.actor,
      s.clock.now(),
    );
    // The card posted in the channel (and any reminder) shows the new text, as after any other change.
    await refreshTaskCards(s, task, ctx.log);
  }
  return [text(l.edited(target.item, c2.text))];
}

function currentText(entries: readonly Entry[], target: Entry): string | undefined {
  let current = 'text' in target ? target.text : undefined;
  for (const e of entries) if (e.kind === 'correction' && e.target === target.id) current = e.text;
  return current;
}
