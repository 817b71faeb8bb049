import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { installedApp } from '../support/installed.ts';
import { sentSince } from '../support/chat.ts';
import { cardsOf, executeActions } from '../support/cards.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';
import { memberEvent } from './member-event.ts';

// Month round 7, N11: a guidelines question put to «the leaders» in a network whose last leader left.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const question = 'Kan vi bruke restmidler fra 2026 på et julebord for fosterforeldre?';

describe('a question for the leaders when there is none (N11)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  beforeAll(async () => {
    ({ t, net } = await installedApp(kari));
    await t.post(memberEvent(net, ola, kari, 'removed'));
  });
  afterAll(async () => t?.close());

  it('is posted in the channel saying nobody is notified and how the network gets a leader', async () => {
    let before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, ola, question));
    const card = sentSince(t, before)
      .flatMap((c) => cardsOf(c.body?.activity ?? c.body))
      .find((c) => JSON.stringify(c).includes('guidelines.escalate'));
    const ask = executeActions(card).find((x) => x.verb === 'guidelines.escalate')!;
    before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, ola, 'guidelines.escalate', ask.data));
    const posted = sentSince(t, before).filter((c) => c.kind === 'create');
    expect(posted).toHaveLength(1);
    const said = JSON.stringify(posted[0]!.body);
    expect(said).toContain('ingen leder nå');
    expect(said).toContain('leder + @dittnavn');
  });
});
