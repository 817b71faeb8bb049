import {
  ActivityTypes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type MessageReaction,
  type TurnContext,
  CardFactory,
} from 'botbuilder';
import { welcomeCard } from '../cards/welcome.ts';
import type { Services } from '../src/app/services.ts';
import type { Dispatcher } from '../src/commands/dispatch.ts';
import type { Reply, RequestContext, Scope } from '../src/conversation/types.ts';
import { editedCommand } from '../src/commands/edited.ts';
import { startCommand } from '../src/commands/edited-refusals.ts';
import { helpText, welcomeText } from '../src/i18n/index.ts';
import { deleteLine, editBeforeItsMessage, editLine, undeleteLine } from '../src/meetings/edit-entry.ts';
import { deletedBeforeArrival, forgetDeletion, noteDeletion } from '../src/conversation/seen-activities.ts';
import type { Network } from '../src/networks/network.ts';
import { WarnThrottle } from '../src/server/warn-throttle.ts';
import { networkForMessage, recordInstall, recordRemoval, type InstallInput } from '../src/networks/registry.ts';
import { memberJoinedTeam, memberLeftTeam } from '../src/networks/member-left.ts';
import {
  carriesFile,
  channelDataOf,
  channelOf,
  conversationTypeOf,
  personOf,
  readMessage,
  teamsName,
  tenantOf,
  threadOf,
  toRef,
} from './activity.ts';
import { toActivity } from './outgoing.ts';
import { answerDuplicate, claimTurn, placeOf } from './redelivery.ts';
import { lateReplyJob, sendReplies } from './replies.ts';
import { noteWriter } from '../src/meetings/seen-people.ts';
import { reactionOnCard } from '../src/tasks/reaction-hint.ts';

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const SEARCH_QUERY_MAX = 200;

/** Translates Teams activities into domain calls and the answers back. Holds no state of its own. */
export class NettverksBot extends TeamsActivityHandler {
  #services: Services;
  #dispatcher: Dispatcher;
  /**
   * Attack round 11 A4: every user of a tenant not served (a multi-tenant app installed elsewhere) wrote
   * one warn line per message, so one person typing fast could fill the log. Throttled as forged tokens are.
   */
  #foreignTenant: WarnThrottle;

  constructor(services: Services, dispatcher: Dispatcher) {
    super();
    this.#services = services;
    this.#dispatcher = dispatcher;
    this.#foreignTenant = new WarnThrottle(services.log, services.clock, {
      message: 'activity from a tenant that is not allowed',
    });
    services.scheduler.register(lateReplyJob(services));
  }

  override async run(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context.activity);
    const allowed = this.#services.config.allowedTenantIds;
    if (allowed.length && !allowed.includes(tenantId)) {
      this.#foreignTenant.warn({ reason: 'tenant not allowed', tenantId, type: context.activity.type });
      if (context.activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({
          type: ActivityTypes.InvokeResponse,
          value: { status: 403, body: { message: helpText.tenantNotAllowed } },
        });
      }
      return;
    }
    // An edit or deletion carries the id of the message it changes, so the id is no sign of a redelivery;
    // their handlers are idempotent instead (the same edit twice changes nothing the second time).
    const changesMessage =
      context.activity.type === ActivityTypes.MessageUpdate || context.activity.type === ActivityTypes.MessageDelete;
    const claim = changesMessage ? null : await claimTurn(this.#services, context.activity);
    if (claim === 'duplicate') return answerDuplicate(this.#services, context);
    try {
      await super.run(context);
    } catch (err) {
      // Reply failures end in sendReplies; an error here came from a handler, before its work was stored
      // (handlers store last), so a redelivery must be handled and the adapter asks for the message again.
      await claim
        ?.release()
        .catch((e: unknown) =>
          this.#services.log.warn(
            { err: { message: (e as Error).message }, activityId: context.activity.id },
            'could not release the turn claim: a redelivery of this activity will be taken for a duplicate',
          ),
        );
      throw err;
    }
    if (claim && context.activity.type === ActivityTypes.Message) await this.#deletedMeanwhile(context);
  }

  /**
   * A5: the message's deletion reached another instance while this one handled the message, and found
   * nothing to take out yet. The deletion is in the store by then, so what the message put in the
   * minutes is taken out here.
   */
  async #deletedMeanwhile(context: TurnContext): Promise<void> {
    const at = placeOf(context.activity);
    if (!at || !(await deletedBeforeArrival(this.#services.store.seenActivities, at, this.#services.clock.now())))
      return;
    await this.#lineChanged(context, false, deleteLine, 'message deleted while it was handled');
  }

  /** Where a team's or group chat's messages belong: the network, registered on first contact if need be. */
  #installInput(context: TurnContext): InstallInput | null {
    const a = context.activity;
    const type = conversationTypeOf(a);
    const cd = channelDataOf(a);
    const tenantId = tenantOf(a);
    if (type === 'channel' && cd.team?.id) {
      const channelId = cd.settings?.selectedChannel?.id ?? cd.channel?.id ?? channelOf(a.conversation.id);
      return {
        tenantId,
        scope: 'team',
        networkId: cd.team.id,
        name: teamsName(cd.team.name),
        teamId: cd.team.id,
        channelId,
        conversation: { ...toRef(a, channelId), conversationType: 'channel' },
        installedBy: a.from?.id ? personOf(a.from) : null,
      };
    }
    if (type === 'groupChat') {
      return {
        tenantId,
        scope: 'groupChat',
        networkId: a.conversation.id,
        name: teamsName(a.conversation.name),
        teamId: null,
        channelId: null,
        conversation: toRef(a),
        installedBy: a.from?.id ? personOf(a.from) : null,
      };
    }
    return null;
  }

  async #requestContext(
    context: TurnContext,
    text: string,
    mentions: RequestContext['mentions'],
  ): Promise<RequestContext> {
    const a = context.activity;
    const now = this.#services.clock.now();
    const type = conversationTypeOf(a);
    let network: Network | null = null;
    const install = this.#installInput(context);
    if (install) {
      network = await networkForMessage(this.#services.store, { ...install, installedBy: null }, now);
    } else if (type === 'personal' && a.from?.id) {
      const person = personOf(a.from);
      const known = await this.#services.store.people.findPersonalConversation(tenantOf(a), { id: person.id });
      if (known?.conversation.conversationId !== a.conversation.id) {
        // First contact in a personal chat (or a new one): remember it so nudges can reach this person later.
        await this.#services.store.people.savePersonalConversation({
          tenantId: tenantOf(a),
          person,
          conversation: toRef(a),
          createdAt: now.toISOString(),
        });
      }
    }
    const scope: Scope = {
      tenantId: tenantOf(a),
      conversationType: type,
      conversationId: a.conversation.id,
      network,
      threadId: threadOf(a),
      activityId: a.id ?? null,
      cardActivityId: a.type === 'invoke' ? (a.replyToId ?? null) : null,
    };
    const log = this.#services.log.child({ activityId: a.id, tenantId: scope.tenantId, networkId: network?.networkId });
    return { scope, actor: personOf(a.from), text, mentions, now, log };
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const { text, mentions, mentionedBot, typedBotName } = readMessage(context.activity);
    // Card submits from Action.Submit arrive as messages with a value; Universal Actions are preferred.
    if (!text && context.activity.value) return;
    const ctx = {
      ...(await this.#requestContext(context, text, mentions)),
      mentionedBot,
      typedBotName,
      attachedFile: !text && carriesFile(context.activity),
    };
    // A channel message that does not address the bot is logged by its id only (the child logger's).
    ctx.log.debug(mentionedBot || ctx.scope.conversationType === 'personal' ? { text } : {}, 'message');
    // N2: a member who writes to the bot in the channel is in the network, for the personal views.
    await noteWriter(this.#services, ctx);
    // What came of a command is remembered, so a refused one's corrected edit runs as new (editedCommand).
    const outcome = await startCommand(this.#services.store, ctx, this.#dispatcher.commands());
    const replies = await this.#dispatcher.handleText(ctx).catch(async (err: unknown) => {
      await outcome.failed();
      throw err;
    });
    await outcome.ended(replies);
    await sendReplies(this.#services, context, ctx, replies);
    ctx.log.info({ replies: replies.length }, 'message handled');
  }

  /** Teams «messageReaction»: a 👍 on a task card is no «Ferdig», and the one who gave it is told so (N14). */
  protected override async onReactionsAddedActivity(added: MessageReaction[], context: TurnContext): Promise<void> {
    const ctx = await this.#requestContext(context, '', []);
    const types = added.map((r) => String(r.type ?? ''));
    const replies = await reactionOnCard(this.#services, ctx, context.activity.replyToId, types);
    await sendReplies(this.#services, context, ctx, replies);
    ctx.log.info({ replies: replies.length }, 'reaction handled');
  }

  /**
   * Teams «editMessage»: a meeting line edited by its author follows in the minutes; any other edited
   * command is followed where that is safe, or answered with what to do (N19, editedCommand).
   */
  protected override async onTeamsMessageEdit(context: TurnContext): Promise<void> {
    // A5: an edit that came before its message, in the running meeting's thread, is the line itself.
    if (await this.#editCameFirst(context)) return this.onMessageActivity(context);
    await this.#lineChanged(context, true, editLine, 'message edit handled', (ctx, id) =>
      editedCommand(
        {
          store: this.#services.store,
          roster: this.#services.roster,
          commands: this.#dispatcher.commands(),
          features: this.#dispatcher.features,
          run: (c) => this.#dispatcher.handleText(c),
        },
        ctx,
        id,
        editTime(context.activity.timestamp),
      ),
    );
  }

  async #editCameFirst(context: TurnContext): Promise<boolean> {
    const id = context.activity.id;
    return !!id && editBeforeItsMessage(this.#services, await this.#requestContext(context, '', []), id);
  }

  /** Teams «softDeleteMessage»: a deleted meeting line is taken out of the minutes, as `angre` would. */
  protected override async onTeamsMessageSoftDelete(context: TurnContext): Promise<void> {
    // Remembered first, in the store: the message itself may still be on its way (A5).
    const at = placeOf(context.activity);
    if (at) await noteDeletion(this.#services.store.seenActivities, at, this.#services.clock.now());
    await this.#lineChanged(context, false, deleteLine, 'message deletion handled');
  }

  /** Teams «undeleteMessage»: the author undid a deletion, so what it took out of the minutes comes back. */
  protected override async onTeamsMessageUndelete(context: TurnContext): Promise<void> {
    const at = placeOf(context.activity);
    if (at) await forgetDeletion(this.#services.store.seenActivities, at);
    await this.#lineChanged(context, false, undeleteLine, 'message undeletion handled');
  }

  /** A posted line changed in Teams (its new text read only for an edit): the minutes follow, and any answer goes out. */
  async #lineChanged(
    context: TurnContext,
    readText: boolean,
    change: typeof editLine,
    what: string,
    otherwise?: (ctx: RequestContext, id: string) => Promise<Reply[]>,
  ): Promise<void> {
    const id = context.activity.id;
    if (!id) return;
    const { text, mentions, mentionedBot } = readText
      ? readMessage(context.activity)
      : { text: '', mentions: [], mentionedBot: undefined };
    const ctx = { ...(await this.#requestContext(context, text, mentions)), mentionedBot };
    let replies = await change(this.#services, ctx, id);
    if (!replies.length && otherwise) replies = await otherwise(ctx, id);
    await sendReplies(this.#services, context, ctx, replies);
    ctx.log.info({ replies: replies.length }, what);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const ctx = await this.#requestContext(context, '', []);
    const verb = typeof value?.action?.verb === 'string' ? value.action.verb : '';
    const outcome = await this.#dispatcher.handleAction(ctx, verb, value?.action?.data);
    // The verb comes from the client: only a registered one is worth logging (and is safe to log).
    ctx.log.info(
      { verb: this.#dispatcher.knowsAction(verb) ? verb : '(ukjent)', outcome: outcome.kind },
      'card action',
    );
    switch (outcome.kind) {
      case 'card':
        return { statusCode: 200, type: CARD_CONTENT_TYPE, value: outcome.card as never };
      case 'message':
        return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: outcome.text as never };
      case 'bad-request':
        return {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: outcome.text } as never,
        };
    }
  }

  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const ctx = await this.#requestContext(context, '', []);
    // Teams' search box holds a short phrase; a forged invoke may carry far more, which the search
    // has no use for and must not spend its time on.
    const q = String(query?.parameters?.find((p) => p.name !== 'initialRun')?.value ?? '')
      .slice(0, SEARCH_QUERY_MAX)
      .trim();
    const searcher = this.#dispatcher.features.find((f) => f.search);
    const results = searcher?.search && q ? await searcher.search(ctx, q) : [];
    return {
      composeExtension: {
        type: 'result',
        attachmentLayout: 'list',
        attachments: results.map((r) => ({
          ...CardFactory.adaptiveCard(r.card),
          preview: CardFactory.heroCard(r.title, r.preview),
        })),
      },
    };
  }

  protected override async onConversationUpdateActivity(context: TurnContext): Promise<void> {
    const a = context.activity;
    const cd = channelDataOf(a);
    const botId = a.recipient?.id;
    const now = this.#services.clock.now();
    const store = this.#services.store;
    if (a.membersAdded?.some((m) => m.id === botId)) await this.#installed(context);
    if (a.membersRemoved?.some((m) => m.id === botId) || cd.eventType === 'teamDeleted') {
      const install = this.#installInput(context);
      if (install) await recordRemoval(store, install.tenantId, install.networkId, now);
    } else if (a.membersRemoved?.length) {
      // People left the team: their roles go, and a leader's leaving is told to the channel.
      const install = this.#installInput(context);
      if (install)
        for (const m of a.membersRemoved)
          await memberLeftTeam(this.#services, install.tenantId, install.networkId, {
            id: m.id,
            aadObjectId: m.aadObjectId,
          });
    }
    const joined = a.membersAdded?.filter((m) => m.id !== botId) ?? [];
    if (joined.length) {
      // People joined the team: one who had left may act on the network again.
      const install = this.#installInput(context);
      if (install)
        for (const m of joined)
          await memberJoinedTeam(this.#services, install.tenantId, install.networkId, {
            id: m.id,
            aadObjectId: m.aadObjectId,
          });
    }
    if (cd.eventType === 'teamRenamed' && cd.team?.id && cd.team.name) {
      // Masked like every name Teams hands the bot (attack round 9, A1): a team can be renamed to anything.
      await store.networks.rename(tenantOf(a), cd.team.id, teamsName(cd.team.name), now);
    }
  }

  protected override async onInstallationUpdateActivity(context: TurnContext): Promise<void> {
    const action = String(context.activity.action ?? '');
    if (action.startsWith('add')) return this.#installed(context);
    if (action.startsWith('remove')) {
      const install = this.#installInput(context);
      if (install)
        await recordRemoval(this.#services.store, install.tenantId, install.networkId, this.#services.clock.now());
    }
  }

  async #installed(context: TurnContext): Promise<void> {
    const a = context.activity;
    const now = this.#services.clock.now();
    const install = this.#installInput(context);
    if (install) {
      const { isNew } = await recordInstall(this.#services.store, install, now);
      this.#services.log.info({ tenantId: install.tenantId, networkId: install.networkId, isNew }, 'installed');
      if (!isNew) return;
      const installed = await this.#services.store.networks.get(install.tenantId, install.networkId);
      for (const f of this.#dispatcher.features) if (installed) await f.onInstall?.(installed);
      const welcome = toActivity({ card: welcomeCard(install.scope), summary: welcomeText.title });
      if (install.scope === 'team' && install.channelId && install.channelId !== channelOf(a.conversation.id)) {
        // The welcome goes to the channel chosen at install, not where the event happened to arrive.
        const network = (await this.#services.store.networks.get(install.tenantId, install.networkId))!;
        await this.#services.messenger.startThread(network, { card: welcomeCard('team'), summary: welcomeText.title });
      } else {
        await context.sendActivity(welcome);
      }
      return;
    }
    if (conversationTypeOf(a) === 'personal' && a.from?.id) {
      const person = personOf(a.from);
      const known = await this.#services.store.people.findPersonalConversation(tenantOf(a), { id: person.id });
      await this.#services.store.people.savePersonalConversation({
        tenantId: tenantOf(a),
        person,
        conversation: toRef(a),
        createdAt: now.toISOString(),
      });
      if (!known) await context.sendActivity(toActivity({ card: welcomeCard('personal'), summary: welcomeText.title }));
    }
  }
}

/** An edit's own time as Teams stamped it (botbuilder may hand it over as a Date), for telling edits apart. */
function editTime(at: Date | string | undefined): string | undefined {
  return at instanceof Date ? at.toISOString() : at ? String(at) : undefined;
}
