import { describe, expect, it } from 'vitest';
import { appPerTest, sayer } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Monday 23 November 2026, 09:00 in Oslo; the next meeting is Friday 27 November.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const setup = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ thread: '800001' });

describe('a meeting line that names a task and a status word', () => {
  it('«vedtk: T1 skal være ferdig før jul» does not close T1 (a stranger found it did)', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    const made = await say(t, net, kari, 'oppgave @Ola Hansen lage samarbeidsplan innen 10.12', [ola]);
    expect(made).toContain('T1');
    const out = await say(t, net, ola, 'vedtk: T1 skal være ferdig før jul');
    // Read as the mistyped entry it is, with the fix offered.
    expect(out).toContain('Mente du «vedtak:»');
    const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(task?.status).toBe('open');
    // A requirement said plainly is not a status either.
    await say(t, net, ola, 'T1 må være ferdig innen fredag');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('open');
    // The status itself still works.
    await say(t, net, ola, 'T1 er ferdig');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('done');
  });
});
