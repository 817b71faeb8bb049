import { randomUUID } from 'node:crypto';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t, messageSizeText } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { formatLong, formatShort } from '../time/local-date.ts';
import type { Deadline, NewDeadline } from './deadline.ts';
import { showDeadline, todayOf } from './deadline-cards.ts';
import { guessKind, leadingDateError, readYearly, splitDateAndTitle, titleForYear } from './deadline-words.ts';
import { nonWorkingNote } from './non-working.ts';
import { networkChecklist } from './default-checklist.ts';
import { nextOccurrence, planDeadlineNudges } from './nudges.ts';
import { reminderPromise } from './reminder-plan.ts';
import { offerSharedDeadline } from './shared-offer.ts';
import { rememberDeadlineMessage } from './edited-deadline.ts';

/** How many other deadlines on the same day a confirmation names; «frister» shows the rest. */
const SAME_DAY_NAMED = 3;

/** The Statsforvalter a network named with «statsforvalter …», or null. */
export function statsforvalterOf(s: Services, n: Pick<Network, 'tenantId' | 'networkId'>): Promise<string | null> {
  return s.store.networks.getSetting<string>(n.tenantId, n.networkId, 'statsforvalter');
}

/**
 * A deadline registered once per network under a fixed origin (the grant's known deadlines, review s15
 * #6): filled in with what happened, so the caller can say what was actually created.
 */
export interface FixedOrigin {
  origin: string;
  created?: Deadline;
  /** The origin already has this date or a later one, or the same title stands on that day. */
  existed?: boolean;
}

/**
 * «frist 30.9 Søknad om midler» and «felles frist …»: a leader registers a deadline (shared: for
 * every network under the same Statsforvalter, which gets it as an offer) and sees its card.
 */
export async function addDeadline(
  s: Services,
  ctx: RequestContext,
  args: string,
  shared: boolean,
  fixed?: FixedOrigin,
): Promise<Reply[]> {
  const network = networkHere(ctx);
  const refused = await requireLeader(s.store, ctx, t.addWhat);
  if (refused) return [refused];
  // Privacy only: a title longer than the card shows is cut to 200 characters, not refused.
  const g = guard(args);
  if (!g.ok) return [text(g.message)];
  const example = shared ? t.sharedExample : t.addExample;
  const typed = args.trim();
  const now = s.clock.now();
  const tz = s.config.timezone;
  // What the leader typed is always shown back, so nothing has to be written again from memory.
  const fail = (message: string) => [card(noticeCard({ title: message, typed, example, tone: 'error' }))];
  if (!typed) return fail(t.noTitle);
  const split = splitDateAndTitle(args, now, tz);
  if (!split) return fail(leadingDateError(args, now, tz) ?? t.noDateFound);
  if (!split.title) return fail(t.noTitle);
  if (split.date < todayOf(s)) return fail(t.pastDate(formatShort(split.date)));
  const statsforvalter = shared ? await statsforvalterOf(s, network) : null;
  if (shared && !statsforvalter) return fail(t.sharedNeedsStatsforvalter);
  const { title, yearly } = readYearly(split.title);
  // N24 (month round 8b): «rapport» in a title makes Bufdir's yearly report (its source and checklist)
  // only when the date is that report's, 1 March; «Sluttrapport fagdag» 10.05 is the network's own.
  const guessed = guessKind(title);
  const kind = guessed === 'rapportering' && !split.date.endsWith('-03-01') ? 'egen' : guessed;
  const sameDay = (await s.store.deadlines.listOpen(network.tenantId, network.networkId)).filter(
    (x) => x.date === split.date,
  );
  const twin = sameDay.find((x) => x.title.toLocaleLowerCase('nb') === title.toLocaleLowerCase('nb'));
  if (twin) {
    if (fixed) fixed.existed = true;
    return fail(t.duplicate(twin.id, formatShort(twin.date)));
  }
  const isYearly = yearly || kind === 'rapportering';
  const origin = fixed?.origin ?? (shared || isYearly ? `${shared ? 'sf' : 'y'}:${randomUUID()}` : null);
  const start = await networkChecklist(s, network, kind);
  const fields: Omit<NewDeadline, 'networkId'> = {
    tenantId: network.tenantId,
    title,
    kind,
    date: split.date,
    time: '23:59',
    scope: shared ? 'statsforvalter' : 'network',
    statsforvalter,
    // Copies of one shared deadline, and the years of one yearly deadline, share an origin.
    origin,
    source: shared ? `${statsforvalter}; ${start.source}` : start.source,
    checklist: start.checklist,
    yearly: isYearly,
    createdBy: ctx.actor,
    createdAt: now.toISOString(),
  };
  // A fixed origin is created in one conditional write: two leaders (or a double click) get one series.
  const d = fixed
    ? await s.store.deadlines.createUnlessLater({ ...fields, origin: fixed.origin, networkId: network.networkId })
    : await s.store.deadlines.create({ ...fields, networkId: network.networkId });
  if (!d) {
    fixed!.existed = true;
    return [];
  }
  if (fixed) fixed.created = d;
  await rememberDeadlineMessage(s, ctx, d); // an edit of this message follows only while the date is this
  await planDeadlineNudges(s, d, s.clock.now(), { cardShownNow: true });
  // A date on a holiday or weekend is kept (some are set that way) but never silently.
  const offDay = nonWorkingNote(d.date);
  const note = `${offDay ? ` ${offDay}` : ''}${start.eitherKind ? ` ${t.kindUnknownChecklist}` : ''}`;
  if (shared && statsforvalter && origin) {
    const peers = (
      await s.store.networks.networksWithSetting(network.tenantId, 'statsforvalter-key', statsforvalter.toLowerCase())
    ).filter((id) => id !== network.networkId);
    // A11: other networks get an offer their own leaders accept, never the deadline itself.
    const offered = await offerSharedDeadline(s, { network, by: ctx.actor }, { ...fields, origin }, peers);
    const words = offered
      ? t.offer.sentTo(d.id, d.title, formatLong(d.date), statsforvalter, offered)
      : t.sharedAdded(d.id, d.title, formatLong(d.date), statsforvalter, 1);
    return showDeadline(s, ctx, d, `${words}${note}`);
  }
  // Only the reminders still to come (N2), on the days they are planned for (month round 7, N4).
  const reminders = await reminderPromise(s, d);
  // The first few by name (attack round 8, A9: naming all 157 made a reply Teams refused for its size).
  const named = sameDay.slice(0, SAME_DAY_NAMED).map((x) => `${x.id} «${x.title}»`);
  const others = messageSizeText.andMore(named.join(', '), sameDay.length - named.length, t.commands.list.example);
  const alsoThatDay = sameDay.length ? ` ${t.sameDay(others)}` : '';
  // Month s15 #7c: a year in the title moves with the repeat; said now, so the leader can see it is right.
  const nextTitle = d.yearly ? titleForYear(d.title, d.date, nextOccurrence(d)) : d.title;
  const repeats = d.yearly ? ` ${nextTitle !== d.title ? t.addedYearlyTitle(nextTitle) : t.addedYearly}` : '';
  return showDeadline(
    s,
    ctx,
    d,
    `${t.added(d.id, d.title, formatLong(d.date), reminders)}${repeats}${alsoThatDay}${note}`,
  );
}
