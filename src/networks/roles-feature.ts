import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { commandFamily, type Feature } from '../commands/spec.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type RequestContext, type Reply } from '../conversation/types.ts';
import { networkKindText, roleCommandText as t } from '../i18n/index.ts';
import { networkKindCommand } from './network-kind.ts';
import { claimLeadership } from './claim-leadership.ts';
import { answerRemoveLeader, askRemoveLeader, isOther, removeLeaderData, tellAdded } from './remove-leader.ts';
import { leaderName, leadersOf, requireLeader } from './roles.ts';
import { asksLeaders } from './leaders-question.ts';

/** `leder + @Navn`, `leder - @Navn` and `ledere`: who may change the schedule, agenda and deadlines. */
export function rolesFeature(s: Services): Feature {
  async function change(ctx: RequestContext, add: boolean, args: string): Promise<Reply[]> {
    const network = networkHere(ctx);
    if (add && !(await leadersOf(s.store, network.tenantId, network.networkId)).length)
      return claimLeadership(s, ctx, args);
    const refused = await requireLeader(s.store, ctx, t.changeWhat);
    if (refused) return [refused];
    const who = ctx.mentions[0];
    if (!who)
      return [
        card(
          noticeCard({
            title: t.noMention,
            message: t.noMention,
            example: add ? t.commands.add.example : t.commands.remove.example,
            tone: 'error',
          }),
        ),
      ];
    const person = { id: who.id, aadObjectId: who.aadObjectId, name: who.name };
    if (add) {
      await s.store.people.setRole(network.tenantId, network.networkId, person, 'leader', s.clock.now());
      await tellAdded(s, ctx, person);
      return [text(t.added(who.name))];
    }
    const leaders = await leadersOf(s.store, network.tenantId, network.networkId);
    const target = leaders.find((l) => l.id === who.id || (!!l.aadObjectId && l.aadObjectId === who.aadObjectId));
    if (target && leaders.length === 1)
      return [text(isOther(ctx, target) ? t.lastLeaderOther(target.name) : t.lastLeader)];
    // Another leader is removed only after a confirmation, and is told (month round 9, N5).
    if (target && isOther(ctx, target)) return askRemoveLeader(s, ctx, target);
    if (target && !(await s.store.people.removeLeaderUnlessLast(network.tenantId, network.networkId, person)))
      return [text(t.lastLeader)];
    if (!target) await s.store.people.removeRole(network.tenantId, network.networkId, person);
    return [text(t.removed(who.name))];
  }

  const cmd = commandFamily('roles', t, ['channel', 'groupChat']);
  const kind = commandFamily('network', networkKindText, ['channel', 'groupChat']);
  return {
    name: 'roles',
    commands: [
      cmd('add', ['leder +', 'leder+'], (ctx, args) => change(ctx, true, args)),
      cmd('remove', ['leder -', 'leder-'], (ctx, args) => change(ctx, false, args)),
      {
        ...cmd('list', ['ledere'], async (ctx) => {
          const n = networkHere(ctx);
          const leaders = await leadersOf(s.store, n.tenantId, n.networkId);
          return [text(leaders.length ? t.list(leaders.map(leaderName).join(', ')) : t.none)];
        }),
        claims: (typed) => (asksLeaders(typed) ? '' : null),
      },
      kind('kind', ['nettverkstype', 'nettverkstypen'], (ctx, args) => networkKindCommand(s, ctx, args)),
    ],
    actions: [
      { verb: 'leader.remove', schema: removeLeaderData, run: (ctx, d) => answerRemoveLeader(s, ctx, d, true) },
      { verb: 'leader.remove.keep', schema: removeLeaderData, run: (ctx, d) => answerRemoveLeader(s, ctx, d, false) },
    ],
  };
}
