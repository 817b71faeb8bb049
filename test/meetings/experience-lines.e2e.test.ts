import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { entriesOf, speaker, type Speaker } from './channel-support.ts';
import { storedPlan } from '../support/projects.ts';

// A stranger's month: the bot's own agenda item «Erfaringslogg: gjort – lært – lurt» did not understand
// «gjort: … lært: … lurt: …» typed in the meeting thread («Skal dette stå i referatet?»).
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const LINE = 'gjort: startet teamet. lært: det tar tid. lurt: avklare roller tidlig';

async function meetingAtLog(withProject: boolean, thread: string) {
  const { t, net } = await startAt('2026-11-27T08:00:00Z', kari);
  if (withProject) {
    await storedPlan(t, net, kari);
  }
  const meeting = speaker(t, net, thread);
  expect(await meeting.say(kari, 'start møte')).toContain('er startet');
  expect(await meeting.say(kari, 'punkt 7')).toContain('Erfaringslogg');
  return { t, net, meeting };
}

describe('gjort/lært/lurt in the meeting thread of a network without a project', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let meeting: Speaker;
  beforeAll(async () => ({ t, net, meeting } = await meetingAtLog(false, '818001')));
  afterAll(async () => t?.close());

  it('takes each part as a note under the item, without the @mention', async () => {
    const out = await meeting.say(ola, LINE, { mention: false });
    expect(out).not.toContain('Skal dette stå i referatet');
    expect(out).toContain('punkt 7');
    const notes = (await entriesOf(t, net)).filter((e) => e.kind === 'note');
    expect(notes.map((e) => [e.item, e.text])).toEqual([
      [7, 'Gjort: startet teamet.'],
      [7, 'Lært: det tar tid.'],
      [7, 'Lurt: avklare roller tidlig'],
    ]);
  });

  it('leaves a question that starts with one of the words alone', async () => {
    const out = await meeting.say(ola, 'lurt å søke før mars?', { mention: false });
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'note')).toHaveLength(3);
    expect(out).not.toContain('Notat');
  });
});

describe('gjort/lært/lurt in the meeting thread of a network with a project', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let meeting: Speaker;
  beforeAll(async () => ({ t, net, meeting } = await meetingAtLog(true, '818002')));
  afterAll(async () => t?.close());

  it("adds each part to the project's experience log, as «erfaring» does", async () => {
    const out = await meeting.say(ola, LINE, { mention: false });
    expect(out).not.toContain('Skal dette stå i referatet');
    const log = await t.app.services.store.projectFollow.experiences(net.tenantId, net.teamId, 'U1');
    expect(log.map((e) => [e.kind, e.text])).toEqual([
      ['gjort', 'startet teamet.'],
      ['lært', 'det tar tid.'],
      ['lurt', 'avklare roller tidlig'],
    ]);
  });
});
