import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Three gaps in the input check (session 11, P1): a child named in small letters after its age
// without a closing mark, adults on the network's roster read as children, and an identity number
// written with URL-encoded digits. Each goes through the real server as a meeting line and a task.

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const THREAD = '871101';
const CHILD = 'ser ut til å handle om et enkelt barn';
const NUMBER = 'fødselsnummer';

const setup = appPerTest(kari, '2026-11-27T08:00:00Z');
const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string, mentions: TestPerson[] = []) =>
  chatSay(t, net, who, text, { thread: THREAD, mentions, status: (s) => expect(s).toBe(200) });

describe('a child named in small letters after its age', () => {
  it('is refused as a meeting line and a task, never echoed; ordinary words after an age pass', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    for (const [typed, name] of [
      ['info: jenta på 7 år, sara har flyttet', 'sara'],
      ['info: gutten (9) jonas bor nå hos besteforeldre', 'jonas'],
      ['info: 8 år gamle emma skal flytte i januar', 'emma'],
      ['info: gutten (9) Jonas bor nå hos besteforeldre', 'Jonas'],
      ['info: eleven på 12 år, ali er flyttet', 'ali'],
    ] as const) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).toContain(CHILD);
      expect(out, typed).not.toContain(` ${name} `);
    }
    const task = await say(t, net, kari, 'oppgave @Ola Hansen følge opp jenta på 7 år, sara innen 15.12', [ola]);
    expect(task).toContain(CHILD);
    expect(task).not.toContain('sara');
    expect(await t.app.services.store.tasks.listAll(net.tenantId, net.teamId)).toHaveLength(0);

    for (const typed of [
      'info: prosjektet på 3 år, med oppstart i mars',
      'info: barnevernet i 12 år har vi jobbet med dette',
      'info: ungdom over 16 år får tilbud',
      'info: jenta på 7 år, som har flyttet, får ny skole',
      'info: 8 år gamle regler må endres',
    ]) {
      const out = await say(t, net, ola, typed);
      expect(out, typed).not.toContain(CHILD);
      expect(out, typed).toContain('✓');
    }
    const m = (await t.app.services.store.meetings.running(net.tenantId, net.teamId))!;
    const stored = JSON.stringify(await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m.id));
    for (const n of ['sara', 'jonas', 'emma', 'Jonas']) expect(stored).not.toContain(` ${n} `);
  });
});

describe('an identity number with URL-encoded digits', () => {
  it('is refused as a meeting line and a task', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    const encoded = '%31%35%30%33%38%37%31%32%34%38%36';
    const out = await say(t, net, ola, `info: se ${encoded}`);
    expect(out).toContain(NUMBER);
    expect(out).not.toContain(encoded);
    const task = await say(t, net, kari, `oppgave @Ola Hansen sjekke ${encoded} innen 15.12`, [ola]);
    expect(task).toContain(NUMBER);
    expect(await t.app.services.store.tasks.listAll(net.tenantId, net.teamId)).toHaveLength(0);
    // A link with an ordinary encoded space or a short code still goes in.
    const fine = await say(t, net, ola, 'info: se https://example.org/a%20b?id=%31%32 for mer');
    expect(fine).not.toContain(NUMBER);
    expect(fine).toContain('✓');
  });
});
