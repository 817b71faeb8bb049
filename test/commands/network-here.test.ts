import { describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/commands/dispatch.ts';
import type { Feature } from '../../src/commands/spec.ts';
import { networkHere } from '../../src/conversation/network.ts';
import type { RequestContext } from '../../src/conversation/types.ts';
import { helpText } from '../../src/i18n/index.ts';
import { createLogger } from '../../src/log.ts';
import type { Network } from '../../src/networks/network.ts';

// Features ask for the network with networkHere(ctx) instead of `ctx.scope.network!`: where there
// is none (a personal chat, a click from one) the person gets the one Norwegian answer, not a crash.

const network: Network = {
  tenantId: 't1',
  networkId: 'n1',
  scope: 'team',
  name: 'Nettverk Øst',
  teamId: 'team1',
  channelId: 'c1',
  conversation: {
    serviceUrl: 'http://127.0.0.1:1/',
    tenantId: 't1',
    conversationId: 'c1',
    botId: 'bot',
    botName: 'Nettverksboten',
  },
  active: true,
  installedBy: null,
  createdAt: '2026-11-23T08:00:00Z',
  updatedAt: '2026-11-23T08:00:00Z',
} as Network;

const feature: Feature = {
  name: 'probe',
  commands: [
    {
      id: 'probe.name',
      words: ['nettverksnavn'],
      usage: 'nettverksnavn',
      example: 'nettverksnavn',
      description: 'viser navnet',
      group: 'Test',
      async run(ctx, args) {
        if (args === 'feil') throw new Error('another failure');
        return [{ kind: 'text', text: networkHere(ctx).name }];
      },
    },
  ],
  actions: [
    {
      verb: 'probe.click',
      schema: { safeParse: (d: unknown) => ({ success: true, data: d }) } as never,
      run: async (ctx) => ({ kind: 'message', text: networkHere(ctx).name }),
    },
  ],
};

function ctx(conversationType: 'personal' | 'channel', net: Network | null, text = 'nettverksnavn'): RequestContext {
  return {
    scope: {
      tenantId: 't1',
      conversationType,
      conversationId: 'conv',
      network: net,
      threadId: null,
      activityId: 'a1',
      cardActivityId: null,
    },
    actor: { id: 'u1', aadObjectId: 'aad1', name: 'Kari Nordmann' },
    text,
    mentions: [],
    now: new Date('2026-11-23T08:00:00Z'),
    log: createLogger('silent'),
  } as RequestContext;
}

describe('networkHere', () => {
  const d = new Dispatcher([feature]);

  it('gives the network where there is one', async () => {
    expect(await d.handleText(ctx('channel', network))).toEqual([{ kind: 'text', text: 'Nettverk Øst' }]);
    expect(await d.handleAction(ctx('channel', network), 'probe.click', {})).toEqual({
      kind: 'message',
      text: 'Nettverk Øst',
    });
  });

  it('answers a command in a personal chat with the Norwegian "not installed here" text', async () => {
    expect(await d.handleText(ctx('personal', null))).toEqual([{ kind: 'text', text: helpText.networkUnknown }]);
    expect(helpText.networkUnknown).toContain('finner ikke hvilket nettverk');
  });

  it('answers a click from a personal chat the same way', async () => {
    expect(await d.handleAction(ctx('personal', null), 'probe.click', {})).toEqual({
      kind: 'message',
      text: helpText.networkUnknown,
    });
  });

  it('lets every other failure through to the error handling at the edge', async () => {
    await expect(d.handleText(ctx('channel', network, 'nettverksnavn feil'))).rejects.toThrow('another failure');
  });
});
