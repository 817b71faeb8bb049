import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf, speaker } from './channel-support.ts';

// Issue #14, item 6: every line typed in a running meeting read, parsed and checked the whole log,
// so a meeting cost quadratic time. A line now reads only the entries appended since the last line.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

const app = appPerTest(kari, '2026-11-27T08:00:00Z');

async function meetingWith(lines: number) {
  const { t, net } = await app();
  const s = speaker(t, net, '840001');
  await s.say(kari, 'start møte');
  for (let i = 0; i < lines; i++) await s.say(ola, `info: innspill ${i} om fosterhjem`);
  const meetings = t.app.services.store.meetings;
  const full = meetings.entries.bind(meetings);
  const after = meetings.entriesAfter.bind(meetings);
  const reads = { full: 0, after: 0, rows: 0 };
  meetings.entries = async (...args) => {
    reads.full++;
    return full(...args);
  };
  meetings.entriesAfter = async (...args) => {
    reads.after++;
    const got = await after(...args);
    reads.rows += got.entries.length;
    return got;
  };
  return { t, net, s, meetings, reads };
}

describe('a line in a long meeting', () => {
  it('after 40 lines reads only the entry the line before it added, and the minutes still hold every line', async () => {
    const { s, reads, net, t } = await meetingWith(40);
    await s.say(ola, 'vedtak: nettverket prioriterer rekruttering');
    expect(reads).toEqual({ full: 0, after: 1, rows: 1 });
    await s.say(ola, 'notat: erfaring fra bydelen');
    expect(reads).toEqual({ full: 0, after: 2, rows: 2 });
    // `oppgave` is a meeting line too (record-task reads the log through the same path).
    await s.say(ola, 'oppgave @Ola Hansen følge opp saken innen 20.12', { mentions: [ola] });
    expect(reads).toEqual({ full: 0, after: 3, rows: 3 });
    const log = await entriesOf(t, net);
    expect(log).toHaveLength(44);
    expect(log.at(-2)).toMatchObject({ kind: 'note', text: 'erfaring fra bydelen' });
    expect(log.at(-1)).toMatchObject({ kind: 'task', text: expect.stringContaining('følge opp saken') });
    const out = await s.say(kari, 'avslutt møte');
    expect(out).toContain('innspill 0 om fosterhjem');
    expect(out).toContain('innspill 39 om fosterhjem');
    expect(out).toContain('nettverket prioriterer rekruttering');
  });

  it('sees what another instance appended, and an undo appended since', async () => {
    const { s, reads, net, t, meetings } = await meetingWith(3);
    const m = (await meetings.running(net.tenantId, net.teamId))!;
    // Another instance moves the meeting on to item 2: the next line here is filed under it.
    const by = { id: kari.id, name: kari.name };
    await meetings.append(net.tenantId, net.teamId, m.id, {
      id: 'e-900',
      at: '2026-11-27T08:05:00.000Z',
      author: by,
      item: 1,
      kind: 'move',
      to: 2,
    });
    await s.say(ola, 'info: etter flyttingen');
    expect(reads).toMatchObject({ full: 0, after: 1, rows: 2 });
    expect((await entriesOf(t, net)).at(-1)).toMatchObject({ text: 'etter flyttingen', item: 2 });
    // `angre` is an appended entry too: the next line's read sees it and the minutes leave the line out.
    await s.say(ola, 'angre');
    await s.say(ola, 'info: siste linje');
    const out = await s.say(kari, 'avslutt møte');
    expect(out).not.toContain('etter flyttingen');
    expect(out).toContain('siste linje');
  });
});
