import { noticeCard } from '../../cards/notice.ts';
import { NoNetworkHere } from '../conversation/network.ts';
import { card, type Reply, type RequestContext } from '../conversation/types.ts';
import { z } from 'zod';
import { common, helpText } from '../i18n/index.ts';
import { SHOW_COMMANDS } from './polite.ts';
import { route } from './router.ts';
import type { ActionResult, ActionSpec, CommandSpec, Feature } from './spec.ts';

/** The verb of the button that runs an offered command. */
const RUN_VERB = 'command.run';
const runData = z.object({ command: z.string().min(1).max(100) });

/** Asked before any command or card press runs: a refusal to give, or null. */
export type Gate = (ctx: RequestContext, cardData?: unknown) => Promise<string | null>;

export type ActionOutcome = ActionResult | { kind: 'bad-request'; text: string };

/** Routes text and card clicks to the features that own them. Knows nothing of Teams. */
export class Dispatcher {
  readonly features: Feature[];
  #commands: CommandSpec[];
  #actions = new Map<string, ActionSpec<unknown>>();

  /** The refusal for a person who may not act here at all (left the team, N17), or null. */
  #gate: Gate;

  constructor(features: Feature[], gate: Gate = async () => null) {
    this.features = features;
    this.#gate = gate;
    this.#commands = features.flatMap((f) => f.commands ?? []);
    for (const f of features) for (const a of f.actions ?? []) this.#actions.set(a.verb, a);
  }

  commands(): readonly CommandSpec[] {
    return this.#commands;
  }

  /**
   * The app asks for the RSC permissions ChannelMessage.Read.Group and ChatMessage.Read.Chat, so Teams
   * delivers every channel and group chat message, not only those that @mention the bot. Group chats
   * are treated like a channel with one thread: a meeting started there hears every line. A message
   * without a mention is read only where a feature listens (the running meeting's thread); anywhere
   * else it is dropped here, before anything is stored, answered or logged beyond the activity id,
   * unless a feature's `remark` knows it as its own line in the wrong place (a meeting line posted
   * beside the meeting's thread), which it answers with a hint, storing nothing.
   * Where the permissions were not granted Teams sends only mentions, and everything still works.
   */
  async handleText(ctx: RequestContext): Promise<Reply[]> {
    try {
      return await this.#handleText(ctx);
    } catch (err) {
      if (err instanceof NoNetworkHere) return [{ kind: 'text', text: helpText.networkUnknown }];
      throw err;
    }
  }

  async #handleText(ctx: RequestContext): Promise<Reply[]> {
    const unmentioned = ctx.scope.conversationType !== 'personal' && ctx.mentionedBot === false;
    const barred = ctx.scope.network ? await this.#gate(ctx) : null;
    if (barred) return unmentioned ? [] : [{ kind: 'text', text: barred }];
    if (unmentioned) {
      let heard = false;
      for (const f of this.features) if (await f.listens?.(ctx)) heard = true;
      // Talk in the channel that is not addressed to the bot is none of its business, except a line a
      // feature recognises as its own written in the wrong place (a meeting line beside the meeting's thread).
      if (!heard) {
        for (const f of this.features) {
          const claimed = await f.remark?.(ctx, ctx.text);
          if (claimed) return claimed;
        }
        // «@Nettverksboten frister» typed without picking the name: Teams made no mention of it, and
        // without RSC it would never arrive. Nothing is done or stored; one line says how (N24).
        if (ctx.typedBotName) return [{ kind: 'text', text: helpText.typedBotName }];
        // A bare command without the @mention («start møte» as the meeting begins) is the likeliest
        // slip of all, and silence leaves a leader waiting. Only the command word on its own: a
        // sentence that names one is talk, and a meeting line outside a meeting stays unread.
        // «frister?» or «frister.» is still the word on its own: people type the mark (s12 #8).
        const word = ctx.text.trim().replace(/[\s?.!…]+$/u, '');
        const bare = route(word, this.#commands);
        if (word && bare.kind === 'command' && !bare.polite && !bare.args.trim())
          return [{ kind: 'text', text: helpText.mentionNeeded(word) }];
        return [];
      }
    }
    const r = route(ctx.text, this.#commands);
    // A command asked for in a sentence is for the bot only when it was addressed; in the meeting
    // thread «kan du vise agenda?» may be said to a colleague.
    const addressed = r.kind === 'command' && !r.polite && !(unmentioned && r.spec.talk?.(r.args));
    // A typo of a command is asked about when the line reads as that command («vedak: …», «nest»,
    // «opgave @Per …»). A sentence whose first word only resembles one («nesten alle kommer»,
    // «vedtaket ble utsatt») is talk between the people in the thread, not a command to correct.
    const sentence = r.kind === 'unknown' && !r.line && ctx.text.trim().split(/\s+/u).length >= 3;
    const typo = r.kind === 'unknown' && r.suggestion && !r.loose && !sentence;
    if (unmentioned && !addressed && !typo) {
      // In the meeting thread, lines that are no command are told how to become an entry; a
      // question between the people there is not answered unless they ask the bot. A file alone is
      // not silently left out of the minutes (N14).
      if (r.kind === 'empty') return ctx.attachedFile ? [{ kind: 'text', text: helpText.fileOnly }] : [];
      // "ok", "enig": short talk is left alone; a typo of a command still gets its suggestion.
      if (r.kind === 'unknown' && !r.suggestion && ctx.text.split(' ').length < 3) return [];
      for (const f of this.features) {
        const claimed = await f.remark?.(ctx, ctx.text);
        if (claimed) return claimed;
      }
      return [];
    }
    switch (r.kind) {
      case 'empty': {
        if (!ctx.attachedFile) return [{ kind: 'text', text: helpText.empty }];
        // Only a running meeting's thread has minutes for the file to be left out of (review 2, LOW 12).
        let meeting = false;
        for (const f of this.features) if (await f.listens?.(ctx)) meeting = true;
        return [{ kind: 'text', text: meeting ? helpText.fileOnly : helpText.fileOnlyNoMeeting }];
      }
      case 'command': {
        const where = r.spec.where;
        if (where && !where.includes(ctx.scope.conversationType)) {
          const places = where.map((w) => helpText.wherePhrases[w]).join(` ${helpText.or} `);
          // The example is what they typed, addressed as it must be there: in a channel the bot needs its @mention.
          const typed = ctx.text.length > 80 ? `${ctx.text.slice(0, 77)}…` : ctx.text;
          const example = helpText.commandLine(typed, where.includes('personal') ? 'personal' : 'channel');
          const message = helpText.wrongPlace(r.spec.words[0]!, places, example);
          const tasks = ctx.scope.conversationType === 'personal' && r.spec.words[0] === 'oppgave';
          return [{ kind: 'text', text: tasks ? `${message}\n\n${helpText.wrongPlaceTasks}` : message }];
        }
        if (this.#homeless(ctx) && !r.spec.words.includes('hjelp'))
          return [{ kind: 'text', text: helpText.networkUnknown }];
        return r.spec.run(ctx, r.args);
      }
      case 'question': {
        if (r.plain) {
          for (const f of this.features) {
            const claimed = await f.remark?.(ctx, r.text);
            if (claimed) return claimed;
          }
        }
        for (const f of this.features) {
          const own = await f.ownAnswer?.(ctx, r.text);
          if (own) return own;
        }
        const answerer = this.features.find((f) => f.question);
        if (answerer?.question) return answerer.question(ctx, r.text);
        return [{ kind: 'text', text: helpText.questionComing }];
      }
      case 'unknown': {
        const typed = ctx.text.length > 60 ? `${ctx.text.slice(0, 57)}…` : ctx.text;
        // The suggestion as the line would read in it ("oppgave T2 utsett 20.1"), else the command's words.
        const named = r.suggestion ? [r.line ?? r.suggestion.words[0]!, ...(r.also ?? []).map((x) => x.words[0]!)] : [];
        const message = named.length
          ? helpText.unknownWithSuggestions(typed, named)
          : helpText.unknownNoSuggestion(typed);
        const notice = noticeCard({
          title: helpText.unknownTitle,
          message: `${message} ${helpText.seeHelp}`,
          example: r.line ?? r.suggestion?.example ?? 'hjelp',
          tone: 'info',
        });
        // Asked for by name in a sentence («kan du vise agenda fra i fjor»): one click shows it (N22).
        if (r.offer && r.suggestion && SHOW_COMMANDS.has(r.suggestion.id)) {
          const action = {
            type: 'Action.Execute',
            title: common.offerButton(r.suggestion.words[0]!),
            verb: RUN_VERB,
            data: { command: r.suggestion.id },
          };
          return [card({ ...notice, actions: [action] })];
        }
        return [card(notice)];
      }
    }
  }

  knowsAction(verb: string): boolean {
    return this.#actions.has(verb);
  }

  async handleAction(ctx: RequestContext, verb: string, data: unknown): Promise<ActionOutcome> {
    if (verb === RUN_VERB) return this.#runOffered(ctx, data);
    const spec = this.#actions.get(verb);
    if (!spec) return { kind: 'message', text: helpText.unknownAction };
    const parsed = spec.schema.safeParse(data ?? {});
    if (!parsed.success) return { kind: 'bad-request', text: helpText.badCardData };
    if (this.#homeless(ctx)) return { kind: 'message', text: helpText.networkUnknown };
    const barred = await this.#gate(ctx, parsed.data);
    if (barred) return { kind: 'message', text: barred };
    try {
      return await spec.run(ctx, parsed.data);
    } catch (err) {
      // A personal-chat click on a button whose use case needs the network (networkHere).
      if (err instanceof NoNetworkHere) return { kind: 'message', text: helpText.networkUnknown };
      throw err;
    }
  }

  /**
   * The button under «Mente du «agenda»?»: runs the offered command for the clicker, its card in
   * place of the question. Only commands that show something; anything else is refused unrun.
   */
  async #runOffered(ctx: RequestContext, data: unknown): Promise<ActionOutcome> {
    const parsed = runData.safeParse(data ?? {});
    if (!parsed.success) return { kind: 'bad-request', text: helpText.badCardData };
    const spec = this.#commands.find((c) => c.id === parsed.data.command);
    if (!spec || !SHOW_COMMANDS.has(spec.id)) return { kind: 'message', text: helpText.unknownAction };
    if (this.#homeless(ctx)) return { kind: 'message', text: helpText.networkUnknown };
    const barred = await this.#gate(ctx);
    if (barred) return { kind: 'message', text: barred };
    if (spec.where && !spec.where.includes(ctx.scope.conversationType))
      return { kind: 'message', text: helpText.networkUnknown };
    try {
      const replies = await spec.run(ctx, '');
      const shown = replies.find((x) => x.kind === 'card') ?? replies[0];
      if (!shown) return { kind: 'message', text: helpText.empty };
      return shown.kind === 'card' ? { kind: 'card', card: shown.card } : { kind: 'message', text: shown.text };
    } catch (err) {
      if (err instanceof NoNetworkHere) return { kind: 'message', text: helpText.networkUnknown };
      throw err;
    }
  }

  /**
   * A channel or group chat message whose network could not be told (Teams always names the team;
   * a forged or truncated activity may not). Features may rely on the network being there, so
   * nothing but help runs without it.
   */
  #homeless(ctx: RequestContext): boolean {
    return ctx.scope.conversationType !== 'personal' && !ctx.scope.network;
  }
}
