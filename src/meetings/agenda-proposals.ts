import { agendaCard, MAX_AGENDA_ITEMS } from '../../cards/agenda.ts';
import { noticeCard } from '../../cards/notice.ts';
import { proposalCard } from '../../cards/proposal.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { agendaText, cardLimitText, meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { guard } from '../privacy/guard.ts';
import { onceAtATime } from '../conversation/confirmations.ts';
import { meetingDayText } from '../i18n/meeting-day.ts';
import { clockTimeOf } from '../time/clock-time.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { agendaCardFor, agendaView, nextOccurrence } from './agenda-view.ts';
import { agendaNoticeOf } from './agenda-notice-ref.ts';
import { checkEntryText } from './entry-check.ts';
import { AGENDA_NOTICE, proposalCutoff, seriesOf, upcoming } from './planning.ts';
import type { AgendaProposal } from './repository.ts';
import { leaderCardNetwork } from '../conversation/guards.ts';
import { leaderMentions, shorten } from '../conversation/reach.ts';
import { fixedItemLike, sameWords } from './proposal-slot.ts';
import { answerClickedCard } from '../conversation/clicked-card.ts';

/** Undecided proposals one person may have for one meeting: each card @mentions every leader (attacker A9). */
export const MAX_WAITING_PROPOSALS = 5;

// The agenda of the next meeting: `agenda` shows it, `agenda + …` proposes an item, leaders decide.

/** `agenda`: the next meeting's agenda card. */
export async function showAgenda(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const network = networkHere(ctx);
  const o = await nextOccurrence(s, network);
  if (!o) return [text(t.noMeetingPlanned)];
  return [card(agendaCard(await agendaView(s, network, o)))];
}

/** A proposal card that @mentions the leaders, who accept or decline it. */
export async function proposalForLeaders(s: Services, network: Network, p: AgendaProposal): Promise<Reply> {
  const { mentions } = await leaderMentions(s.store, network);
  return { kind: 'card', card: proposalCard(p), mentions };
}

/** A proposal's words in a sentence: short enough that the sentence around it still reads. */
export const quoted = (text: string) => shorten(text, 80);

/**
 * `agenda + …`: a proposal for the next meeting, or the one after when the cut-off has passed.
 * A member's proposal goes to the leaders on a card; a leader's own goes straight onto the agenda
 * (asking her to approve herself would be noise).
 */
export async function propose(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const network = networkHere(ctx);
  if (!args.trim())
    return [
      card(
        noticeCard({
          title: t.proposalEmpty,
          message: t.proposalEmpty,
          example: t.commands.propose.example,
          tone: 'error',
        }),
      ),
    ];
  const c = checkEntryText(args);
  if (!c.ok) return c.reply;
  const o = await nextOccurrence(s, network);
  if (!o) return [text(t.noMeetingPlanned)];
  const cutoff = proposalCutoff(o.date);
  let date = o.date;
  const today = localDateOf(s.clock.now(), s.config.timezone);
  // Today's meeting already on (month s16 #5): the reply says so, not «Vil du ta det opp <i dag>» as if to come.
  const running = o.date === today ? await s.store.meetings.running(network.tenantId, network.networkId) : null;
  const startedAt = running?.date === today ? clockTimeOf(new Date(running.startedAt), s.config.timezone) : null;
  if (today > cutoff) {
    const after = (await upcoming(s, network, 2))[1];
    if (!after)
      return [
        text(
          startedAt
            ? meetingDayText.closedWhileRunning(startedAt)
            : t.proposalClosed(formatShort(o.date), formatShort(cutoff)),
        ),
      ];
    date = after.date;
  }
  const late = date !== o.date;
  // The same words from the same person for the same meeting (a resend, a double send) are one proposal.
  const same = sameWords(c.text);
  const forDate = await s.store.meetings.proposals(network.tenantId, network.networkId, date);
  const earlier = forDate.find(
    (x) => x.proposedBy.id === ctx.actor.id && x.status !== 'declined' && sameWords(x.text) === same,
  );
  if (earlier) return [text(agendaText.proposals.duplicate(earlier.id, formatShort(date)))];
  // One card in Teams holds about 40 items (A11a): the fixed agenda and every proposal not declined count.
  const fixed = (await seriesOf(s, network)).agenda;
  const onAgenda = fixed.length + forDate.filter((x) => x.status !== 'declined').length;
  if (onAgenda >= MAX_AGENDA_ITEMS) return [text(cardLimitText.agendaFull(MAX_AGENDA_ITEMS, c.text))];
  const waiting = forDate.filter((x) => x.proposedBy.id === ctx.actor.id && x.status === 'proposed').length;
  if (waiting >= MAX_WAITING_PROPOSALS)
    return [text(agendaText.proposals.tooMany(MAX_WAITING_PROPOSALS, formatShort(date), c.text))];
  const p = await s.store.meetings.propose({
    tenantId: network.tenantId,
    networkId: network.networkId,
    meetingDate: date,
    text: c.text,
    proposedBy: ctx.actor,
    createdAt: s.clock.now().toISOString(),
  });
  // Said in the reply the proposer and the leaders both see, above the card the leaders decide on (N13).
  const like = fixedItemLike(p.text, fixed);
  const note = like ? ` ${t.proposalOnFixedAgenda(like.n, quoted(like.title))}` : '';
  if ((await s.store.people.roleOf(network.tenantId, network.networkId, ctx.actor)) === 'leader') {
    await s.store.meetings.decideProposal(network.tenantId, network.networkId, p.id, 'accepted', ctx.actor);
    if (!late) await announceAgendaChange(s, ctx, network, p);
    return [
      text(
        (late && startedAt
          ? meetingDayText.addedWhileRunning(p.id, quoted(p.text), startedAt, formatShort(date))
          : late
            ? t.addedByLeaderLate(p.id, quoted(p.text), formatShort(o.date), formatShort(cutoff), formatShort(date))
            : t.addedByLeader(p.id, quoted(p.text), formatShort(date))) + note,
      ),
    ];
  }
  return [
    text(
      (late && startedAt
        ? meetingDayText.proposedWhileRunning(p.id, startedAt, formatShort(date))
        : late
          ? t.proposedLate(p.id, formatShort(o.date), formatShort(cutoff), formatShort(date))
          : t.proposed(p.id, formatShort(date))) + note,
    ),
    await proposalForLeaders(s, network, p),
  ];
}

export const MAX_DECLINE_REASON = 500;

/** What a click on «Godta» or «Avslå» carries: the reason field comes along with «Avslå». */
export interface DecisionData {
  proposalId: string;
  networkId: string;
  /** The meeting the proposal is for; cards posted before it was carried lack it. */
  meetingDate?: string;
  reason?: string;
}

/**
 * «Godta» / «Avslå» on a proposal card (leaders): the card changes for everyone, and the proposer
 * is told in the proposal's thread with an @mention, since an updated card notifies nobody in Teams.
 */
export async function decideProposal(
  s: Services,
  ctx: RequestContext,
  data: DecisionData,
  status: 'accepted' | 'declined',
): Promise<ActionResult> {
  const checked = await leaderCardNetwork(s.store, ctx, data.networkId, t.decideWhat);
  if ('refused' in checked) return checked.refused;
  const { network } = checked;
  const typedReason = status === 'declined' ? (data.reason ?? '').trim() : '';
  // Privacy before anything is stored or posted: an identity number is refused, never echoed.
  const g = guard(typedReason);
  if (!g.ok) return { kind: 'message', text: g.message };
  if (typedReason.length > MAX_DECLINE_REASON)
    return { kind: 'message', text: t.declineReasonTooLong(typedReason.length, MAX_DECLINE_REASON) };
  // Two clicks at once would both find the proposal undecided and tell the proposer twice.
  return onceAtATime(
    s.store,
    network,
    'meetings.decideProposal',
    data.proposalId,
    s.clock.now(),
    60_000,
    () => decide(s, ctx, network, data, status, typedReason),
    (): ActionResult => ({ kind: 'message', text: t.proposalBeingDecided }),
  );
}

async function decide(
  s: Services,
  ctx: RequestContext,
  network: Network,
  data: DecisionData,
  status: 'accepted' | 'declined',
  reason: string,
): Promise<ActionResult> {
  const before = data.meetingDate
    ? (await s.store.meetings.proposals(network.tenantId, network.networkId, data.meetingDate)).find(
        (x) => x.id === data.proposalId,
      )
    : undefined;
  const p = await s.store.meetings.decideProposal(
    network.tenantId,
    network.networkId,
    data.proposalId,
    status,
    ctx.actor,
  );
  if (!p) return { kind: 'message', text: t.notRunning };
  const c = proposalCard(p, { reason });
  const answer = await answerClickedCard(s, ctx, network, c, 'a posted card');
  // A repeated click (the same decision again) has told the proposer already.
  if (before?.status !== status) await tellProposer(s, ctx, network, p, reason);
  if (before?.status !== status && status === 'accepted') await announceAgendaChange(s, ctx, network, p);
  return answer;
}

/**
 * Month s13 #8: an item accepted after the agenda notice went out was missing from it, and only the
 * proposer heard. The notice's card is not kept to redraw, so the channel gets one short line with the
 * new item's number; before the notice, the notice itself will have it.
 */
async function announceAgendaChange(
  s: Services,
  ctx: RequestContext,
  network: Network,
  p: AgendaProposal,
): Promise<void> {
  const notices = await s.store.jobs.list(network.tenantId, network.networkId, { kind: AGENDA_NOTICE, status: 'done' });
  if (!notices.some((j) => (j.payload as { date?: string } | null)?.date === p.meetingDate)) return;
  const occurrence = (await upcoming(s, network, 3)).find((o) => o.date === p.meetingDate);
  if (!occurrence) return;
  const item = (await agendaView(s, network, occurrence)).items.find((i) => i.title === p.text);
  if (!item) return;
  const line = t.agendaChanged(formatShort(p.meetingDate), item.n, quoted(p.text));
  const warn = (what: string) => (err: unknown) => ctx.log.warn({ err: { message: (err as Error).message } }, what);
  // The notice's card is redrawn for everyone, and the line goes in its thread; a notice posted before
  // its place was kept gets the line as a post of its own.
  const notice = await agendaNoticeOf(s, network, p.meetingDate);
  if (!notice) {
    await s.messenger
      .startThread(network, { text: line, summary: line })
      .catch(warn('could not say that the agenda changed'));
    return;
  }
  const where = { ...network.conversation, conversationId: notice.conversationId };
  await s.messenger
    .update(where, notice.activityId, {
      card: await agendaCardFor(
        s,
        network,
        occurrence,
        notice.changed ? t.agendaEdit.changedOn(formatShort(notice.changed.date), notice.changed.by) : '',
      ),
      summary: t.notice.agendaSummary(formatShort(p.meetingDate)),
    })
    .catch(warn('could not redraw the agenda notice'));
  await s.messenger
    .send(network.conversation, { text: line }, notice.activityId)
    .catch(warn('could not say that the agenda changed'));
}

/** The proposer hears the decision in the thread the card is in, by name; a leader deciding her own needs no note. */
async function tellProposer(
  s: Services,
  ctx: RequestContext,
  network: Network,
  p: AgendaProposal,
  reason: string,
): Promise<void> {
  if (p.proposedBy.id === ctx.actor.id) return;
  const name = p.proposedBy.name;
  const message = {
    text:
      p.status === 'accepted'
        ? t.proposerAccepted(name, p.id, quoted(p.text), ctx.actor.name, formatShort(p.meetingDate))
        : t.proposerDeclined(name, p.id, quoted(p.text), ctx.actor.name, reason),
    mentions: [{ ...p.proposedBy, text: `@${name}` }],
  };
  try {
    await s.messenger.send(network.conversation, message, ctx.scope.threadId);
  } catch (err) {
    ctx.log.warn({ err: { message: (err as Error).message }, proposalId: p.id }, 'could not tell the proposer');
  }
}
