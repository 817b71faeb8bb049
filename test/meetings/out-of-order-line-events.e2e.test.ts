import { describe, expect, it } from 'vitest';
import { appPerTest, withoutMention } from '../support/chat.ts';
import type { TestApp } from '../support/app.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';
import { edit, line, remove } from './line-events.ts';

// Attack round 9, A5: Teams does not promise the order of a message and its edit or deletion. A
// delivery that came late, or a retry after a timeout, can bring the message after its deletion or
// after its edit. A deleted line (often deleted because it held a child's details) must never come
// back into the minutes, and an edit seen first must not leave the older text as a second line.
const kari = person('Kari Nordmann', 1);
const THREAD = '845001';
const start = appPerTest(kari, '2026-11-27T08:00:00Z');

let seq = 0;
const newId = () => `late-${++seq}`;

/** Message `id` arriving now (after its edit or deletion); gives what the bot sent because of it. */
async function arrives(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, text: string, thread = THREAD) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(channelMessage(net, who, text, { thread, id }));
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

/** The undeletion of message `id` as Teams sends it: messageUpdate «undeleteMessage». */
async function undelete(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, text: string) {
  const msg = channelMessage(net, who, text, { thread: THREAD, id });
  const res = await t.post({
    ...msg,
    type: 'messageUpdate',
    channelData: { ...msg.channelData, eventType: 'undeleteMessage' },
  });
  expect(res.status).toBe(200);
}

/** Ends the meeting and gives the end message and the minutes as .md, as a member downloads them. */
async function endAndDownload(t: TestApp, net: NetworkFixture) {
  const ended = (await line(t, net, kari, 'avslutt møte', THREAD)).out;
  const link = /"url":"([^"]+\.md\?[^"]+)"/.exec(ended);
  expect(link).not.toBeNull();
  const md = await (await fetch(link![1]!.replace(/\\u0026/g, '&'))).text();
  return { ended, md };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('A5: a message that arrives after its deletion or its edit', () => {
  it('a line deleted before it arrived stays out of the minutes, the thread and the .md', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    const id = newId();
    expect(await remove(t, net, kari, id, THREAD)).toBe('[]');
    const out = await arrives(t, net, kari, id, 'vedtak: Slettet før den kom');
    expect(out).toBe('[]');
    // A redelivery of the late message is dropped too.
    expect(await arrives(t, net, kari, id, 'vedtak: Slettet før den kom')).toBe('[]');
    const after = await line(t, net, kari, 'vedtak: Dette står', THREAD);
    expect(after.out).toContain('Vedtak (punkt 1)');
    expect(JSON.stringify(await entriesOf(t, net))).not.toContain('Slettet før den kom');
    const { ended, md } = await endAndDownload(t, net);
    expect(ended).not.toContain('Slettet før den kom');
    expect(md).not.toContain('Slettet før den kom');
    expect(md).toContain('Dette står');
  });

  it('an edit seen before its message is the line; the original that arrives later adds nothing', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    const id = newId();
    const edited = await edit(t, net, kari, id, 'vedtak: Redigert først', THREAD);
    expect(edited).toContain('Vedtak (punkt 1)');
    expect(await arrives(t, net, kari, id, 'vedtak: Original etterpå')).toBe('[]');
    const texts = JSON.stringify(await entriesOf(t, net));
    expect(texts).not.toContain('Original etterpå');
    expect(count(texts, 'Redigert først')).toBe(1);
    const { ended, md } = await endAndDownload(t, net);
    expect(ended).not.toContain('Original etterpå');
    expect(md).not.toContain('Original etterpå');
    expect(count(md, 'Redigert først')).toBe(1);
  });

  it('a task line edited before it arrived makes one task with the edited text', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    const id = newId();
    expect(await edit(t, net, kari, id, 'oppgave Nes: lage plan for julebordet innen 20.12', THREAD)).toContain(
      'lage plan for julebordet',
    );
    expect(await arrives(t, net, kari, id, 'oppgave Nes: lage plan for fagdagen innen 20.12')).toBe('[]');
    const tasks = await t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
    expect(tasks.map((x) => x.text)).toEqual(['lage plan for julebordet']);
    const { md } = await endAndDownload(t, net);
    expect(count(md, '- Oppgave T1: lage plan for julebordet')).toBe(1);
    expect(md).not.toContain('T2');
    expect(md).not.toContain('fagdagen');
  });

  it('edited, then deleted, then the message: nothing of it reaches the minutes', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    const id = newId();
    await edit(t, net, kari, id, 'info: Redigert og så slettet', THREAD);
    expect(await remove(t, net, kari, id, THREAD)).toContain('tatt ut av referatet');
    expect(await arrives(t, net, kari, id, 'info: Den første teksten')).toBe('[]');
    const { ended, md } = await endAndDownload(t, net);
    for (const shown of [ended, md]) {
      expect(shown).not.toContain('Redigert og så slettet');
      expect(shown).not.toContain('Den første teksten');
    }
  });

  it('the same for lines written without @Nettverksboten (the app may read the channel), as the attacker sent them', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    const plain = (id: string, text: string) => withoutMention(channelMessage(net, kari, text, { thread: THREAD, id }));
    const post = async (activity: object) => expect((await t.post(activity)).status).toBe(200);
    const deleted = plain(newId(), '');
    await post({
      ...deleted,
      type: 'messageDelete',
      text: undefined,
      channelData: { ...deleted.channelData, eventType: 'softDeleteMessage' },
    });
    await post(plain(deleted.id, 'vedtak: slettet før den kom'));
    const edited = plain(newId(), 'vedtak: redigert først');
    await post({ ...edited, type: 'messageUpdate', channelData: { ...edited.channelData, eventType: 'editMessage' } });
    await post(plain(edited.id, 'vedtak: original etterpå'));
    const { md } = await endAndDownload(t, net);
    expect(md).not.toMatch(/slettet før den kom/i);
    expect(md).not.toMatch(/original etterpå/i);
    expect(count(md.toLowerCase(), 'redigert først')).toBe(1);
  });

  it('a deletion taken back in Teams before the message arrived lets the message in', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    const id = newId();
    await remove(t, net, kari, id, THREAD);
    await undelete(t, net, kari, id, 'info: Angret sletting');
    expect(await arrives(t, net, kari, id, 'info: Angret sletting')).toContain('Notat (punkt 1)');
    expect((await endAndDownload(t, net)).md).toContain('Angret sletting');
  });

  it('in the ordinary order nothing changes: a line, its edit, a deletion of another line', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    const kept = await line(t, net, kari, 'vedtak: Første tekst', THREAD);
    expect(kept.out).toContain('Vedtak (punkt 1)');
    expect(await edit(t, net, kari, kept.id, 'vedtak: Andre tekst', THREAD)).toContain('Andre tekst');
    const gone = await line(t, net, kari, 'info: Tas ut igjen', THREAD);
    expect(await remove(t, net, kari, gone.id, THREAD)).toContain('tatt ut av referatet');
    // A redelivery of a line that was deleted after it arrived stays a redelivery.
    expect(await arrives(t, net, kari, gone.id, 'info: Tas ut igjen')).toBe('[]');
    const { md } = await endAndDownload(t, net);
    expect(md).toContain('Andre tekst');
    expect(md).not.toContain('Første tekst');
    expect(md).not.toContain('Tas ut igjen');
  });

  it('a command message deleted before it arrived does not run', async () => {
    const { t, net } = await start();
    const id = newId();
    await remove(t, net, kari, id, id);
    expect(await arrives(t, net, kari, id, 'start møte', id)).toBe('[]');
    expect(await t.app.services.store.meetings.running(net.tenantId, net.teamId)).toBeNull();
    // The same command in a message of its own runs as always.
    const other = newId();
    expect(await arrives(t, net, kari, other, 'start møte', other)).not.toBe('[]');
    expect(await t.app.services.store.meetings.running(net.tenantId, net.teamId)).not.toBeNull();
  });
});
