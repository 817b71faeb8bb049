import { z } from 'zod';
import { taskListCard, type TaskListKind } from '../../cards/task.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult, CommandSpec, Feature } from '../commands/spec.ts';
import { networkHere } from '../conversation/network.ts';
import { card, type RequestContext } from '../conversation/types.ts';
import { calendarText, taskText as t } from '../i18n/index.ts';
import { formatShort, isLocalDate, localDateOf } from '../time/local-date.ts';
import {
  applyTaskChange,
  dueChange,
  earlierRefusal,
  outdatedNotice,
  redrawOutdated,
  statusChange,
  taskCardFor,
} from './apply-change.ts';
import { answerCancel, askCancel, cancelData } from './cancel-task.ts';
import { taskNudgeHandler } from './nudges.ts';
import { changeRefusal, isOwner } from './permissions.ts';
import type { Task, TaskChange } from './task.ts';
import { cardNetwork, wrongNetworkCard } from '../conversation/guards.ts';

const listKind = z.enum(['mine', 'network']);
// `back`: the list the card was opened from, so the task card can lead back to it ('' for none).
// `shown`: the status the card showed when it was sent, so a click on an outdated card is caught;
// cards posted before cards carried it, and the tab's own buttons, send none.
const ref = z.object({
  taskId: z.string().min(1).max(20),
  networkId: z.string().min(1).max(300),
  back: z.union([listKind, z.literal('')]).optional(),
  shown: z.enum(['open', 'in_progress', 'done', 'postponed', 'deleted', 'cancelled']).optional(),
});
const listData = z.object({ networkId: z.string().min(1).max(300), list: listKind });
const postponeData = ref.extend({ newDue: z.string().optional() });

type Verb = 'done' | 'progress' | 'help' | 'postpone' | 'reopen' | 'show';

/** Delegated tasks followed up until done: cards with buttons, lists, and nudges through the scheduler. */
export function tasksFeature(s: Services): Feature {
  const today = () => localDateOf(s.clock.now(), s.config.timezone);

  const cardFor = (task: Task, back?: TaskListKind | '') => taskCardFor(s, task, back || undefined);

  /** Resolves the task a click is about, refusing cards from another network or tenant. */
  async function taskForClick(ctx: RequestContext, networkId: string, taskId: string): Promise<Task | ActionResult> {
    const network = ctx.scope.network;
    if (network && network.networkId !== networkId) return wrongNetworkCard;
    // In a personal chat the card names its network; it must be one of the clicker's in this tenant.
    const task = await s.store.tasks.get(ctx.scope.tenantId, networkId, taskId);
    if (!task) return { kind: 'message', text: t.notFound(taskId) };
    if (
      !network &&
      !isOwner(task, ctx.actor) &&
      (await s.store.people.roleOf(task.tenantId, task.networkId, ctx.actor)) !== 'leader'
    ) {
      return wrongNetworkCard;
    }
    return task;
  }

  async function act(ctx: RequestContext, verb: Verb, data: z.infer<typeof postponeData>): Promise<ActionResult> {
    const found = await taskForClick(ctx, data.networkId, data.taskId);
    if ('kind' in found) return found;
    let task = found;
    if (verb === 'show') return { kind: 'card', card: await cardFor(task, data.back) };
    const refused = await changeRefusal(s.store, task, ctx.actor, verb);
    // A click on an old copy of a cancelled task's card is answered as an outdated card (redrawn, saying
    // who cancelled it), not with a bare refusal that leaves the stale buttons there.
    if (refused && task.status !== 'cancelled') return { kind: 'message', text: refused };
    // A card that showed another status than the task has now is never acted on: the click would
    // quietly undo what someone did elsewhere (N3: «Pågår» on an old reminder reopened a finished task).
    // The answer is the card as it is now, saying what happened, with its own buttons to act on purpose.
    const outdated = await outdatedNotice(s, task, data.shown);
    if (outdated) {
      await redrawOutdated(s, ctx, task);
      return { kind: 'card', card: await taskCardFor(s, task, data.back || undefined, outdated) };
    }
    if (refused) return { kind: 'message', text: refused };
    let change: TaskChange | null = null;
    switch (verb) {
      case 'done':
      case 'progress':
      case 'reopen':
        change = statusChange(task, verb);
        break;
      case 'help':
        if (!task.needsHelp) change = { type: 'needs-help', value: true };
        break;
      case 'postpone': {
        const d = data.newDue?.trim() ?? '';
        if (!isLocalDate(d)) return { kind: 'message', text: t.badDate };
        if (d < today()) return { kind: 'message', text: t.pastDate(formatShort(d), formatShort(today())) };
        // «Utsett» to an earlier date is no postponement (a stranger's month found one called «Utsatt»).
        const earlier = earlierRefusal(task, d);
        if (earlier) return { kind: 'message', text: earlier };
        change = dueChange(task, d);
        break;
      }
    }
    // A double click or a replayed invoke finds nothing left to change and changes nothing.
    if (change) task = await applyTaskChange(s, ctx, task, change, verb);
    return { kind: 'card', card: await cardFor(task, data.back) };
  }

  /** The open tasks of the network here, as the «oppgaver» card. */
  async function networkList(network: { tenantId: string; networkId: string; name: string }) {
    const tasks = await s.store.tasks.listOpen(network.tenantId, network.networkId);
    const anyDone =
      tasks.length > 0 ||
      (await s.store.tasks.listAll(network.tenantId, network.networkId)).some((x) => x.status === 'done');
    return taskListCard(tasks, {
      title: t.listTitle(network.name),
      empty: anyDone ? t.listEmpty : t.listNone,
      today: today(),
      list: 'network',
    });
  }

  /** The person's own open tasks: in a channel this network's only, in the personal chat all of them. */
  async function myList(ctx: RequestContext) {
    const here = ctx.scope.network;
    // Everyone in a channel or group chat reads the answer: there it lists this network's tasks only,
    // never those of the person's other networks. The personal chat shows them all.
    const tasks = (await s.store.tasks.listOpenForPerson(ctx.scope.tenantId, ctx.actor)).filter(
      (x) => !here || x.networkId === here.networkId,
    );
    if (here)
      return taskListCard(tasks, {
        title: t.myListTitleHere(here.name),
        empty: t.myListEmptyHere(here.name),
        today: today(),
        list: 'mine',
      });
    const names = new Map<string, string>();
    for (const id of new Set(tasks.map((x) => x.networkId))) {
      const n = await s.store.networks.get(ctx.scope.tenantId, id);
      if (n) names.set(id, n.name);
    }
    return taskListCard(tasks, {
      title: t.myListTitle,
      empty: t.myListEmpty,
      today: today(),
      networkNames: names,
      list: 'mine',
    });
  }

  /** «Tilbake til listen» on a task card opened from a list: the list again, as it is now. */
  async function backToList(ctx: RequestContext, data: z.infer<typeof listData>): Promise<ActionResult> {
    if (data.list === 'mine') return { kind: 'card', card: await myList(ctx) };
    const network = cardNetwork(ctx, data.networkId);
    if (!network) return wrongNetworkCard;
    return { kind: 'card', card: await networkList(network) };
  }

  const action = (verb: Verb) => ({
    verb: `task.${verb}`,
    schema: verb === 'postpone' ? postponeData : ref,
    run: (ctx: RequestContext, data: z.infer<typeof postponeData>) => act(ctx, verb, data),
  });

  const list: CommandSpec = {
    id: 'tasks',
    words: ['oppgaver', 'åpne oppgaver'],
    usage: t.commands.tasks.usage,
    example: 'oppgaver',
    description: t.commands.tasks.description,
    group: t.group,
    where: ['channel', 'groupChat'],
    async run(ctx) {
      return [card(await networkList(networkHere(ctx)))];
    },
  };

  const mine: CommandSpec = {
    id: 'my-tasks',
    words: ['mine oppgaver', 'mine'],
    usage: t.commands.mine.usage,
    example: 'mine oppgaver',
    description: t.commands.mine.description,
    group: t.group,
    async run(ctx) {
      return [card(await myList(ctx))];
    },
  };

  const show: CommandSpec = {
    id: 'task-show',
    words: ['oppgave vis', 'vis oppgave'],
    usage: t.commands.show.usage,
    example: t.showExample,
    description: t.commands.show.description,
    group: t.group,
    where: ['channel', 'groupChat'],
    async run(ctx, args) {
      const network = networkHere(ctx);
      const id = args.trim().toUpperCase().replace(/^#/, '');
      const task = id ? await s.store.tasks.get(network.tenantId, network.networkId, id) : null;
      if (!task) {
        return [
          card(
            noticeCard({
              title: t.heading(id || '?'),
              message: t.notFound(args.trim()),
              example: t.showExample,
              tone: 'error',
            }),
          ),
        ];
      }
      return [card(await cardFor(task))];
    },
  };

  // «avlys oppgave T3», «slett oppgave T3», «fjern T3» («oppgave T3 avlys» goes through the task line).
  const cancel: CommandSpec = {
    id: 'task-cancel',
    words: [
      'avlys oppgave',
      'avlys oppgaven',
      'avlyse oppgave',
      'avlyse oppgaven',
      'slett oppgave',
      'slett oppgaven',
      'slette oppgave',
      'slette oppgaven',
      'fjern oppgave',
      'fjern oppgaven',
      'fjerne oppgave',
      'fjerne oppgaven',
    ],
    // «avlys T3», «slett t3», «fjern #T3»: the bare verb only with a task number after it, so ordinary
    // text («slett det siste?», «avlys 26.02») is left to the other commands and the questions.
    claims: (text) =>
      /^(?:avlys|avlyse|slett|slette|fjern|fjerne)\s+(#?t\d{1,6}(?![\p{L}\p{N}]).*)$/iu.exec(text)?.[1] ?? null,
    usage: t.commands.cancel.usage,
    example: t.cancel.example,
    description: t.commands.cancel.description,
    group: t.group,
    where: ['channel', 'groupChat'],
    async run(ctx, args) {
      const m = /^#?(t\d{1,6})(?![\p{L}\p{N}])/iu.exec(args.trim());
      if (!m)
        return [
          card(
            noticeCard({
              title: t.cancel.which,
              // «avlys 26.02», «slett møtet»: a meeting may be meant; its command is named too.
              message: /\d|møte/iu.test(args) ? t.cancel.meeting(calendarText.commands.cancel.example) : undefined,
              example: t.cancel.example,
              tone: 'error',
            }),
          ),
        ];
      return askCancel(s, ctx, m[1]!.toUpperCase());
    },
  };

  return {
    name: 'tasks',
    commands: [list, mine, show, cancel],
    actions: [
      ...(['done', 'progress', 'help', 'postpone', 'reopen', 'show'] as const).map(action),
      { verb: 'task.list', schema: listData, run: backToList },
      { verb: 'task.cancel', schema: cancelData, run: (ctx, d) => answerCancel(s, ctx, d, true) },
      { verb: 'task.cancel.keep', schema: cancelData, run: (ctx, d) => answerCancel(s, ctx, d, false) },
    ],
    jobs: [taskNudgeHandler(s)],
  };
}
