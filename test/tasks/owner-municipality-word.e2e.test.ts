import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month round 7b, N11: «oppgave nes kommune lage rutine …» made Nes the owner but left «kommune» as the
// first word of the task's text. People often write a municipality as «X kommune»: the word belongs to
// the owner, whichever way the line is written.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2027-03-06T09:00:00Z');

const stored = async (t: any, net: any, id: string) => {
  const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, id);
  return task ? { owners: (task.owners as { name: string }[]).map((o) => o.name), text: task.text as string } : null;
};

describe('«X kommune» as a task owner (N11)', () => {
  it('the word «kommune» is part of the owner, not the task text', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'kommuner Nes, Hurdal, Nannestad');
    expect(await say(t, net, kari, 'oppgave nes kommune lage rutine for ettervern innen 22.03')).toContain('T1');
    expect(await stored(t, net, 'T1')).toEqual({ owners: ['Nes'], text: 'lage rutine for ettervern' });
    expect(await say(t, net, kari, 'oppgave Hurdal kommune: sende tall innen 22.03')).toContain('T2');
    expect(await stored(t, net, 'T2')).toEqual({ owners: ['Hurdal'], text: 'sende tall' });
    // Without the word, as before; and «kommune» later in the text stays.
    expect(await say(t, net, kari, 'oppgave Nannestad be kommunen om tall innen 22.03')).toContain('T3');
    expect(await stored(t, net, 'T3')).toEqual({ owners: ['Nannestad'], text: 'be kommunen om tall' });
  });
});
