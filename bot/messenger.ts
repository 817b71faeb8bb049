import { Channels, TurnContext, type CloudAdapter, type ConversationParameters } from 'botbuilder';
import type { Store } from '../src/store/store.ts';
import type { Messenger, OutgoingMessage, Posted } from '../src/messaging/messenger.ts';
import type { ConversationRef, Network, Person } from '../src/networks/network.ts';
import { toBotbuilderRef } from './activity.ts';
import { withOwnRetries } from './adapter.ts';
import { toActivity } from './outgoing.ts';

/** The Messenger port on top of botbuilder's CloudAdapter (proactive messages). */
export class TeamsMessenger implements Messenger {
  #adapter: CloudAdapter;
  #appId: string;
  #store: Store;
  #now: () => Date;

  constructor(adapter: CloudAdapter, appId: string | undefined, store: Store, now: () => Date) {
    this.#adapter = adapter;
    this.#appId = appId ?? '';
    this.#store = store;
    this.#now = now;
  }

  async startThread(network: Network, message: OutgoingMessage): Promise<Posted> {
    const ref = network.conversation;
    if (network.scope !== 'team' || !network.channelId) return this.send(ref, message);
    const params = {
      isGroup: true,
      channelData: { channel: { id: network.channelId }, tenant: { id: network.tenantId } },
      activity: toActivity(message),
      bot: { id: ref.botId, name: ref.botName ?? '' },
      tenantId: network.tenantId,
    } as unknown as ConversationParameters;
    let posted: Posted | null = null;
    await this.#surface(
      (l) => this.#adapter.createConversationAsync(this.#appId, Channels.Msteams, ref.serviceUrl, '', params, l),
      async (tc) => {
        const conversationId = tc.activity.conversation.id;
        // The new thread's first message id is the messageid= part of the conversation id Teams returns.
        const activityId = /;messageid=(.+)$/.exec(conversationId)?.[1] ?? tc.activity.id ?? '';
        posted = { conversationId, activityId };
      },
    );
    if (!posted) throw new Error('startThread: no conversation created');
    return posted;
  }

  async send(conversation: ConversationRef, message: OutgoingMessage, threadId?: string | null): Promise<Posted> {
    const ref = this.#threadRef(conversation, threadId);
    let posted: Posted | null = null;
    await this.#surface(
      (l) => this.#adapter.continueConversationAsync(this.#appId, ref, l),
      async (tc) => {
        const res = await tc.sendActivity(toActivity(message));
        posted = { conversationId: ref.conversation!.id, activityId: res?.id ?? '' };
      },
    );
    return posted!;
  }

  async update(
    conversation: ConversationRef,
    activityId: string,
    message: OutgoingMessage,
    threadId?: string | null,
  ): Promise<void> {
    const ref = this.#threadRef(conversation, threadId);
    await this.#surface(
      (l) => this.#adapter.continueConversationAsync(this.#appId, ref, l),
      async (tc) => {
        await tc.updateActivity({ ...toActivity(message), id: activityId, conversation: ref.conversation as never });
      },
    );
  }

  async sendToPerson(tenantId: string, person: Person, message: OutgoingMessage): Promise<Posted | null> {
    const known = await this.#store.people.findPersonalConversation(tenantId, person);
    if (known) return this.send(known.conversation, message);
    // No chat yet: open one through any installation in the same tenant (the bot must share a team with them).
    const via = (await this.#store.networks.listActive(tenantId))[0];
    if (!via) return null;
    const params = {
      isGroup: false,
      bot: { id: via.conversation.botId, name: via.conversation.botName ?? '' },
      members: [{ id: person.id, name: person.name }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as unknown as ConversationParameters;
    let posted: Posted | null = null;
    try {
      await this.#createPersonal(via, params, tenantId, person, message, (p) => (posted = p));
    } catch (err) {
      // 403/404: the person has not got the app in their personal scope; the caller falls back to the channel.
      const status = (err as { statusCode?: number }).statusCode;
      if (status === 403 || status === 404) return null;
      throw err;
    }
    return posted;
  }

  async #createPersonal(
    via: Network,
    params: ConversationParameters,
    tenantId: string,
    person: Person,
    message: OutgoingMessage,
    done: (p: Posted) => void,
  ): Promise<void> {
    await this.#surface(
      (l) =>
        this.#adapter.createConversationAsync(
          this.#appId,
          Channels.Msteams,
          via.conversation.serviceUrl,
          '',
          params,
          l,
        ),
      async (tc) => {
        const ref = TurnContext.getConversationReference(tc.activity);
        await this.#store.people.savePersonalConversation({
          tenantId,
          person,
          conversation: {
            serviceUrl: via.conversation.serviceUrl,
            channelId: 'msteams',
            conversationId: ref.conversation!.id,
            conversationType: 'personal',
            tenantId,
            botId: via.conversation.botId,
            botName: via.conversation.botName,
          },
          createdAt: this.#now().toISOString(),
        });
        const res = await tc.sendActivity(toActivity(message));
        done({ conversationId: ref.conversation!.id, activityId: res?.id ?? '' });
      },
    );
  }

  /**
   * Runs logic in a proactive turn and rethrows what failed inside it: the adapter would otherwise
   * hand the error to onTurnError and report success, and a lost send would never be retried.
   * Retrying is the sender's job alone, so the connector client's own retries are off here.
   */
  async #surface(
    run: (logic: (tc: TurnContext) => Promise<void>) => Promise<void>,
    logic: (tc: TurnContext) => Promise<void>,
  ): Promise<void> {
    let failure: unknown = null;
    await withOwnRetries(() =>
      run(async (tc) => {
        try {
          await logic(tc);
        } catch (err) {
          failure = err;
        }
      }),
    );
    if (failure) throw failure;
  }

  #threadRef(conversation: ConversationRef, threadId?: string | null) {
    const ref = toBotbuilderRef(conversation);
    if (
      threadId &&
      conversation.conversationType === 'channel' &&
      !conversation.conversationId.includes(';messageid=')
    ) {
      ref.conversation = { ...ref.conversation!, id: `${conversation.conversationId};messageid=${threadId}` };
    }
    return ref;
  }
}
