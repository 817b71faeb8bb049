import type { Services } from '../app/services.ts';
import { networkHere } from '../conversation/network.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { deadlineText as t } from '../i18n/index.ts';
import { deliverOrAsk } from './deadline-clicks.ts';
import type { Deadline } from './deadline.ts';

const ID = String.raw`(f\d{1,4})`;
// «F2 er levert», «F2 levert», «levert F2», «den er levert!», «søknaden er levert», «vi har levert».
const FORMS = [
  new RegExp(String.raw`^${ID}\s*(?:er|ble|blir)?\s*levert$`, 'iu'),
  new RegExp(
    String.raw`^(?:(?:den|det|vi|jeg|fristen|søknaden|rapporten|rapporteringen|regnskapet)\s+)?(?:(?:er|ble|har|har blitt)\s+)?levert(?:\s+${ID})?(?:\s+nå)?$`,
    'iu',
  ),
];

/**
 * N13: the words for a card's «Levert»: the F-number they name ('' when none), or null when the text
 * says something else. Claimed before the text is read as a question or a typo of another command.
 */
export function readDelivered(line: string): string | null {
  const clean = line
    .trim()
    .replace(/[.!]+$/u, '')
    .trim();
  for (const form of FORMS) {
    const m = form.exec(clean);
    if (m) return (m[1] ?? '').toUpperCase();
  }
  return null;
}

/** The open deadlines whose card is the start of this thread, or was answered in it. */
async function deadlinesOfThread(s: Services, ctx: RequestContext): Promise<Deadline[]> {
  const thread = ctx.scope.threadId;
  if (!thread || ctx.scope.conversationType !== 'channel') return [];
  const n = networkHere(ctx);
  const found: Deadline[] = [];
  for (const d of await s.store.deadlines.listOpen(n.tenantId, n.networkId)) {
    const cards = await s.store.deadlines.cards(n.tenantId, n.networkId, d.id);
    if (cards.some((c) => c.activityId === thread || c.conversationId.endsWith(`;messageid=${thread}`))) found.push(d);
  }
  return found;
}

/**
 * «levert» in the thread of a deadline's card (or «F2 er levert» anywhere in the channel): the same
 * as the card's «Levert», for anyone in the network. Without a deadline to go by, how to say it.
 */
export async function deliveredByWords(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const n = networkHere(ctx);
  let id = readDelivered(`levert ${args}`) || args.trim().toUpperCase();
  if (!id) {
    const here = await deadlinesOfThread(s, ctx);
    // Talk in a meeting's thread («søknaden er levert») is not for the bot unless it names a deadline.
    if (here.length !== 1 && ctx.mentionedBot === false) return [];
    if (here.length !== 1) {
      const open = await s.store.deadlines.listOpen(n.tenantId, n.networkId);
      const named = (here.length ? here : open).slice(0, 5).map((d) => `${d.id} «${d.title}»`);
      // A reply in a thread (not the thread's own first message) whose deadline is no longer open.
      const inThread = !here.length && ctx.scope.threadId !== ctx.scope.activityId;
      return [text(t.deliveredHowTo(`${(here[0] ?? open[0])?.id ?? 'F1'} levert`, named, inThread))];
    }
    id = here[0]!.id;
  }
  if (!/^F\d{1,4}$/u.test(id)) return [text(t.deliveredHowTo('F1 levert', [], false))];
  const before = await s.store.deadlines.get(n.tenantId, n.networkId, id);
  if (!before) return [text(t.notFound(id))];
  if (before.status === 'done') return [text(`${before.id} «${before.title}»: ${t.alreadyDone}`)];
  const r = await deliverOrAsk(
    s,
    { ...ctx, scope: { ...ctx.scope, cardActivityId: null } },
    { deadlineId: id, networkId: n.networkId },
    'words',
  );
  if ('refused' in r) return [text(r.refused.kind === 'message' ? r.refused.text : t.notFound(id))];
  if ('asked' in r) return [card(r.asked)];
  return [text(r.said ?? `${before.id} «${before.title}»: ${t.alreadyDone}`)];
}
