import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month round 8b, N6: a «Mente du «info:»?» line still waiting for its «Lagre som …» button was lost
// without a word when the leader ended the meeting, and the button pressed afterwards said «Det er
// ikke noe møte i gang … Teksten er ikke lagret». The end reply names the waiting lines, and the
// button after the end adds the line to the minutes just ended, as a correction.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-03-09T08:00:00Z');
const THREAD = '894001';

describe('N6: near-miss lines still waiting when the meeting ends', () => {
  it('the end reply names them, and «Lagre som» afterwards adds the line to those minutes as a correction', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    expect(await s.say(ola, 'infi: Nes har ny barnevernleder fra april', { mention: false })).toContain('Mente du');
    expect(await s.say(ola, 'vedatk: Fagdagen flyttes til mai', { mention: false })).toContain('Mente du');
    // One of them is confirmed in the meeting: only the other still waits.
    await t.post(
      cardAction(
        net,
        ola,
        'meeting.line',
        { networkId: net.teamId, line: 'vedtak: Fagdagen flyttes til mai' },
        { thread: THREAD },
      ),
    );
    // The minutes card is left out: the answer about the waiting lines is what is read here.
    const end = JSON.stringify(
      (await s.bodies(kari, 'avslutt møte')).filter((r) => !String(r.summary ?? '').startsWith('Referat')),
    );
    expect(end).toContain('1 linje');
    expect(end).toContain('info: Nes har ny barnevernleder');
    expect(end).not.toContain('Fagdagen flyttes');
    expect(end).toContain('Lagre som');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const before = t.connector.emulator.calls.length;
    const click = await t.post(
      cardAction(
        net,
        ola,
        'meeting.line',
        { networkId: net.teamId, line: 'info: Nes har ny barnevernleder fra april' },
        { thread: THREAD },
      ),
    );
    const said = JSON.stringify(click.body);
    expect(said).not.toContain('ikke noe møte i gang');
    expect(said).toContain('09.03.2027');
    const notes = (await entriesOf(t, net, m.id)).filter((e) => e.kind === 'note').map((e) => e.text);
    expect(notes).toEqual(['Nes har ny barnevernleder fra april']);
    // The posted minutes card shows it, and says the minutes were corrected.
    const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
    expect(JSON.stringify(updates)).toContain('Nes har ny barnevernleder fra april');
    expect(JSON.stringify(updates)).toContain('Rettet 09.03.2027');
    // A second press stores it once.
    const again = await t.post(
      cardAction(
        net,
        ola,
        'meeting.line',
        { networkId: net.teamId, line: 'info: Nes har ny barnevernleder fra april' },
        { thread: THREAD },
      ),
    );
    expect(JSON.stringify(again.body)).toContain('allerede');
    expect((await entriesOf(t, net, m.id)).filter((e) => e.kind === 'note')).toHaveLength(1);
  });

  it('a meeting without waiting lines ends as before, and a press in another thread after the end is still refused', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const end = await s.say(kari, 'avslutt møte');
    expect(end).not.toContain('venter');
    const click = await t.post(
      cardAction(
        net,
        ola,
        'meeting.line',
        { networkId: net.teamId, line: 'info: noe som aldri ble spurt om' },
        { thread: THREAD },
      ),
    );
    expect(JSON.stringify(click.body)).toContain('ikke lagret');
  });
});
