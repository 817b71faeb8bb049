import { describe, expect, it } from 'vitest';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import type { TestApp } from '../support/app.ts';
import { cardAction, person, personalMessage, type TestPerson } from '../support/teams.ts';

// Review s16 #13: facts told in a personal chat were kept under no network, so «slett nettverksdata»
// never cleared them, though they are told about the network and promised to go with its data.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);
const APPLIED = '350 000 kr er over grensen på 200 000 kr';
const start = appPerTest(kari, '2026-12-02T08:00:00Z');

async function personal(t: TestApp, tenantId: string, who: TestPerson, text: string): Promise<string> {
  const before = t.connector.emulator.calls.length;
  await t.post(personalMessage(t.connector.url, tenantId, who, text));
  return JSON.stringify(sentSince(t, before).map((c) => c.body));
}

describe('facts told in a personal chat and the network erase', () => {
  it('are forgotten when the asker’s network erases its data', async () => {
    const { t, net } = await start();
    await say(t, net, per, 'hvor mye kan vi søke om?');
    expect(
      await personal(t, net.tenantId, per, 'Vi er fire kommuner i et læringsnettverk og fikk 350 000 kr i år'),
    ).toContain('Notert:');
    expect(await personal(t, net.tenantId, per, 'Må vi ha revisor?')).toContain(APPLIED);
    const asked = await say(t, net, kari, 'slett nettverksdata');
    const data = JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
    const done = await t.post(cardAction(net, kari, 'network.erase', data));
    expect(JSON.stringify(done.body)).toContain('slettet nettverkets data');
    expect(await personal(t, net.tenantId, per, 'Må vi ha revisor?')).not.toContain(APPLIED);
  });
});
