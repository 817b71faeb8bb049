import { agendaCard } from '../../cards/agenda.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import type { RequestContext } from '../conversation/types.ts';
import { common, meetingText as t } from '../i18n/index.ts';
import { requireLeader } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { agendaView, nextOccurrence } from './agenda-view.ts';
import { seriesOf } from './planning.ts';
import { agendaSchema, type AgendaItem } from './standing-agenda.ts';

// «Endre fast agenda» on the agenda card: the standing agenda typed one item per line.

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

/**
 * The typed text as agenda items, one per non-empty line. An item that keeps its title keeps what
 * the bot fills it with and its owner; a line without minutes keeps the old length (or 10).
 */
export function readAgendaText(typed: string, before: readonly AgendaItem[]): AgendaItem[] {
  return typed
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const { title, minutes } = splitAgendaLine(l);
      const known = before.find((b) => b.title === title);
      return {
        title,
        minutes: Number(minutes) || known?.minutes || 10,
        fill: known?.fill,
        owner: known?.owner,
      };
    });
}

/** «Lagre» under «Endre fast agenda» (leaders): the standing agenda is replaced and the card shows it. */
export async function saveAgenda(
  s: Services,
  ctx: RequestContext,
  data: { networkId: string; agendaText?: string },
): Promise<ActionResult> {
  const network = ctx.scope.network;
  if (!network || network.networkId !== data.networkId) return { kind: 'message', text: common.wrongNetworkCard };
  const refused = await requireLeader(s.store, ctx, t.editAgendaWhat);
  if (refused) return { kind: 'message', text: refused.kind === 'text' ? refused.text : '' };
  // Privacy before format: an identity number gets the same refusal as anywhere else, never echoed.
  const g = guard(data.agendaText ?? '');
  if (!g.ok) return { kind: 'message', text: g.message };
  const { series, agenda: before } = await seriesOf(s, network);
  const parsed = agendaSchema.safeParse(readAgendaText(data.agendaText ?? '', before));
  if (!parsed.success) return { kind: 'message', text: t.agendaSaveError };
  await s.store.meetings.saveSeries(network.tenantId, network.networkId, series, parsed.data, ctx.actor, s.clock.now());
  const o = await nextOccurrence(s, network);
  return o
    ? { kind: 'card', card: agendaCard(await agendaView(s, network, o)) }
    : { kind: 'message', text: t.noMeetingPlanned };
}
