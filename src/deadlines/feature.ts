import { z } from 'zod';
import { deadlineCard, deadlineListCard } from '../../cards/deadline.ts';
import { deadlineEditCard, editValuesOf, type DeadlineEditValues } from '../../cards/deadline-edit.ts';
import { randomUUID } from 'node:crypto';
import { noticeCard } from '../../cards/notice.ts';
import { postStoredCard } from '../conversation/post-stored.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type Feature } from '../commands/spec.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { formatLong, formatShort, isLocalDate, localDateOf } from '../time/local-date.ts';
import { parseNorwegianDate, type DateParse } from '../time/norwegian-date.ts';
import type { Network } from '../networks/network.ts';
import { DEADLINE_KINDS, type Deadline, type DeadlineKind, type NewDeadline } from './deadline.ts';
import { feedUrl, mountDeadlineFeed } from './feed.ts';
import { retireLinks } from '../security/link-generation.ts';
import { inPersonalChat } from '../meetings/personal-views.ts';
import { nonWorkingNote } from './non-working.ts';
import { offerActions, offerSharedDeadline } from './shared-offer.ts';
import {
  deadlineJobs,
  keyPrefix,
  offsetsOf,
  planDeadlineNudges,
  resumePassedAsks,
  rollForward,
  snoozeNudge,
  snoozeUntil,
} from './nudges.ts';

/** "14:30" in the network's zone. */
function clockTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('nb-NO', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(instant)
    .replace('.', ':');
}

const KIND_WORDS: [RegExp, DeadlineKind][] = [
  [/rapport/i, 'rapportering'],
  [/overfør/i, 'overføring'],
  [/søknad|søke|søk om/i, 'søknad'],
  [/bruk|brukt|forbruk/i, 'bruk av midler'],
  [/revisjon|revider|retningslinje/i, 'revisjon'],
];

export function guessKind(title: string): DeadlineKind {
  return KIND_WORDS.find(([re]) => re.test(title))?.[1] ?? 'egen';
}

/** Splits "30. september Søknad om midler" into the longest leading date and the title. */
export function splitDateAndTitle(args: string, now: Date, timeZone: string): { date: string; title: string } | null {
  const words = args.trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const r = parseNorwegianDate(words.slice(0, n).join(' '), { now, timeZone });
    if (r.ok) return { date: r.date, title: words.slice(n).join(' ').trim() };
  }
  return null;
}

/**
 * When the text starts with something shaped like a date that is none ("31.02", "30.2", "32.1",
 * "31. april"), what is wrong with it, so the leader is not told that no date was found at all.
 */
export function leadingDateError(args: string, now: Date, timeZone: string): string | null {
  const words = args.trim().split(/\s+/);
  const shaped = /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?$/.test(words[0] ?? '')
    ? words[0]!
    : /^\d{1,2}\.?$/.test(words[0] ?? '') && /^[a-zæøå]{3,}\.?$/i.test(words[1] ?? '')
      ? `${words[0]} ${words[1]}`
      : null;
  if (!shaped) return null;
  return dateMistake(parseNorwegianDate(shaped, { now, timeZone }));
}

/**
 * What the parser found wrong with something it read as a date (a day not in the calendar, a day
 * gone by), or null when it read no date at all: then the caller's own «no date» words and example
 * fit better. The one place where «frist» and the «Endre» card get their date messages from.
 */
export function dateMistake(r: DateParse): string | null {
  // A month name that is no month ("5 stk") is not a date at all.
  return r.ok || /forstod ikke/i.test(r.error) ? null : r.error;
}

/** Application, reporting and spending deadlines: a register, nudges until Levert, and a calendar feed. */
export function deadlinesFeature(s: Services): Feature {
  const tz = () => s.config.timezone;
  const today = () => localDateOf(s.clock.now(), tz());

  s.upcomingDeadlines = async (tenantId, networkId, from, to) =>
    (await s.store.deadlines.listOpen(tenantId, networkId))
      .filter((d) => d.date >= from && d.date <= to)
      .map((d) => ({ title: d.title, date: d.date }));

  /** The one leader check of this feature; the app-wide role rules live in requireLeader. */
  const leaderOnly = (ctx: RequestContext, what: string) => requireLeader(s.store, ctx, what);

  const statsforvalterOf = (n: Pick<Network, 'tenantId' | 'networkId'>) =>
    s.store.networks.getSetting<string>(n.tenantId, n.networkId, 'statsforvalter');

  async function createFor(
    networkId: string,
    fields: Omit<NewDeadline, 'networkId'>,
    cardShownNow = false,
  ): Promise<Deadline> {
    const d = await s.store.deadlines.create({ ...fields, networkId });
    await planDeadlineNudges(s, d, s.clock.now(), { cardShownNow });
    return d;
  }

  async function add(ctx: RequestContext, args: string, shared: boolean): Promise<Reply[]> {
    const network = networkHere(ctx);
    const refused = await leaderOnly(ctx, t.addWhat);
    if (refused) return [refused];
    const g = guard(args);
    if (!g.ok) return [text(g.message)];
    const example = shared ? t.sharedExample : t.addExample;
    const typed = args.trim();
    // What the leader typed is always shown back, so nothing has to be written again from memory.
    const fail = (message: string) => [card(noticeCard({ title: message, typed, example, tone: 'error' }))];
    if (!typed) return fail(t.noTitle);
    const split = splitDateAndTitle(args, s.clock.now(), tz());
    if (!split) return fail(leadingDateError(args, s.clock.now(), tz()) ?? t.noDateFound);
    if (!split.title) return fail(t.noTitle);
    if (split.date < today()) return fail(t.pastDate(formatShort(split.date)));
    const statsforvalter = shared ? await statsforvalterOf(network) : null;
    if (shared && !statsforvalter) return fail(t.sharedNeedsStatsforvalter);
    const yearly = /\b(hvert år|årlig)\b/i.test(split.title);
    const title = split.title
      .replace(/\s*\b(hvert år|årlig)\b\s*/i, ' ')
      .trim()
      .slice(0, 200);
    const kind = guessKind(title);
    const sameDay = (await s.store.deadlines.listOpen(network.tenantId, network.networkId)).filter(
      (x) => x.date === split.date,
    );
    const twin = sameDay.find((x) => x.title.toLocaleLowerCase('nb') === title.toLocaleLowerCase('nb'));
    if (twin) return fail(t.duplicate(twin.id, formatShort(twin.date)));
    const isYearly = yearly || (kind === 'rapportering' && split.date.endsWith('-03-01'));
    const fields: Omit<NewDeadline, 'networkId'> = {
      tenantId: network.tenantId,
      title,
      kind,
      date: split.date,
      time: '23:59',
      scope: shared ? 'statsforvalter' : 'network',
      statsforvalter,
      // Copies of one shared deadline, and the years of one yearly deadline, share an origin.
      origin: shared || isYearly ? `${shared ? 'sf' : 'y'}:${randomUUID()}` : null,
      source: shared ? `${statsforvalter}; ${t.sources[kind]}` : t.sources[kind],
      checklist: [...t.checklists[kind]],
      yearly: isYearly,
      createdBy: ctx.actor,
      createdAt: s.clock.now().toISOString(),
    };
    const d = await createFor(network.networkId, fields, true);
    // A date on a holiday or weekend is kept (some are set that way) but never silently.
    const offDay = nonWorkingNote(d.date);
    const note = offDay ? ` ${offDay}` : '';
    if (shared) {
      const peers = (
        await s.store.networks.networksWithSetting(
          network.tenantId,
          'statsforvalter-key',
          statsforvalter!.toLowerCase(),
        )
      ).filter((id) => id !== network.networkId);
      // A11: other networks get an offer their own leaders accept, never the deadline itself.
      const offered = await offerSharedDeadline(
        s,
        { network, by: ctx.actor },
        { ...fields, origin: fields.origin! },
        peers,
      );
      const words = offered
        ? t.offer.sentTo(d.id, d.title, formatLong(d.date), statsforvalter!, offered)
        : t.sharedAdded(d.id, d.title, formatLong(d.date), statsforvalter!, 1);
      return shown(ctx, d, `${words}${note}`);
    }
    const offsets = (await offsetsOf(s, d.tenantId, d.networkId)).filter((o) => o > 0);
    const alsoThatDay = sameDay.length ? ` ${t.sameDay(sameDay.map((x) => `${x.id} «${x.title}»`).join(', '))}` : '';
    return shown(
      ctx,
      d,
      `${t.added(d.id, d.title, formatLong(d.date), offsets)}${d.yearly ? ` ${t.addedYearly}` : ''}${alsoThatDay}${note}`,
    );
  }

  /**
   * The answer to «frist …»: the words and the card in one message, remembered like every other
   * posted card of the deadline, so «Lagre», «Levert» and the checklist redraw it for everyone.
   */
  async function shown(ctx: RequestContext, d: Deadline, words: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    const { posted, fallback } = await postStoredCard(
      s.messenger,
      ctx.log,
      network.conversation,
      { text: words, card: deadlineCard(d, { today: today() }), summary: t.summary(d.title) },
      ctx.scope.threadId,
    );
    if (posted) await s.store.deadlines.addCard(d.tenantId, d.networkId, d.id, posted);
    return fallback.length ? [text(words), ...fallback] : [];
  }

  async function setStatsforvalter(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    const typed = args.trim().replace(/\s+/g, ' ');
    if (!typed) {
      const current = await statsforvalterOf(network);
      return [text(current ? t.statsforvalterIs(current) : t.statsforvalterNone)];
    }
    const refused = await leaderOnly(ctx, t.statsforvalterWhat);
    if (refused) return [refused];
    const g = guard(typed);
    if (!g.ok) return [text(g.message)];
    if (typed.length > 80)
      return [card(noticeCard({ title: t.statsforvalterBad, typed, example: t.statsforvalterExample, tone: 'error' }))];
    const name = /^(statsforvalteren|fylkesmannen)\b/i.test(typed) ? typed : `Statsforvalteren i ${typed}`;
    const key = name.toLowerCase();
    await s.store.networks.setSetting(network.tenantId, network.networkId, 'statsforvalter', name);
    await s.store.networks.setSetting(network.tenantId, network.networkId, 'statsforvalter-key', key);
    // Shared deadlines still ahead come along, so a network that joins late is not left out.
    let copied = 0;
    const seen = new Set<string>();
    for (const peer of await s.store.networks.networksWithSetting(network.tenantId, 'statsforvalter-key', key)) {
      if (peer === network.networkId) continue;
      for (const d of await s.store.deadlines.listOpen(network.tenantId, peer)) {
        if (d.scope !== 'statsforvalter' || !d.origin || d.date < today() || seen.has(d.origin)) continue;
        seen.add(d.origin);
        if (d.statsforvalter?.toLowerCase() !== key) continue;
        if (await s.store.deadlines.findByOrigin(network.tenantId, network.networkId, d.origin)) continue;
        // A11: what another network shared comes as an offer this network's leaders accept.
        const from = await s.store.networks.get(network.tenantId, peer);
        if (!from) continue;
        const { id: _i, status: _s, doneBy: _b, doneAt: _a, networkId: _n, checks: _c, ...fields } = d;
        copied += await offerSharedDeadline(s, { network: from, by: d.createdBy }, { ...fields, origin: d.origin }, [
          network.networkId,
        ]);
      }
    }
    return [text(`${t.statsforvalterSet(name, 0)}${copied ? t.offer.waiting(copied) : ''}`)];
  }

  /** Every posted copy of a deadline's card is replaced: in channels only the clicker sees a returned card. */
  async function refreshPosted(ctx: RequestContext, d: Deadline): Promise<void> {
    // The deadline's own network, also for a click in a personal chat (a «Påminn meg senere» reminder).
    const network = ctx.scope.network ?? (await s.store.networks.get(d.tenantId, d.networkId));
    if (!network) return;
    const c = deadlineCard(d, { today: today(), showChecklist: d.status === 'open' });
    for (const ref of await s.store.deadlines.cards(d.tenantId, d.networkId, d.id)) {
      await s.messenger
        .update({ ...network.conversation, conversationId: ref.conversationId }, ref.activityId, { card: c })
        .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update deadline card'));
    }
  }

  async function list(ctx: RequestContext): Promise<Reply[]> {
    const n = networkHere(ctx);
    const open = await s.store.deadlines.listOpen(n.tenantId, n.networkId);
    // A10: the link opens the calendar without a Teams login. A channel or group chat is read by
    // everyone in it, so there the card says how to get the link; only a personal chat shows it.
    const link = ctx.scope.conversationType === 'personal' ? await feedUrl(s, n.tenantId, n.networkId) : null;
    return [card(deadlineListCard(open, { today: today(), feedUrl: link }))];
  }

  /** «kalenderlenke»: the link in the asker's personal chat, never where others read it. */
  async function sendFeedLink(ctx: RequestContext, args: string): Promise<Reply[]> {
    if (ctx.scope.conversationType === 'personal')
      return inPersonalChat(s, ctx, 'kalenderlenke', args, async (c) => {
        const n = networkHere(c);
        return [text(t.feedLinkPersonal(n.name, await feedUrl(s, n.tenantId, n.networkId)))];
      });
    const n = networkHere(ctx);
    const link = await feedUrl(s, n.tenantId, n.networkId);
    const sent = await s.messenger
      .sendToPerson(n.tenantId, ctx.actor, { text: t.feedLinkPersonal(n.name, link) })
      .catch((err) => {
        ctx.log.warn({ err: { message: (err as Error).message } }, 'could not send the feed link privately');
        return null;
      });
    return [text(sent ? t.feedLinkSent(ctx.actor.name) : t.feedLinkNoPrivateChat)];
  }

  /**
   * A10: the feed link signs no expiry and travels into calendar services and forwarded invites, so
   * a leader can replace it. The old one stops first (what the leader asks for, even when the new
   * one cannot be sent); the new one goes to the leader's personal chat, like «eksporter data».
   */
  async function rotateFeed(ctx: RequestContext): Promise<Reply[]> {
    const refused = await leaderOnly(ctx, t.feedRotateWhat);
    if (refused) return [refused];
    const n = networkHere(ctx);
    await retireLinks(s, n.tenantId, n.networkId);
    ctx.log.info({ tenantId: n.tenantId, networkId: n.networkId }, 'calendar feed link replaced');
    const link = await feedUrl(s, n.tenantId, n.networkId);
    const sent = await s.messenger
      .sendToPerson(n.tenantId, ctx.actor, { text: t.feedRotated(n.name, link) })
      .catch((err) => {
        ctx.log.warn({ err: { message: (err as Error).message } }, 'could not send the new feed link privately');
        return null;
      });
    return [text(sent ? t.feedRotatedPrivately(ctx.actor.name) : t.feedRotateNoPrivateChat)];
  }

  async function setOffsets(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    const refused = await leaderOnly(ctx, t.offsetsWhat);
    if (refused) return [refused];
    const numbers = args
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    if (!numbers.length || numbers.some((x) => !Number.isInteger(x) || x < 0 || x > 365)) {
      return [card(noticeCard({ title: t.offsetsBad, typed: args.trim(), example: t.offsetsExample, tone: 'error' }))];
    }
    const offsets = [...new Set(numbers)].sort((a, b) => b - a);
    await s.store.networks.setSetting(network.tenantId, network.networkId, 'deadline-offsets', offsets);
    for (const d of await s.store.deadlines.listOpen(network.tenantId, network.networkId)) {
      await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
      await planDeadlineNudges(s, d, s.clock.now());
    }
    return [text(t.offsetsSet(offsets))];
  }

  async function forClick(
    ctx: RequestContext,
    data: { deadlineId: string; networkId: string },
  ): Promise<Deadline | { refused: ActionResult }> {
    const n = ctx.scope.network;
    const notFound = { refused: { kind: 'message', text: t.notFound(data.deadlineId) } as ActionResult };
    if (n && n.networkId !== data.networkId) return notFound;
    const d = await s.store.deadlines.get(ctx.scope.tenantId, data.networkId, data.deadlineId);
    if (!d) return notFound;
    if (n) return d;
    // A personal chat has no network: the card counts only where the bot itself posted it (the
    // reminder someone asked for), so a forged click cannot reach another network's deadline.
    const posted = await s.store.deadlines.cards(d.tenantId, d.networkId, d.id);
    return posted.some((p) => p.conversationId === ctx.scope.conversationId) ? d : notFound;
  }

  async function done(ctx: RequestContext, data: { deadlineId: string; networkId: string }): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    if (found.status === 'done')
      return { kind: 'card', card: deadlineCard(found, { today: today(), showChecklist: false }) };
    const now = s.clock.now();
    const d = await s.store.deadlines.markDone(found.tenantId, found.networkId, found.id, ctx.actor, now);
    // Erased between the read and the write (slett nettverksdata in another turn): say so, do not crash.
    if (!d) return { kind: 'message', text: t.notFound(data.deadlineId) };
    await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
    await refreshPosted(ctx, d);
    await rollForward(s, d, ctx.actor, now);
    ctx.log.info({ deadlineId: d.id }, 'deadline delivered');
    return { kind: 'card', card: deadlineCard(d, { today: today(), showChecklist: false }) };
  }

  async function snooze(ctx: RequestContext, data: { deadlineId: string; networkId: string }): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    if (found.status === 'done') return { kind: 'message', text: t.alreadyDone };
    const until = snoozeUntil(s.clock.now(), found, tz());
    if (!until) return { kind: 'message', text: t.snoozePassed };
    await snoozeNudge(s, found, until, s.clock.now(), ctx.actor);
    const day = localDateOf(until, tz());
    const at = clockTime(until, tz());
    return {
      kind: 'message',
      text: day === today() ? t.snoozedLastDay(formatLong(day), at) : t.snoozed(formatLong(day), at),
    };
  }

  async function tick(
    ctx: RequestContext,
    data: { deadlineId: string; networkId: string; item: string; on?: boolean | string },
  ): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    if (!found.checklist.includes(data.item)) return { kind: 'message', text: t.checkUnknown };
    const d = await s.store.deadlines.toggleCheck(
      found.tenantId,
      found.networkId,
      found.id,
      data.item,
      ctx.actor,
      s.clock.now(),
      data.on === undefined ? undefined : data.on === true || data.on === 'true',
    );
    if (!d) return { kind: 'message', text: t.notFound(data.deadlineId) };
    await refreshPosted(ctx, d);
    return { kind: 'card', card: deadlineCard(d, { today: today(), showChecklist: d.status === 'open' }) };
  }

  async function checklist(
    ctx: RequestContext,
    data: { deadlineId: string; networkId: string; show?: boolean | string },
  ): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    const show = data.show === true || data.show === 'true';
    return { kind: 'card', card: deadlineCard(found, { today: today(), showChecklist: show }) };
  }

  async function edit(ctx: RequestContext, data: { deadlineId: string; networkId: string }): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    const refused = await leaderOnly(ctx, t.editWhat);
    if (refused) return { kind: 'message', text: refused.kind === 'text' ? refused.text : t.editWhat };
    return { kind: 'card', card: deadlineEditCard(found, editValuesOf(found)) };
  }

  async function save(ctx: RequestContext, data: z.infer<typeof saveSchema>): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    const refused = await leaderOnly(ctx, t.editWhat);
    if (refused) return { kind: 'message', text: refused.kind === 'text' ? refused.text : t.editWhat };
    const values: DeadlineEditValues = {
      title: (data.title ?? found.title).trim(),
      date: (data.date ?? '').trim(),
      kind: data.kind ?? found.kind,
      source: (data.source ?? found.source).trim(),
      checklist: data.checklist ?? found.checklist.join('\n'),
      yearly: data.yearly === undefined ? found.yearly : data.yearly === true || data.yearly === 'true',
    };
    // The form comes back with what was typed and the reason, so nothing is lost on a mistake.
    const again = (error: string): ActionResult => ({ kind: 'card', card: deadlineEditCard(found, values, error) });
    const g = guard([values.title, values.source, values.checklist].join('\n'));
    if (!g.ok) return again(g.message);
    if (!values.title) return again(t.noTitle);
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(values.date)
      ? { ok: true as const, date: values.date }
      : parseNorwegianDate(values.date, { now: s.clock.now(), timeZone: tz() });
    if (!values.date || !parsed.ok)
      return again(
        (parsed.ok ? null : dateMistake(parsed)) ?? `${t.badDate(values.date)} ${t.editLabels.datePlaceholder}.`,
      );
    if (parsed.date < today() && parsed.date !== found.date) return again(t.pastDate(formatShort(parsed.date)));
    const checklist = values.checklist
      .split(/\r?\n/)
      .map((l) => l.replace(/^\s*[-•☐*]\s*/, '').trim())
      .filter(Boolean)
      .slice(0, 30);
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
        checklist,
        yearly: values.yearly,
        // A deadline made yearly by an edit needs an origin to find its later years by.
        origin: found.origin ?? (values.yearly ? `y:${randomUUID()}` : null),
      },
      now,
    );
    if (!d) return { kind: 'message', text: t.notFound(data.deadlineId) };
    await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
    await planDeadlineNudges(s, d, now);
    await refreshPosted(ctx, d);
    ctx.log.info({ deadlineId: d.id }, 'deadline edited');
    // A new date on a holiday or weekend is kept, never silently: the same note as when it is registered.
    const offDay = d.date !== found.date ? nonWorkingNote(d.date) : null;
    return { kind: 'card', card: deadlineCard(d, { today: today(), ...(offDay ? { note: offDay } : {}) }) };
  }

  /** «Flytt til 31.12» on the card of a deadline that sits on a holiday or weekend: the date only, as Endre would save it. */
  async function move(
    ctx: RequestContext,
    data: { deadlineId: string; networkId: string; date: string },
  ): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    const refused = await leaderOnly(ctx, t.moveWhat);
    if (refused) return { kind: 'message', text: refused.kind === 'text' ? refused.text : t.moveWhat };
    if (found.status === 'done') return { kind: 'message', text: t.alreadyDone };
    if (data.date < today()) return { kind: 'message', text: t.pastDate(formatShort(data.date)) };
    const now = s.clock.now();
    const { title, kind, source, checklist, yearly, origin } = found;
    const d = await s.store.deadlines.update(
      found.tenantId,
      found.networkId,
      found.id,
      { title, kind, date: data.date, source, checklist, yearly, origin },
      now,
    );
    if (!d) return { kind: 'message', text: t.notFound(data.deadlineId) };
    await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
    await planDeadlineNudges(s, d, now);
    await refreshPosted(ctx, d);
    ctx.log.info({ deadlineId: d.id }, 'deadline moved to a working day');
    return { kind: 'card', card: deadlineCard(d, { today: today() }) };
  }

  const ids = z.object({ deadlineId: z.string().min(1).max(20), networkId: z.string().min(1).max(300) });
  const saveSchema = ids.extend({
    title: z.string().max(400).optional(),
    date: z.string().max(100).optional(),
    kind: z.enum(DEADLINE_KINDS).optional(),
    source: z.string().max(600).optional(),
    checklist: z.string().max(6000).optional(),
    yearly: z.union([z.boolean(), z.string()]).optional(),
  });
  const cmd = commandFamily('deadline', t, ['channel', 'groupChat']);

  return {
    name: 'deadlines',
    commands: [
      cmd('add', ['frist'], (ctx, a) => add(ctx, a, false)),
      cmd('shared', ['felles frist', 'frist felles'], (ctx, a) => add(ctx, a, true)),
      cmd('statsforvalter', ['statsforvalter', 'statsforvalteren'], (ctx, a) => setStatsforvalter(ctx, a)),
      cmd('list', ['frister', 'fristene'], (ctx) => list(ctx)),
      cmd(
        'feedRotate',
        [
          'ny kalenderlenke',
          'ny kalender-lenke',
          'ny kalender lenke',
          'kalenderlenke ny',
          'ny lenke til kalenderen',
          'bytt kalenderlenke',
          'frister ny lenke',
          'frist ny lenke',
          'kalender ny lenke',
        ],
        (ctx) => rotateFeed(ctx),
      ),
      {
        ...cmd(
          'feedLink',
          [
            'kalenderlenke',
            'kalenderlenken',
            'kalender-lenke',
            'kalender lenke',
            'lenke til kalenderen',
            'kalenderlenka',
          ],
          (ctx, a) => sendFeedLink(ctx, a),
        ),
        where: ['channel', 'groupChat', 'personal'],
      },
      cmd('offsets', ['frist varsler', 'fristvarsler'], (ctx, a) => setOffsets(ctx, a)),
    ],
    actions: [
      ...offerActions(s),
      { verb: 'deadline.done', schema: ids, run: done },
      { verb: 'deadline.snooze', schema: ids, run: snooze },
      {
        verb: 'deadline.tick',
        schema: ids.extend({
          item: z.string().min(1).max(600),
          on: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
        }),
        run: tick,
      },
      { verb: 'deadline.edit', schema: ids, run: edit },
      { verb: 'deadline.move', schema: ids.extend({ date: z.string().refine(isLocalDate) }), run: move },
      { verb: 'deadline.save', schema: saveSchema, run: save },
      {
        verb: 'deadline.checklist',
        schema: ids.extend({ show: z.union([z.boolean(), z.string()]).optional() }),
        run: checklist,
      },
    ],
    jobs: deadlineJobs(s),
    start: () => resumePassedAsks(s, s.clock.now()),
    mount: (server) => mountDeadlineFeed(server, s),
  };
}
