import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s12 #6: in the meeting thread «nest» got «Skal dette stå i referatet? … «info: nest»», and
// «opgave @Per Olsen …» an example about someone else's task. A command word one letter off, alone or
// before an @mention, gets «Mente du «neste»?» and the person's own line corrected as the example.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const app = appPerTest(kari, '2026-12-18T08:00:00Z');
const THREAD = '912501';

describe('s12 #6: a steering word or «oppgave» one letter off in the meeting thread', () => {
  it('is asked about as the command meant, with the line corrected', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const nest = await s.say(kari, 'nest', { mention: false });
    expect(nest).toContain('Mente du «neste»?');
    expect(nest).not.toContain('info: nest');
    const task = await s.say(kari, 'opgave @Per Olsen sende ut kostnadsfordelingen innen 8. januar', {
      mention: false,
      mentions: [per],
    });
    expect(task).toContain('oppgave @Per Olsen sende ut kostnadsfordelingen innen 8. januar');
    expect(task).not.toContain('@Ola Hansen');
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'note')).toEqual([]);
  });

  it('«opgave @Per …» has a «Lagre som «oppgave»» button: the writer or a leader saves it once, the card then says who', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const bodies = await s.bodies(kari, 'opgave @Per Olsen sende ut kostnadsfordelingen innen 8. januar', {
      mention: false,
      mentions: [per],
    });
    const out = JSON.stringify(bodies);
    expect(out).toContain('Mente du «oppgave»?');
    expect(out).toContain('oppgave @Per Olsen sende ut kostnadsfordelingen innen 8. januar');
    const action = bodies
      .flatMap((b) => b.attachments ?? [])
      .flatMap((a: any) => a.content?.actions ?? [])
      .find((a: any) => a.verb === 'meeting.taskline');
    expect(action?.title).toBe('Lagre som «oppgave»');
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).toBeNull();
    const press = async (who: typeof kari) => {
      const before = t.connector.emulator.calls.length;
      const res = await t.post(
        cardAction(net, who, 'meeting.taskline', action.data, { thread: THREAD, replyToId: '912502' }),
      );
      const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
      return { said: JSON.stringify(res.body), updates: JSON.stringify(updates) };
    };
    const refused = await press(ola);
    expect(refused.said).toContain('Bare Kari Nordmann');
    expect(refused.updates).toBe('[]');
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).toBeNull();
    const first = await press(kari);
    expect(first.updates).toContain('Lagret av Kari Nordmann');
    expect(first.updates).not.toContain('meeting.taskline');
    const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(task?.text).toBe('sende ut kostnadsfordelingen');
    expect(task?.owners.map((o) => o.name)).toEqual(['Per Olsen']);
    expect((await press(kari)).said).toContain('allerede lagret');
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2')).toBeNull();
  });
});
