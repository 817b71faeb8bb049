import { z } from 'zod';
import { deadlineCard, deadlineListCard } from '../../cards/deadline.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type ActionResult, type Feature } from '../commands/spec.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { nextWorkingSlot } from '../time/holidays.ts';
import { addDays, atLocalTime, formatLong, formatShort, localDateOf } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import type { Deadline, DeadlineKind } from './deadline.ts';
import { feedUrl, mountDeadlineFeed } from './feed.ts';
import { deadlineJobs, keyPrefix, offsetsOf, planDeadlineNudges, snoozeNudge } from './nudges.ts';

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

/** Application, reporting and spending deadlines: a register, nudges until Levert, and a calendar feed. */
export function deadlinesFeature(s: Services): Feature {
  const tz = () => s.config.timezone;
  const today = () => localDateOf(s.clock.now(), tz());

  s.upcomingDeadlines = async (tenantId, networkId, from, to) =>
    (await s.store.deadlines.listOpen(tenantId, networkId)).filter((d) => d.date >= from && d.date <= to).map((d) => ({ title: d.title, date: d.date }));

  async function add(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = ctx.scope.network!;
    const refused = await requireLeader(s.store, ctx, t.addWhat);
    if (refused) return [refused];
    const g = guard(args);
    if (!g.ok) return [text(g.message)];
    const split = splitDateAndTitle(args, s.clock.now(), tz());
    const fail = (message: string) => [card(noticeCard({ title: message, message: `${message} «${args.trim()}»`, example: t.addExample, tone: 'error' }))];
    if (!split) return fail(t.badDate(args.trim()));
    if (!split.title) return fail(t.noTitle);
    if (split.date < today()) return fail(t.pastDate(formatShort(split.date)));
    const yearly = /\b(hvert år|årlig)\b/i.test(split.title);
    const title = split.title.replace(/\s*\b(hvert år|årlig)\b\s*/i, ' ').trim().slice(0, 200);
    const kind = guessKind(title);
    const d = await s.store.deadlines.create({
      tenantId: network.tenantId,
      networkId: network.networkId,
      title,
      kind,
      date: split.date,
      time: '23:59',
      source: t.sources[kind],
      checklist: [...t.checklists[kind]],
      yearly: yearly || (kind === 'rapportering' && split.date.endsWith('-03-01')),
      createdBy: ctx.actor,
      createdAt: s.clock.now().toISOString(),
    });
    await planDeadlineNudges(s, d, s.clock.now());
    const offsets = (await offsetsOf(s, d.tenantId, d.networkId)).filter((o) => o > 0).join(', ');
    return [text(`${t.added(d.id, d.title, formatLong(d.date), offsets)}${d.yearly ? ` ${t.addedYearly}` : ''}`), card(deadlineCard(d, { today: today() }))];
  }

  async function list(ctx: RequestContext): Promise<Reply[]> {
    const n = ctx.scope.network!;
    const open = await s.store.deadlines.listOpen(n.tenantId, n.networkId);
    return [card(deadlineListCard(open, { today: today(), feedUrl: feedUrl(s, n.tenantId, n.networkId) }))];
  }

  async function setOffsets(ctx: RequestContext, args: string): Promise<Reply[]> {
    const network = ctx.scope.network!;
    const refused = await requireLeader(s.store, ctx, t.offsetsWhat);
    if (refused) return [refused];
    const numbers = args.split(/[,\s]+/).filter(Boolean).map(Number);
    if (!numbers.length || numbers.some((x) => !Number.isInteger(x) || x < 0 || x > 365)) {
      return [card(noticeCard({ title: t.offsetsBad, message: `${t.offsetsBad} «${args.trim()}»`, example: t.offsetsExample, tone: 'error' }))];
    }
    const offsets = [...new Set(numbers)].sort((a, b) => b - a);
    await s.store.deadlines.setSetting(network.tenantId, network.networkId, 'deadline-offsets', offsets);
    for (const d of await s.store.deadlines.listOpen(network.tenantId, network.networkId)) {
      await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
      await planDeadlineNudges(s, d, s.clock.now());
    }
    return [text(t.offsetsSet(offsets.join(', ')))];
  }

  async function forClick(ctx: RequestContext, data: { deadlineId: string; networkId: string }): Promise<Deadline | { refused: ActionResult }> {
    const n = ctx.scope.network;
    if (!n || n.networkId !== data.networkId) return { refused: { kind: 'message', text: t.notFound(data.deadlineId) } };
    const d = await s.store.deadlines.get(n.tenantId, n.networkId, data.deadlineId);
    return d ?? { refused: { kind: 'message', text: t.notFound(data.deadlineId) } };
  }

  async function done(ctx: RequestContext, data: { deadlineId: string; networkId: string }): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    const network = ctx.scope.network!;
    if (found.status === 'done') return { kind: 'card', card: deadlineCard(found, { today: today(), showChecklist: false }) };
    const now = s.clock.now();
    const d = (await s.store.deadlines.markDone(found.tenantId, found.networkId, found.id, ctx.actor, now))!;
    await s.store.jobs.cancel(d.tenantId, d.networkId, keyPrefix(d));
    const c = deadlineCard(d, { today: today(), showChecklist: false });
    // Everyone sees it delivered: every posted copy is replaced, not just the clicker's.
    for (const ref of await s.store.deadlines.cards(d.tenantId, d.networkId, d.id)) {
      await s.messenger.update({ ...network.conversation, conversationId: ref.conversationId }, ref.activityId, { card: c }).catch((err) =>
        ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update deadline card'),
      );
    }
    if (d.yearly) {
      const next = await s.store.deadlines.create({ ...d, date: `${Number(d.date.slice(0, 4)) + 1}${d.date.slice(4)}`, createdBy: ctx.actor, createdAt: now.toISOString() });
      await planDeadlineNudges(s, next, now);
    }
    ctx.log.info({ deadlineId: d.id }, 'deadline delivered');
    return { kind: 'card', card: c };
  }

  async function snooze(ctx: RequestContext, data: { deadlineId: string; networkId: string }): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    if (found.status === 'done') return { kind: 'message', text: t.alreadyDone };
    const until = nextWorkingSlot(atLocalTime(addDays(today(), 1), '09:00', tz()), { from: '09:00', to: '16:00' }, tz());
    await snoozeNudge(s, found, until, s.clock.now());
    return { kind: 'message', text: t.snoozed(formatLong(localDateOf(until, tz()))) };
  }

  async function checklist(ctx: RequestContext, data: { deadlineId: string; networkId: string; show?: boolean | string }): Promise<ActionResult> {
    const found = await forClick(ctx, data);
    if ('refused' in found) return found.refused;
    const show = data.show === true || data.show === 'true';
    return { kind: 'card', card: deadlineCard(found, { today: today(), showChecklist: show }) };
  }

  const ids = z.object({ deadlineId: z.string().min(1).max(20), networkId: z.string().min(1).max(300) });
  const cmd = commandFamily('deadline', t, ['channel', 'groupChat']);

  return {
    name: 'deadlines',
    commands: [
      cmd('add', ['frist'], (ctx, a) => add(ctx, a)),
      cmd('list', ['frister', 'fristene'], (ctx) => list(ctx)),
      cmd('offsets', ['frist varsler', 'fristvarsler'], (ctx, a) => setOffsets(ctx, a)),
    ],
    actions: [
      { verb: 'deadline.done', schema: ids, run: done },
      { verb: 'deadline.snooze', schema: ids, run: snooze },
      { verb: 'deadline.checklist', schema: ids.extend({ show: z.union([z.boolean(), z.string()]).optional() }), run: checklist },
    ],
    jobs: deadlineJobs(s),
    mount: (server) => mountDeadlineFeed(server, s),
  };
}

