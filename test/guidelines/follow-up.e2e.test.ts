import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import {
  botAddedToTeam,
  channelMessage,
  networkFixture,
  person,
  personalMessage,
  type NetworkFixture,
} from '../support/teams.ts';

// «og hva med ledernettverkene da?» in a chat: read with the same person's previous question there; with none, the bot
// asks for the whole question instead of answering another topic.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

function cardsIn(activity: any): any[] {
  return (activity?.attachments ?? [])
    .filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a: any) => a.content);
}

describe('a short follow-up in chat carries the previous question of the same person', () => {
  let t: TestApp;
  let a: NetworkFixture;

  async function reply(activity: object): Promise<string> {
    const before = t.connector.emulator.calls.length;
    expect((await t.post(activity)).status).toBe(200);
    const call = t.connector.emulator.calls.slice(before).find((c: any) => cardsIn(c.body?.activity ?? c.body).length);
    if (!call) throw new Error('the bot sent no card');
    return JSON.stringify(cardsIn((call.body as any)?.activity ?? call.body)[0]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = networkFixture(t.connector.url, 1);
    await t.post(botAddedToTeam(a, kari));
  });
  afterAll(async () => t?.close());

  it('in a personal chat: the leader networks’ rule for the question asked before', async () => {
    const first = await reply(
      personalMessage(t.connector.url, a.tenantId, kari, 'Når må læringsnettverket ha brukt opp 2024-midlene?'),
    );
    expect(first).toContain('31.12.2024');
    const next = await reply(personalMessage(t.connector.url, a.tenantId, kari, 'og hva med ledernettverkene da?'));
    expect(next).toContain('31.12.2025');
    expect(next).toMatch(/barnevernsledernettverk/i);
    expect(next).not.toContain('forbeholdt');
  });

  it('in the channel, a second follow-up builds on the first', async () => {
    const first = await reply(channelMessage(a, ola, 'når skal rapporten for 2022-midlene være hos statsforvalteren'));
    expect(first).toContain('1. mars 2023');
    const next = await reply(channelMessage(a, ola, 'hva med 2024?'));
    expect(next).toContain('1. mars 2025');
  });

  it('another person’s question is not carried over: a lone follow-up asks for the whole question', async () => {
    const next = await reply(personalMessage(t.connector.url, a.tenantId, ola, 'og hva med ledernettverkene da?'));
    expect(next).toContain('bygger på et spørsmål jeg ikke har');
    expect(next).not.toContain('forbeholdt');
  });
});
