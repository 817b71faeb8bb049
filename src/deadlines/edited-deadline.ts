import { z } from 'zod';
import type { Services } from '../app/services.ts';
import type { EditReading } from '../commands/spec.ts';
import type { RequestContext } from '../conversation/types.ts';
import { formatShort } from '../time/local-date.ts';
import type { Deadline } from './deadline.ts';
import { readYearly, splitDateAndTitle } from './deadline-words.ts';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/**
 * Which deadline each recent «frist» message made, and the date its text gives now (the text as sent,
 * or as last edited and followed). An edit moves the deadline only while it still has that date: a
 * deadline moved since («flytt frist», the card's «Endre») is never moved back by an old message.
 * One bounded setting per network; an entry lost (two writes at once, or pushed out) only makes the
 * next edit of that message be answered with the command instead of followed.
 */
const SETTING = 'deadline-messages';
const KEPT = 200;
const entries = z.record(z.string(), z.object({ id: z.string(), date: z.string() }));
type Entries = z.infer<typeof entries>;

async function readEntries(s: Services, tenantId: string, networkId: string): Promise<Entries> {
  const parsed = entries.safeParse(await s.store.networks.getSetting(tenantId, networkId, SETTING));
  return parsed.success ? parsed.data : {};
}

async function remember(s: Services, tenantId: string, networkId: string, activityId: string, d: Deadline) {
  const all = await readEntries(s, tenantId, networkId);
  delete all[activityId];
  all[activityId] = { id: d.id, date: d.date };
  const kept = Object.fromEntries(Object.entries(all).slice(-KEPT));
  await s.store.networks.setSetting(tenantId, networkId, SETTING, kept);
}

/** The «frist» message `ctx` made deadline `d`: its text gave `d.date`. */
export async function rememberDeadlineMessage(s: Services, ctx: RequestContext, d: Deadline): Promise<void> {
  const activityId = ctx.scope.activityId;
  if (!activityId) return;
  await remember(s, d.tenantId, d.networkId, activityId, d);
}

/**
 * N19: «frist 15.04 Søknad …» edited to «frist 14.04 Søknad …». The deadline that message made is the
 * one remembered for it, else the one whose card was answered in the message's own thread, else the
 * leader's only open deadline with that title. The edited text is read as of the deadline's creation
 * (the message's own time): «fredag» edited a week later is still the Friday it meant. The same title
 * with a new date is moved as «flytt frist F2 til 14.04» would, but only while the deadline has the date
 * the message's previous text gave; otherwise the answer names that command. A new title, or no such
 * deadline (the first command was refused), cannot be told safely.
 */
export async function readEditedDeadline(
  s: Services,
  ctx: RequestContext,
  args: string,
  activityId: string,
): Promise<EditReading> {
  const n = ctx.scope.network;
  if (!n) return null;
  const mine = (await s.store.deadlines.listOpen(n.tenantId, n.networkId)).filter(
    (d) => d.createdBy.id === ctx.actor.id,
  );
  const known = (await readEntries(s, n.tenantId, n.networkId))[activityId];
  let made: Deadline | null = known ? (mine.find((d) => d.id === known.id) ?? null) : null;
  if (!made && !known) {
    const split = splitDateAndTitle(args, s.clock.now(), s.config.timezone);
    if (!split?.title) return null;
    const { title } = readYearly(split.title);
    const answeredHere: Deadline[] = [];
    for (const d of mine) {
      const cards = await s.store.deadlines.cards(n.tenantId, n.networkId, d.id);
      if (cards.some((c) => c.conversationId.endsWith(`;messageid=${activityId}`))) answeredHere.push(d);
    }
    const titled = mine.filter((d) => same(d.title, title));
    made = answeredHere.length === 1 ? answeredHere[0]! : titled.length === 1 ? titled[0]! : null;
  }
  if (!made) return null;
  const split = splitDateAndTitle(args, new Date(made.createdAt), s.config.timezone);
  if (!split?.title || !same(made.title, readYearly(split.title).title)) return null;
  const command = `flytt frist ${made.id} til ${formatShort(split.date)}`;
  // The previous text's date: remembered, else (a message from before this was kept) unknown.
  // Without it the deadline may have been moved since, and moving it back would undo that: not followed.
  const before = known?.date ?? made.date;
  if (split.date === before) return { kind: 'unchanged' };
  if (!known || made.date !== before) return { kind: 'changed-since', command };
  const deadline = made;
  return {
    kind: 'apply',
    command,
    followed: async () => {
      const now = await s.store.deadlines.get(n.tenantId, n.networkId, deadline.id);
      if (now?.date === split.date) await remember(s, n.tenantId, n.networkId, activityId, now);
    },
  };
}
