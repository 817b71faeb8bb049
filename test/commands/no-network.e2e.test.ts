import { afterEach, describe, expect, it } from 'vitest';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { cardAction, channelMessage, person } from '../support/teams.ts';

// Teams always names the team on a channel message; a forged or cut activity may not. Features
// rely on knowing the network, so without one every command but help gets a plain answer.
const kari = person('Kari Nordmann', 1);

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

function withoutTeam<T extends { channelData: { team?: unknown } }>(activity: T): T {
  const { team: _team, ...rest } = activity.channelData;
  return { ...activity, channelData: rest };
}

describe('a channel message whose team cannot be told', () => {
  it('answers commands and card clicks with a Norwegian explanation instead of failing the turn', async () => {
    const started = await startWithNetworks(1, kari);
    t = started.t;
    const net = started.nets[0]!;
    for (const command of ['frister', 'møteplan', 'start møte', 'oppgaver', 'agenda']) {
      const before = t.connector.emulator.calls.length;
      const res = await t.post(withoutTeam(channelMessage(net, kari, command)));
      expect(res.status).toBe(200);
      const sent = t.connector.emulator.calls
        .slice(before)
        .map((c) => JSON.stringify(c.body))
        .join('\n');
      expect(sent).toContain('finner ikke hvilket nettverk');
      expect(sent).not.toContain('noe gikk galt');
    }
    const click = await t.post(
      withoutTeam(cardAction(net, kari, 'task.done', { networkId: net.teamId, taskId: 'T1' })),
    );
    expect(click.status).toBe(200);
    expect(JSON.stringify(click.body)).toContain('finner ikke hvilket nettverk');
  });

  it('still shows help', async () => {
    const started = await startWithNetworks(1, kari);
    t = started.t;
    const before = t.connector.emulator.calls.length;
    await t.post(withoutTeam(channelMessage(started.nets[0]!, kari, 'hjelp')));
    const sent = t.connector.emulator.calls
      .slice(before)
      .map((c) => JSON.stringify(c.body))
      .join('\n');
    expect(sent).not.toContain('finner ikke hvilket nettverk');
    expect(sent.length).toBeGreaterThan(100);
  });
});
