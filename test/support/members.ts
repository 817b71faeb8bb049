import { BOT, type NetworkFixture, type TestPerson } from './teams.ts';

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
