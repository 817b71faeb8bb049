import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month round 5, N3 and N7: a task line whose owner is not on the municipality list is told what is
// wrong (the name, the list, how to add it) with an example that works; and every example the bot
// shows can be sent back as it stands and is accepted.
const kari = person('Kari Nordmann', 1); // leader

const start = appPerTest(kari, '2026-11-30T22:17:00Z');

/** The example the refusal offers: the first «oppgave …» in the bot's answer. */
function exampleIn(answer: string): string {
  const found = /«(oppgave [^»]+)»/.exec(answer.replace(/\\n/g, ' '));
  expect(found, answer).not.toBeNull();
  return found![1]!;
}

describe('task owner hints (N3, N7)', () => {
  it('a municipality not on the list is named, with the list, how to add it and a working example; the line is shown back', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '500001');
    await s.say(kari, 'kommuner Nes, Eidsvoll, Hurdal, Gjerdrum, Ullensaker');

    const answer = await s.say(kari, 'oppgave Lunner invitere Bufetat innen 15.12');
    expect(answer).toContain(
      'Lunner er ikke på nettverkets kommuneliste (Nes, Eidsvoll, Hurdal, Gjerdrum, Ullensaker)',
    );
    expect(answer).toContain('kommuner Nes, Eidsvoll, Hurdal, Gjerdrum, Ullensaker, Lunner');
    // No misleading hint that a colon is what was missing.
    expect(answer).not.toContain('med kolon');
    // Nothing typed is lost: the line comes back in the draft.
    expect(answer).toContain('oppgave Lunner invitere Bufetat innen 15.12');
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).toBeNull();

    const example = exampleIn(answer.slice(answer.indexOf('Eksempel')));
    expect(await s.say(kari, example)).toContain('Oppgave T1');

    // The colon form of the same mistake says the same.
    const colon = await s.say(kari, 'oppgave Lunner: invitere Bufetat innen 15.12');
    expect(colon).toContain('Lunner er ikke på nettverkets kommuneliste');
    expect(colon).toContain('kommuner Nes, Eidsvoll, Hurdal, Gjerdrum, Ullensaker, Lunner');
    expect(await s.say(kari, exampleIn(colon.slice(colon.indexOf('Eksempel'))))).toContain('Oppgave T2');

    // After the leader adds it, the first line works as typed.
    await s.say(kari, 'kommuner Nes, Eidsvoll, Hurdal, Gjerdrum, Ullensaker, Lunner');
    expect(await s.say(kari, 'oppgave Lunner invitere Bufetat innen 15.12')).toContain('Oppgave T3');
  });

  it('two municipalities on one task: one per task, and the example shown is accepted as it stands', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '500002');
    await s.say(kari, 'kommuner Nes, Eidsvoll, Hurdal, Gjerdrum, Ullensaker');
    await s.say(kari, 'start møte');

    for (const line of [
      'oppgave Hurdal og Nes: avklare lokaler til samling innen 15.01',
      'oppgave Hurdal, Nes: avklare lokaler til samling innen 15.01',
    ]) {
      const answer = await s.say(kari, line);
      expect(answer).toContain('én kommune');
      expect(answer).toContain('Hurdal og Nes');
      const example = exampleIn(answer.slice(answer.indexOf('Eksempel')));
      expect(example).not.toContain('og Nes');
      expect(example).toBe('oppgave Hurdal: avklare lokaler til samling innen 15.01');
      expect(await s.say(kari, example)).toMatch(/Oppgave T\d/);
    }
    // An unknown name with an unrelated rest: the example is a listed name with the task text, never the unknown one.
    const oslo = await s.say(kari, 'oppgave Oslo kommune: bestille lokale innen 15.01');
    const example = exampleIn(oslo.slice(oslo.indexOf('Eksempel')));
    expect(example).toBe('oppgave Nes: bestille lokale innen 15.01');
    expect(await s.say(kari, example)).toMatch(/Oppgave T\d/);
  });
});
