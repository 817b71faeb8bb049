import type { Services } from '../app/services.ts';
import type { EditReading } from '../commands/spec.ts';
import type { RequestContext } from '../conversation/types.ts';
import { formatShort } from '../time/local-date.ts';
import type { Deadline } from './deadline.ts';
import { readYearly, splitDateAndTitle } from './deadline-words.ts';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/**
 * N19: «frist 15.04 Søknad …» edited to «frist 14.04 Søknad …». The deadline that message made is the
 * one whose card was answered in the message's own thread (a command posted as a new conversation),
 * else the leader's only open deadline with that title. The same title with a new date is
 * unambiguous: it is moved as «flytt frist F2 til 14.04» would. A new title, or no such deadline
 * (the first command was refused), cannot be told safely.
 */
export async function readEditedDeadline(
  s: Services,
  ctx: RequestContext,
  args: string,
  activityId: string,
): Promise<EditReading> {
  const n = ctx.scope.network;
  if (!n) return null;
  const split = splitDateAndTitle(args, s.clock.now(), s.config.timezone);
  if (!split?.title) return null;
  const { title } = readYearly(split.title);
  const mine = (await s.store.deadlines.listOpen(n.tenantId, n.networkId)).filter(
    (d) => d.createdBy.id === ctx.actor.id,
  );
  const answeredHere: Deadline[] = [];
  for (const d of mine) {
    const cards = await s.store.deadlines.cards(n.tenantId, n.networkId, d.id);
    if (cards.some((c) => c.conversationId.endsWith(`;messageid=${activityId}`))) answeredHere.push(d);
  }
  const titled = mine.filter((d) => same(d.title, title));
  const made = answeredHere.length === 1 ? answeredHere[0]! : titled.length === 1 ? titled[0]! : null;
  if (!made || !same(made.title, title)) return null;
  if (made.date === split.date) return { kind: 'unchanged' };
  return { kind: 'apply', command: `flytt frist ${made.id} til ${formatShort(split.date)}` };
}
