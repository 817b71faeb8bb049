import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import type { Task } from '../../src/tasks/task.ts';

// Review 2, MEDIUM 7: handing a «Pågår» task to someone else reopens it (N12), and that reset was written
// unconditionally from the task as read, before the owner change. A «Ferdig» written between the read and
// the write (another person, another instance) was overwritten with «Åpen» and the nudges started again.
// Now the reset is conditional on «Pågår» and in the hand-over's transaction: the hand-over is refused, the
// task stays done, and the one handing over is told who closed it.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T08:00:00Z');

describe('a hand-over racing a «Ferdig»', () => {
  it('never reopens a task closed between the hand-over’s read and its write', async () => {
    const { t, net } = await app();
    const tasks = t.app.services.store.tasks;
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 08.12', { mentions: [ola] });
    await say(t, net, ola, 'oppgave T1 pågår');
    expect((await tasks.get(net.tenantId, net.teamId, 'T1'))!.status).toBe('in_progress');

    // Ola closes the task just after the hand-over has read it (as another instance would).
    const read = tasks.get.bind(tasks);
    let armed = true;
    tasks.get = async (...args: Parameters<typeof read>): Promise<Task | null> => {
      const task = await read(...args);
      if (armed && task?.id === 'T1') {
        armed = false;
        await tasks.update(
          task.tenantId,
          task.networkId,
          task.id,
          { type: 'status', from: 'in_progress', to: 'done' },
          ola,
          new Date('2026-12-01T08:00:00Z'),
        );
      }
      return task;
    };
    const answer = await say(t, net, kari, 'oppgave T1 ny ansvarlig @Kari Nordmann', { mentions: [kari] });
    tasks.get = read;
    expect(armed).toBe(false);

    const after = (await tasks.get(net.tenantId, net.teamId, 'T1'))!;
    expect(after.status).toBe('done');
    expect(after.owners.map((o) => o.name)).toEqual(['Ola Hansen']);
    const history = await tasks.history(net.tenantId, net.teamId, 'T1');
    expect(history.map((e) => (e.change.type === 'status' ? e.change.to : e.change.type))).toEqual([
      'created',
      'in_progress',
      'done',
    ]);
    // Told who closed it, not that the task was handed over.
    expect(answer).toContain('Ola Hansen');
    expect(answer).toMatch(/ferdig/i);
    expect(answer).not.toContain('ga den til Kari Nordmann');

    // Without a race the hand-over of a «Pågår» task still reopens it for the new owner.
    await say(t, net, kari, 'oppgave @Ola Hansen sende invitasjon innen 18.12', { mentions: [ola] });
    await say(t, net, ola, 'oppgave T2 pågår');
    await say(t, net, kari, 'oppgave T2 ny ansvarlig @Kari Nordmann', { mentions: [kari] });
    const t2 = (await tasks.get(net.tenantId, net.teamId, 'T2'))!;
    expect(t2.status).toBe('open');
    expect(t2.owners.map((o) => o.name)).toEqual(['Kari Nordmann']);
    const h2 = await tasks.history(net.tenantId, net.teamId, 'T2');
    expect(h2.slice(-2).map((e) => e.change.type)).toEqual(['status', 'owners']);
  });
});
