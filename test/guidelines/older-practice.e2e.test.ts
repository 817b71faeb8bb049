import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCard } from '../support/card-check.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { botAddedToTeam, channelMessage, networkFixture, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

function cardsIn(activity: any): any[] {
  return (activity?.attachments ?? [])
    .filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a: any) => a.content);
}

describe('a question on meal costs, end to end: the current rule first, the earlier priority labelled after it', () => {
  let t: TestApp;
  let a: NetworkFixture;

  beforeAll(async () => {
    t = await startTestApp();
    a = networkFixture(t.connector.url, 1);
    await t.post(botAddedToTeam(a, kari));
  });
  afterAll(async () => t?.close());

  it('gives a leader network its 2024 rule (seed 003) and then «Eldre praksis» from Oslo og Viken (seed 000)', async () => {
    const before = t.connector.emulator.calls.length;
    expect(
      (await t.post(channelMessage(a, ola, 'kan ledernettverket dekke servering på samlingen med midlene?'))).status,
    ).toBe(200);
    const call = t.connector.emulator.calls.slice(before).find((c: any) => cardsIn(c.body?.activity ?? c.body).length);
    const card = cardsIn((call?.body as any)?.activity ?? call?.body)[0];
    expect(checkCard(card).errors).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('veiledning og samlinger for lederne');
    expect(text).toContain('5. Rammer for barnevernsledernettverk');
    expect(text).toContain('Eldre praksis');
    expect(text).toContain('hotell og bespisning');
    expect(text).not.toContain('Tidligere regel');
    expect(text.indexOf('samlinger for lederne')).toBeLessThan(text.indexOf('Eldre praksis'));
  });
});
