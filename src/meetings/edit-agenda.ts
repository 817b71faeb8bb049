import { agendaCard } from '../../cards/agenda.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import type { RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { guard } from '../privacy/guard.ts';
import { agendaCardFor, agendaView, nextOccurrence } from './agenda-view.ts';
import { agendaNoticeOf, noteAgendaChanged } from './agenda-notice-ref.ts';
import { seriesOf, upcoming } from './planning.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { meetingMinutes } from './series.ts';
import { DEFAULT_AGENDA, agendaItemSchema, agendaSchema, type AgendaItem } from './standing-agenda.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';

// «Endre fast agenda» on the agenda card: the standing agenda typed one item per line.

/** What one agenda item and the whole agenda may hold (the stored schema's own bounds). */
const MAX_ITEM_MINUTES = agendaItemSchema.shape.minutes.maxValue ?? 480;
const MAX_TITLE = agendaItemSchema.shape.title.maxLength ?? 200;
const MAX_ITEMS = 20;

/** One line as typed: «Lunsj | 30», «Lunsj 30 min», «Lunsj (30 min)» or a title alone. */
export function splitAgendaLine(line: string): { title: string; minutes: string | undefined } {
  // A bare trailing number may be part of the title ("Budsjett 2027"): only «min»/«minutter» marks minutes without «|».
  const withMin = /^(.*?)[\s,–-]*\(?(\d{1,3})\s*min(?:utter)?\.?\)?$/i.exec(line);
  if (line.includes('|')) {
    const [title, minutes] = line.split('|').map((x) => x.trim());
    return { title: title ?? '', minutes };
  }
  if (withMin) return { title: (withMin[1] ?? '').trim(), minutes: withMin[2] };
  return { title: line, minutes: undefined };
}

/** «15», «15 min», «15 minutter.» → 15; words («et kvarter») and anything else → null. */
export function readMinutes(typed: string): number | null {
  const m = /^(\d{1,5})\s*(?:min(?:utt(?:er)?)?\.?)?$/i.exec(typed.trim());
  return m ? Number(m[1]) : null;
}

const sameTitle = (a: string, b: string) => a.toLocaleLowerCase('nb') === b.toLocaleLowerCase('nb');

/** `assumed`: titles of new lines typed without minutes, which got the default length (N5). */
export type AgendaTextRead = { ok: true; items: AgendaItem[]; assumed: string[] } | { ok: false; problems: string[] };

/** The length a new item typed without minutes gets. */
const DEFAULT_ITEM_MINUTES = 10;

/**
 * The typed text as agenda items, one per non-empty line, or every problem, each naming its line
 * with an example that works. An item that keeps its title (or is typed back as one of the standard
 * items) keeps what the bot fills it with and its owner; a line without minutes keeps the old length
 * (or 10). `meetingMinutes` is how long the meeting lasts: no item may be longer.
 */
export function readAgendaText(
  typed: string,
  before: readonly AgendaItem[],
  meetingMinutes: number = MAX_ITEM_MINUTES,
): AgendaTextRead {
  const lines = typed
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return { ok: false, problems: [t.agendaLine.empty] };
  const limit = Math.min(MAX_ITEM_MINUTES, meetingMinutes);
  const problems: string[] = [];
  const items: AgendaItem[] = [];
  const assumed: string[] = [];
  lines.forEach((l, i) => {
    const n = i + 1;
    const { title, minutes: typedMinutes } = splitAgendaLine(l);
    const known =
      before.find((b) => sameTitle(b.title, title)) ?? DEFAULT_AGENDA.find((b) => sameTitle(b.title, title));
    const example = `${title || 'Eventuelt'} | ${Math.min(known?.minutes ?? 15, limit)}`;
    if (!title) return void problems.push(t.agendaLine.noTitle(n));
    if (title.length > MAX_TITLE) return void problems.push(t.agendaLine.titleTooLong(n, title.length, MAX_TITLE));
    const minutes = typedMinutes === undefined || typedMinutes === '' ? null : readMinutes(typedMinutes);
    if (typedMinutes && minutes === null) return void problems.push(t.agendaLine.notMinutes(n, typedMinutes, example));
    if (minutes === 0) return void problems.push(t.agendaLine.zero(n, example));
    if (minutes !== null && minutes > limit)
      return void problems.push(
        limit === meetingMinutes
          ? t.agendaLine.overMeeting(n, minutes, limit, example)
          : t.agendaLine.overItem(n, minutes, limit, example),
      );
    if (minutes === null && !known) assumed.push(title);
    items.push({
      // A standard item typed in other case keeps its own title, so it is found again next time.
      title: known?.fill ? known.title : title,
      minutes: minutes ?? known?.minutes ?? DEFAULT_ITEM_MINUTES,
      fill: known?.fill,
      owner: known?.owner,
    });
  });
  if (lines.length > MAX_ITEMS) problems.push(t.agendaLine.tooMany(lines.length, MAX_ITEMS));
  return problems.length ? { ok: false, problems } : { ok: true, items, assumed };
}

/** Items the bot filled (last minutes, open tasks, …) that the new agenda no longer has. */
export function droppedFilledItems(before: readonly AgendaItem[], after: readonly AgendaItem[]): AgendaItem[] {
  const kept = new Set(after.map((i) => i.fill).filter(Boolean));
  return before.filter((b) => b.fill && !kept.has(b.fill));
}

/** «Lagre» under «Endre fast agenda» (leaders): the standing agenda is replaced and the card shows it. */
export async function saveAgenda(
  s: Services,
  ctx: RequestContext,
  data: { networkId: string; agendaText?: string },
): Promise<ActionResult> {
  const checked = await leaderCardNetwork(s.store, ctx, data.networkId, t.editAgendaWhat);
  if ('refused' in checked) return checked.refused;
  const { network } = checked;
  const typed = data.agendaText ?? '';
  // Privacy before format: an identity number gets the same refusal as anywhere else, never echoed.
  const g = guard(typed);
  if (!g.ok) return { kind: 'message', text: g.message };
  const { series, agenda: before } = await seriesOf(s, network);
  const read = readAgendaText(typed, before, meetingMinutes(series));
  // Nothing typed is lost: a message answer leaves the card, and the form with the text in it, as it was.
  if (!read.ok) return { kind: 'message', text: [t.agendaEdit.notSaved, ...read.problems].join('\n\n') };
  const parsed = agendaSchema.safeParse(read.items);
  if (!parsed.success) return { kind: 'message', text: t.agendaSaveError };
  await s.store.meetings.saveSeries(network.tenantId, network.networkId, series, parsed.data, ctx.actor, s.clock.now());
  const dropped = droppedFilledItems(before, parsed.data);
  const first = dropped[0];
  const notes = first
    ? [
        t.agendaLine.dropped(
          dropped.map((d) => d.title),
          `${first.title} | ${first.minutes}`,
        ),
      ]
    : [];
  // A length nobody typed is said, with the line as it would read with another (N5).
  const assumed = read.assumed.length
    ? [t.agendaLine.assumed(read.assumed, DEFAULT_ITEM_MINUTES, `${read.assumed[0]} | 20`)]
    : [];
  // Saved unchanged: no notice is redrawn and nobody is told of a change that was not made (review s14 #12).
  if (JSON.stringify(before) !== JSON.stringify(parsed.data)) await redrawNotices(s, ctx, network);
  return answerCard(s, network, [t.agendaEdit.saved, ...assumed, ...notes]);
}

/**
 * A notice already posted for a coming meeting is redrawn for everyone with the new agenda and a
 * short reply in its thread. The answer to the click reaches only the leader who saved (Teams shows
 * an invoke's card to the clicker alone), so her notes stay there, never on the notice (month s14 #8).
 */
async function redrawNotices(s: Services, ctx: RequestContext, network: Network): Promise<void> {
  const today = localDateOf(s.clock.now(), s.config.timezone);
  const warn = (what: string) => (err: unknown) => ctx.log.warn({ err: { message: (err as Error).message } }, what);
  for (const o of await upcoming(s, network, 3)) {
    const notice = await agendaNoticeOf(s, network, o.date);
    if (!notice) continue;
    const where = { ...network.conversation, conversationId: notice.conversationId };
    await noteAgendaChanged(s, network, o.date, today, ctx.actor.name);
    await s.messenger
      .update(where, notice.activityId, {
        card: await agendaCardFor(s, network, o, t.agendaEdit.changedOn(formatShort(today), ctx.actor.name)),
        summary: t.notice.agendaSummary(formatShort(o.date)),
      })
      .catch(warn('could not redraw the agenda notice'));
    await s.messenger
      .send(
        network.conversation,
        { text: t.agendaEdit.changedLine(ctx.actor.name, formatShort(o.date)) },
        notice.activityId,
      )
      .catch(warn('could not say that the agenda changed'));
  }
}

/** The saved agenda on the card, with what the leader should know about the save. */
async function answerCard(s: Services, network: Network, notes: string[]): Promise<ActionResult> {
  const o = await nextOccurrence(s, network);
  if (!o) return { kind: 'message', text: [...notes, t.noMeetingPlanned].join('\n\n') };
  return { kind: 'card', card: agendaCard({ ...(await agendaView(s, network, o)), editNotes: notes }) };
}
