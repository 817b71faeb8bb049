import { z } from 'zod';
import { correctionInputId, minutesCorrectCard } from '../../cards/minutes-correct.ts';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { card, text, type AdaptiveCard, type Reply, type RequestContext } from '../conversation/types.ts';
import { meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { formatShort } from '../time/local-date.ts';
import { parseNorwegianDate } from '../time/norwegian-date.ts';
import { currentItem, effectiveEntries, textChanges, type Entry, type Minutes } from './log.ts';
import { shorten } from '../conversation/reach.ts';
import { agendaOf } from './running-meeting.ts';
import { changeText } from './minutes-text.ts';
import type { MeetingRecord } from './repository.ts';
import { networkHere } from '../conversation/network.ts';
import { redrawPostedMinutes, sincePrevious } from './minutes-view.ts';
import { isFollowUpLineId, taskFollowUp, type FollowUpLine } from './task-follow-up.ts';
import { leaderCardNetwork, type CheckedInput } from '../conversation/guards.ts';

// Corrections after `avslutt møte`: use cases with their dependencies named, out of the meetings closure.

/** What the corrections need from the meeting log and the minutes. */
export interface CorrectionDeps {
  s: Pick<Services, 'store' | 'clock' | 'messenger' | 'config'>;
  log(m: MeetingRecord): Promise<Entry[]>;
  append(m: MeetingRecord, e: Entry): Promise<void>;
  newId(n: { tenantId: string; networkId: string }): Promise<string>;
  minutesOf(m: MeetingRecord): Promise<Minutes>;
  minutesCard(m: MeetingRecord): Promise<AdaptiveCard>;
  /** The privacy and length check every entry passes. */
  checked(ctx: RequestContext, raw: string): CheckedInput | Promise<CheckedInput>;
  /** A task taken out of the minutes stops being followed up. */
  retireTask(ctx: RequestContext, taskId: string): Promise<unknown>;
  minutesExample(network: Network): Promise<string>;
  running(ctx: RequestContext): Promise<MeetingRecord | null>;
}

export const correctionData = z
  .object({
    networkId: z.string().min(1).max(300),
    meetingId: z.string().min(1).max(20),
    entryId: z.string().min(1).max(60),
  })
  .loose();

/** The task-status lines of the minutes as they stand (corrected, removed ones left out). */
async function followUpLines(d: CorrectionDeps, m: MeetingRecord, log: readonly Entry[]): Promise<FollowUpLine[]> {
  return (
    (await taskFollowUp(d.s.store, m, log, d.s.clock.now(), await sincePrevious(d.s, m), d.s.config.timezone))?.lines ??
    []
  );
}

async function correctionCard(d: CorrectionDeps, m: MeetingRecord): Promise<AdaptiveCard> {
  const log = await d.log(m);
  return minutesCorrectCard({
    networkId: m.networkId,
    minutes: await d.minutesOf(m),
    entries: effectiveEntries(log),
    followUps: await followUpLines(d, m, log),
  });
}

/** `rett referat [dato]` (leaders): a card with every entry still in the minutes, to edit or remove. */
export async function correctMinutes(d: CorrectionDeps, ctx: RequestContext, args: string): Promise<Reply[]> {
  const { s } = d;
  const network = networkHere(ctx);
  const refused = await requireLeader(s.store, ctx, t.correct.what);
  if (refused) return [refused];
  let m: MeetingRecord | null;
  const example = (await d.minutesExample(network)).replace(/^referat/, 'rett referat');
  // «rett referat 18.12 vedtak: …» adds a line forgotten in the meeting (month s15 #1).
  const adding = readAddedLine(args);
  const dated = adding ? adding.date : args;
  if (dated.trim()) {
    const date = parseNorwegianDate(dated, { now: s.clock.now(), timeZone: s.config.timezone, back: true });
    if (!date.ok) return [card(noticeCard({ title: date.error, example, tone: 'error' }))];
    m = await s.store.meetings.byDate(network.tenantId, network.networkId, date.date);
    if (!m) return [card(noticeCard({ title: t.noMinutesOn(formatShort(date.date)), example, tone: 'error' }))];
  } else {
    m = (await s.store.meetings.ended(network.tenantId, network.networkId, 1))[0] ?? null;
    if (!m) return [text((await d.running(ctx)) ? t.correct.notEnded : t.noMinutes)];
  }
  if (m.status !== 'ended') return [text(t.correct.notEnded)];
  if (adding) return addLine(d, ctx, m, adding);
  // The card edits and removes lines; how to add one it cannot show is said beside it.
  return [card(await correctionCard(d, m)), text(t.correct.addHint(formatShort(m.date).slice(0, 5)))];
}

type AddedLine = { date: string; item: number | null; kind: 'decision' | 'note'; text: string };

/** «[dato] [punkt 3] vedtak: …» / «… legg til info: …» after «rett referat», or null. */
export function readAddedLine(args: string): AddedLine | null {
  const hit =
    /^(.*?)\s*(?:legg\s+til\s+)?(?:punkt\s+(\d{1,2})\s*[:,]?\s+)?(vedtak|beslutning|info|notat)\s*[:–—-]\s*(\S[\s\S]*)$/iu.exec(
      args.trim(),
    );
  if (!hit) return null;
  const [, date = '', item, word = '', rest = ''] = hit;
  const kind = /^(?:vedtak|beslutning)$/iu.test(word) ? 'decision' : 'note';
  return { date: date.replace(/\s*legg\s+til$/iu, ''), item: item ? Number(item) : null, kind, text: rest.trim() };
}

/**
 * A forgotten decision or note added to ended minutes: an entry after the end, as a line saved from
 * «Mente du …» after the end is (waiting-lines.ts), so the minutes stay a function of the log and show who
 * added it and when; the channel is told when the minutes were approved, as for every other correction.
 */
async function addLine(d: CorrectionDeps, ctx: RequestContext, m: MeetingRecord, a: AddedLine): Promise<Reply[]> {
  const { s } = d;
  const network = networkHere(ctx);
  const log = await d.log(m);
  const count = agendaOf(m).length;
  if (a.item !== null && (a.item < 1 || a.item > count)) return [text(t.noSuchItem(String(a.item), count))];
  const c = await d.checked(ctx, a.text);
  if (!c.ok) return c.reply;
  const item = a.item ?? currentItem(log);
  await d.append(m, {
    id: await d.newId(network),
    at: s.clock.now().toISOString(),
    author: ctx.actor,
    item,
    kind: a.kind,
    text: c.text,
  });
  ctx.log.info({ meetingId: m.id, kind: a.kind }, 'line added to the minutes after the end');
  await redrawPostedMinutes(s, ctx, network, m, () => d.minutesCard(m));
  const date = formatShort(m.date);
  const label = a.kind === 'decision' ? t.ack.decision : t.ack.note;
  const stored = `«${shorten(c.text, 80, { atWord: true })}»`;
  if (m.approvedAt)
    await s.messenger
      .startThread(network, {
        text: t.correctedAnnouncement(date, ctx.actor.name, t.correct.addedChange(label, stored)),
      })
      .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not announce the correction'));
  return [text(t.correct.added(label, item, date, stored))];
}

/**
 * "Lagre" or "Fjern" on the correction card: a correction or removal entry appended to the log
 * (the original stays), and the posted minutes card shown anew for everyone.
 */
export async function correctionClick(
  d: CorrectionDeps,
  ctx: RequestContext,
  data: z.infer<typeof correctionData>,
  kind: 'correction' | 'removal',
): Promise<ActionResult> {
  const { s } = d;
  const checked = await leaderCardNetwork(s.store, ctx, data.networkId, t.correct.what);
  if ('refused' in checked) return checked.refused;
  const { network } = checked;
  const m = await s.store.meetings.get(network.tenantId, network.networkId, data.meetingId);
  if (!m || m.status !== 'ended') return { kind: 'message', text: t.correct.notEnded };
  const log = await d.log(m);
  // A task-status line is made from the task's history, not typed: its corrections are aimed at its own id.
  if (isFollowUpLineId(data.entryId)) {
    const line = (await followUpLines(d, m, log)).find((l) => l.id === data.entryId);
    if (!line) return { kind: 'message', text: t.correct.gone };
    return applyCorrection(d, ctx, m, data, kind, { id: line.id, item: line.item, text: line.text });
  }
  const target = effectiveEntries(log).find((e) => e.id === data.entryId);
  if (!target || !['note', 'decision', 'task', 'attendance'].includes(target.kind))
    return { kind: 'message', text: t.correct.gone };
  if (kind === 'correction' && target.kind !== 'note' && target.kind !== 'decision')
    return { kind: 'message', text: t.correct.gone };
  const taskId = target.kind === 'task' ? target.taskId : undefined;
  return applyCorrection(d, ctx, m, data, kind, {
    id: target.id,
    item: target.item,
    text: 'text' in target ? target.text : '',
    taskId,
  });
}

async function applyCorrection(
  d: CorrectionDeps,
  ctx: RequestContext,
  m: MeetingRecord,
  data: z.infer<typeof correctionData>,
  kind: 'correction' | 'removal',
  target: { id: string; item: number; text: string; taskId?: string },
): Promise<ActionResult> {
  const { s } = d;
  const network = networkHere(ctx);
  const entry = { id: await d.newId(network), at: s.clock.now().toISOString(), author: ctx.actor, item: target.item };
  if (kind === 'correction') {
    const raw = (data as Record<string, unknown>)[correctionInputId(target.id)];
    const typed = typeof raw === 'string' ? raw.trim() : '';
    if (!typed) return { kind: 'message', text: t.correct.empty_text };
    const c = await d.checked(ctx, typed);
    if (!c.ok) return { kind: 'message', text: c.reply[0]?.kind === 'text' ? c.reply[0].text : t.tooLongTitle };
    if (c.text === target.text) return { kind: 'message', text: t.correct.unchanged };
    await d.append(m, { ...entry, kind: 'correction', target: target.id, text: c.text });
  } else {
    await d.append(m, { ...entry, kind: 'removal', target: target.id });
    // A task taken out of the minutes is not followed up either, as with «angre» in the meeting.
    if (target.taskId) await d.retireTask(ctx, target.taskId);
  }
  ctx.log.info({ meetingId: m.id, kind }, 'minutes corrected');
  await redrawPostedMinutes(s, ctx, network, m, () => d.minutesCard(m));
  // A card update notifies nobody: a change to approved minutes is told in the channel (month round 8b, N21),
  // with what changed, so a decision read or downloaded before is seen to have changed (month s14 #9).
  const change = textChanges(await d.log(m)).get(entry.id);
  if (m.approvedAt)
    await s.messenger
      .startThread(network, {
        text: t.correctedAnnouncement(formatShort(m.date), ctx.actor.name, change && changeText(change)),
      })
      .catch((err) => ctx.log.warn({ err: { message: (err as Error).message } }, 'could not announce the correction'));
  return { kind: 'card', card: await correctionCard(d, m) };
}
