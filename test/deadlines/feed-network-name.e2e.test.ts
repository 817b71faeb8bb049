import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month s13 #15: in the calendar feed a deadline's SUMMARY was «rapportering» alone, while a meeting's was
// «Nettverksmøte – <network>»; someone subscribed to two networks could not tell their deadlines apart.
const kari = person('Kari Nordmann', 1); // leader
const start = appPerTest(kari, '2027-01-29T08:00:00Z');

describe('s13 #15: a deadline in the calendar feed', () => {
  it('names its network in the title', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'frist 01.03.2027 rapportering');
    const before = t.connector.emulator.calls.length;
    await t.post(personalMessage(t.connector.url, net.tenantId, kari, `frister ${net.teamName}`));
    const sent = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    const feed = /(https?:\/\/[^"\s)]+frister\.ics[^"\s)]+)/.exec(sent)![1]!.replace(/\\u0026/g, '&');
    const ics = (await (await fetch(feed)).text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`SUMMARY:rapportering – ${net.teamName}`);
  });
});
