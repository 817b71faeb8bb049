import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s16 #12: with an extra meeting 14.04 and the regular 30.04, «hopp over møtet i april påskeferie for
// mange» cancelled 14.04 and never said that 30.04 still stood.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2027-04-01T08:00:00Z');

describe('«hopp over møtet i april» with two April meetings', () => {
  it('cancels the first and names the other as still standing', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '916801');
    await s.say(kari, 'ekstra møte 14.04.2027 kl. 12:00–14:00');
    const said = await s.say(kari, 'hopp over møtet i april påskeferie for mange');
    expect(said).toContain('Møtet onsdag 14. april 2027 er avlyst');
    expect(said).toContain('Merk: fredag 30. april 2027 står fortsatt');
    expect(said).toContain('avlys møte 30.04');
    // One April meeting left: nothing more to say about others.
    expect(await s.say(kari, 'hopp over møtet i april')).not.toContain('står fortsatt');
  });
});
