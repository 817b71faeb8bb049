// Trust review, item 2, through the real server: a common given name opening the line with the child
// sign after it passed the privacy check: an age between dashes («Sara — 9 år — har flyttet»), «(9)»
// with a comma before the verb, a class («Sara i 4A», «Jonas i 3. klasse»), a birth date, and «Amir (10)»
// (a common name the list lacked). Each is refused in a meeting line, a guideline question, a task and
// a deadline title, and nothing of it is stored; the ordinary service lines still pass everywhere.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-23T08:00:00Z');
const THREAD = '990001';
const REFUSED = 'ser ut til å handle om et enkelt barn';

const CHILD = [
  'Sara — 9 år — har flyttet',
  'Sara – 9 år – har flyttet',
  'Sara (9), har det vanskelig',
  'Sara i 4A trenger tiltak',
  'Jonas i 3. klasse mobbes',
  'Sara født 12.03.2017 har flyttet',
  'Amir (10) har flyttet',
];
const ORDINARY = [
  'Nes kommune (10 ansatte)',
  'møte i 4. etasje',
  'rom 3A',
  'Sara Nilsen fra Nes kommune presenterer',
  'tiltak for barn i alderen 6–12 år',
];

async function ask(t: TestApp, net: NetworkFixture, question: string) {
  const before = t.connector.emulator.calls.length;
  expect((await t.post(personalMessage(t.connector.url, net.tenantId, ola, question))).status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

const stored = async (t: TestApp, net: NetworkFixture) => {
  const s = t.app.services.store;
  const tasks = (await s.tasks.listAll(net.tenantId, net.teamId)).map((x) => x.text);
  const deadlines = (await s.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.title);
  const m = await s.meetings.running(net.tenantId, net.teamId);
  const entries = m ? await s.meetings.entries(net.tenantId, net.teamId, m.id) : [];
  return JSON.stringify({ tasks, deadlines, entries });
};

describe('child forms opening the line (trust review, item 2)', () => {
  it('are refused in a meeting line, a question, a task and a deadline title; nothing is stored', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'start møte');
    for (const form of CHILD) {
      expect(await say(t, net, kari, `info: ${form}`, { thread: THREAD }), `line: ${form}`).toContain(REFUSED);
      const asked = await ask(t, net, `${form}. Hva sier retningslinjene om tiltak?`);
      expect(asked, `question: ${form}`).toContain(REFUSED);
      const task = await say(t, net, kari, `oppgave @Ola Hansen ${form} innen 20.12`, { mentions: [ola] });
      expect(task, `task: ${form}`).toContain(REFUSED);
      expect(await say(t, net, kari, `frist 20.12.2026 ${form}`), `deadline: ${form}`).toContain(REFUSED);
    }
    const kept = await stored(t, net);
    for (const name of ['Sara', 'Jonas', 'Amir']) expect(kept).not.toContain(name);
  });

  it('the ordinary service lines pass in each place', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'start møte');
    for (const line of ORDINARY) {
      expect(await say(t, net, kari, `info: ${line}`, { thread: THREAD }), `line: ${line}`).not.toContain(REFUSED);
      expect(await ask(t, net, `${line}. Hva sier retningslinjene om tiltak?`), `question: ${line}`).not.toContain(
        REFUSED,
      );
      expect(await say(t, net, kari, `oppgave @Ola Hansen ${line} innen 20.12`, { mentions: [ola] })).not.toContain(
        REFUSED,
      );
      expect(await say(t, net, kari, `frist 20.12.2026 ${line}`), `deadline: ${line}`).not.toContain(REFUSED);
    }
    const kept = await stored(t, net);
    expect(kept).toContain('Sara Nilsen fra Nes kommune presenterer');
    expect(kept).toContain('rom 3A');
  });
});
