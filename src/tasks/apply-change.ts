import { taskCard, type TaskListKind } from '../../cards/task.ts';
import { disarmLinks } from '../conversation/card-links.ts';
import type { Services } from '../app/services.ts';
import type { Reply, RequestContext } from '../conversation/types.ts';
import { helpText, taskText as t } from '../i18n/index.ts';
import { holidayName, isWeekend } from '../time/holidays.ts';
import { addDays, formatLong, formatShort, localDateOf } from '../time/local-date.ts';
import { rememberCard, rememberedLine } from './card-refs.ts';
import { cancelTaskNudges, planTaskNudges } from './nudges.ts';
import { municipalityTask } from './permissions.ts';
import type { Task, TaskChange, TaskEvent, TaskOwner, TaskStatus } from './task.ts';
import { leaderMentions, mentionLine, mentionsOf, reachPerson } from '../conversation/reach.ts';
import { z } from 'zod';
import { outsideWorkingHours } from '../conversation/working-hours.ts';
import type { Logger } from '../log.ts';
import type { Network } from '../networks/network.ts';
import type { Job } from '../scheduler/jobs.ts';
import type { JobHandler, JobOutcome } from '../scheduler/scheduler.ts';

// One use case shared by the task card's buttons and the `oppgave T3 …` command: apply a change,
// keep the nudges in step, and show the new state on every posted copy of the card.

export async function taskCardFor(s: Services, task: Task, back?: TaskListKind, notice?: string) {
  const history = withoutTakenBack(await s.store.tasks.history(task.tenantId, task.networkId, task.id));
  // A help request answered (s12 #13) is a side step of the change that answered it: the card names that change.
  const last = history.findLast((e) => !(e.change.type === 'needs-help' && !e.change.value));
  return taskCard(task, {
    today: localDateOf(s.clock.now(), s.config.timezone),
    last: last ?? null,
    back,
    notice,
    timeZone: s.config.timezone,
  });
}

const reverses = (a: TaskChange, b: TaskChange) =>
  'from' in a &&
  'from' in b &&
  a.type === b.type &&
  JSON.stringify(a.from) === JSON.stringify(b.to) &&
  JSON.stringify(a.to) === JSON.stringify(b.from);

/**
 * The history without a change of owners that was taken back (month s16 #9: after «angre» the card read
 * «Kari Nordmann ga den til Per Olsen», which never happened). A change of owners followed by its exact
 * reversal is left out with it, and so is any change put back in between (the status a hand-over reset and
 * the undo restored). A change put back on its own («Åpne igjen» after «Ferdig») keeps both lines.
 */
function withoutTakenBack(history: readonly TaskEvent[]): TaskEvent[] {
  // Each entry is one event, or a change and its reversal that stand unless an owners pair around them goes.
  const kept: (TaskEvent | [TaskEvent, TaskEvent])[] = [];
  for (const e of history) {
    const at = kept.findLastIndex((k) => !Array.isArray(k));
    const top = at >= 0 ? (kept[at] as TaskEvent) : null;
    if (top && reverses(top.change, e.change)) {
      if (e.change.type === 'owners') kept.splice(at);
      else kept.splice(at, kept.length - at, ...kept.slice(at + 1), [top, e]);
    } else kept.push(e);
  }
  return kept.flat();
}

/**
 * The task's card as an answer in a conversation, remembered where Teams puts it, so a later change
 * redraws it with the others (month round 7, N1: the card in a meeting thread stayed «Åpen»).
 */
export async function taskCardReply(s: Services, task: Task): Promise<Reply> {
  return {
    kind: 'card',
    card: await taskCardFor(s, task),
    posted: (ref) => rememberCard(s, task, ref),
  };
}

/**
 * Redraws every card the bot sent for the task and still has the id of: the channel card and each
 * reminder or help request in a channel or a personal chat, so no old card offers buttons for a
 * state the task has left. Call it after any change to a task made outside `applyTaskChange`
 * (for example when a meeting entry that made a task is undone). `skip`: a card the caller
 * redraws itself (the clicked card in a personal chat, which the click's answer replaces).
 */
export async function refreshTaskCards(
  s: Services,
  task: Task,
  log: Pick<RequestContext['log'], 'warn'>,
  skip?: string,
): Promise<void> {
  const network = await s.store.networks.get(task.tenantId, task.networkId);
  if (!network) return;
  const refs = [
    ...(task.cardRef ? [task.cardRef] : []),
    ...(await s.store.tasks.cards(task.tenantId, task.networkId, task.id)),
  ];
  const seen = new Set<string>();
  const c = await taskCardFor(s, task);
  for (const ref of refs) {
    if (seen.has(ref.activityId)) continue;
    seen.add(ref.activityId);
    // A reminder keeps its own line above the redrawn card, so it still says why it came (N11).
    const line = await rememberedLine(s, task, ref.activityId);
    // The clicked card in a personal chat is replaced by the click's answer, but that answer is a card
    // only: a reminder's line above it is redrawn here (month s13 #12: «Påminnelse: oppgave T4 har frist
    // torsdag 24. desember 2026» stayed above the card that showed 8 January after «Utsett»).
    if (ref.activityId === skip && !line) continue;
    // A card outside the network's conversation and its threads, and not in another channel of the team
    // (Teams' channel ids start «19:»), was sent to someone's personal chat.
    const own =
      ref.conversationId.startsWith(network.conversation.conversationId) || ref.conversationId.startsWith('19:');
    const conversation = {
      ...network.conversation,
      conversationId: ref.conversationId,
      conversationType: own ? network.conversation.conversationType : ('personal' as const),
    };
    await s.messenger
      .update(conversation, ref.activityId, line ? { text: line, card: c } : { card: c })
      .catch((err) => log.warn({ err: { message: (err as Error).message } }, 'could not update a posted task card'));
  }
}

/** Every posted copy of the task card shows the new state, not just the clicker's. */
async function refreshShared(s: Services, ctx: RequestContext, task: Task, clickedIsTaskCard: boolean) {
  const clicked = clickedIsTaskCard ? ctx.scope.cardActivityId : null;
  // The clicked card is a copy the bot may not have known of (a card shown in answer to «oppgave vis T3»
  // or from a list): from now on it is redrawn with the others.
  if (clicked) await rememberCard(s, task, { conversationId: ctx.scope.conversationId, activityId: clicked });
  // In a personal chat the answer to the click replaces the clicked card; in a channel only the clicker would see it.
  await refreshTaskCards(s, task, ctx.log, ctx.scope.conversationType === 'personal' && clicked ? clicked : undefined);
}

/**
 * A click on an outdated copy: the copy is remembered and, in a channel or group chat, redrawn for
 * everyone (the answer to the click reaches the clicker only), so nobody else clicks it again.
 */
export async function redrawOutdated(s: Services, ctx: RequestContext, task: Task): Promise<void> {
  const clicked = ctx.scope.cardActivityId;
  if (!clicked) return;
  const ref = { conversationId: ctx.scope.conversationId, activityId: clicked };
  await rememberCard(s, task, ref);
  const network = await s.store.networks.get(task.tenantId, task.networkId);
  if (!network || ctx.scope.conversationType === 'personal') return;
  await s.messenger
    .update({ ...network.conversation, conversationId: ref.conversationId }, clicked, {
      card: await taskCardFor(s, task),
    })
    .catch((err) =>
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update an outdated task card'),
    );
}

const samePerson = (a: { id?: string; aadObjectId?: string }, b: { id?: string; aadObjectId?: string }) =>
  Boolean((a.id && a.id === b.id) || (a.aadObjectId && a.aadObjectId === b.aadObjectId));

/** "Trenger hjelp" reaches the leaders in the channel; the card alone would tell nobody. */
async function askLeadersForHelp(s: Services, ctx: RequestContext, task: Task): Promise<void> {
  const network = await s.store.networks.get(task.tenantId, task.networkId);
  if (!network?.active) return;
  // Not the asker (month 13, #14): a leader asking for help is not asked to contact himself.
  const mentions = (await leaderMentions(s.store, task)).mentions.filter((m) => !samePerson(m, ctx.actor));
  const lead = mentionLine(mentions);
  const message = t.helpAsked(ctx.actor.name, task.id, disarmLinks(task.text));
  await s.messenger
    .startThread(network, {
      text: lead ? `${lead} ${message}` : message,
      mentions,
      card: await taskCardFor(s, task),
      summary: message,
    })
    .then((posted) => rememberCard(s, task, posted))
    .catch((err) =>
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not tell the leaders a task needs help'),
    );
}

/**
 * A person who is given a task hears it in her personal chat, with the due date, and, when it has
 * passed, how to set a new one (month round 6, N14: a card update in the channel tells nobody). Where
 * the bot cannot reach her, she is @mentioned in the channel.
 */
/**
 * The people a task was taken from (month round 6b, N2): their reminder cards are rewritten, which notifies
 * nobody in Teams, so each hears it in the personal chat (or by name in the channel). Not the one who did it.
 */
async function tellFormerOwners(s: Services, ctx: RequestContext, task: Task, before: TaskOwner[]): Promise<void> {
  const removed = before.filter(
    (o): o is Extract<TaskOwner, { kind: 'person' }> =>
      o.kind === 'person' && o.id !== ctx.actor.id && !task.owners.some((n) => n.kind === 'person' && n.id === o.id),
  );
  if (!removed.length) return;
  const network = await s.store.networks.get(task.tenantId, task.networkId);
  if (!network?.active) return;
  const to = task.owners.map((o) => o.name).join(', ');
  for (const owner of removed) {
    try {
      await reachPerson(s.messenger, network, owner, (mention) =>
        `${mention} ${t.taken(ctx.actor.name, task.id, task.text, to)}`.trimStart(),
      );
      await retireFormerCards(s, task, owner, t.taken(ctx.actor.name, task.id, task.text, to));
    } catch (err) {
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not tell the former owner of a task');
    }
  }
}

/**
 * N12 (month round 8): the reminders in a former owner's personal chat kept «Påminnelse …» and every
 * button after the task went to someone else. They now say it is no longer theirs, without buttons;
 * copies in the channel keep theirs (the new owner uses them).
 */
async function retireFormerCards(s: Services, task: Task, owner: Extract<TaskOwner, { kind: 'person' }>, line: string) {
  const personal = await s.store.people.findPersonalConversation(task.tenantId, owner);
  if (!personal) return;
  const refs = (await s.store.tasks.cards(task.tenantId, task.networkId, task.id)).filter(
    (r) => r.conversationId === personal.conversation.conversationId,
  );
  if (!refs.length) return;
  const { actions: _actions, ...card } = await taskCardFor(s, task);
  for (const ref of refs) await s.messenger.update(personal.conversation, ref.activityId, { text: line, card });
}

/**
 * Month 13, #2: a person given a new task heard nothing until the first reminder, weeks later (the card
 * in the meeting thread names her in plain text, which notifies nobody). She is told once, as an owner
 * added later is; not someone who gives a task to himself. In the channel, where the task's card was
 * just posted, the fallback is the @mention line alone.
 */
export async function tellGivenOwners(s: Services, ctx: RequestContext, task: Task): Promise<void> {
  await tellNewOwners(s, ctx, task, [], { cardInChannel: false });
}

async function tellNewOwners(
  s: Services,
  ctx: RequestContext,
  task: Task,
  before: TaskOwner[],
  opts: { cardInChannel?: boolean } = {},
): Promise<void> {
  const added = task.owners.filter(
    (o): o is Extract<TaskOwner, { kind: 'person' }> =>
      o.kind === 'person' && o.id !== ctx.actor.id && !before.some((b) => b.kind === 'person' && b.id === o.id),
  );
  if (!added.length) return;
  const network = await s.store.networks.get(task.tenantId, task.networkId);
  if (!network?.active) return;
  const given = { by: ctx.actor.name, withCard: opts.cardInChannel ?? true };
  // Month s14 #16: a task given at 22:04 on a Friday reached the owner's chat at once, while every nudge waits
  // for working hours; it is told at the next working slot, as they are.
  const later = outsideWorkingHours(s.clock.now(), s.config.timezone);
  for (const owner of added) {
    if (later) await planGivenLater(s, task, owner, given, later.deferUntil);
    else await tellOwner(s, network, task, owner, given, ctx.log);
  }
}

interface Given {
  /** Who gave the task, as named in the message. */
  by: string;
  /** Whether the channel fallback carries the task's card (not when the card was just posted there). */
  withCard: boolean;
}

/** «X ga deg oppgave T3 …» to one new owner: in a personal chat when possible, else by @mention in the channel. */
async function tellOwner(
  s: Services,
  network: Network,
  task: Task,
  owner: Extract<TaskOwner, { kind: 'person' }>,
  given: Given,
  log: Logger,
): Promise<void> {
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const when = !task.due
    ? t.given.noDue
    : task.due < today
      ? t.given.overdue(formatShort(task.due), `oppgave ${task.id} ny frist ${shortDay(addDays(today, 14))}`)
      : t.given.due(formatShort(task.due));
  const message = `${t.given.lead(given.by, task.id, disarmLinks(task.text))} ${when}`;
  const card = await taskCardFor(s, task);
  try {
    const sent = await s.messenger.sendToPerson(task.tenantId, owner, {
      text: message,
      card,
      summary: t.given.summary,
    });
    if (sent) {
      await rememberCard(s, task, sent, message);
      return;
    }
    const mentions = mentionsOf([owner]);
    const posted = await s.messenger.startThread(network, {
      text: `${mentionLine(mentions)} ${message}`,
      mentions,
      ...(given.withCard ? { card } : {}),
      summary: t.given.summary,
    });
    if (given.withCard) await rememberCard(s, task, posted);
  } catch (err) {
    log.warn({ err: { message: (err as Error).message } }, 'could not tell the new owner of a task');
  }
}

export const TASK_GIVEN = 'task.given';

const givenPayload = z.object({
  taskId: z.string().max(20),
  owner: z.object({ id: z.string().max(300), aadObjectId: z.string().max(100).optional(), name: z.string().max(512) }),
  by: z.string().max(512),
  withCard: z.boolean(),
});

async function planGivenLater(
  s: Services,
  task: Task,
  owner: Extract<TaskOwner, { kind: 'person' }>,
  given: Given,
  at: Date,
): Promise<void> {
  const payload: z.infer<typeof givenPayload> = {
    taskId: task.id,
    owner: { id: owner.id, ...(owner.aadObjectId ? { aadObjectId: owner.aadObjectId } : {}), name: owner.name },
    ...given,
  };
  await s.store.jobs.plan(
    {
      tenantId: task.tenantId,
      networkId: task.networkId,
      key: `task-given:${task.id}:${owner.id}:${task.updatedAt}`,
      kind: TASK_GIVEN,
      dueAt: at,
      payload,
    },
    s.clock.now(),
  );
}

/** Tells a new owner at the working slot, if the task is still open and still theirs. */
export function taskGivenHandler(s: Services): JobHandler {
  return {
    kind: TASK_GIVEN,
    async run(job: Job, now: Date): Promise<JobOutcome> {
      const later = outsideWorkingHours(now, s.config.timezone);
      if (later) return later;
      const p = givenPayload.safeParse(job.payload);
      if (!p.success) return;
      const task = await s.store.tasks.get(job.tenantId, job.networkId, p.data.taskId);
      if (!task || task.status === 'done' || task.status === 'deleted' || task.status === 'cancelled') return;
      const owner = task.owners.find(
        (o): o is Extract<TaskOwner, { kind: 'person' }> => o.kind === 'person' && o.id === p.data.owner.id,
      );
      if (!owner) return;
      const network = await s.store.networks.get(job.tenantId, job.networkId);
      if (!network?.active) return;
      await tellOwner(s, network, task, owner, { by: p.data.by, withCard: p.data.withCard }, s.log);
    },
  };
}

/**
 * A municipality's task is owned jointly, so any member may mark it done (N6); the leaders hear in one
 * line who did (month round 6, N1), in their personal chats, or by @mention in the channel for those the
 * bot cannot reach there. A leader closing it tells nobody.
 */
async function tellLeadersClosed(s: Services, ctx: RequestContext, task: Task): Promise<void> {
  const leaders = await s.store.people.listRole(task.tenantId, task.networkId, 'leader');
  const same = (l: { id: string; aadObjectId?: string }) =>
    l.id === ctx.actor.id || (!!l.aadObjectId && l.aadObjectId === ctx.actor.aadObjectId);
  if (!leaders.length || leaders.some(same)) return;
  const network = await s.store.networks.get(task.tenantId, task.networkId);
  if (!network?.active) return;
  const line = t.closedByMember(ctx.actor.name, task.id, task.text, task.owners.map((o) => o.name).join(', '));
  const unreached = [];
  for (const leader of leaders) {
    if (!(await s.messenger.sendToPerson(task.tenantId, leader, { text: line, summary: line }))) unreached.push(leader);
  }
  if (!unreached.length) return;
  const mentions = mentionsOf(unreached);
  await s.messenger.startThread(network, { text: `${mentionLine(mentions)} ${line}`, mentions, summary: line });
}

/**
 * Month 13, #2: one owner's «Ferdig» closes a shared task for all, and it left the others' «mine oppgaver»
 * without a word. Each other person who owns it is told, personally or by @mention in the channel.
 */
async function tellCoOwnersClosed(s: Services, ctx: RequestContext, task: Task): Promise<void> {
  const others = task.owners.filter(
    (o): o is Extract<TaskOwner, { kind: 'person' }> =>
      o.kind === 'person' && o.id !== ctx.actor.id && !(!!o.aadObjectId && o.aadObjectId === ctx.actor.aadObjectId),
  );
  if (!others.length || !task.owners.some((o) => o.kind === 'person' && o.id === ctx.actor.id)) return;
  const network = await s.store.networks.get(task.tenantId, task.networkId);
  if (!network?.active) return;
  const line = t.closedByCoOwner(ctx.actor.name, task.id, disarmLinks(task.text));
  for (const owner of others) await reachPerson(s.messenger, network, owner, (m) => `${m} ${line}`.trimStart());
}

/** «12.02»: a date as people type it after «ny frist». */
const shortDay = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}`;

/** Applies one change (a new due date also marks the task postponed) and returns the task as it now is. */
/** None of the former owners is among the new ones. */
function handedOver(from: readonly TaskOwner[], to: readonly TaskOwner[]): boolean {
  const key = (o: TaskOwner) => (o.kind === 'person' ? `p:${o.id}` : `m:${o.name.toLocaleLowerCase('nb')}`);
  const now = new Set(to.map(key));
  return from.length > 0 && !from.some((o) => now.has(key(o)));
}

export async function applyTaskChange(
  s: Services,
  ctx: RequestContext,
  task: Task,
  change: TaskChange,
  verb: string,
  /** false when the click came from another card (a confirmation), which must not be redrawn as the task's. */
  opts: { clickedIsTaskCard?: boolean } = {},
): Promise<Task> {
  const now = s.clock.now();
  // N12 (month round 8): «Pågår» was the former owner's; a task handed wholly to others starts again as
  // open. Written just before the hand-over in its transaction (so the card's last line says who took
  // it), and only from «Pågår» as read: a «Ferdig» meanwhile makes the hand-over StaleTaskChange.
  const reopen =
    change.type === 'owners' && task.status === 'in_progress' && handedOver(change.from, change.to)
      ? ({ type: 'status', from: task.status, to: 'open' } as const)
      : undefined;
  let next = await s.store.tasks.update(task.tenantId, task.networkId, task.id, change, ctx.actor, now, reopen);
  // Only a later date is a postponement; «ny frist» to an earlier day keeps the status it had, and so does
  // a first due date on a task that had none (month s13 #10: «Utsatt» followed T4 as if Per had put it off).
  if (change.type === 'due' && next.status !== 'postponed' && change.from && change.to && change.to > change.from) {
    next = await s.store.tasks.update(
      next.tenantId,
      next.networkId,
      next.id,
      { type: 'status', from: next.status, to: 'postponed' },
      ctx.actor,
      now,
    );
  }
  // s12 #13: «Trenger hjelp» is answered once someone who may change the task (its owner, a leader;
  // for a municipality's task anyone reporting on it) acts on it: the line then leaves the card and
  // the reminders. A step of its own in the history, so «angre» of that change brings the request back.
  if (next.needsHelp && change.type !== 'needs-help')
    next = await s.store.tasks.update(
      next.tenantId,
      next.networkId,
      next.id,
      { type: 'needs-help', value: false },
      ctx.actor,
      now,
    );
  if (next.status === 'done' || next.status === 'cancelled') await cancelTaskNudges(s, next);
  else await planTaskNudges(s, next, now);
  await refreshShared(s, ctx, next, opts.clickedIsTaskCard ?? true);
  if (change.type === 'needs-help' && change.value) await askLeadersForHelp(s, ctx, next);
  if (change.type === 'owners') {
    await tellNewOwners(s, ctx, next, change.from);
    await tellFormerOwners(s, ctx, next, change.from);
  }
  if (change.type === 'status' && change.to === 'done')
    await tellCoOwnersClosed(s, ctx, next).catch((err: unknown) =>
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not tell the other owners a task was closed'),
    );
  if (change.type === 'status' && change.to === 'done' && municipalityTask(next))
    await tellLeadersClosed(s, ctx, next).catch((err: unknown) =>
      ctx.log.warn({ err: { message: (err as Error).message } }, 'could not tell the leaders a task was closed'),
    );
  ctx.log.info({ taskId: next.id, verb }, 'task changed');
  return next;
}

/**
 * What to say when a card is clicked that showed another status than the task has now
 * («T1 ble markert som ferdig 18.12.2026 av Ola Hansen.»), or null when the card is current.
 * A card without the status it showed (posted before cards carried it, or the tab's own buttons)
 * cannot be outdated.
 */
export async function outdatedNotice(s: Services, task: Task, shown: TaskStatus | undefined): Promise<string | null> {
  if (!shown || shown === task.status) return null;
  const history = await s.store.tasks.history(task.tenantId, task.networkId, task.id);
  const last = history.findLast((e) => e.change.type === 'status' && e.change.to === task.status);
  const status = task.status;
  const what = status === 'deleted' ? null : t.outdated.what[status];
  const happened =
    last && what
      ? t.outdated.happened(
          task.id,
          what,
          formatShort(localDateOf(new Date(last.at), s.config.timezone)),
          last.by.name,
          status === 'postponed' && task.due ? formatShort(task.due) : null,
        )
      : t.outdated.now(task.id, t.status[status]);
  const hint =
    status === 'done' ? t.outdated.reopen : status === 'cancelled' ? t.outdated.reopenCancelled : t.outdated.other;
  return `${happened} ${hint}`;
}

/** The status change `done`, `progress` or `reopen` asks for, or null when the task is already there (a double click changes nothing). */
export function statusChange(task: Task, verb: 'done' | 'progress' | 'reopen'): TaskChange | null {
  switch (verb) {
    case 'done':
      return task.status !== 'done' ? { type: 'status', from: task.status, to: 'done' } : null;
    case 'progress':
      return task.status !== 'in_progress' ? { type: 'status', from: task.status, to: 'in_progress' } : null;
    case 'reopen':
      return task.status === 'done' || task.status === 'cancelled'
        ? { type: 'status', from: task.status, to: 'open' }
        : null;
  }
}

/**
 * Why a new due date given by «Utsett» is refused (it is before the current one: that is no
 * postponement), or null. Moving a due date earlier is written «oppgave T3 ny frist 20.12».
 */
export function earlierRefusal(
  task: Task,
  date: string,
  where: RequestContext['scope']['conversationType'],
): string | null {
  if (!task.due || date >= task.due) return null;
  return t.earlierThanDue(
    formatShort(date),
    formatShort(task.due),
    helpText.commandLine(`oppgave ${task.id} ny frist ${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}`, where),
  );
}

/** A note when the due date is a weekend day or a public holiday: nobody works then, so the owner should know. */
export function dayOffNote(date: string): string | null {
  const holiday = holidayName(date);
  if (holiday) return t.dueOnHoliday(formatLong(date), holiday);
  return isWeekend(date) ? t.dueOnWeekend(formatLong(date)) : null;
}

/** The new due date as a change, or null when it is the date the task already has. */
export const dueChange = (task: Task, date: string): TaskChange | null =>
  date !== task.due ? { type: 'due', from: task.due, to: date } : null;
