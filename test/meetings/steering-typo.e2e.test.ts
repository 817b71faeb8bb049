import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s12 #6: in the meeting thread «nest» got «Skal dette stå i referatet? … «info: nest»», and
// «opgave @Per Olsen …» an example about someone else's task. A command word one letter off, alone or
// before an @mention, gets «Mente du «neste»?» and the person's own line corrected as the example.
const kari = person('Kari Nordmann', 1); // leader
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
});
