import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Month s13 #8: the January agenda notice went out on 22.01; on 26.01 Per proposed «Buss til fagdagen» and
// Kari accepted it, but the notice kept the old agenda and only Per heard. Members reading the notice came
// with the old agenda. Now an item accepted after the notice redraws the notice's card and is announced
// in its thread with its number.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);
const changed = (t: TestApp, from: number) =>
  t.connector.emulator.calls.slice(from).filter((c) => JSON.stringify(c.body).includes('Agendaen for møtet'));

describe('s13 #8: an agenda item accepted after the agenda notice', () => {
  let t: TestApp;
  let net: NetworkFixture;
  beforeAll(async () => {
    ({ t, net } = await startAt('2027-01-18T08:00:00Z', kari)); // Monday; the meeting is Friday 29 January
  });
  afterAll(async () => t?.close());

  it('before the notice: the notice itself has the item, and no extra line', async () => {
    const before = t.connector.emulator.calls.length;
    await say(t, net, kari, 'agenda + Ny leder i Hurdal');
    expect(changed(t, before)).toHaveLength(0);
    t.clock.set('2027-01-22T08:00:00Z');
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    const notice = t.connector.emulator.calls.filter(
      (c) => c.kind === 'create' && JSON.stringify(c.body).includes('Agenda for møtet'),
    );
    expect(notice).toHaveLength(1);
    expect(JSON.stringify(notice[0]!.body)).toContain('Ny leder i Hurdal');
  });

  it('after it: accepting a member’s proposal posts one line with the new item’s number', async () => {
    t.clock.set('2027-01-26T09:00:00Z');
    const proposed = JSON.stringify(
      await (async () => {
        const before = t.connector.emulator.calls.length;
        await say(t, net, per, 'agenda + Buss til fagdagen');
        return t.connector.emulator.calls.slice(before).map((c) => c.body);
      })(),
    );
    const data = JSON.parse(/"verb":"proposal\.accept","data":(\{[^}]+\})/.exec(proposed)![1]!);
    const before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, kari, 'proposal.accept', data));
    const lines = changed(t, before);
    expect(lines).toHaveLength(1);
    const line = JSON.stringify(lines[0]!.body);
    expect(line).toMatch(/Agendaen for møtet 29\.01\.2027 er endret: nytt punkt \d+ «Buss til fagdagen»/);
    // The notice's own card is redrawn for everyone with the item, and the line is a reply in its thread.
    const notice = t.connector.emulator.calls.find(
      (c) => c.kind === 'create' && JSON.stringify(c.body).includes('Agenda for møtet'),
    )!;
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === notice.responseId);
    expect(redrawn).toHaveLength(1);
    expect(JSON.stringify(redrawn[0]!.body)).toContain('Buss til fagdagen');
    expect(JSON.stringify(redrawn[0]!.body)).toContain('Ny leder i Hurdal');
    expect(lines[0]!.conversationId).toContain(`messageid=${notice.responseId}`);
    const agenda = await say(t, net, kari, 'agenda');
    expect(agenda).toContain('Buss til fagdagen');
    // The same click again changes nothing and says nothing new.
    const again = t.connector.emulator.calls.length;
    await t.post(cardAction(net, kari, 'proposal.accept', data));
    expect(changed(t, again)).toHaveLength(0);
  });
});
