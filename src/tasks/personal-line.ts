import type { Services } from '../app/services.ts';
import type { Reply, RequestContext } from '../conversation/types.ts';
import { departedText, helpText, taskText as t } from '../i18n/index.ts';
import { stillMemberOf } from '../conversation/membership.ts';
import { splitStatusComment } from '../meetings/task-status-phrase.ts';
import type { Network } from '../networks/network.ts';
import { changeTaskByCommand } from './change-by-command.ts';
import { isOwner } from './permissions.ts';
import { parseTaskCommand } from './task-command.ts';

/**
 * «T3 er ferdig» / «oppgave T3 utsett 20.1» in a personal chat (month round 7, N2: the help says it is
 * understood, the bot sent the owner to the channel). The task is looked for in the person's networks: in
 * the only one that has it, or the one the line names; when several have it, the answer asks which. The
 * change then follows the channel's rules (who may change what). A new task is still written in the channel.
 */
export async function personalTaskLine(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const { args: line } = splitStatusComment(args);
  const parsed = parseTaskCommand(line);
  if (!parsed) return [{ kind: 'text', text: elsewhere(ctx) }];
  const tenantId = ctx.scope.tenantId;
  // His networks: those he is known in or owns an open task in, and those where he owns the task named (an
  // owner picked with @ need not have written there yet). Another network's task is not shown to him.
  const known = new Set([
    ...(await s.store.people.networksOf(tenantId, ctx.actor)),
    ...(await s.store.tasks.listOpenForPerson(tenantId, ctx.actor)).map((x) => x.networkId),
  ]);
  const networks: Network[] = [];
  for (const network of await s.store.networks.listActive(tenantId)) {
    const task = await s.store.tasks.get(tenantId, network.networkId, parsed.id);
    if (task && (known.has(network.networkId) || isOwner(task, ctx.actor))) networks.push(network);
  }
  // Not in a network whose team he left (attack round 9, A3): the card actions' rule holds here too.
  const { member, departed } = await stillMemberOf(s, tenantId, ctx.actor, networks);
  if (!member.length && departed.length) return [{ kind: 'text', text: departedText.refused }];
  networks.splice(0, networks.length, ...member);
  if (!networks.length) return [{ kind: 'text', text: `${t.personalLine.notFound(parsed.id)} ${elsewhere(ctx)}` }];
  const typed = ctx.text.toLocaleLowerCase('nb');
  const named = networks.filter((n) => n.name && typed.includes(n.name.toLocaleLowerCase('nb')));
  const chosen = networks.length === 1 ? networks : named;
  if (chosen.length !== 1) {
    const names = networks.map((n) => n.name);
    return [{ kind: 'text', text: t.personalLine.which(parsed.id, names, `${line} i ${names[0]}`) }];
  }
  const network = chosen[0]!;
  const here: RequestContext = { ...ctx, scope: { ...ctx.scope, network } };
  return changeTaskByCommand(s, here, {
    ...parsed,
    municipalities: await s.store.meetings.municipalities(tenantId, network.networkId),
    nextMeeting: null,
  });
}

/** What the channel-only line was answered with before: write it there, or use «mine oppgaver» here. */
function elsewhere(ctx: RequestContext): string {
  const typed = ctx.text.length > 80 ? `${ctx.text.slice(0, 77)}…` : ctx.text;
  const places = [helpText.wherePhrases.channel, helpText.wherePhrases.groupChat].join(` ${helpText.or} `);
  return `${helpText.wrongPlace('oppgave', places, helpText.commandLine(typed, 'channel'))}\n\n${helpText.wrongPlaceTasks}`;
}
