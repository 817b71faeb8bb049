import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { line, remove } from './line-events.ts';

// Round 8 N1: a meeting line deleted because it named a child must not come back in the thread
// through the bot's confirmation, which nobody can delete. The reply names what was taken out
// (kind and agenda item, a task by its id), never the text; so does «angre».
const kari = person('Kari Nordmann', 1);
const THREAD = '840001';
// What the line said, standing in for a name the privacy check may hold back on its own (round 8 N2):
// whatever the line held, the confirmation must not carry it.
const SAID = 'Bjørkelia skole';
const start = appPerTest(kari, '2027-03-05T08:00:00Z');

/** The plain-text replies among what the bot sent. */
function replies(sent: string): string {
  return (JSON.parse(sent) as { text?: string }[]).map((b) => b.text ?? '').join('\n');
}

describe('N1: taking a line back never repeats its text', () => {
  it('a deleted note, decision or task line is confirmed by kind and item, without its words', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    await line(t, net, kari, 'neste punkt', THREAD);
    const note = await line(t, net, kari, `info: Hurdal: saken fra ${SAID} tar mye tid i tjenesten.`, THREAD);
    const decision = await line(t, net, kari, `vedtak: saken fra ${SAID} tas opp igjen`, THREAD);
    const task = await line(t, net, kari, `oppgave Hurdal: følge opp ${SAID} innen 20.03`, THREAD);
    const n = await remove(t, net, kari, note.id, THREAD);
    expect(n).not.toContain(SAID);
    expect(n).not.toContain('Bjørkelia');
    expect(n).toContain('Notatet under punkt 2 er tatt ut av referatet');
    const d = await remove(t, net, kari, decision.id, THREAD);
    expect(d).not.toContain('Bjørkelia');
    expect(d).toContain('Vedtaket under punkt 2 er tatt ut av referatet');
    // The task's own card is redrawn as cancelled (it showed the text before); the reply says only the id.
    const k = replies(await remove(t, net, kari, task.id, THREAD));
    expect(k).not.toContain('Bjørkelia');
    expect(k).toMatch(/Oppgave T\d+ under punkt 2 er tatt ut av referatet/);
    const end = (await line(t, net, kari, 'avslutt møte', THREAD)).out;
    expect(end).not.toContain('Bjørkelia');
  });

  it('«angre» after a line with a name says what was taken back without the name', async () => {
    const { t, net } = await start();
    await line(t, net, kari, 'start møte', THREAD);
    await line(t, net, kari, `info: saken fra ${SAID}`, THREAD);
    const undone = (await line(t, net, kari, 'angre', THREAD)).out;
    expect(undone).not.toContain('Bjørkelia');
    expect(undone).toContain('Angret: notatet under punkt 1');
    await line(t, net, kari, 'til stede Nes, Hurdal', THREAD);
    // A municipality is no one's private matter: its name says which attendance line went.
    expect((await line(t, net, kari, 'angre', THREAD)).out).toContain('Nes, Hurdal');
  });
});
