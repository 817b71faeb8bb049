import { agendaCard } from '../../cards/agenda.ts';
import { noticeCard } from '../../cards/notice.ts';
import { proposalCard } from '../../cards/proposal.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { common, meetingText as t } from '../i18n/index.ts';
import type { Network } from '../networks/network.ts';
import { requireLeader } from '../networks/roles.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { agendaView, nextOccurrence } from './agenda-view.ts';
import { checkEntryText } from './entry-check.ts';
import { proposalCutoff, upcoming } from './planning.ts';
import type { AgendaProposal } from './repository.ts';

// The agenda of the next meeting: `agenda` shows it, `agenda + …` proposes an item, leaders decide.

/** `agenda`: the next meeting's agenda card. */
export async function showAgenda(s: Services, ctx: RequestContext): Promise<Reply[]> {
  const network = networkHere(ctx);
  const o = await nextOccurrence(s, network);
  if (!o) return [text(t.noMeetingPlanned)];
  return [card(agendaCard(await agendaView(s, network, o)))];
}

/** A proposal card that @mentions the leaders, who accept or decline it. */
async function proposalForLeaders(s: Services, network: Network, p: AgendaProposal): Promise<Reply> {
  const leaders = await s.store.people.listRole(network.tenantId, network.networkId, 'leader');
  return { kind: 'card', card: proposalCard(p), mentions: leaders.map((l) => ({ ...l, text: `@${l.name}` })) };
}

/** `agenda + …`: a proposal for the next meeting, or the one after when the cut-off has passed. */
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
  let date = o.date;
  if (localDateOf(s.clock.now(), s.config.timezone) > proposalCutoff(o.date)) {
    const after = (await upcoming(s, network, 2))[1];
    if (!after) return [text(t.proposalClosed(formatShort(o.date), formatShort(proposalCutoff(o.date))))];
    date = after.date;
  }
  const p = await s.store.meetings.propose({
    tenantId: network.tenantId,
    networkId: network.networkId,
    meetingDate: date,
    text: c.text,
    proposedBy: ctx.actor,
    createdAt: s.clock.now().toISOString(),
  });
  const replies: Reply[] = [
    text(
      date === o.date
        ? t.proposed(p.id, formatShort(date))
        : `${t.proposalClosed(formatShort(o.date), formatShort(proposalCutoff(o.date)))} ${t.proposed(p.id, formatShort(date))}`,
    ),
  ];
  replies.push(await proposalForLeaders(s, network, p));
  return replies;
}

/** «Godta» / «Avslå» on a proposal card (leaders): the card changes for everyone. */
export async function decideProposal(
  s: Services,
  ctx: RequestContext,
  data: { proposalId: string; networkId: string },
  status: 'accepted' | 'declined',
): Promise<ActionResult> {
  const network = ctx.scope.network;
  if (!network || network.networkId !== data.networkId) return { kind: 'message', text: common.wrongNetworkCard };
  const refused = await requireLeader(s.store, ctx, t.decideWhat);
  if (refused) return { kind: 'message', text: refused.kind === 'text' ? refused.text : '' };
  const p = await s.store.meetings.decideProposal(
    network.tenantId,
    network.networkId,
    data.proposalId,
    status,
    ctx.actor,
  );
  if (!p) return { kind: 'message', text: t.notRunning };
  const c = proposalCard(p);
  if (ctx.scope.cardActivityId)
    await s.messenger
      .update(network.conversation, ctx.scope.cardActivityId, { card: c }, ctx.scope.threadId)
      .catch((err: unknown) =>
        ctx.log.warn({ err: { message: (err as Error).message } }, 'could not update a posted card'),
      );
  return { kind: 'card', card: c };
}
