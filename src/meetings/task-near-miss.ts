import { z } from 'zod';
import { noticeCard } from '../../cards/notice.ts';
import type { Services } from '../app/services.ts';
import type { ActionResult } from '../commands/spec.ts';
import { answerClickedCard } from '../conversation/clicked-card.ts';
import { issueConfirmation, nonceSchema, useConfirmation } from '../conversation/confirmations.ts';
import { cardNetwork, wrongNetworkCard } from '../conversation/guards.ts';
import { networkHere } from '../conversation/network.ts';
import { fromNynorsk } from '../commands/nynorsk.ts';
import { card, text, type Reply, type RequestContext } from '../conversation/types.ts';
import { editDistance } from '../guidelines/spelling.ts';
import { meetingText as t } from '../i18n/index.ts';
import { standingOf } from '../networks/roles.ts';
import { guard } from '../privacy/guard.ts';
import { mentionsFromCard } from './record-task.ts';

// Month s12 #6: «opgave @Per Olsen …» got a generic «Mente du «oppgave»?» with someone else's task as the
// example, and no button, unlike «vedak:». It is asked about with the line as meant and a button that
// saves it once, for the writer or a leader, as the entry words' button does (keyword-typo.ts).

const TASK_WORD = 'oppgave';
/** The writer is part of the purpose, so a nonce only confirms the card issued for that person's line. */
const PURPOSE = 'meeting.taskline';
/** A meeting day: the button is for the meeting it was asked in. */
const VALID_MS = 24 * 60 * 60 * 1000;

/** «opgave @Per Olsen sende …» → «@Per Olsen sende …»: a task line whose word is one edit off, before an @mention. */
export function nearMissTask(typed: string): string | null {
  const m = /^\s*(\p{L}{4,10})\s+(@\S.*)$/su.exec(typed.normalize('NFC'));
  if (!m) return null;
  // «oppgåve» is the nynorsk word, not a slip: the command runs as written (N13).
  const head = fromNynorsk(m[1]!).toLocaleLowerCase('nb');
  return head !== TASK_WORD && editDistance(head, TASK_WORD, 1) <= 1 ? m[2]!.trim() : null;
}

/** «Mente du «oppgave»?» with the person's own line corrected and a single-use button that saves it. */
export async function askTaskNearMiss(s: Services, ctx: RequestContext, args: string): Promise<Reply[]> {
  const line = `${TASK_WORD} ${args}`;
  // A number that must not be stored is not posted back either.
  const g = guard(line);
  if (!g.ok) return [text(g.message)];
  const n = networkHere(ctx);
  const { nonce, expires } = await issueConfirmation(s.store, n, purpose(ctx.actor.id), s.clock.now(), VALID_MS);
  const mentions = JSON.stringify(
    ctx.mentions.map((m) => ({ id: m.id, aadObjectId: m.aadObjectId, name: m.name, text: m.text })),
  );
  const notice = noticeCard({
    title: t.nearMiss.title(TASK_WORD),
    message: t.nearMiss.taskMessage,
    example: line,
    tone: 'info',
  });
  const action = {
    type: 'Action.Execute',
    title: t.nearMiss.button(TASK_WORD),
    verb: PURPOSE,
    data: { networkId: n.networkId, line, mentions, nonce, expires, by: ctx.actor.id, byName: ctx.actor.name },
  };
  return [card({ ...notice, actions: [action] })];
}

export const taskLineData = z.object({
  networkId: z.string().min(1).max(300),
  line: z.string().max(5000),
  mentions: z.string().max(10000).optional(),
  nonce: nonceSchema,
  expires: z.string().max(40),
  by: z.string().min(1).max(200),
  byName: z.string().max(200),
});

/**
 * «Lagre som «oppgave»» pressed: the writer or a leader saves the line once (others are refused, and the
 * card stays usable), and the posted card then reads «Lagret av …» for everyone. A line that still cannot
 * be saved (a past date, say) is answered as the typed line is, with its draft to fix.
 */
export async function saveTaskLine(
  s: Services,
  ctx: RequestContext,
  d: z.infer<typeof taskLineData>,
  record: (ctx: RequestContext, args: string) => Promise<Reply[]>,
): Promise<ActionResult> {
  const network = cardNetwork(ctx, d.networkId);
  if (!network) return wrongNetworkCard;
  if (!d.line.startsWith(`${TASK_WORD} `)) return { kind: 'message', text: t.nearMiss.gone };
  if (ctx.actor.id !== d.by && (await standingOf(s.store, ctx)) !== 'leader')
    return { kind: 'message', text: t.nearMiss.notYours(d.byName || t.nearMiss.someone) };
  const use = await useConfirmation(s.store, network, purpose(d.by), d.nonce, ctx.actor, s.clock.now(), d.expires);
  if (use !== 'ok') return { kind: 'message', text: t.nearMiss.taskAlready };
  const mentions = mentionsFromCard(d.mentions);
  const replies = await record({ ...ctx, text: d.line, mentions }, d.line.slice(TASK_WORD.length).trim());
  const saved = await s.store.tasks.listOpen(network.tenantId, network.networkId);
  const made = saved.some((x) => x.createdBy.id === ctx.actor.id && d.line.includes(x.text));
  const first = replies[0];
  if (!made && first)
    return first.kind === 'card' ? { kind: 'card', card: first.card } : { kind: 'message', text: first.text };
  const said = replies.flatMap((r) => (r.kind === 'text' ? [r.text] : [])).join('\n\n');
  const done = noticeCard({ title: t.nearMiss.savedBy(ctx.actor.name), message: said, example: d.line, tone: 'ok' });
  return answerClickedCard(s, ctx, network, done, 'the near-miss task card');
}

const purpose = (writerId: string) => `${PURPOSE}:${writerId}`;
