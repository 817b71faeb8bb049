import { describe, expect, it } from 'vitest';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// F35 (a stranger's month): two replies said something other than what happened.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ thread: '735001', status: (status) => expect(status).toBe(200) });

describe('oppbevaring: a number out of range is understood, and the reply says so', () => {
  it.each([
    ['oppbevaring 3', '3 måneder er for kort: velg 6–120'],
    ['oppbevaring 3 måneder', '3 måneder er for kort: velg 6–120'],
    ['oppbevaring 0', '0 måneder er for kort: velg 6–120'],
    ['oppbevaring 200', '200 måneder er for lenge: velg 6–120'],
  ])('%s → %s', async (typed, expected) => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    const reply = await say(t, a, kari, typed);
    expect(reply).toContain(expected);
    expect(reply).not.toContain('forstod ikke');
    // Nothing was changed: the period is still the default.
    expect(await say(t, a, kari, 'oppbevaring')).toContain('eldre enn 24 måneder (standard)');
  });

  it('a word or a fraction is still not understood, with an example that works', async () => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    for (const typed of ['oppbevaring tre', 'oppbevaring 6,5']) {
      const reply = await say(t, a, kari, typed);
      expect(reply).toContain('Jeg forstod ikke antallet måneder');
      expect(reply).toContain('oppbevaring 24');
    }
    expect(await say(t, a, kari, 'oppbevaring 6')).toContain('Oppbevaringstiden er nå 6 måneder');
  });
});

describe('oppgaver: praise only when there is something to praise', () => {
  it('no praise before any task exists', async () => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    const reply = await say(t, a, kari, 'oppgaver');
    expect(reply).not.toContain('Bra jobbet');
    expect(reply).toContain('Nettverket har ingen oppgaver.');
  });

  it('praise when every task is done, none right after «slett nettverksdata» deleted them', async () => {
    const { t, nets } = await start();
    const [a] = nets as [NetworkFixture];
    await say(t, a, kari, 'oppgave @Ola Hansen sende rapport innen 4.12', [ola]);
    expect(await say(t, a, kari, 'oppgaver')).not.toContain('Bra jobbet');
    await say(t, a, kari, 'oppgave T1 ferdig');
    expect(await say(t, a, kari, 'oppgaver')).toContain('Ingen åpne oppgaver. Bra jobbet!');

    const asked = await say(t, a, kari, 'slett nettverksdata');
    const data = JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
    expect((await t.post(cardAction(a, kari, 'network.erase', data))).status).toBe(200);
    const after = await say(t, a, kari, 'oppgaver');
    expect(after).not.toContain('Bra jobbet');
    expect(after).toContain('Nettverket har ingen oppgaver.');
  });
});
