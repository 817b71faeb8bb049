import { leaderMentions, mentionLine, mentionsOf } from '../conversation/reach.ts';
import { memberLeftText as t } from '../i18n/index.ts';
import type { Logger } from '../log.ts';
import type { Messenger } from '../messaging/messenger.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../time/clock.ts';
import { noteJoined, noteLeft } from '../tab/departures.ts';
import { noteDeparted, noteRejoined } from './departed.ts';

/**
 * Someone left the team (Teams: conversationUpdate, membersRemoved). Whatever role they had goes,
 * so the leader list, refusals, escalations and @mentions stop naming them. A leader's leaving is
 * said in the channel: to the remaining leaders by @mention, or, when none remain, to everyone,
 * with how to name a new one. A member's leaving is not announced (Teams shows it already).
 */
export async function memberLeftTeam(
  s: { store: Store; messenger: Messenger; log: Logger; clock: Clock },
  tenantId: string,
  networkId: string,
  who: { id?: string; aadObjectId?: string },
): Promise<void> {
  // The tab refuses them from now on, without waiting for its cached roster answer to go stale.
  noteLeft(s.store, tenantId, networkId, who);
  const network = await s.store.networks.get(tenantId, networkId);
  if (!network) return;
  // Cards and commands from them are refused from now on (N17), until they join again.
  await noteDeparted(s.store, tenantId, networkId, who, s.clock.now());
  const before = await s.store.people.listRole(tenantId, networkId, 'leader');
  const same = (p: { id?: string; aadObjectId?: string }) =>
    (!!who.id && p.id === who.id) || (!!who.aadObjectId && p.aadObjectId === who.aadObjectId);
  const leader = before.find(same);
  await s.store.people.removeRole(tenantId, networkId, who);
  if (!leader) return;
  const { leaders, mentions } = await leaderMentions(s.store, network);
  s.log.info({ tenantId, networkId, leadersLeft: leaders.length }, 'leader left the team');
  if (leaders.length)
    await s.messenger.startThread(network, {
      text: t.leaderLeft(
        mentionLine(mentions),
        leader.name,
        leaders.map((l) => l.name),
      ),
      mentions: mentionsOf(leaders),
    });
  else await s.messenger.startThread(network, { text: t.lastLeaderLeft(leader.name) });
}

/**
 * Someone joined the team (Teams: conversationUpdate, membersAdded): one who had left may act on the
 * network again, as a member (a former leader's role does not come back by itself).
 */
export async function memberJoinedTeam(
  s: { store: Store },
  tenantId: string,
  networkId: string,
  who: { id?: string; aadObjectId?: string },
): Promise<void> {
  noteJoined(s.store, tenantId, networkId, who);
  await noteRejoined(s.store, tenantId, networkId, who);
}
