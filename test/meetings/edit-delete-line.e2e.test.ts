import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import type { TestApp } from '../support/app.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';
import { validNationalId } from '../support/national-id.ts';

// N9: in Teams a person edits or deletes their own message and the bot gets `messageUpdate`
// (channelData.eventType «editMessage») or `messageDelete` («softDeleteMessage») with the id of
// that message. A meeting line edited in the meeting must reach the minutes with its new text; a
// deleted one leaves them as `angre` would.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const THREAD = '830001';
const FNR = validNationalId('120385', '123');
const start = appPerTest(kari, '2026-11-27T08:00:00Z');

let seq = 0;
/** Posts a line in the meeting thread with an id of its own and returns that id and what the bot sent. */
async function line(t: TestApp, net: NetworkFixture, who: TestPerson, text: string, thread = THREAD) {
  const id = `edit-${++seq}`;
  const before = t.connector.emulator.calls.length;
  const res = await t.post(channelMessage(net, who, text, { thread, id }));
  expect(res.status).toBe(200);
  return { id, out: JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body)) };
}

/** The edit of message `id` as Teams sends it: the same id, the new text, eventType «editMessage». */
async function edit(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, text: string, thread = THREAD) {
  const msg = channelMessage(net, who, text, { thread, id });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: 'messageUpdate',
    channelData: { ...msg.channelData, eventType: 'editMessage' },
  });
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

/** The deletion of message `id` as Teams sends it: no text, eventType «softDeleteMessage». */
async function remove(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, thread = THREAD) {
  const msg = channelMessage(net, who, '', { thread, id });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: 'messageDelete',
    text: undefined,
    entities: [],
    channelData: { ...msg.channelData, eventType: 'softDeleteMessage' },
  });
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

describe('N9: editing and deleting one’s own meeting line', () => {
  it('an edited decision or note reaches the minutes with its new text, twice edited too', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const d = await line(t, net, kari, 'vedtak: felles fagdag i mars');
    const n = await line(t, net, kari, 'info – Bufetat kan holde opplæring');
    const out = await edit(t, net, kari, d.id, 'vedtak: felles fagdag i april');
    expect(out).toContain('felles fagdag i april');
    await edit(t, net, kari, n.id, 'info: Bufetat holder opplæringen i mai');
    await edit(t, net, kari, n.id, 'info: Bufetat holder opplæringen i juni');
    const end = (await line(t, net, kari, 'avslutt møte')).out;
    expect(end).toContain('felles fagdag i april');
    expect(end).not.toContain('felles fagdag i mars');
    expect(end).toContain('Bufetat holder opplæringen i juni');
    expect(end).not.toContain('Bufetat kan holde opplæring');
    expect(end).not.toContain('opplæringen i mai');
  });

  it('an edit with a fødselsnummer or beyond the length limit is refused: the entry keeps its text and the thread hears why', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const d = await line(t, net, kari, 'info: samtale med familien neste uke');
    const refused = await edit(t, net, kari, d.id, `info: samtale med familien ${FNR}`);
    expect(refused).toMatch(/fødselsnummer/i);
    const long = await edit(t, net, kari, d.id, `info: ${'lang tekst '.repeat(260)}`);
    expect(long).toMatch(/for lang|tegn/i);
    const texts = (await entriesOf(t, net)).map((e) => JSON.stringify(e)).join('\n');
    expect(texts).not.toContain(FNR);
    const end = (await line(t, net, kari, 'avslutt møte')).out;
    expect(end).toContain('samtale med familien neste uke');
  });

  it('a deleted line leaves the minutes as angre would, a task line takes its task with it', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const keep = await line(t, net, kari, 'vedtak: felles fagdag i mars');
    const gone = await line(t, net, kari, 'info: dette skulle ikke stå her');
    const task = await line(t, net, kari, 'oppgave Nes: lage plan for fagdagen innen 20.12');
    expect(task.out).toContain('lage plan for fagdagen');
    const out = await remove(t, net, kari, gone.id);
    expect(out).toContain('Notatet under punkt 1 er tatt ut av referatet');
    expect(out).not.toContain('dette skulle ikke stå her');
    await remove(t, net, kari, task.id);
    const open = await t.app.services.store.tasks.listOpen(net.tenantId, net.teamId);
    expect(open.map((x) => x.text)).not.toContain('lage plan for fagdagen');
    // A redelivered deletion, or the deletion of a line that made nothing, changes nothing and says nothing.
    expect(await remove(t, net, kari, gone.id)).toBe('[]');
    expect(await remove(t, net, kari, 'never-a-line')).toBe('[]');
    const end = (await line(t, net, kari, 'avslutt møte')).out;
    expect(end).not.toContain('dette skulle ikke stå her');
    expect(end).not.toContain('lage plan for fagdagen');
    expect(end).toContain('felles fagdag i mars');
    expect(keep.id).toBeTruthy();
  });

  it('a task line edited keeps owner and due date and gets the new text, in the minutes and on the task', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const task = await line(t, net, kari, 'oppgave Nes: lage plan for fagdagen innen 20.12');
    const dated = await line(t, net, kari, 'oppgave Hurdal: sende tall 18.12');
    const out = await edit(t, net, kari, task.id, 'oppgave Nes: lage plan for julebordet innen 20.12');
    expect(out).toContain('lage plan for julebordet');
    // The date at the end without «innen» is read as the due date, as when the line was typed.
    expect(await edit(t, net, kari, dated.id, 'oppgave Hurdal: sende tallene 18.12')).toContain('sende tallene');
    const open = await t.app.services.store.tasks.listOpen(net.tenantId, net.teamId);
    expect(open.map((x) => x.text).sort()).toEqual(['lage plan for julebordet', 'sende tallene']);
    expect(open.map((x) => x.due).sort()).toEqual(['2026-12-18', '2026-12-20']);
    const end = (await line(t, net, kari, 'avslutt møte')).out;
    expect(end).toContain('lage plan for julebordet');
    expect(end).not.toContain('fagdagen');
  });

  it('a task edited to another owner or date, or an attendance line edited, says how to change it instead, and nothing changes', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const task = await line(t, net, kari, 'oppgave Nes: lage plan for fagdagen innen 20.12');
    const present = await line(t, net, kari, 'til stede Nes, Hurdal');
    const owner = await edit(t, net, kari, task.id, 'oppgave Hurdal: lage plan for fagdagen innen 20.12');
    expect(owner).toContain('kan ikke rettes ved å redigere');
    expect(owner).toContain('angre');
    const due = await edit(t, net, kari, task.id, 'oppgave Nes: lage plan for fagdagen innen 22.12');
    expect(due).toContain('kan ikke rettes ved å redigere');
    expect(await edit(t, net, kari, present.id, 'til stede Nes')).toContain('kan ikke rettes ved å redigere');
    const open = await t.app.services.store.tasks.listOpen(net.tenantId, net.teamId);
    expect(open.map((x) => [x.text, x.due])).toEqual([['lage plan for fagdagen', '2026-12-20']]);
    const end = (await line(t, net, kari, 'avslutt møte')).out;
    expect(end).toContain('lage plan for fagdagen');
    expect(end).toContain('Hurdal');
  });

  it('only the author’s own line: someone else’s edit or deletion of it changes nothing', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const d = await line(t, net, kari, 'vedtak: felles fagdag i mars');
    await edit(t, net, ola, d.id, 'vedtak: ingen fagdag');
    await remove(t, net, ola, d.id);
    const end = (await line(t, net, kari, 'avslutt møte')).out;
    expect(end).toContain('felles fagdag i mars');
    expect(end).not.toContain('ingen fagdag');
  });

  it('after the meeting has ended, an edit or a deletion gets a short reply: the minutes are corrected with «rett referat»', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte');
    const d = await line(t, net, kari, 'vedtak: felles fagdag i mars');
    await line(t, net, kari, 'avslutt møte');
    expect(await edit(t, net, kari, d.id, 'vedtak: felles fagdag i april')).toContain('rett referat');
    expect(await remove(t, net, kari, d.id)).toContain('rett referat');
    const referat = (await line(t, net, kari, 'referat')).out;
    expect(referat).toContain('felles fagdag i mars');
    expect(referat).not.toContain('april');
  });

  it('an ordinary message edited or deleted outside any meeting gets no answer', async () => {
    const { t, net } = await start();
    const m = await line(t, net, kari, 'agenda');
    expect(await edit(t, net, kari, m.id, 'agenda for desember')).toBe('[]');
    expect(await remove(t, net, kari, m.id)).toBe('[]');
  });
});
