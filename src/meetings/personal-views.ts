import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import { card, text, type AdaptiveCard, type Reply, type RequestContext } from '../conversation/types.ts';
import { agendaText, meetingText, membershipText } from '../i18n/index.ts';
import { myNetworks, tellLeadersDepartedAskedLink } from '../conversation/membership.ts';
import type { CommandSpec, Feature } from '../commands/spec.ts';
import type { Network } from '../networks/network.ts';

// N23: the read-only views `agenda` and `frister` in a personal chat show the person's own network's.
// Which networks are hers comes from the recorded roles, her messages to the bot there and her tasks:
// one is shown at once; with several she picks one by button or by typing its name after the command.

/** Names compared as typed: case and spacing do not count. */
const plain = (name: string) => name.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

/** The network named by what was typed: the exact name, else the only one whose name contains it. */
function named(mine: Network[], typed: string): Network | null {
  const want = plain(typed.replace(/^[«"']|[»"'?.!]$/gu, ''));
  const exact = mine.find((n) => plain(n.name) === want);
  if (exact) return exact;
  const partial = mine.filter((n) => plain(n.name).includes(want));
  return partial.length === 1 ? (partial[0] ?? null) : null;
}

/** Buttons that send «<command> <network>» as if typed (imBack): no card verb, so nothing to forge. */
function chooseCard(command: string, mine: Network[], notFound: string): AdaptiveCard {
  const notice = noticeCard({
    title: agendaText.personal.chooseTitle,
    message: [notFound, agendaText.personal.choose(command)].filter(Boolean).join(' '),
    tone: 'info',
  });
  const actions = mine.map((n) => ({
    type: 'Action.Submit',
    title: n.name,
    data: { msteams: { type: 'imBack', value: `${command} ${n.name}` } },
  }));
  return { ...notice, actions };
}

/** A view card without what acts on the network (card verbs, forms): in a personal chat there is no network to act in. */
export function readOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((x) => !acts(x)).map(readOnly);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'selectAction' && acts(v)) continue;
    const kept = readOnly(v);
    if (k === 'actions' && Array.isArray(kept) && kept.length === 0) continue;
    out[k] = kept;
  }
  return out;
}

function acts(x: unknown): boolean {
  const type = (x as { type?: unknown } | null)?.type;
  return type === 'Action.Execute' || type === 'Action.ShowCard' || type === 'Action.Submit';
}

/**
 * `agenda` / `frister` in a personal chat: `show` gives the view of one network (as in its channel);
 * here it comes read only, for the person's own network, or she is asked which.
 */
export async function inPersonalChat(
  s: Services,
  ctx: RequestContext,
  command: string,
  args: string,
  show: (c: RequestContext) => Promise<Reply[]>,
): Promise<Reply[]> {
  const { member: mine, departed } = await myNetworks(s, ctx);
  const typed = args.replace(/[?!.]+$/u, '').trim();
  // Someone who left a network's team sees nothing of it here either (attack round 9, A3).
  const left = typed ? (named(mine, typed) ? null : named(departed, typed)) : mine.length ? null : departed[0];
  if (left) {
    if (command === 'kalenderlenke' || command === 'frister') await tellLeadersDepartedAskedLink(s, left, ctx.actor);
    return [text(membershipText.departedView(command))];
  }
  if (!mine.length) return [text(agendaText.personal.noNetwork(command))];
  const chosen = typed ? named(mine, typed) : mine.length === 1 ? (mine[0] ?? null) : null;
  if (!chosen) return [card(chooseCard(command, mine, typed ? agendaText.personal.notFound(typed) : ''))];
  const replies = await show({ ...ctx, scope: { ...ctx.scope, network: chosen } });
  const shown: Reply[] = replies.map((r) => (r.kind === 'card' ? { ...r, card: readOnly(r.card) as AdaptiveCard } : r));
  // With several networks, which one this is must be said; the card itself names only the meeting.
  return mine.length > 1 ? [text(agendaText.personal.showing(chosen.name)), ...shown] : shown;
}

/**
 * A command that acts on one network («levert F4»), typed in a personal chat (month round 9, N2): in the
 * person's only network it runs there, as `agenda` and `frister` show theirs; a network named in the line
 * («levert F4 i Nettverk Vest») is that one, its name left out of what `run` reads; with several and none
 * named, she is asked which, with buttons that send the same line with the network's name.
 */
export async function inMyNetwork(
  s: Services,
  ctx: RequestContext,
  command: string,
  args: string,
  run: (c: RequestContext, args: string) => Promise<Reply[]>,
): Promise<Reply[]> {
  const { member: mine, departed } = await myNetworks(s, ctx);
  const line = plain(args);
  const mentioned = (list: Network[]) => list.filter((n) => n.name && line.includes(plain(n.name)));
  if (!mine.length || (mentioned(departed).length && !mentioned(mine).length))
    return [text(departed.length ? membershipText.departedView(command) : meetingText.personalAct.noNetwork(command))];
  const named = mentioned(mine).sort((a, b) => b.name.length - a.name.length)[0];
  const chosen = named ?? (mine.length === 1 ? mine[0]! : null);
  if (!chosen) {
    const example = `${command} ${args.trim()}`.trim();
    const ask = noticeCard({
      title: agendaText.personal.chooseTitle,
      message: meetingText.personalAct.choose(
        mine.map((n) => n.name),
        meetingText.personalAct.inNetwork(example, mine[0]!.name),
      ),
      tone: 'info',
    });
    const actions = mine.map((n) => ({
      type: 'Action.Submit',
      title: n.name,
      data: { msteams: { type: 'imBack', value: meetingText.personalAct.inNetwork(example, n.name) } },
    }));
    return [card({ ...ask, actions })];
  }
  // The network's name and the «i»/«for» before it are no part of what the command reads.
  const rest = named ? withoutName(args, named.name) : args;
  const replies = await run({ ...ctx, scope: { ...ctx.scope, network: chosen } }, rest);
  return mine.length > 1 ? [text(agendaText.personal.showing(chosen.name)), ...replies] : replies;
}

function withoutName(args: string, name: string): string {
  const at = args.toLocaleLowerCase('nb').indexOf(name.toLocaleLowerCase('nb'));
  if (at < 0) return args;
  const before = args.slice(0, at).replace(/\s*(?:\bi|\bfor|\bpå)?\s*$/iu, '');
  return `${before} ${args.slice(at + name.length)}`.replace(/\s+/gu, ' ').trim();
}

/** The read-only views that also answer in a personal chat, by command id («ledere»: month s14 #4). */
// «møteplan» too (month s16 #15): «frister» and the agenda answered in a personal chat, the schedule did not.
export const PERSONAL_VIEWS = new Set(['meeting.agenda', 'meeting.schedule', 'deadline.list', 'roles.list']);

/**
 * Commands that act on one network and also run in a personal chat, where its reminders come (month
 * round 9, N2), by command id, with the word they are typed with: run through `inMyNetwork`.
 */
export const PERSONAL_ACTS = new Map([['deadline.delivered', 'levert']]);

/**
 * Lets the commands in PERSONAL_VIEWS answer in a personal chat too: there they show the person's own
 * network's view, read only. In a channel or group chat they run exactly as before.
 */
export function withPersonalViews(s: Services, features: Feature[]): Feature[] {
  for (const f of features) {
    if (!f.commands) continue;
    f.commands = f.commands.map((spec): CommandSpec => {
      const act = PERSONAL_ACTS.get(spec.id);
      if (act && spec.where && !spec.where.includes('personal'))
        return {
          ...spec,
          where: [...spec.where, 'personal'],
          run: (ctx, args) =>
            ctx.scope.conversationType === 'personal'
              ? inMyNetwork(s, ctx, act, args, (c, rest) => spec.run(c, rest))
              : spec.run(ctx, args),
        };
      if (!PERSONAL_VIEWS.has(spec.id) || !spec.where || spec.where.includes('personal')) return spec;
      const command = spec.words[0] ?? spec.id;
      return {
        ...spec,
        where: [...spec.where, 'personal'],
        run: (ctx, args) =>
          ctx.scope.conversationType === 'personal'
            ? inPersonalChat(s, ctx, command, args, (c) => spec.run(c, ''))
            : spec.run(ctx, args),
      };
    });
  }
  return features;
}
