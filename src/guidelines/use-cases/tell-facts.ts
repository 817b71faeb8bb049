import type { Reply, RequestContext } from '../../conversation/types.ts';
import { guidelinesText as t } from '../../i18n/index.ts';
import { figuresIn, hasFigures, readStatement, type Facts } from '../statement.ts';
import { checkPrivacy, type GuidelinesDeps } from './deps.ts';
import { askerKey } from './previous-question.ts';

// Facts told first, the question after (month s15 #5): the statement is acknowledged and kept with the
// person's follow-up memory, and their next question without figures of its own is read with it, so the
// computed rules apply to the amount they told («400 000 kr er over grensen på 200 000 kr …»).

const keyOf = (ctx: RequestContext) =>
  askerKey(ctx.scope.tenantId, ctx.scope.network?.networkId ?? '', ctx.scope.conversationId, ctx.actor.id);

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
  deps.previous.rememberFacts(keyOf(ctx), read.statement, deps.s.clock.now());
  // Which facts, never their text (no message text at info level).
  ctx.log.info({ facts: Object.keys(read.facts) }, 'guidelines facts noted');
  return [{ kind: 'text', text: t.statement.noted(parts(read.facts), ctx.scope.conversationType) }];
}

/** The question as it is to be read: after the person's kept facts when it carries no figures of its own. */
export function withFacts(deps: GuidelinesDeps, ctx: RequestContext, question: string, now: Date): string {
  if (hasFigures(figuresIn(question))) return question;
  const facts = deps.previous.recallFacts(keyOf(ctx), now);
  return facts ? `${facts} ${question}` : question;
}
