import { randomUUID } from 'node:crypto';
import { milestoneDoubts } from '../projects/milestone-doubt.ts';
import { checklistState } from './checklist-state.ts';
import { z } from 'zod';
import { deadlineDeliverCard, type DeliverVia } from '../../cards/deadline-deliver.ts';
import { deadlineEditCard, editValuesOf, type DeadlineEditValues } from '../../cards/deadline-edit.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { cardNetwork, leaderOnlyClick, wrongNetworkCard } from '../conversation/guards.ts';
import { answerOnce, askedCardFields, askOnce } from '../conversation/confirmations.ts';
import { isMyNetwork } from '../conversation/membership.ts';
import { leaderMentions, mentionLine } from '../conversation/reach.ts';
import type { AdaptiveCard, Mention, RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { guard } from '../privacy/guard.ts';
import { formatLong, formatShort, isLocalDate, localDateOf } from '../time/local-date.ts';
import { tooFarAhead } from '../time/norwegian-date.ts';
import { DEADLINE_KINDS, type Deadline } from './deadline.ts';
import { cardOf, refreshPosted, todayOf } from './deadline-cards.ts';
import { deliveryDoubts } from './delivery-doubts.ts';
import { checklistItems, readFormDate } from './deadline-words.ts';
import { nonWorkingNote } from './non-working.ts';
import { reminderPromise } from './reminder-plan.ts';
import { keyPrefix, nextOccurrence, planDeadlineNudges, rollForward, snoozeNudge, snoozeUntil } from './nudges.ts';

// The buttons on a deadline card: Levert, Påminn meg senere, the checklist, Endre/Lagre and «Flytt til».

export const deadlineIds = z.object({ deadlineId: z.string().min(1).max(20), networkId: z.string().min(1).max(300) });
type Ids = z.infer<typeof deadlineIds>;
type TickClick = z.infer<typeof tickData>;
type ChecklistClick = z.infer<typeof checklistData>;
type MoveClick = z.infer<typeof moveData>;
type SaveClick = z.infer<typeof saveData>;

export const tickData = deadlineIds.extend({
  item: z.string().min(1).max(600),
  on: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
});
export const checklistData = deadlineIds.extend({ show: z.union([z.boolean(), z.string()]).optional() });
export const moveData = deadlineIds.extend({ date: z.string().refine(isLocalDate) });
export const saveData = deadlineIds.extend({
  title: z.string().max(400).optional(),
  date: z.string().max(100).optional(),
  kind: z.enum(DEADLINE_KINDS).optional(),
  source: z.string().max(600).optional(),
  checklist: z.string().max(6000).optional(),
  yearly: z.union([z.boolean(), z.string()]).optional(),
});

const notFound = (id: string): ActionResult => ({ kind: 'message', text: t.notFound(id) });
const isTrue = (v: boolean | string | undefined) => v === true || v === 'true';

/**
 * The deadline a click acts on. A card from another network's conversation gets the one
 * wrong-network answer. A personal chat has no network: the card counts where the bot itself posted
 * it (the reminder someone asked for), so a forged click cannot reach another network's deadline;
 * and `asked` (the N11 question, whose single-use nonce is checked next) also in a network that is
 * the person's by the personal chat's rule, where «levert F1» typed there asked it (trust review, item 1).
 */
export async function clicked(
  s: Services,
  ctx: RequestContext,
  data: Ids,
  asked = false,
): Promise<Deadline | { refused: ActionResult }> {
  const here = ctx.scope.network;
  if (here && !cardNetwork(ctx, data.networkId)) return { refused: wrongNetworkCard };
  const d = await s.store.deadlines.get(ctx.scope.tenantId, data.networkId, data.deadlineId);
  if (!d) return { refused: notFound(data.deadlineId) };
  if (here) return d;
  const posted = await s.store.deadlines.cards(d.tenantId, d.networkId, d.id);
  if (posted.some((p) => p.conversationId === ctx.scope.conversationId)) return d;
  return asked && (await isMyNetwork(s, ctx, d.networkId)) ? d : { refused: notFound(data.deadlineId) };
}

/** A clicked deadline a leader may change: the deadline, or the answer to give. */
async function clickedByLeader(
  s: Services,
  ctx: RequestContext,
  data: Ids,
  what: string,
): Promise<Deadline | { refused: ActionResult }> {
  const found = await clicked(s, ctx, data);
  if ('refused' in found) return found;
  const refused = await leaderOnlyClick(s.store, ctx, what);
  return refused ? { refused } : found;
}

/**
 * N12, after a yearly deadline got a new date: that it moved this year only and when the next one is, with the
 * way to move the series; or, moved with «hvert år», the series' new day.
 */
export function yearlyMoveLine(d: Deadline, everyYear = false): string {
  const day = formatShort(d.date).slice(0, 5);
  return everyYear
    ? t.movedEveryYear(day, formatShort(nextOccurrence(d)))
    : t.movedThisYear(formatShort(nextOccurrence(d)), `flytt frist ${d.id} til ${day} hvert år`);
}

/**
 * Gives a deadline a new date and nothing else, then plans its nudges again and redraws its cards: one
 * way for «Flytt til», and for a move written in words. Null when the deadline is gone.
 */
export async function redate(
  s: Services,
  ctx: RequestContext,
  found: Deadline,
  date: string,
  opts: { everyYear?: boolean } = {},
): Promise<Deadline | null> {
  const now = s.clock.now();
  const { title, kind, source, checklist } = found;
  // N12: a move is this year's only; «hvert år» moves the series' own day too (and makes a one-off yearly).
  const yearly = found.yearly || opts.everyYear === true;
  const origin = found.origin ?? (yearly ? `y:${randomUUID()}` : null);
  const seriesDay = opts.everyYear ? date.slice(5) : yearly ? (found.seriesDay ?? found.date.slice(5)) : undefined;
  const change = { title, kind, date, source, checklist, yearly, origin, ...(seriesDay ? { seriesDay } : {}) };
  const d = await s.store.deadlines.update(found.tenantId, found.networkId, found.id, change, now);
  if (d) await replan(s, ctx, d, now);
  return d;
}

async function replan(s: Services, ctx: RequestContext, d: Deadline, now: Date): Promise<void> {
  await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
  await planDeadlineNudges(s, d, now);
  await refreshPosted(s, ctx, d);
}

/**
 * A moved or renamed deadline gets a short new post in the channel (N5): the cards are redrawn in
 * place, which in Teams notifies nobody, and they may sit weeks up in the history.
 */
async function tellChange(s: Services, ctx: RequestContext, before: Deadline, after: Deadline): Promise<void> {
  const lines: string[] = [];
  if (after.title !== before.title) lines.push(t.changedTitle(ctx.actor.name, after.id, before.title, after.title));
  if (after.date !== before.date)
    lines.push(t.changedDate(ctx.actor.name, after.id, after.title, formatShort(before.date), formatShort(after.date)));
  if (!lines.length) return;
  await postNotice(s, ctx, after, lines.join(' '));
}

/** One short new post in the deadline's own network's channel, also when the click came from a personal chat. */
export async function postNotice(
  s: Services,
  ctx: RequestContext,
  d: Deadline,
  said: string,
  tell: { text: string; mentions: Mention[] } | null = null,
): Promise<void> {
  const network = ctx.scope.network ?? (await s.store.networks.get(d.tenantId, d.networkId));
  if (!network?.active) return;
  await s.messenger
    .startThread(network, {
      text: tell ? `${said} ${tell.text}` : said,
      summary: said,
      ...(tell ? { mentions: tell.mentions } : {}),
    })
    .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not post deadline change'));
}

/**
 * Month 13, #6: a deadline marked delivered with checklist items neither ticked nor «Gjelder ikke oss»
 * (the one who clicked confirmed it) gets no more nudges, so the leaders, who answer for the report,
 * are told by @mention which items were open; not asked, and not the one who marked it.
 */
async function openItemsToLeaders(
  s: Services,
  ctx: RequestContext,
  d: Deadline,
): Promise<{ text: string; mentions: Mention[] } | null> {
  const list = checklistState(d);
  if (!list.halfDone) return null;
  const same = (p: { id?: string; aadObjectId?: string }) =>
    (!!p.id && p.id === ctx.actor.id) || (!!p.aadObjectId && p.aadObjectId === ctx.actor.aadObjectId);
  const mentions = (await leaderMentions(s.store, d)).mentions.filter((m) => !same(m));
  if (!mentions.length) return null;
  return { text: t.deliveredOpenItems(mentionLine(mentions), list.open), mentions };
}

/** The open later copy of a yearly deadline, if the rollover made one already. */
async function nextYearDate(s: Services, d: Deadline): Promise<string | null> {
  const open = await s.store.deadlines.listOpen(d.tenantId, d.networkId);
  return open.find((o) => o.origin === d.origin && o.date > d.date)?.date ?? null;
}

/** How long the «is it really delivered?» card can be answered: a day (it is asked because something looks off). */
const DELIVER_CONFIRM_MS = 24 * 60 * 60_000;
/**
 * The nonce confirms this one deadline, asked by the one the card names: a card for F2 cannot deliver
 * F3, nor name another asker, with edited data.
 */
const deliverPurpose = (id: string) => `deadline.done:${id.toUpperCase()}`;

export const deliverAnswerData = deadlineIds.extend({
  ...askedCardFields,
  via: z.enum(['card', 'words']).catch('card'),
});
type DeliverAnswer = z.infer<typeof deliverAnswerData>;

/** What «Levert» came to: refused, asked first (N11), or done (`said` is null when another click was first). */
export type DeliverOutcome =
  { refused: ActionResult } | { asked: AdaptiveCard } | { done: Deadline; said: string | null };

/**
 * «Levert» on the card or in words: done at once, or, when it looks like a slip (long before the due
 * date, before the year a report covers has ended, with checklist items open), asked once first.
 */
export async function deliverOrAsk(
  s: Services,
  ctx: RequestContext,
  data: Ids,
  via: DeliverVia,
): Promise<DeliverOutcome> {
  const found = await clicked(s, ctx, data);
  if ('refused' in found) return found;
  if (found.status === 'done') return { done: found, said: null };
  const doubts = [...deliveryDoubts(found, todayOf(s)), ...(await milestoneDoubts(s, found))];
  if (doubts.length) {
    const once = await askOnce(s, found, deliverPurpose(found.id), ctx.actor, DELIVER_CONFIRM_MS);
    const asked = deadlineDeliverCard({ deadline: found, doubts, ...once, via, state: { kind: 'asked' } });
    ctx.log.info({ deadlineId: found.id, doubts: doubts.length }, 'deadline delivery asked first');
    return { asked };
  }
  const done = await deliver(s, ctx, found, via);
  return done ?? { refused: notFound(data.deadlineId) };
}

/** «Levert» on the card: done for everyone, or the question in the card's place for the clicker. */
export async function markDelivered(s: Services, ctx: RequestContext, data: Ids): Promise<ActionResult> {
  const r = await deliverOrAsk(s, ctx, data, 'card');
  if ('refused' in r) return r.refused;
  if ('asked' in r) return { kind: 'card', card: r.asked };
  return { kind: 'card', card: await cardOf(s, r.done, { today: todayOf(s), showChecklist: false }) };
}

/**
 * Marks it done, stops its nudges and makes a yearly deadline's next copy. Asked on the card, the
 * leaders learn it from one short post (a redrawn card notifies nobody, N6); asked in words, the
 * reply is that post (`said`), so one action makes one post (N11).
 */
async function deliver(
  s: Services,
  ctx: RequestContext,
  found: Deadline,
  via: DeliverVia,
): Promise<{ done: Deadline; said: string | null } | null> {
  const now = s.clock.now();
  const marked = await s.store.deadlines.markDoneOnce(found.tenantId, found.networkId, found.id, ctx.actor, now);
  // Erased between the read and the write (slett nettverksdata in another turn): say so, do not crash.
  if (!marked) return null;
  const d = marked.deadline;
  // A second click (or instance) that read it open lost the conditional write: it gets the card as
  // it is, saying who marked it, and posts nothing.
  if (!marked.marked) return { done: d, said: null };
  // N11: next year's copy first, so «frister» asked while the old cards are still being redrawn
  // (one slow Teams call each) lists it as the tab does, and never shows the deadline gone.
  const next = await rollForward(s, d, ctx.actor, now);
  await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
  await refreshPosted(s, ctx, d);
  // A yearly deadline whose next year was already made (the rollover job) names that date too.
  const nextDate = next?.date ?? (d.yearly && d.origin ? await nextYearDate(s, d) : null);
  const nextShort = nextDate ? formatShort(nextDate) : null;
  const nextTitle = next && next.title !== d.title ? next.title : null;
  ctx.log.info({ deadlineId: d.id }, 'deadline delivered');
  const tell = await openItemsToLeaders(s, ctx, d);
  const said = t.deliveredNotice(ctx.actor.name, d.id, d.title, nextShort, nextTitle);
  // Month s14 #10: words typed in a personal chat are answered there, where the network does not see them;
  // in the network's channel or group chat the answer itself is the network's post (review s14 #8: a group
  // chat got it twice).
  if (via === 'words' && ctx.scope.conversationType !== 'personal') {
    // The answer in words is the post (N11), but it reaches the leaders only by @mention: with open
    // items they get the card's notice too, as a post of its own (an answered card notifies nobody).
    if (tell) await postNotice(s, ctx, d, said, tell);
    return { done: d, said: t.deliveredByWords(d.id, d.title, nextShort, nextTitle) };
  }
  await postNotice(s, ctx, d, said, tell);
  return { done: d, said: via === 'words' ? t.deliveredByWords(d.id, d.title, nextShort, nextTitle) : said };
}

/**
 * «Ja, den er levert» / «Nei, ikke ennå» on the N11 question. The network check comes before the nonce
 * is used; the first answer uses it up, so a double click or a replayed request changes nothing.
 */
export async function answerDeliver(
  s: Services,
  ctx: RequestContext,
  data: DeliverAnswer,
  confirm: boolean,
): Promise<ActionResult> {
  const found = await clicked(s, ctx, data, true);
  if ('refused' in found) return found.refused;
  const { use, askedBy } = await answerOnce(s, found, deliverPurpose(found.id), data, ctx.actor);
  const base = { deadline: found, doubts: [], expires: data.expires, askedBy, via: data.via };
  const deadlineNow = async (d: Deadline): Promise<ActionResult> => ({
    kind: 'card',
    card: await cardOf(s, d, { today: todayOf(s), showChecklist: d.status === 'open' }),
  });
  // Asked on the deadline's card, the answer puts the card back (as it is now); asked in words, the
  // question's own card says what came of it, for everyone.
  if (use !== 'ok')
    return data.via === 'card'
      ? deadlineNow(found)
      : { kind: 'card', card: deadlineDeliverCard({ ...base, state: { kind: use } }) };
  if (!confirm)
    return data.via === 'card'
      ? deadlineNow(found)
      : answered(s, ctx, deadlineDeliverCard({ ...base, state: { kind: 'kept', by: ctx.actor.name } }));
  const r = found.status === 'done' ? { done: found, said: null } : await deliver(s, ctx, found, data.via);
  if (!r) return notFound(data.deadlineId);
  if (data.via === 'card') return deadlineNow(r.done);
  const said = r.said ?? `${found.id} «${found.title}»: ${t.alreadyDone}`;
  return answered(s, ctx, deadlineDeliverCard({ ...base, state: { kind: 'delivered', said, by: ctx.actor.name } }));
}

/** The returned card reaches only the clicker; the posted question loses its buttons for everyone. */
async function answered(s: Services, ctx: RequestContext, c: AdaptiveCard): Promise<ActionResult> {
  const n = ctx.scope.network;
  if (n && ctx.scope.cardActivityId) {
    await s.messenger
      .update(n.conversation, ctx.scope.cardActivityId, { card: c }, ctx.scope.threadId)
      .catch((err) =>
        ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update the delivery question'),
      );
  }
  return { kind: 'card', card: c };
}

/** "14:30" in the network's zone. */
function clockTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('nb-NO', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(instant)
    .replace('.', ':');
}

/** «Påminn meg senere»: the clicker is reminded the next working morning (on the last day, sooner). */
export async function snoozeDeadline(s: Services, ctx: RequestContext, data: Ids): Promise<ActionResult> {
  const found = await clicked(s, ctx, data);
  if ('refused' in found) return found.refused;
  if (found.status === 'done') return { kind: 'message', text: t.alreadyDone };
  const tz = s.config.timezone;
  const until = snoozeUntil(s.clock.now(), found, tz);
  if (!until) return { kind: 'message', text: t.snoozePassed };
  await snoozeNudge(s, found, until, s.clock.now(), ctx.actor);
  const day = localDateOf(until, tz);
  const at = clockTime(until, tz);
  return {
    kind: 'message',
    text: day === todayOf(s) ? t.snoozedLastDay(formatLong(day), at) : t.snoozed(formatLong(day), at),
  };
}

/**
 * A checklist item ticked or unticked, or (`notApplicable`) marked «Gjelder ikke oss» or taken back, on
 * every posted copy of the card. Whoever may tick may say it does not apply: both are the network's
 * shared notes on its own checklist, not a decision.
 */
export async function tickItem(
  s: Services,
  ctx: RequestContext,
  data: TickClick,
  notApplicable = false,
): Promise<ActionResult> {
  const found = await clicked(s, ctx, data);
  if ('refused' in found) return found.refused;
  if (!found.checklist.includes(data.item)) return { kind: 'message', text: t.checkUnknown };
  const d = await s.store.deadlines.toggleCheck(
    found.tenantId,
    found.networkId,
    found.id,
    data.item,
    ctx.actor,
    s.clock.now(),
    data.on === undefined ? undefined : isTrue(data.on),
    notApplicable,
  );
  if (!d) return notFound(data.deadlineId);
  await refreshPosted(s, ctx, d);
  return { kind: 'card', card: await cardOf(s, d, { today: todayOf(s), showChecklist: d.status === 'open' }) };
}

/** «Vis sjekkliste» / «Skjul sjekkliste»: the clicker's copy of the card only. */
export async function toggleChecklist(s: Services, ctx: RequestContext, data: ChecklistClick): Promise<ActionResult> {
  const found = await clicked(s, ctx, data);
  if ('refused' in found) return found.refused;
  return { kind: 'card', card: await cardOf(s, found, { today: todayOf(s), showChecklist: isTrue(data.show) }) };
}

/** «Endre»: the form, to a leader. */
export async function editForm(s: Services, ctx: RequestContext, data: Ids): Promise<ActionResult> {
  const found = await clickedByLeader(s, ctx, data, t.editWhat);
  if ('refused' in found) return found.refused;
  return { kind: 'card', card: deadlineEditCard(found, editValuesOf(found)) };
}

/** «Lagre» on the form: the deadline changed as typed, or the form back with what was wrong. */
export async function saveEdit(s: Services, ctx: RequestContext, data: SaveClick): Promise<ActionResult> {
  const found = await clickedByLeader(s, ctx, data, t.editWhat);
  if ('refused' in found) return found.refused;
  const values: DeadlineEditValues = {
    title: (data.title ?? found.title).trim(),
    date: (data.date ?? '').trim(),
    kind: data.kind ?? found.kind,
    source: (data.source ?? found.source).trim(),
    checklist: data.checklist ?? found.checklist.join('\n'),
    yearly: data.yearly === undefined ? found.yearly : isTrue(data.yearly),
  };
  // The form comes back with what was typed and the reason, so nothing is lost on a mistake.
  const again = (error: string): ActionResult => ({ kind: 'card', card: deadlineEditCard(found, values, error) });
  const g = guard([values.title, values.source, values.checklist].join('\n'));
  if (!g.ok) return again(g.message);
  if (!values.title) return again(t.noTitle);
  const parsed = readFormDate(values.date, s.clock.now(), s.config.timezone);
  if (!parsed.ok) return again(parsed.error);
  if (parsed.date < todayOf(s) && parsed.date !== found.date) return again(t.pastDate(formatShort(parsed.date)));
  const now = s.clock.now();
  const d = await s.store.deadlines.update(
    found.tenantId,
    found.networkId,
    found.id,
    {
      title: values.title.slice(0, 200),
      kind: values.kind,
      date: parsed.date,
      source: values.source.slice(0, 300),
      checklist: checklistItems(values.checklist),
      yearly: values.yearly,
      // A deadline made yearly by an edit needs an origin to find its later years by.
      origin: found.origin ?? (values.yearly ? `y:${randomUUID()}` : null),
      // N12: a new date moves this year only; made yearly here, the series' day is the date saved.
      ...(values.yearly
        ? { seriesDay: found.yearly ? (found.seriesDay ?? found.date.slice(5)) : parsed.date.slice(5) }
        : {}),
    },
    now,
  );
  if (!d) return notFound(data.deadlineId);
  await replan(s, ctx, d, now);
  await tellChange(s, ctx, found, d);
  ctx.log.info({ deadlineId: d.id }, 'deadline edited');
  // A new date on a holiday or weekend is kept, never silently: the same note as when it is registered.
  // Month round 7, N4: a new date names the days its reminders are planned for.
  const thisYearOnly = d.date !== found.date && found.yearly && d.yearly ? yearlyMoveLine(d) : null;
  const note =
    d.date !== found.date
      ? [thisYearOnly, await reminderPromise(s, d), nonWorkingNote(d.date)].filter(Boolean).join(' ')
      : '';
  return { kind: 'card', card: await cardOf(s, d, { today: todayOf(s), ...(note ? { note } : {}) }) };
}

/** «Flytt til 31.12» on the card of a deadline that sits on a holiday or weekend: the date only, as Endre would save it. */
export async function moveDeadline(s: Services, ctx: RequestContext, data: MoveClick): Promise<ActionResult> {
  const found = await clickedByLeader(s, ctx, data, t.moveWhat);
  if ('refused' in found) return found.refused;
  if (found.status === 'done') return { kind: 'message', text: t.moveDelivered(found.id) };
  if (data.date < todayOf(s)) return { kind: 'message', text: t.pastDate(formatShort(data.date)) };
  // The click's date is the sender's to set (attack round 12 A1): held to the rule for a typed date.
  const far = tooFarAhead(data.date, todayOf(s), formatShort(data.date));
  if (far) return { kind: 'message', text: far };
  const d = await redate(s, ctx, found, data.date);
  if (!d) return notFound(data.deadlineId);
  await tellChange(s, ctx, found, d);
  ctx.log.info({ deadlineId: d.id }, 'deadline moved to a working day');
  return { kind: 'card', card: await cardOf(s, d, { today: todayOf(s), note: await reminderPromise(s, d) }) };
}
