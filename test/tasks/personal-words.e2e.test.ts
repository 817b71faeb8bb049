import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalCardAction, personalMessage } from '../support/teams.ts';
import { doneByWordsClaim } from '../../src/tasks/done-by-words.ts';

// Month s13 #4: in the personal chat «T4 frist fredag» (after the bot's own hint about T4's missing due
// date) and «ferdig med lunsjen» (after a reminder about «bestille lunsj til fagdagen») both went to the
// guidelines search and got unrelated answers. A task id followed by a due date without a verb sets the
// due date; «ferdig med …» and the like, naming one of the person's own open tasks by its words, is asked
// about with a button; words that fit several or none get how to name the task.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);
const start = appPerTest(kari, '2026-12-18T09:00:00Z'); // Friday 18 December

const personal = async (t: TestApp, tenantId: string, text: string) => {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, tenantId, per, text));
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
};

describe('s13 #4: follow-up lines in the personal chat', () => {
  it('«T1 frist 08.01» and «T1 innen fredag» set the due date', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Per Olsen lage programmet for fagdagen', { mentions: [per] });
    const out = await personal(t, net.tenantId, 'T1 frist 08.01');
    expect(out).not.toContain('retningslinjene');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.due).toBe('2027-01-08');
    await personal(t, net.tenantId, 'T1 innen 15.01');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.due).toBe('2027-01-15');
  });

  it('«ferdig med lunsjen» asks about the one task it fits, and the button closes it', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Per Olsen lage programmet for fagdagen innen 15.01', { mentions: [per] });
    await say(t, net, kari, 'oppgave @Per Olsen bestille lunsj til fagdagen innen 22.01', { mentions: [per] });
    const asked = await personal(t, net.tenantId, 'ferdig med lunsjen');
    expect(asked).toContain('Mente du T2 «bestille lunsj til fagdagen»?');
    expect(asked).toContain('task.done');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2'))?.status).toBe('open');
    const data = { taskId: 'T2', networkId: net.teamId, shown: 'open' };
    await t.post(personalCardAction(net.serviceUrl, net.tenantId, per, 'task.done', data));
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2'))?.status).toBe('done');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('open');
  });

  it('words that fit several tasks or none say how to name the task', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Per Olsen lage programmet for fagdagen innen 15.01', { mentions: [per] });
    await say(t, net, kari, 'oppgave @Per Olsen bestille lunsj til fagdagen innen 22.01', { mentions: [per] });
    const several = await personal(t, net.tenantId, 'jeg er ferdig med fagdagen');
    expect(several).toContain('flere av dine åpne oppgaver');
    expect(several).toContain('T1');
    expect(several).toContain('T2');
    const none = await personal(t, net.tenantId, 'har gjort budsjettet');
    expect(none).toContain('ingen av dine åpne oppgaver');
    expect(none).toContain('ferdig»');
    expect(none).not.toContain('retningslinjene');
    for (const id of ['T1', 'T2'])
      expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))?.status).toBe('open');
  });

  it('a short word names its task; words that fit a deadline, not a task, point to «levert F…» (review)', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Per Olsen ringe NAV om fagdagen innen 15.01', { mentions: [per] });
    await say(t, net, kari, 'frist 01.03.2027 rapportering til statsforvalteren');
    expect(await personal(t, net.tenantId, 'ferdig med NAV')).toContain('Mente du T1');
    const deadline = await personal(t, net.tenantId, 'vi har levert rapporteringen');
    expect(deadline).toContain('Mente du fristen F1');
    expect(deadline).toContain('levert F1');
    expect((await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.id)).toEqual(['F1']);
  });

  it('the forms, not the strings: numbered lines and questions are left to the other readers', () => {
    expect(doneByWordsClaim('ferdig med T6')).toBeNull();
    expect(doneByWordsClaim('ferdig med møtet')).toBeNull();
    expect(doneByWordsClaim('er dere ferdig med budsjettet?')).toBeNull();
    expect(doneByWordsClaim('vi har levert rapporten')).toBe('rapporten');
    expect(doneByWordsClaim('Jeg er ferdig med lunsjen!')).toBe('lunsjen');
  });
});
