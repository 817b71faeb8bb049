import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Month round 14, #3: the 25.12 holiday card, pressed after a leader had moved the meeting by command,
// put it back on første juledag («Behold datoen») and lost the new day and time without a word.

const kari = person('Kari Nordmann', 1);

describe('an old holiday card after a move by command', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let cardId: string | undefined;
  const press = async (choice: string) =>
    JSON.stringify(
      (
        await t.post(
          cardAction(
            net,
            kari,
            'meeting.holiday',
            { networkId: net.teamId, date: '2026-12-25', choice },
            { replyToId: cardId },
          ),
        )
      ).body,
    );

  beforeAll(async () => {
    // Wednesday 2 December 2026: the meeting of Friday 25 December is asked about at once.
    ({ t, net } = await startAt('2026-12-02T08:00:00Z', kari));
    for (let i = 0; i < 3; i++) await t.app.services.scheduler.tick();
    const card = t.connector.emulator.calls.find(
      (c) => c.kind === 'create' && JSON.stringify(c.body).includes('meeting.holiday'),
    );
    expect(card).toBeTruthy();
    cardId = card!.responseId ?? undefined;
    const before = t.connector.emulator.calls.length;
    expect(await say(t, net, kari, 'flytt møte 25.12 til 17.12 kl. 10:00-14:00')).toContain(
      'torsdag 17. desember 2026',
    );
    // Month s16 #13: the typed move redraws the question card at once, without its buttons.
    const settled = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === cardId);
    expect(settled).toHaveLength(1);
    expect(JSON.stringify(settled[0]!.body)).toContain('er flyttet til torsdag 17. desember 2026');
    expect(JSON.stringify(settled[0]!.body)).not.toContain('meeting.holiday');
  });
  afterAll(async () => t?.close());

  it('«Behold datoen» is refused as outdated and says what holds now', async () => {
    const before = t.connector.emulator.calls.length;
    const answer = await press('keep');
    expect(answer).toContain('Dette kortet er utdatert');
    expect(answer).toContain('torsdag 17. desember 2026 kl. 10:00–14:00');
    expect(answer).not.toContain('holdes på datoen');
    // The posted card loses its buttons, so nobody presses it again.
    const redrawn = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(JSON.stringify(redrawn.map((c) => c.body))).toContain('utdatert');
    const plan = await say(t, net, kari, 'møteplan');
    expect(plan).toContain('torsdag 17. desember 2026 kl. 10:00–14:00');
    expect(plan).not.toContain('25. desember 2026');
  });

  it('a «Flytt til» button on it is refused the same way', async () => {
    expect(await press('2026-12-23')).toContain('Dette kortet er utdatert');
    expect(await say(t, net, kari, 'møteplan')).toContain('torsdag 17. desember 2026 kl. 10:00–14:00');
  });
});
