import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { memberEvent } from './member-event.ts';

// Month round 7, N13: a meeting on a holiday is put to the leaders with Flytt/Dropp/Behold and
// «Ingenting flyttes før en leder har valgt»; with no leader nobody could press them and nothing said so.
const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z');

const posted = (t: TestApp, from: number) =>
  t.connector.emulator.calls.slice(from).filter((c) => c.status < 300 && c.kind !== 'update');

describe('the holiday question in a network without a leader (N13)', () => {
  it('says there is no leader to choose and how to become one', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await t.post(memberEvent(net, ola, kari, 'removed'));
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-02T09:00:00Z');
    for (let i = 0; i < 4; i++) await t.app.services.scheduler.tick();
    const question = posted(t, before).filter((c) => JSON.stringify(c.body).includes('første juledag'));
    expect(question.length).toBeGreaterThan(0);
    const said = JSON.stringify(question[0]!.body);
    expect(said).toContain('ingen leder nå');
    expect(said).toContain('leder + @dittnavn');
  });
});
