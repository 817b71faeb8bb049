// Month round 15, #9: «plan ja» for a milestone left its deadline open (still «passert – ikke markert
// som levert», still asking «er den levert?»), and «plan nei» said nothing about the deadline, so the
// leader kept two records in step by hand.
import { describe, expect, it } from 'vitest';
import { startAt, textOf } from '../support/chat.ts';
import { storedPlan } from '../support/projects.ts';
import { cardAction, channelMessage, person } from '../support/teams.ts';
import { SAMPLE_PLAN } from './follow-fixtures.ts';

const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);
const THREAD = '915001';

const plan = {
  ...SAMPLE_PLAN,
  subGoals: [
    {
      id: 'd1',
      goal: 'Felles veiledningsteam',
      milestones: [
        { id: 'm1', activity: 'Kartlegging av behov', owner: 'Per Olsen', due: '2026-12-10', when: '10.12.2026' },
        { id: 'm2', activity: 'Fagleder ansatt', owner: 'Ola Hansen', due: '2026-12-14', when: '14.12.2026' },
        { id: 'm3', activity: 'Første veiledning', owner: 'Nes', due: '2027-02-15', when: '15.02.2027' },
      ],
    },
  ],
};

describe('«plan ja/nei» and the milestone’s deadline follow each other', () => {
  it('ja: a passed milestone’s deadline is delivered and its nudges stop; nei: it stays open and the reply says so', async () => {
    // Wednesday 2 December 2026, 09:00 in Oslo: the milestones are ahead, so they become deadlines.
    const { t, net } = await startAt('2026-12-02T08:00:00Z', kari);
    await storedPlan(t, net, kari, plan);
    const say = async (who: typeof kari, text: string, thread = THREAD) => {
      const before = t.connector.emulator.calls.length;
      expect((await t.post(channelMessage(net, who, text, { thread }))).status).toBe(200);
      return textOf(t.connector.emulator.calls.slice(before));
    };
    await say(kari, 'milepæler', '915000');
    const store = t.app.services.store.deadlines;
    const byOrigin = async (m: string) => (await store.findByOrigin(net.tenantId, net.teamId, `milestone:U1:${m}`))!;
    const [f1, f2, f3] = [await byOrigin('m1'), await byOrigin('m2'), await byOrigin('m3')];
    expect([f1.status, f2.status, f3.status]).toEqual(['open', 'open', 'open']);

    t.clock.set('2026-12-18T08:00:00Z'); // Friday 18 December, the meeting
    expect(await say(kari, 'start møte')).toContain('er startet');
    const no = await say(per, 'plan nei m1: kartleggingen er bare halvveis');
    expect(no).toContain('Ført i referatet under punkt 4');
    expect(no).toContain(`Fristen ${f1.id} står åpen med påminnelser til milepælen er nådd`);
    expect(no).toContain('«plan ja U1 m1»');
    expect((await byOrigin('m1')).status).toBe('open');

    const yes = await say(kari, 'plan ja');
    expect(yes).toContain('«ja» for milepælen: U1 m2');
    expect(yes).toContain(`Fristen ${f2.id} er markert som levert`);
    expect((await byOrigin('m2')).status).toBe('done');
    // Nothing more is planned to nudge about F2.
    const planned = await t.app.services.store.jobs.list(net.tenantId, net.teamId, { status: 'planned' });
    expect(planned.some((j) => JSON.stringify(j).includes(`"${f1.id}"`))).toBe(true);
    expect(planned.some((j) => JSON.stringify(j).includes(`"${f2.id}"`))).toBe(false);
    expect(await say(kari, 'frister', '915000')).not.toContain(`${f2.id} `);

    // «ja» for a milestone not yet due only says it is on track: its deadline stays.
    const ahead = await say(kari, 'plan ja U1 m3');
    expect(ahead).toContain('U1 m3');
    expect(ahead).not.toContain('markert som levert');
    expect((await byOrigin('m3')).status).toBe('open');

    // Answered «nei», F1 is not delivered without a word: «Levert» asks once, quoting the meeting.
    const asked = JSON.stringify(
      (await t.post(cardAction(net, per, 'deadline.done', { deadlineId: f1.id, networkId: net.teamId }))).body,
    );
    expect(asked).toContain('I møtet 18.12.2026 ble milepælen meldt ikke nådd: «kartleggingen er bare halvveis».');
    expect((await byOrigin('m1')).status).toBe('open');
  });
});
