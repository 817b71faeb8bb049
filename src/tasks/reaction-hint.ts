import type { Services } from '../app/services.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { helpText, reactionText as t } from '../i18n/index.ts';
import { isOwner, mayChange } from './permissions.ts';

/**
 * Teams' reaction types that read as «done» or «agreed»: 👍 and ✅ (the newer types are named by their
 * code point and name, «2705_whiteheavycheckmark»). A ❤️ or 😂 is a social answer, not a report.
 */
const reportLike = (type: string) => type === 'like' || /^2705_|checkmark|^2714_/i.test(type);

/**
 * Someone reacted to a message of the bot's (Teams: messageReaction, reactionsAdded; `activityId` is
 * the message reacted to). A 👍 on a task's card, from its owner or a leader, is taken for «Ferdig» in
 * Teams often, and nothing happened, so the reminders went on (month round 8, N14). The bot answers that
 * one reaction with how to report it; no change is made from a reaction, which anyone may add by a slip.
 */
export async function reactionOnCard(
  s: Pick<Services, 'store' | 'clock'>,
  ctx: RequestContext,
  activityId: string | undefined,
  types: readonly string[],
): Promise<Reply[]> {
  if (!activityId || !types.some(reportLike)) return [];
  const tenantId = ctx.scope.tenantId;
  const network = ctx.scope.network;
  // One lookup of the message reacted to, not the cards of every open task (review 2, LOW 11). In a
  // personal chat only the person's own tasks, as there.
  const found = await s.store.tasks.listOpenByCard(tenantId, network?.networkId ?? null, activityId);
  const task = network ? found[0] : found.find((f) => isOwner(f, ctx.actor));
  if (task) {
    if (!(await mayChange(s.store, task, ctx.actor))) return [];
    // Once per person and card (attack round 9, A4): Teams sends every add, so un-like/like would say it
    // again and again. Kept in the store's once-only hints (the meeting hints' table, keyed by the card
    // instead of a meeting): a restart or a second instance does not repeat it, and no migration is needed.
    const who = ctx.actor.aadObjectId || ctx.actor.id;
    const first = await s.store.meetings.markHint(
      tenantId,
      task.networkId,
      `task-card:${activityId}`,
      `reaction:${who}`,
      s.clock.now(),
    );
    const example = helpText.commandLine(`oppgave ${task.id} ferdig`, ctx.scope.conversationType);
    return first ? [text(t.notDone(task.id, example))] : [];
  }
  return [];
}
