import type { TestApp } from './app.ts';
import { personalMessage, type NetworkFixture, type TestPerson } from './teams.ts';

/**
 * The network's calendar (.ics) link as `who` gets it: «frister <network>» in their personal chat.
 * The channel never shows it (A10), and the personal views know leaders by their role, so `who` is
 * one of the network's leaders.
 */
export async function feedLinkOf(t: TestApp, net: NetworkFixture, who: TestPerson): Promise<string> {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, net.tenantId, who, `frister ${net.teamName}`));
  if (res.status !== 200) throw new Error(`frister in the personal chat answered ${res.status}`);
  const sent = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
  const url = /"url":"([^"]+frister\.ics[^"]+)"/.exec(sent)?.[1];
  if (!url) throw new Error(`no calendar link for ${net.teamName} in ${who.name}'s personal chat`);
  return url.replace(/\\u0026/g, '&');
}
