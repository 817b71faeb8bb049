import { describe, expect, it } from 'vitest';
import { say, startAt } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month s15 #15: the notice posted for a meeting kept showing its old day (and a holiday note asking the
// leaders to choose) after the meeting was moved or cancelled.
const kari = person('Kari Nordmann', 1); // leader

async function noticePosted() {
  const { t, net } = await startAt('2026-11-13T08:00:00Z', kari); // meetings the last Friday 09:00–15:30
  t.clock.set('2026-11-20T08:00:00Z');
  await t.app.services.scheduler.tick();
  await t.app.services.scheduler.tick();
  const notice = t.connector.emulator.calls.filter(
    (c) => c.kind === 'create' && JSON.stringify(c.body).includes('Agenda for møtet 27.11'),
  );
  expect(notice).toHaveLength(1);
  return { t, net, noticeId: notice[0]!.responseId! };
}

describe('a posted agenda notice after its meeting moved or was cancelled', () => {
  it('a move redraws it with the new day, in the words the channel was told', async () => {
    const { t, net, noticeId } = await noticePosted();
    const before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'flytt møte 27.11 til 26.11');
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === noticeId);
    expect(redrawn).toHaveLength(1);
    const shown = JSON.stringify(redrawn[0]!.body);
    expect(shown).toContain('Denne innkallingen til møtet 27.11.2026 gjelder ikke lenger');
    expect(shown).toContain('26. november 2026');
    await t.close();
  });

  it('a cancellation redraws it as cancelled; a time change on the same day leaves it', async () => {
    const { t, net, noticeId } = await noticePosted();
    let before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'flytt møte 27.11 til 27.11 kl. 10-14');
    expect(
      t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update' && c.activityId === noticeId),
    ).toHaveLength(0);
    before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'avlys møte 27.11 sykdom');
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === noticeId);
    expect(redrawn).toHaveLength(1);
    expect(JSON.stringify(redrawn[0]!.body)).toContain('avlyst');
    await t.close();
  });

  it('a move by the holiday card redraws the notice that asked the leaders to choose', async () => {
    const { t, net } = await startAt('2027-03-12T08:00:00Z', kari); // 26.03.2027 is Good Friday
    await t.app.services.scheduler.tick();
    t.clock.set('2027-03-19T08:00:00Z');
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    const notice = t.connector.emulator.calls.find(
      (c) => c.kind === 'create' && JSON.stringify(c.body).includes('Agenda for møtet 26.03'),
    );
    expect(JSON.stringify(notice?.body)).toContain('velge dato');
    const before = t.connector.emulator.calls.length;
    await t.post(
      cardAction(net, kari, 'meeting.holiday', { networkId: net.teamId, date: '2027-03-26', choice: '2027-03-24' }),
    );
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === notice!.responseId);
    expect(redrawn).toHaveLength(1);
    const shown = JSON.stringify(redrawn[0]!.body);
    expect(shown).toContain('gjelder ikke lenger');
    expect(shown).toContain('onsdag 24. mars 2027');
    expect(shown).not.toContain('velge dato');
    await t.close();
  });
});
