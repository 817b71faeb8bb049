import type { Services } from '../app/services.ts';
import type { CommandSpec, Feature } from '../commands/spec.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type RequestContext } from '../conversation/types.ts';
import { myMilestonesText, taskText as t } from '../i18n/index.ts';
import { myMilestoneLines } from '../projects/my-milestones.ts';
import { answerCancel, cancelByCommand, cancelData } from './cancel-task.ts';
import { moveTaskRemindersOffDaysOff, taskNudgeHandler } from './nudges.ts';
import { doneByWords, doneByWordsClaim } from './done-by-words.ts';
import { asksOwnTasks } from './own-tasks-question.ts';
import { whoOwnsAnswer } from './who-owns-question.ts';
import { postponeByWords } from './postpone-by-words.ts';
import { personalTaskLine } from './personal-line.ts';
import { taskGivenHandler } from './apply-change.ts';
import { showTask } from './show-task.ts';
import { actOnTask, postponeData, taskRef, type TaskClick, type Verb } from './task-click.ts';
import { backToList, listData, myList, networkList } from './task-lists.ts';
import { cancelClaim } from './task-words.ts';

// The tasks feature's command table: words and card verbs mapped to use cases. No rule lives here.

/** A task command with its help text from the catalogue. */
function command(
  id: string,
  text: { usage: string; description: string },
  example: string,
  words: string[],
  run: CommandSpec['run'],
  where?: CommandSpec['where'],
): CommandSpec {
  return { id, words, usage: text.usage, example, description: text.description, group: t.group, where, run };
}

/** Delegated tasks followed up until done: cards with buttons, lists, and nudges through the scheduler. */
export function tasksFeature(s: Services): Feature {
  const here: CommandSpec['where'] = ['channel', 'groupChat'];
  const commands: CommandSpec[] = [
    command(
      'tasks',
      t.commands.tasks,
      'oppgaver',
      ['oppgaver', 'åpne oppgaver'],
      async (ctx) => [card(await networkList(s, networkHere(ctx)))],
      here,
    ),
    {
      ...command('my-tasks', t.commands.mine, 'mine oppgaver', ['mine oppgaver', 'mine'], async (ctx) => {
        // A plan's milestones are owned too (month round 15 #8): listed after the tasks, not mixed in.
        const milestones = await myMilestoneLines(s, ctx);
        return [
          card(await myList(s, ctx)),
          ...(milestones.length
            ? [text([myMilestonesText.heading, ...milestones, myMilestonesText.more].join('\n'))]
            : []),
        ];
      }),
      claims: (text) => (asksOwnTasks(text) ? '' : null),
    },
    command(
      'task-show',
      t.commands.show,
      t.showExample,
      ['oppgave vis', 'vis oppgave'],
      // In a personal chat, where the reminders come, the task is looked for in the person's networks (N2).
      (ctx, a) =>
        ctx.scope.conversationType === 'personal' ? personalTaskLine(s, ctx, a.trim()) : showTask(s, ctx, a),
      ['channel', 'groupChat', 'personal'],
    ),
    // «avlys oppgave T3», «slett oppgave T3», «fjern T3» («oppgave T3 avlys» goes through the task line).
    {
      ...command(
        'task-cancel',
        t.commands.cancel,
        t.cancel.example,
        cancelWords,
        (ctx, a) => cancelByCommand(s, ctx, a),
        here,
      ),
      claims: cancelClaim,
    },
    // «ferdig med lunsjen»: a task named by its words (s13 #4). No command word of its own, so a sentence
    // in the meeting thread not addressed to the bot is talk.
    {
      ...command('task-done-words', t.doneByWords, 'ferdig med lunsjen', [], (ctx, a) => doneByWords(s, ctx, a)),
      claims: doneByWordsClaim,
      talk: () => true,
    },
  ];

  const verbs: Verb[] = ['done', 'progress', 'help', 'postpone', 'reopen', 'show'];
  return {
    name: 'tasks',
    commands,
    actions: [
      ...verbs.map((verb) => ({
        verb: `task.${verb}`,
        schema: verb === 'postpone' ? postponeData : taskRef,
        run: (ctx: RequestContext, data: TaskClick) => actOnTask(s, ctx, verb, data),
      })),
      { verb: 'task.list', schema: listData, run: (ctx, d) => backToList(s, ctx, d) },
      { verb: 'task.cancel', schema: cancelData, run: (ctx, d) => answerCancel(s, ctx, d, true) },
      { verb: 'task.cancel.keep', schema: cancelData, run: (ctx, d) => answerCancel(s, ctx, d, false) },
    ],
    ownAnswer: async (ctx, question) =>
      (await whoOwnsAnswer(s, ctx, question)) ?? (await postponeByWords(s, ctx, question)),
    jobs: [taskNudgeHandler(s), taskGivenHandler(s)],
    start: () => moveTaskRemindersOffDaysOff(s, s.clock.now()),
  };
}

const cancelWords = ['avlys', 'avlyse', 'slett', 'slette', 'fjern', 'fjerne'].flatMap((verb) => [
  `${verb} oppgave`,
  `${verb} oppgaven`,
]);
