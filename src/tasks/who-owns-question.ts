import type { Services } from '../app/services.ts';
import { disarmLinks } from '../conversation/card-links.ts';
import { myNetworks } from '../conversation/membership.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { helpText, taskText as t } from '../i18n/index.ts';
import { formatLong } from '../time/local-date.ts';
import { tasksNamed } from './done-by-words.ts';
import type { Task, TaskOwner } from './task.ts';

// Month s14 #4: «hvem har ansvar for lokalet til fagdagen?» was answered «Ikke dekket av dokumentene». Who owns
// a delegated task is what the minutes are for: a «who» question whose subject names an open task of the
// network is answered from the task. One that names none («hvem har ansvar for rapporteringen» in a network
// with no such task) is still a question about the rules.

const FORMS = [
  // «hvem har (fått) ansvar(et) for …», «hvem er ansvarlig for …», «hvem sitter med oppgaven med …»
  /^(?:hvem|kven)\s+(?:har|hadde|fikk|tok|tar|er|sitter\s+med)\s+(?:fått\s+)?(?:ansvar(?:et)?|ansvarlig|ansvarleg|oppgaven|oppgåva|jobben)\s+(?:for|med|på)\s+(.+)$/iu,
  // «hvem skal bestille lunsj til fagdagen», «hvem ordner lokalet»
  /^(?:hvem|kven)\s+(?:skal|skulle|ordner|fikser|tar\s+seg\s+av|følger\s+opp)\s+(.+)$/iu,
  // «hvem har T4?»
  /^(?:hvem|kven)\s+(?:har|fikk|tok|eier)\s+(#?t\d{1,6})$/iu,
];
const NUMBER = /^#?t(\d{1,6})$/iu;
/** More words than this is a sentence about something, not a task named in a few words. */
const MAX_WORDS = 8;

/** What a «who owns …» question names, or null when it is no such question. */
export function whoOwnsSubject(typed: string): string | null {
  const line = typed
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[?.!]+$/u, '')
    .trim();
  for (const form of FORMS) {
    const rest = form.exec(line)?.[1]?.trim();
    if (rest && rest.split(' ').length <= MAX_WORDS) return rest;
  }
  return null;
}

const ownerName = (o: TaskOwner) => o.name;

function ownerLine(task: Task): string {
  const owners = task.owners.map(ownerName);
  return t.whoOwns.line(task.id, disarmLinks(task.text), owners, task.due ? formatLong(task.due) : null);
}

/**
 * The answer from the network's open tasks, or null for the guidelines: in a channel its network's, in a
 * personal chat the person's networks'. At most three tasks are named; more means the words named too little.
 */
export async function whoOwnsAnswer(s: Services, ctx: RequestContext, question: string): Promise<Reply[] | null> {
  const subject = whoOwnsSubject(question);
  if (!subject) return null;
  const networks = ctx.scope.network ? [ctx.scope.network] : (await myNetworks(s, ctx)).member;
  if (!networks.length) return null;
  const open = (await Promise.all(networks.map((n) => s.store.tasks.listOpen(n.tenantId, n.networkId)))).flat();
  const id = NUMBER.exec(subject)?.[1];
  const found = id ? open.filter((x) => x.id.toLowerCase() === `t${id}`) : tasksNamed(subject, open);
  if (!found.length || found.length > 3) return null;
  const see = t.whoOwns.see(helpText.commandLine(`oppgave vis ${found[0]!.id}`, ctx.scope.conversationType));
  const lines = [found.length > 1 ? t.whoOwns.several : '', ...found.map(ownerLine), see];
  return [text(lines.filter(Boolean).join('\n\n'))];
}
