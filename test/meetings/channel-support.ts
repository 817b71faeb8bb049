import type { TestApp } from '../support/app.ts';
import { BOT, type NetworkFixture, type TestPerson } from '../support/teams.ts';

export { speaker, withoutMention, type Speaker } from '../support/chat.ts';

export async function entriesOf(t: TestApp, net: NetworkFixture, meetingId?: string): Promise<any[]> {
  const m = meetingId ?? (await t.app.services.store.meetings.running(net.tenantId, net.teamId))?.id;
  return m ? ((await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m)) as any[]) : [];
}

/** A group chat the bot was added to, as Teams sends it (no team, no threads). */
export function groupChat(serviceUrl: string, tenantId: string, n = 1) {
  const conversationId = `19:groupchat-${n}-${tenantId.slice(0, 8)}@thread.v2`;
  const base = (from: TestPerson) => ({
    channelId: 'msteams',
    serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation: {
      id: conversationId,
      conversationType: 'groupChat',
      isGroup: true,
      tenantId,
      name: `Gruppechat ${n}`,
    },
    channelData: { tenant: { id: tenantId } },
    locale: 'nb-NO',
  });
  let seq = 5000;
  return {
    conversationId,
    installed: (by: TestPerson) => ({ ...base(by), type: 'installationUpdate', action: 'add', id: `g:${++seq}` }),
    message: (from: TestPerson, text: string, mention = true) => ({
      ...base(from),
      type: 'message',
      id: String(++seq),
      text: mention ? `<at>${BOT.name}</at> ${text}` : text,
      textFormat: 'plain',
      entities: mention
        ? [{ type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: `<at>${BOT.name}</at>` }]
        : [],
    }),
  };
}
