import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Month round 8b (N16, and the lead's item 4): a command message that was REFUSED (a child named, a
// fødselsnummer, a date that does not exist) did nothing when it was sent. Its corrected edit was
// answered «jeg gjør ikke … om igjen», though the refusal had just said editing works. A refused
// command never ran, so its edit runs as a new command, once: an edit of that edit is not run again.
const ola = person('Ola Hansen', 1); // leader
const start = appPerTest(ola, '2027-03-01T08:00:00Z');

let seq = 0;
async function post(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const id = `refused-${++seq}`;
  const before = t.connector.emulator.calls.length;
  const res = await t.post(channelMessage(net, who, text, { id }));
  expect(res.status).toBe(200);
  return { id, out: JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body)) };
}

/** The edit as Teams sends it: same id, the new text, eventType «editMessage». */
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

describe('an edited command message that was refused when sent', () => {
  it('a proposal refused for naming a child: the corrected edit is the proposal, and a further edit does not make a second', async () => {
    const { t, net } = await start();
    const sent = await post(t, net, ola, 'agenda + saken om jenta Emma (8 år) i Nes');
    expect(sent.out).toContain('enkelt barn');
    const fixed = await edit(t, net, ola, sent.id, 'agenda + saker om barn i barneskolealder i Nes');
    expect(fixed).not.toContain('om igjen');
    expect(fixed).toContain('P1');
    const again = await edit(t, net, ola, sent.id, 'agenda + saker om barn i ungdomsskolealder i Nes');
    expect(again).toContain('om igjen');
    expect(again).not.toContain('P2');
  });

  it('a deadline refused for a date that does not exist: the corrected edit makes it, once', async () => {
    const { t, net } = await start();
    const sent = await post(t, net, ola, 'frist 31.13 Rapport om bruk av midler');
    expect(await say(t, net, ola, 'frister')).not.toContain('Rapport om bruk av midler');
    const fixed = await edit(t, net, ola, sent.id, 'frist 31.12 Rapport om bruk av midler');
    expect(fixed).not.toContain('om igjen');
    expect(fixed).toContain('F1');
    // Teams may deliver the same edit twice: nothing more is done.
    expect(await edit(t, net, ola, sent.id, 'frist 31.12 Rapport om bruk av midler')).toBe('[]');
    const list = await say(t, net, ola, 'frister');
    expect(list.match(/Rapport om bruk av midler/g)?.length).toBe(1);
    expect(list).not.toContain('F2');
  });

  it('a task refused for a fødselsnummer, edited still wrong, then right: runs when the edit is accepted', async () => {
    const { t, net } = await start();
    const sent = await post(t, net, ola, 'frist 15.04 Søknad for 01019012345');
    expect(sent.out).toContain('fødselsnummer');
    // Still refused: the edit is refused again (the guard's answer), nothing stored, and the next edit may still run.
    expect(await edit(t, net, ola, sent.id, 'frist 32.04 Søknad om midler')).not.toContain('om igjen');
    const fixed = await edit(t, net, ola, sent.id, 'frist 15.04 Søknad om midler');
    expect(fixed).toContain('F1');
    expect(await say(t, net, ola, 'frister')).toContain('Søknad om midler');
  });

  it('a command that ran when sent is still not run again from an edit', async () => {
    const { t, net } = await start();
    const sent = await post(t, net, ola, 'agenda + fagdag om ettervern');
    expect(sent.out).toContain('P1');
    const changed = await edit(t, net, ola, sent.id, 'agenda + fagdag om tidlig innsats');
    expect(changed).toContain('om igjen');
    expect(changed).not.toContain('P2');
  });
});
