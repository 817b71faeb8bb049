import { expect } from 'vitest';
import type { TestApp } from './app.ts';
import { BOT, channelMessage, type NetworkFixture, type TestPerson } from './teams.ts';

// Teams behaviour: a person leaving the team arrives as conversationUpdate with membersRemoved and
// eventType teamMemberRemoved; a person joining as membersAdded and teamMemberAdded (Microsoft's
// «Conversation events» payloads: the member's id, and for an added one the aadObjectId; no name).
export function memberEvent(net: NetworkFixture, by: TestPerson, who: TestPerson, change: 'added' | 'removed') {
  return {
    channelId: 'msteams',
    serviceUrl: net.serviceUrl,
    from: { id: by.id, aadObjectId: by.aadObjectId },
    recipient: BOT,
    timestamp: new Date().toISOString(),
    type: 'conversationUpdate',
    id: `f:${change}-${who.id}-${Math.random().toString(36).slice(2)}`,
    ...(change === 'added'
      ? { membersAdded: [{ id: who.id, aadObjectId: who.aadObjectId }] }
      : { membersRemoved: [{ id: who.id }] }),
    conversation: { id: net.teamId, conversationType: 'channel', isGroup: true, tenantId: net.tenantId },
    channelData: {
      team: { id: net.teamId, name: net.teamName },
      eventType: change === 'added' ? 'teamMemberAdded' : 'teamMemberRemoved',
      tenant: { id: net.tenantId },
    },
  };
}

/**
 * Talk in a network's channel and send member events, each returning what the bot posted in answer.
 * `app` is read on every call, so a suite can make the helpers before its beforeAll starts the app.
 */
export function channelTalk(app: () => { t: TestApp; net: NetworkFixture }, defaultBy: TestPerson) {
  const posted = (before: number) =>
    app()
      .t.connector.emulator.calls.slice(before)
      .map((c) => c.body as any);
  const say = async (who: TestPerson, text: string, mentions: TestPerson[] = []) => {
    const { t, net } = app();
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, who, text, { mentions }));
    return JSON.stringify(posted(before));
  };
  const event = async (who: TestPerson, change: 'added' | 'removed', by = defaultBy) => {
    const { t, net } = app();
    const before = t.connector.emulator.calls.length;
    const res = await t.post(memberEvent(net, by, who, change));
    expect(res.status).toBeLessThan(300);
    return posted(before);
  };
  return { posted, say, event };
}
