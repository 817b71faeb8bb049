import { afterEach, describe, expect, it } from 'vitest';
import { MAX_WAITING_PROPOSALS } from '../../src/meetings/agenda-proposals.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { say } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Attacker A9: every proposal card @mentions every leader, so one member could flood them. A member
// may have a few proposals waiting for one meeting; past that the bot says so and stores nothing.
const kari = person('Kari Nordmann', 1); // installs the network: its leader
const ola = person('Ola Hansen', 2);
const per = person('Per Persen', 3);

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('a cap on one member’s waiting proposals', () => {
  it('takes five, refuses the sixth without a card or a mention, and counts per person; a decision frees a place', async () => {
    const started = await startWithNetworks(1, kari, { clock: new ManualClock('2026-11-16T08:00:00Z') });
    t = started.t;
    const net = started.nets[0]!;
    const stored = async () => t!.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27');
    for (let i = 1; i <= MAX_WAITING_PROPOSALS; i++)
      expect(await say(t, net, ola, `agenda + tema nummer ${i}`)).toContain('proposal.accept');
    const refused = await say(t, net, ola, 'agenda + tema nummer seks');
    expect(refused).toContain('det er grensen');
    expect(refused).toContain('agenda + tema nummer seks'); // shown back, nothing lost
    expect(refused).not.toContain('proposal.accept');
    expect(refused).not.toContain('<at>Kari Nordmann</at>');
    expect(await stored()).toHaveLength(MAX_WAITING_PROPOSALS);
    // Another member is not held back by Ola's proposals, and the leader's own go straight on.
    expect(await say(t, net, per, 'agenda + et annet tema')).toContain('proposal.accept');
    expect(await say(t, net, kari, 'agenda + ledernes tema')).not.toContain('det er grensen');
    // A leader declines one of Ola's: he may send one more.
    const first = (await stored()).find((p) => p.proposedBy.id === ola.id)!;
    await t.app.services.store.meetings.decideProposal(net.tenantId, net.teamId, first.id, 'declined', kari);
    expect(await say(t, net, ola, 'agenda + tema nummer seks')).toContain('proposal.accept');
  });
});
