import type { TestApp } from '../support/app.ts';
import { BOT, channelMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

/** A channel message as Teams delivers it with RSC when the person did not @mention the bot. */
export function withoutMention<T extends { text: string; entities: object[] }>(msg: T): T {
  return {
    ...msg,
    text: msg.text.replace(`<at>${BOT.name}</at> `, ''),
    entities: msg.entities.filter((e) => (e as { mentioned?: { id?: string } }).mentioned?.id !== BOT.id),
  };
}

export interface Speaker {
  /** With an @mention of the bot (the default) or without. */
  say(who: TestPerson, text: string, opts?: { thread?: string; mentions?: TestPerson[]; mention?: boolean }): Promise<string>;
  /** The raw bodies the bot sent for the last message. */
  bodies(who: TestPerson, text: string, opts?: { thread?: string; mentions?: TestPerson[]; mention?: boolean }): Promise<any[]>;
}

export function speaker(t: TestApp, net: NetworkFixture, defaultThread: string): Speaker {
  const bodies: Speaker['bodies'] = async (who, text, opts = {}) => {
    const before = t.connector.emulator.calls.length;
    const msg = channelMessage(net, who, text, { thread: opts.thread ?? defaultThread, mentions: opts.mentions });
    const res = await t.post(opts.mention === false ? withoutMention(msg) : msg);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    return t.connector.emulator.calls.slice(before).map((c) => c.body);
  };
  return { bodies, say: async (who, text, opts) => JSON.stringify(await bodies(who, text, opts)) };
}

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
    conversation: { id: conversationId, conversationType: 'groupChat', isGroup: true, tenantId, name: `Gruppechat ${n}` },
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
      entities: mention ? [{ type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: `<at>${BOT.name}</at>` }] : [],
    }),
  };
}
