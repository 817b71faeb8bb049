// Teams-shaped activities for tests, modelled on the payloads in Microsoft's Teams bot docs.
import { randomUUID } from 'node:crypto';

export const BOT = { id: '28:nettverksboten-bot', name: 'Nettverksboten' };

export interface TestPerson {
  id: string;
  aadObjectId: string;
  name: string;
}

let seq = 1000;
const nextId = () => String(++seq);

export function person(name: string, n: number): TestPerson {
  return { id: `29:user-${n}`, aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name };
}

export interface NetworkFixture {
  tenantId: string;
  teamId: string;
  teamName: string;
  channelId: string;
  serviceUrl: string;
}

export function networkFixture(
  serviceUrl: string,
  n = 1,
  tenantId = '10000000-0000-4000-8000-000000000001',
): NetworkFixture {
  return {
    tenantId,
    teamId: `19:team-${n}-${tenantId.slice(0, 8)}@thread.tacv2`,
    teamName: `Læringsnettverk ${n}`,
    channelId: `19:channel-${n}-${tenantId.slice(0, 8)}@thread.tacv2`,
    serviceUrl,
  };
}

function base(net: NetworkFixture, from: TestPerson) {
  return {
    channelId: 'msteams',
    serviceUrl: net.serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    timestamp: new Date().toISOString(),
    locale: 'nb-NO',
  };
}

function teamChannelData(net: NetworkFixture, extra: object = {}) {
  return {
    team: { id: net.teamId, name: net.teamName, aadGroupId: randomUUID() },
    channel: { id: net.channelId, name: 'Nettverket' },
    tenant: { id: net.tenantId },
    ...extra,
  };
}

/** The bot added to a team, with the channel the installer picked (settings.selectedChannel). */
export function botAddedToTeam(net: NetworkFixture, installer: TestPerson) {
  return {
    ...base(net, installer),
    type: 'conversationUpdate',
    id: `f:${nextId()}`,
    membersAdded: [{ id: BOT.id }],
    conversation: { id: net.teamId, conversationType: 'channel', isGroup: true, tenantId: net.tenantId },
    channelData: teamChannelData(net, {
      eventType: 'teamMemberAdded',
      settings: { selectedChannel: { id: net.channelId } },
    }),
  };
}

export function installationUpdate(net: NetworkFixture, installer: TestPerson, action: 'add' | 'remove') {
  return {
    ...base(net, installer),
    type: 'installationUpdate',
    action,
    id: `f:${nextId()}`,
    conversation: { id: net.teamId, conversationType: 'channel', isGroup: true, tenantId: net.tenantId },
    channelData: teamChannelData(net, { settings: { selectedChannel: { id: net.channelId } } }),
  };
}

export function botRemovedFromTeam(net: NetworkFixture, by: TestPerson) {
  return {
    ...base(net, by),
    type: 'conversationUpdate',
    id: `f:${nextId()}`,
    membersRemoved: [{ id: BOT.id }],
    conversation: { id: net.teamId, conversationType: 'channel', isGroup: true, tenantId: net.tenantId },
    channelData: teamChannelData(net, { eventType: 'teamMemberRemoved' }),
  };
}

export function teamRenamed(net: NetworkFixture, by: TestPerson, newName: string) {
  return {
    ...base(net, by),
    type: 'conversationUpdate',
    id: `f:${nextId()}`,
    conversation: { id: net.teamId, conversationType: 'channel', isGroup: true, tenantId: net.tenantId },
    channelData: { ...teamChannelData(net, { eventType: 'teamRenamed' }), team: { id: net.teamId, name: newName } },
  };
}

/**
 * A channel message that @mentions the bot. `thread` is the id of the thread's first message;
 * without it the message starts a new thread (its own id becomes the thread id).
 */
export function channelMessage(
  net: NetworkFixture,
  from: TestPerson,
  text: string,
  opts: { thread?: string; mentions?: TestPerson[]; id?: string } = {},
) {
  const id = opts.id ?? nextId();
  const thread = opts.thread ?? id;
  let body = `<at>${BOT.name}</at> ${text}`;
  const entities: object[] = [
    { type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: `<at>${BOT.name}</at>` },
  ];
  for (const m of opts.mentions ?? []) {
    body = body.replace(`@${m.name}`, `<at>${m.name}</at>`);
    entities.push({
      type: 'mention',
      mentioned: { id: m.id, name: m.name, aadObjectId: m.aadObjectId },
      text: `<at>${m.name}</at>`,
    });
  }
  return {
    ...base(net, from),
    type: 'message',
    id,
    text: body,
    textFormat: 'plain',
    conversation: {
      id: `${net.channelId};messageid=${thread}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: net.tenantId,
    },
    channelData: teamChannelData(net),
    entities,
    replyToId: opts.thread,
  };
}

export function personalConversationId(p: TestPerson): string {
  return `a:personal-${p.id}`;
}

export function personalMessage(serviceUrl: string, tenantId: string, from: TestPerson, text: string) {
  return {
    channelId: 'msteams',
    serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    type: 'message',
    id: nextId(),
    text,
    conversation: { id: personalConversationId(from), conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'nb-NO',
  };
}

/** An Action.Execute click: invoke adaptiveCard/action, from a card posted at replyToId. */
export function cardAction(
  net: NetworkFixture,
  from: TestPerson,
  verb: string,
  data: unknown,
  opts: { thread?: string; replyToId?: string } = {},
) {
  const thread = opts.thread ?? opts.replyToId ?? nextId();
  return {
    ...base(net, from),
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: nextId(),
    replyToId: opts.replyToId,
    conversation: {
      id: `${net.channelId};messageid=${thread}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: net.tenantId,
    },
    channelData: teamChannelData(net),
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function personalCardAction(
  serviceUrl: string,
  tenantId: string,
  from: TestPerson,
  verb: string,
  data: unknown,
) {
  return {
    ...personalMessage(serviceUrl, tenantId, from, ''),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function composeExtensionQuery(net: NetworkFixture, from: TestPerson, query: string) {
  return {
    ...base(net, from),
    type: 'invoke',
    name: 'composeExtension/query',
    id: nextId(),
    conversation: {
      id: `${net.channelId};messageid=${nextId()}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: net.tenantId,
    },
    channelData: teamChannelData(net, { source: { name: 'compose' } }),
    value: {
      commandId: 'sokRetningslinjer',
      parameters: [{ name: 'sporsmal', value: query }],
      queryOptions: { skip: 0, count: 10 },
    },
  };
}
