import type { Services } from '../app/services.ts';
import { myNetworks } from '../conversation/membership.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { noticeCard } from '../../cards/notice.ts';
import { taskText as t } from '../i18n/index.ts';
import type { Task } from './task.ts';

// Month s13 #4: «ferdig med lunsjen» after a reminder about «bestille lunsj til fagdagen» went to the
// guidelines search. A task named by its words, not its number, is looked for among the person's own open
// tasks: one that fits is asked about with a button; several or none, the answer says how to name it.

/** «ferdig med …», «jeg er ferdig med …», «(jeg/vi) har gjort/levert …»: what follows, with no task number. */
const FORMS = [
  /^(?:(?:jeg|vi)\s+)?(?:er\s+)?ferdig\s+med\s+(.+)$/iu,
  /^(?:(?:jeg|vi)\s+)?har\s+(?:nå\s+)?(?:gjort|levert)\s+(.+)$/iu,
];
/** A named task («T6») or deadline («F1») is read by the commands that know the number. */
const NUMBERED = /(?<![\p{L}\p{N}])#?[tf]\d{1,6}(?![\p{L}\p{N}])/iu;
/** More words than this is a sentence about something, not a task named in a few words. */
const MAX_WORDS = 8;

/** The words after «ferdig med» and the like, or null when the line is no such form. */
export function doneByWordsClaim(typed: string): string | null {
  const line = typed
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.!]+$/u, '');
  if (line.endsWith('?') || NUMBERED.test(line)) return null;
  for (const form of FORMS) {
    const rest = form.exec(line)?.[1]?.trim();
    // «ferdig med møtet» is about the meeting («avslutt møte»), never a task: left to the other readers.
    if (rest && rest.split(' ').length <= MAX_WORDS && !/^(?:dette\s+|det\s+)?møte/iu.test(rest)) return rest;
  }
  return null;
}

// Words that name nothing about a task.
const SMALL = new Set(
  'den det de dem en et ei og i på til for med om av fra nå så alt hele min mitt mine vår vårt våre jeg vi også'.split(
    ' ',
  ),
);
const wordsOf = (x: string) =>
  x
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !SMALL.has(w));

/** One word names another when they share their stem: «lunsjen» and «lunsj», «budsjettet» and «budsjettforslag». */
function sameStem(a: string, b: string): boolean {
  // A short word («NAV», «IKT») names only itself.
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= Math.min(5, a.length, b.length) && n >= 4;
}

/** The tasks every word of `said` names a word of. */
export function tasksNamed<T extends Pick<Task, 'text'>>(said: string, tasks: readonly T[]): T[] {
  const words = wordsOf(said);
  if (!words.length) return [];
  return tasks.filter((x) => {
    const own = wordsOf(x.text);
    return words.every((w) => own.some((o) => sameStem(w, o)));
  });
}

/** «ferdig med lunsjen»: «Mente du T6 …?» with a «Ferdig» button for the one task it fits, else how to name it. */
export async function doneByWords(s: Services, ctx: RequestContext, said: string): Promise<Reply[]> {
  const here = ctx.scope.network;
  const networks = here ? [here] : (await myNetworks(s, ctx)).member;
  const ids = new Set(networks.map((n) => n.networkId));
  const open = (await s.store.tasks.listOpenForPerson(ctx.scope.tenantId, ctx.actor)).filter((x) =>
    ids.has(x.networkId),
  );
  const found = tasksNamed(said, open);
  if (!found.length) {
    // «vi har levert rapporteringen»: a deadline of the network, which «levert F1» marks.
    const deadlines = (
      await Promise.all(networks.map((n) => s.store.deadlines.listOpen(n.tenantId, n.networkId)))
    ).flat();
    const [deadline, ...more] = deadlines.filter((d) => tasksNamed(said, [{ text: d.title }]).length);
    if (deadline && !more.length) return [text(t.doneByWords.deadline(deadline.id, deadline.title))];
  }
  if (found.length !== 1) {
    const example = found[0]?.id ?? open[0]?.id ?? 'T3';
    const listed = found.map((x) => `${x.id} «${x.text}»`);
    return [text(found.length ? t.doneByWords.several(listed, example) : t.doneByWords.none(said, example))];
  }
  const task = found[0]!;
  const notice = noticeCard({
    title: t.doneByWords.meant(task.id, task.text),
    message: t.doneByWords.message(task.id),
    example: `${task.id} ferdig`,
    tone: 'info',
  });
  // The task card's own «Ferdig»: the same rules, and `shown` catches a task changed meanwhile.
  const action = {
    type: 'Action.Execute',
    title: t.doneByWords.button(task.id),
    verb: 'task.done',
    data: { taskId: task.id, networkId: task.networkId, shown: task.status },
  };
  return [card({ ...notice, actions: [action] })];
}
