import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { speaker, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Attack round 8, A7: the «Send på nytt» card of a task line from a meeting that ended weeks ago still
// made the task, with no word that the meeting had ended and that the task is not in its minutes.

const kari = person('Kari Nordmann', 1); // leader, chairs the meeting

describe('«Send på nytt» on a task draft from an ended meeting, end to end', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const THREAD = '410001';
  const tasks = () => t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
  const resend = (line: string, thread = THREAD) =>
    t.post(
      cardAction(
        net,
        kari,
        'task.resend',
        { networkId: net.teamId, line, mentions: '[]' },
        { thread, replyToId: thread },
      ),
    );

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-02T09:00:00Z', kari));
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'kommuner Nes, Hurdal');
    await s.say(kari, 'start møte');
    expect(await s.say(kari, 'oppgave Hurdal lage plan innen')).toContain('Send på nytt');
  });
  afterAll(() => t.close());

  it('while the meeting runs, the corrected line goes into the meeting as before, with no notice', async () => {
    const res = await resend('oppgave Hurdal lage plan innen 15.12');
    expect(res.status).toBe(200);
    const body = JSON.stringify(res.body);
    expect(body).not.toContain('utenfor referatet');
    expect((await tasks()).map((x) => x.text)).toContain('lage plan');
  });

  it('three weeks after «avslutt møte», the task is made and the card says plainly it is outside the minutes', async () => {
    await speaker(t, net, THREAD).say(kari, 'avslutt møte');
    t.clock.advance(21 * 24 * 3600_000);
    const res = await resend('oppgave Nes gammel-kort-test innen 15.01');
    expect(res.status).toBe(200);
    const body = JSON.stringify(res.body);
    const made = (await tasks()).find((x) => x.text === 'gammel-kort-test');
    expect(made).toBeDefined();
    expect(body).toContain(made!.id);
    expect(body).toMatch(/Møtet 02\.11\.2026 er avsluttet/);
    expect(body).toContain('utenfor referatet');
    const minutes = await t.app.services.store.meetings.entries(net.tenantId, net.teamId, 'M1');
    expect(JSON.stringify(minutes)).not.toContain('gammel-kort-test');
  });

  it('a draft card outside any meeting thread makes its task with no word about minutes', async () => {
    const res = await resend('oppgave Nes annen-oppgave innen 15.01', '410099');
    expect(JSON.stringify(res.body)).not.toContain('utenfor referatet');
    expect((await tasks()).map((x) => x.text)).toContain('annen-oppgave');
  });
});
