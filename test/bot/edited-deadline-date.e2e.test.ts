import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Review 2, HIGH 2 and LOW 10: an edit of an old «frist» message must not move the deadline. The
// edited text is read as of the message's own time, and it moves the deadline only while the deadline
// still has the date the message's previous text gave; a case-only edit changes nothing and says nothing.
const ola = person('Ola Hansen', 1); // leader
const start = appPerTest(ola, '2027-03-01T08:00:00Z'); // a Monday
const DAY = 24 * 60 * 60_000;

let seq = 0;
async function post(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const id = `dl-${++seq}`;
  const res = await t.post(channelMessage(net, who, text, { id }));
  expect(res.status).toBe(200);
  return id;
}

/** The edit as Teams sends it, stamped with the edit's own time (the bot's clock). */
async function edit(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, text: string, at?: string) {
  const msg = channelMessage(net, who, text, { id });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    timestamp: at ?? t.clock.now().toISOString(),
    type: 'messageUpdate',
    channelData: { ...msg.channelData, eventType: 'editMessage' },
  });
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

describe('an edited «frist» message read as of its own time', () => {
  it('«frist fredag …» edited a week later (letter case only) keeps its date and says nothing', async () => {
    const { t, net } = await start();
    const id = await post(t, net, ola, 'frist fredag Søknad om midler');
    expect(await say(t, net, ola, 'frister')).toContain('05.03.2027');
    t.clock.advance(7 * DAY);
    expect(await edit(t, net, ola, id, 'frist fredag søknad om midler')).toBe('[]');
    const list = await say(t, net, ola, 'frister');
    expect(list).toContain('05.03.2027');
    expect(list).not.toContain('12.03.2027');
    // A real change of the date still follows: the deadline had the date the old text gave.
    const out = await edit(t, net, ola, id, 'frist 19.03 Søknad om midler');
    expect(out).toContain('flytt frist F1 til 19.03');
    expect(await say(t, net, ola, 'frister')).toContain('19.03.2027');
    // And the message now stands for 19.03: the same edit in other words changes nothing.
    expect(await edit(t, net, ola, id, 'frist 19. mars Søknad om midler')).toBe('[]');
  });

  it('after «flytt frist», an edit of the old message does not undo the move: it says so and gives the command', async () => {
    const { t, net } = await start();
    await post(t, net, ola, 'frist 20.05 Rapport om bruk av midler');
    const id = await post(t, net, ola, 'frist 15.12 Rapport til Bufdir');
    await say(t, net, ola, 'flytt frist F2 til 20.12');
    expect(await say(t, net, ola, 'frister')).toContain('20.12.2027');
    // Case or spaces only: nothing changes, nothing is said.
    expect(await edit(t, net, ola, id, 'frist 15.12  rapport til Bufdir')).toBe('[]');
    expect(await say(t, net, ola, 'frister')).toContain('20.12.2027');
    // A new date in the old message: the deadline was moved since, so the edit is not followed.
    const out = await edit(t, net, ola, id, 'frist 16.12 Rapport til Bufdir');
    expect(out).toContain('endret');
    expect(out).toContain('flytt frist F2 til 16.12');
    const list = await say(t, net, ola, 'frister');
    expect(list).toContain('20.12.2027');
    expect(list).not.toContain('16.12.2027');
  });

  it('a message sent before the bot kept its date: a new date is answered with the command, not followed', async () => {
    const { t, net } = await start();
    const id = await post(t, net, ola, 'frist 15.12 Rapport til Bufdir');
    await say(t, net, ola, 'flytt frist F1 til 20.12');
    // As in a database from before this release: no record of which date the message gave.
    const db = (t.app.services.store as unknown as { db: DatabaseSync }).db;
    db.prepare(`DELETE FROM network_settings WHERE name = 'deadline-messages'`).run();
    expect(await edit(t, net, ola, id, 'frist 15.12 rapport til Bufdir')).toContain('flytt frist F1 til 15.12');
    expect(await say(t, net, ola, 'frister')).toContain('20.12.2027');
    // The date it has now, in the edited text: nothing to say.
    expect(await edit(t, net, ola, id, 'frist 20.12 Rapport til Bufdir')).toBe('[]');
  });

  it('edits A→B→A→B each follow (LOW 10): the last one is not taken for a repeat', async () => {
    const { t, net } = await start();
    const id = await post(t, net, ola, 'frist 15.04 Søknad om stimuleringsmidler 2027');
    const a = 'frist 15.04 Søknad om stimuleringsmidler 2027';
    const b = 'frist 14.04 Søknad om stimuleringsmidler 2027';
    expect(await edit(t, net, ola, id, b, '2027-03-01T09:00:00Z')).toContain('flytt frist F1 til 14.04');
    // Teams delivers that same edit twice: answered once.
    expect(await edit(t, net, ola, id, b, '2027-03-01T09:00:00Z')).toBe('[]');
    expect(await edit(t, net, ola, id, a, '2027-03-01T09:01:00Z')).toContain('flytt frist F1 til 15.04');
    expect(await edit(t, net, ola, id, b, '2027-03-01T09:02:00Z')).toContain('flytt frist F1 til 14.04');
    const list = await say(t, net, ola, 'frister');
    expect(list).toContain('14.04.2027');
    expect(list).not.toContain('15.04.2027');
  });
});
