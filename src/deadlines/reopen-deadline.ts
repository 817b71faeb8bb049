import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { networkHere } from '../conversation/network.ts';
import { text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import type { Person } from '../networks/network.ts';
import { formatShort } from '../time/local-date.ts';
import { cardOf, refreshPosted, todayOf } from './deadline-cards.ts';
import { clicked, deadlineIds, postNotice } from './deadline-clicks.ts';
import type { Deadline } from './deadline.ts';
import { planDeadlineNudges } from './nudges.ts';
import { reminderPromise } from './reminder-plan.ts';

// Month s15 #3: «Levert» pressed by mistake is taken back («Angre levert» on the card, «angre levert F5»
// in words), as a task's «Åpne igjen»: the deadline is open again, its reminders still ahead come back,
// the cards are redrawn and the channel is told who opened it.
//
// Who: the one who marked it and the network's leaders, at any time. A deadline has no owner; the one who
// marked it stands where a task's owner does, and the leaders answer for the reports. No time limit: the
// slip is found when a reminder fails to come, often weeks later (F5 in the month's test).

type Ids = { deadlineId: string; networkId: string };

const samePerson = (a: Person | null, b: Person) =>
  !!a && (a.id === b.id || (!!a.aadObjectId && !!b.aadObjectId && a.aadObjectId === b.aadObjectId));

async function refusal(s: Services, ctx: RequestContext, d: Deadline): Promise<string | null> {
  if (samePerson(d.doneBy, ctx.actor)) return null;
  if ((await s.store.people.roleOf(d.tenantId, d.networkId, ctx.actor)) === 'leader') return null;
  const leaders = await s.store.people.listRole(d.tenantId, d.networkId, 'leader');
  return t.reopenWho(
    d.doneBy?.name ?? '',
    leaders.map((l) => l.name),
  );
}

type Outcome = { refused: string } | { open: Deadline; said: string | null };

/** Opens it again for everyone, or says why not. `said` is null when it was open already (a double click). */
async function reopen(s: Services, ctx: RequestContext, data: Ids, via: 'card' | 'words'): Promise<Outcome> {
  const found = await clicked(s, ctx, data);
  if ('refused' in found) {
    const r = found.refused;
    return { refused: r.kind === 'message' ? r.text : t.notFound(data.deadlineId) };
  }
  let seen: Deadline = found;
  let r: Awaited<ReturnType<Services['store']['deadlines']['reopenOnce']>> = null;
  // Review s15 #8: who may reopen is judged on the delivery read, and the write requires that same delivery;
  // when it changed in between, the fresh row is judged again (a second try at most).
  for (let attempt = 0; attempt < 2; attempt++) {
    if (seen.status === 'open')
      return via === 'card' ? { open: seen, said: null } : { refused: t.notDelivered(seen.id, seen.title) };
    const why = await refusal(s, ctx, seen);
    if (why) return { refused: why };
    r = await s.store.deadlines.reopenOnce(seen.tenantId, seen.networkId, seen.id, seen.doneAt);
    if (!r) return { refused: t.notFound(data.deadlineId) };
    if (r.reopened) break;
    seen = r.deadline;
  }
  // Both tries lost (review s16 #6): opened by someone else is said as open; marked again, saying it stands
  // open would be false, so the member hears it changed under them.
  if (!r?.reopened) {
    if (seen.status !== 'open') return { refused: t.reopenRaced(seen.id) };
    return via === 'card' ? { open: seen, said: null } : { refused: t.notDelivered(seen.id, seen.title) };
  }
  const now = s.clock.now();
  const d = r.deadline;
  // planDeadlineNudges re-plans by key, so the reminders «Levert» cancelled come back; the days gone by do not.
  await planDeadlineNudges(s, d, now);
  await refreshPosted(s, ctx, d);
  ctx.log.info({ deadlineId: d.id }, 'deadline reopened');
  const reminders = d.date < todayOf(s) ? t.reopenPassed(formatShort(d.date)) : await reminderPromise(s, d);
  const said = t.reopenedNotice(ctx.actor.name, d.id, d.title, reminders);
  // A redrawn card notifies nobody: the card's button posts the notice; words in a channel are answered by it.
  if (via === 'card' || ctx.scope.conversationType === 'personal') await postNotice(s, ctx, d, said);
  return { open: d, said };
}

export const reopenData = deadlineIds;

/** «Angre levert» on the card. */
export async function reopenClick(s: Services, ctx: RequestContext, data: Ids): Promise<ActionResult> {
  const r = await reopen(s, ctx, data, 'card');
  if ('refused' in r) return { kind: 'message', text: r.refused };
  return { kind: 'card', card: await cardOf(s, r.open, { today: todayOf(s), showChecklist: true }) };
}

const ID = String.raw`f\d{1,4}`;
const REOPEN_WORDS = String.raw`(?:er\s+|var\s+|ble\s+)?ikke\s+levert|angre\s+levert|angre|(?:gjen)?åpne(?:s)?(?:\s+igjen)?|åpne\s+igjen`;
const FORMS = [
  // «F5 er ikke levert, jeg trykket feil», «F5 angre levert», «F5 åpne igjen»
  new RegExp(String.raw`^(${ID})\s+(?:${REOPEN_WORDS})(?:$|[\s,.;:!–-])`, 'iu'),
  // «ikke levert F5», «angre levert F5», «åpne F5 igjen», «gjenåpne frist F5»
  new RegExp(String.raw`^(?:${REOPEN_WORDS})\s+(?:fristen\s+|frist\s+)?(${ID})(?:$|[\s,.;:!–-])`, 'iu'),
];

/**
 * The words that take a «Levert» back: the F-number they name, or null. Short lines with a deadline
 * number only, so a question about deliveries is not taken for one.
 */
export function readReopen(line: string): string | null {
  const clean = line.trim();
  if (clean.endsWith('?') || clean.split(/\s+/u).length > 12) return null;
  for (const form of FORMS) {
    const m = form.exec(clean);
    if (m) return m[1]!.toUpperCase();
  }
  return null;
}

/** «angre levert F5», «åpne frist F5», «F5 er ikke levert»: the card's «Angre levert» in words. */
export async function reopenByWords(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const n = networkHere(ctx);
  const m = new RegExp(String.raw`(?<![\p{L}\p{N}])(${ID})(?![\p{L}\p{N}])`, 'iu').exec(args);
  if (!m) return [text(t.reopenHowTo)];
  const id = m[1]!.toUpperCase();
  const r = await reopen(
    s,
    { ...ctx, scope: { ...ctx.scope, cardActivityId: null } },
    { deadlineId: id, networkId: n.networkId },
    'words',
  );
  if ('refused' in r) return [text(r.refused)];
  return [text(r.said ?? t.notDelivered(r.open.id, r.open.title))];
}
