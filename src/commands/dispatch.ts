import { noticeCard } from '../../cards/notice.ts';
import { card, type Reply, type RequestContext } from '../conversation/types.ts';
import { helpText } from '../i18n/index.ts';
import { route } from './router.ts';
import type { ActionResult, ActionSpec, CommandSpec, Feature } from './spec.ts';

export type ActionOutcome = ActionResult | { kind: 'bad-request'; text: string };

/** Routes text and card clicks to the features that own them. Knows nothing of Teams. */
export class Dispatcher {
  readonly features: Feature[];
  #commands: CommandSpec[];
  #actions = new Map<string, ActionSpec<unknown>>();

  constructor(features: Feature[]) {
    this.features = features;
    this.#commands = features.flatMap((f) => f.commands ?? []);
    for (const f of features) for (const a of f.actions ?? []) this.#actions.set(a.verb, a);
  }

  commands(): readonly CommandSpec[] {
    return this.#commands;
  }

  async handleText(ctx: RequestContext): Promise<Reply[]> {
    const r = route(ctx.text, this.#commands);
    switch (r.kind) {
      case 'empty':
        return [{ kind: 'text', text: helpText.empty }];
      case 'command': {
        const where = r.spec.where;
        if (where && !where.includes(ctx.scope.conversationType)) {
          const places = where.map((w) => helpText.wherePhrases[w]).join(` ${helpText.or} `);
          return [{ kind: 'text', text: helpText.wrongPlace(r.spec.words[0]!, places) }];
        }
        return r.spec.run(ctx, r.args);
      }
      case 'question': {
        if (r.plain) {
          for (const f of this.features) {
            const claimed = await f.remark?.(ctx, r.text);
            if (claimed) return claimed;
          }
        }
        const answerer = this.features.find((f) => f.question);
        if (answerer?.question) return answerer.question(ctx, r.text);
        return [{ kind: 'text', text: helpText.questionComing }];
      }
      case 'unknown': {
        const typed = ctx.text.length > 60 ? `${ctx.text.slice(0, 57)}…` : ctx.text;
        const message = r.suggestion
          ? helpText.unknownWithSuggestion(typed, r.suggestion.words[0]!)
          : helpText.unknownNoSuggestion(typed);
        return [
          card(
            noticeCard({
              title: helpText.unknownTitle,
              message: `${message} ${helpText.seeHelp}`,
              example: r.suggestion?.example ?? 'hjelp',
              tone: 'info',
            }),
          ),
        ];
      }
    }
  }

  async handleAction(ctx: RequestContext, verb: string, data: unknown): Promise<ActionOutcome> {
    const spec = this.#actions.get(verb);
    if (!spec) return { kind: 'message', text: helpText.unknownAction };
    const parsed = spec.schema.safeParse(data ?? {});
    if (!parsed.success) return { kind: 'bad-request', text: helpText.badCardData };
    return spec.run(ctx, parsed.data);
  }
}
