import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Review 2, item 9: the answer to an edit the bot cannot follow quotes the edited text, cut to 200
// characters. It was cut before the outgoing mask read it, so «… Emma Larsen (8…» lost the age sign
// that marks the name and went out with the name in it. Masked first, then cut.
const ola = person('Ola Hansen', 1);
const start = appPerTest(ola, '2027-03-01T08:00:00Z');

async function post(t: TestApp, net: NetworkFixture, who: TestPerson, text: string, id: string) {
  const res = await t.post(channelMessage(net, who, text, { id }));
  expect(res.status).toBe(200);
}

async function edit(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, text: string) {
  const msg = channelMessage(net, who, text, { id });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: 'messageUpdate',
    channelData: { ...msg.channelData, eventType: 'editMessage' },
  });
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

describe('review 2, item 9: the echoed edit is masked before it is cut', () => {
  it('a child named right at the cut does not go out', async () => {
    const { t, net } = await start();
    await post(t, net, ola, 'frist 15.04 Søknad om stimuleringsmidler 2027', 'echo-1');
    const head = 'frist 15.04 Søknad om tilskudd ';
    const tail = 'Emma Larsen (8 år) og mer';
    // The echo is «@Nettverksboten » + the text; the cut keeps 197 characters, so «(8» ends right there.
    const filler = 'ord '.repeat(60).slice(0, 197 - '@Nettverksboten '.length - head.length - 'Emma Larsen (8'.length);
    const text = `${head}${filler}${tail}`;
    expect(`@Nettverksboten ${text}`.slice(0, 197).endsWith('Emma Larsen (8')).toBe(true);
    const out = await edit(t, net, ola, 'echo-1', text);
    // Every echo of an edit now passes the input check first (N16), so the answer is the child refusal itself.
    expect(out).toContain('enkelt barn');
    expect(out).not.toContain('Emma');
    expect(out).not.toContain('Larsen');
  });
});
