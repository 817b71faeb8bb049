import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month s14 #4: «hvem er leder?» in the channel got «Ikke dekket av dokumentene»; it names this network's leaders.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);
const start = appPerTest(kari, '2027-08-27T08:00:00Z');

describe('«hvem er leder?» in the channel', () => {
  it('lists the network’s leaders; a question about another body’s leader stays a rules question', async () => {
    const { t, net } = await start();
    expect(await say(t, net, per, 'hvem er leder?')).toContain('Kari Nordmann');
    expect(await say(t, net, per, 'Hvem er lederne i nettverket vårt?')).toContain('Kari Nordmann');
    expect(await say(t, net, per, 'hvem er leder av styringsgruppa?')).not.toContain('Kari Nordmann');
  });

  it('in the personal chat, for the person’s own network (the stranger asked there)', async () => {
    const { t, net } = await start();
    await say(t, net, per, 'hei');
    const before = t.connector.emulator.calls.length;
    expect((await t.post(personalMessage(t.connector.url, net.tenantId, per, 'hvem er leder?'))).status).toBe(200);
    const reply = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(reply).toContain('Ledere i nettverket: Kari Nordmann');
  });
});
