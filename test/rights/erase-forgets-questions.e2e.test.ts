import { describe, expect, it } from 'vitest';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// «slett nettverksdata» is read by a leader as "nothing of ours is left". A short follow-up asked after it must not
// be read with a question asked in the channel before it (the bot keeps a person's last question a quarter of an hour).
const kari = person('Kari Nordmann', 1);
const start = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ status: (status) => expect(status).toBe(200) });

describe('erasing a network forgets the questions asked in it', () => {
  it('a follow-up after the erase asks for the whole question; before it, it was read with the earlier one', async () => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    expect(await say(t, a, kari, 'når skal rapporten for 2022-midlene være hos statsforvalteren')).toContain(
      '1. mars 2023',
    );
    // The memory works in this setup: the follow-up is read with the question before it.
    expect(await say(t, a, kari, 'hva med 2024?')).toContain('1. mars 2025');

    const asked = await say(t, a, kari, 'slett nettverksdata');
    const data = JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
    const done = JSON.stringify((await t.post(cardAction(a, kari, 'network.erase', data))).body);
    expect(done).toMatch(/slettet nettverkets data/);

    const after = await say(t, a, kari, 'hva med 2024?');
    expect(after).not.toContain('1. mars 2025');
    expect(after).toContain('bygger på et spørsmål jeg ikke har');
  });
});
