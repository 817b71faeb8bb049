import { describe, expect, it } from 'vitest';
import {
  leaderMentions,
  mentionLine,
  mentionsOf,
  reachPerson,
  sendPrivately,
  shorten,
} from '../../src/conversation/reach.ts';
import { createLogger } from '../../src/log.ts';
import type { Messenger, OutgoingMessage, Posted } from '../../src/messaging/messenger.ts';
import type { Network, Person } from '../../src/networks/network.ts';
import type { Store } from '../../src/store/store.ts';
import { network as networkRow } from '../support/store-fixtures.ts';

const kari = { id: 'u-kari', name: 'Kari Nordmann' };
const ola = { id: 'u-ola', aadObjectId: 'aad-ola', name: 'Ola' };
const here = { ...networkRow('t1', 'n1'), createdAt: '', updatedAt: '' } as Network;

/** A messenger that records what it was asked to send; `reachable` says who has a personal chat. */
function recording(reachable: Set<string>) {
  const sent: { to: string; message: OutgoingMessage }[] = [];
  const posted = (n: number): Posted => ({ conversationId: 'c', activityId: `a${n}` });
  const messenger: Messenger = {
    async startThread(_n, message) {
      sent.push({ to: 'channel', message });
      return posted(sent.length);
    },
    async send(_c, message) {
      sent.push({ to: 'thread', message });
      return posted(sent.length);
    },
    async update() {},
    async sendToPerson(_t, person: Person, message) {
      if (!reachable.has(person.id)) return null;
      sent.push({ to: person.id, message });
      return posted(sent.length);
    },
  };
  return { messenger, sent };
}

describe('mentions', () => {
  it('writes each person as Teams shows an @mention, and keeps who they are', () => {
    const m = mentionsOf([kari, ola]);
    expect(m).toEqual([
      { ...kari, text: '@Kari Nordmann' },
      { ...ola, text: '@Ola' },
    ]);
    expect(mentionLine(m)).toBe('@Kari Nordmann @Ola');
    expect(mentionLine([])).toBe('');
  });
  it('finds the network’s leaders and mentions each, never an entry that is not a person', async () => {
    const leader = { id: '29:kari', name: 'Kari Nordmann' };
    const notAPerson = { id: '28:odd-install', name: 'Bot' };
    const asked: unknown[] = [];
    const removed: unknown[] = [];
    const store = {
      people: {
        async listRole(...a: unknown[]) {
          asked.push(a);
          return [leader, notAPerson];
        },
        async removeRole(...a: unknown[]) {
          removed.push(a);
        },
      },
    } as unknown as Store;
    expect(await leaderMentions(store, here)).toEqual({ leaders: [leader], mentions: mentionsOf([leader]) });
    expect(asked).toEqual([['t1', 'n1', 'leader']]);
    expect(removed).toEqual([['t1', 'n1', { id: '28:odd-install', aadObjectId: undefined }]]);
  });
});

describe('shorten', () => {
  it('leaves text within the limit alone', () => {
    expect(shorten('kort', 4)).toBe('kort');
  });
  it('cuts longer text to the limit, ending in an ellipsis', () => {
    const cut = shorten('a'.repeat(100), 80);
    expect(cut).toHaveLength(80);
    expect(cut.endsWith('…')).toBe(true);
  });
  it('with atWord drops the word cut in half', () => {
    expect(shorten('Møtet holdes hver måned i rådhuset', 20, { atWord: true })).toBe('Møtet holdes hver…');
    expect(shorten('Møtet holdes', 20, { atWord: true })).toBe('Møtet holdes');
  });
});

describe('reach a person privately, else in the channel', () => {
  const say = (mention: string) => `${mention} har en oppgave`.trimStart();
  it('uses the personal chat when the bot can reach it, without a mention', async () => {
    const { messenger, sent } = recording(new Set([kari.id]));
    const r = await reachPerson(messenger, here, kari, say);
    expect(r.privately).toBe(true);
    expect(sent).toEqual([{ to: kari.id, message: { text: 'har en oppgave' } }]);
  });
  it('else posts in the channel with an @mention that notifies them', async () => {
    const { messenger, sent } = recording(new Set());
    const r = await reachPerson(messenger, here, ola, say);
    expect(r.privately).toBe(false);
    expect(sent).toEqual([
      { to: 'channel', message: { text: '@Ola har en oppgave', mentions: [{ ...ola, text: '@Ola' }] } },
    ]);
  });
  it('carries a card and its summary either way', async () => {
    const card = { type: 'AdaptiveCard' as const, version: '1.5' };
    for (const [person, to] of [
      [kari, kari.id],
      [ola, 'channel'],
    ] as const) {
      const { messenger, sent } = recording(new Set([kari.id]));
      await reachPerson(messenger, here, person, say, { card, summary: 'Frist' });
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ to, message: { card, summary: 'Frist' } });
    }
  });
});

describe('send privately, or not at all', () => {
  const log = createLogger('silent');
  it('sends in the personal chat and says so', async () => {
    const { messenger, sent } = recording(new Set([kari.id]));
    expect(await sendPrivately(messenger, log, 't1', kari, { text: 'lenke' }, 'could not send')).toBe(true);
    expect(sent).toEqual([{ to: kari.id, message: { text: 'lenke' } }]);
  });
  it('never falls back to the channel: no chat, or a failed send, is false', async () => {
    const { messenger, sent } = recording(new Set());
    expect(await sendPrivately(messenger, log, 't1', ola, { text: 'lenke' }, 'could not send')).toBe(false);
    const failing: Messenger = {
      ...messenger,
      async sendToPerson() {
        throw new Error('502');
      },
    };
    expect(await sendPrivately(failing, log, 't1', kari, { text: 'lenke' }, 'could not send')).toBe(false);
    expect(sent).toEqual([]);
  });
});
