import type { Reply, RequestContext } from '../../conversation/types.ts';
import { guidelinesText as t } from '../../i18n/index.ts';
import { figuresIn, hasFigures, readStatement, type Facts } from '../statement.ts';
import { checkPrivacy, networksOf, type GuidelinesDeps } from './deps.ts';
import { askerKey } from './previous-question.ts';

// Facts told first, the question after (month s15 #5): the statement is acknowledged and kept with the
// person's follow-up memory, and their next question without figures of its own is read with it, so the
// computed rules apply to the amount they told («400 000 kr er over grensen på 200 000 kr …»).

// Facts told in a personal chat are about the asker's network, though the chat belongs to none: they are kept once
// under each network the asker is in and read only while every copy is there, so «slett nettverksdata» in any of
// them forgets them (review s16 #13). Someone in no network keeps them under none, where no erase is owed.
async function keysOf(deps: GuidelinesDeps, ctx: RequestContext): Promise<string[]> {
  const key = (networkId: string) => askerKey(ctx.scope.tenantId, networkId, ctx.scope.conversationId, ctx.actor.id);
  if (ctx.scope.network) return [key(ctx.scope.network.networkId)];
  if (ctx.scope.conversationType !== 'personal') return [key('')];
  const mine = await networksOf(deps.s, ctx);
  return mine.length ? mine.map((n) => key(n.networkId)) : [key('')];
}

function parts(f: Facts): string[] {
  const how = f.amount?.granted ? 'granted' : f.amount?.applied ? 'applied' : 'plain';
  return [
    f.kind ? t.statement.kind(f.kind) : '',
    f.municipalities ? t.statement.municipalities(f.municipalities) : '',
    f.amount ? t.statement.amount(f.amount.kroner, how) : '',
    f.percent !== undefined ? t.statement.percent(f.percent) : '',
    f.year ? t.statement.year(f.year) : '',
  ].filter(Boolean);
}

/** The acknowledgement of a statement of facts (already recognised by the router's claim), which is kept. */
export async function noteFacts(deps: GuidelinesDeps, ctx: RequestContext, text: string): Promise<Reply[]> {
  // Kept text is later put before a question and shown nowhere, but it must never hold an identity number or a child.
  const privacy = checkPrivacy(text);
  if (!privacy.ok) return [{ kind: 'text', text: privacy.childRefusal ?? t.privacyRefused }];
  const read = readStatement(text);
  // The router's claim read the same text, so this holds; an empty reply is the safe way out regardless.
  if (!read) return [];
  const now = deps.s.clock.now();
  for (const key of await keysOf(deps, ctx)) deps.previous.rememberFacts(key, read.statement, now);
  // Which facts, never their text (no message text at info level).
  ctx.log.info({ facts: Object.keys(read.facts) }, 'guidelines facts noted');
  return [{ kind: 'text', text: t.statement.noted(parts(read.facts), ctx.scope.conversationType) }];
}

/** The question as it is to be read: after the person's kept facts when it carries no figures of its own. */
export async function withFacts(
  deps: GuidelinesDeps,
  ctx: RequestContext,
  question: string,
  now: Date,
): Promise<string> {
  if (hasFigures(figuresIn(question))) return question;
  const kept = (await keysOf(deps, ctx)).map((key) => deps.previous.recallFacts(key, now));
  const facts = kept.every((f) => f === kept[0]) ? kept[0] : undefined;
  return facts ? `${facts} ${question}` : question;
}
