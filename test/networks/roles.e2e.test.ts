import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { installedApp } from '../support/installed.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

describe('leader roles', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = async (who: typeof kari, text: string, mentions: (typeof kari)[] = []) => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, who, text, { mentions }));
    return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
  };

  beforeAll(async () => {
    ({ t, net } = await installedApp(kari));
  });
  afterAll(async () => t?.close());

  it('lets the installer make another leader, who may then act as one', async () => {
    expect(await say(ola, 'leder + @Ola Hansen', [ola])).toContain('Bare nettverkets ledere');
    expect(await say(kari, 'leder + @Ola Hansen', [ola])).toContain('Ola Hansen er nå leder');
    expect(await say(ola, 'ledere')).toContain('Kari Nordmann, Ola Hansen');
    expect(await say(ola, 'møteplan første tirsdag kl 12-14')).toContain('Møteplanen er endret');
  });

  it('never leaves a network without a leader', async () => {
    // Removing another leader asks on a card first (month round 9, N5).
    const asked = await say(ola, 'leder - @Kari Nordmann', [kari]);
    const data = JSON.parse(/"verb":"leader\.remove","data":(\{[^}]+\})/.exec(asked)![1]!);
    expect((await t.post(cardAction(net, ola, 'leader.remove', data))).status).toBe(200);
    expect(await say(ola, 'leder - @Ola Hansen', [ola])).toContain('siste lederen');
    expect(await say(kari, 'leder - @Ola Hansen', [ola])).toContain('Bare nettverkets ledere');
    expect(await say(ola, 'leder +')).toContain('Nevn personen');
  });
});
