import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { editMessage, postWithId } from '../support/edits.ts';
import { entriesOf } from '../meetings/channel-support.ts';
import { cardAction, channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Review 1, M2: a meeting line accepted because it names a member («info: svar fra familien til Sara
// Berg», Sara Berg on the team) could not be edited (the edit was checked without the roster and
// refused as naming a child), and its «Mente du» form was never kept, so after «avslutt møte» its
// button answered «ingen møte i gang» and the line was lost.

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const sara = person('Sara Berg', 3);
const THREAD = '871205';
const CHILD = 'ser ut til å handle om et enkelt barn';

const setup = appPerTest(kari, '2026-11-27T08:00:00Z');

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

describe('meeting paths check knowing the network’s members (review 1, M2)', () => {
  it('a line naming a member can be edited; an edit naming a child is still refused', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, ola, sara]);
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    await postWithId(t, net, ola, 'info: svar fra familien til Sara Berg', '871301', THREAD);
    const edited = await editMessage(t, net, ola, '871301', 'info: svar fra familien til Sara Berg i går', THREAD);
    expect(edited).not.toContain(CHILD);
    expect(edited).toContain('Rettet i referatet');
    const refused = await editMessage(t, net, ola, '871301', 'info: jenta på 7 år, Sara, har flyttet', THREAD);
    expect(refused).toContain(CHILD);
    const texts = JSON.stringify(await entriesOf(t, net));
    expect(texts).toContain('svar fra familien til Sara Berg i går');
    expect(texts).not.toContain('har flyttet');
  });

  it('a task line naming a member can have its text edited', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, ola, sara]);
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const line = (text: string) => channelMessage(net, kari, text, { id: '871302', thread: THREAD, mentions: [ola] });
    expect((await t.post(line('oppgave @Ola Hansen ringe familien til Sara Berg innen 15.12'))).status).toBe(200);
    const before = t.connector.emulator.calls.length;
    const update = line('oppgave @Ola Hansen ringe familien til Sara Berg i morgen innen 15.12');
    const res = await t.post({
      ...update,
      type: 'messageUpdate',
      channelData: { ...update.channelData, eventType: 'editMessage' },
    });
    expect(res.status).toBe(200);
    const edited = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(edited).not.toContain(CHILD);
    const tasks = await t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
    expect(tasks.map((x) => x.text)).toEqual(['ringe familien til Sara Berg i morgen']);
  });

  it('a «Mente du» line naming a member is kept, named at the end and added by its button afterwards', async () => {
    const { t, net } = await setup();
    roster(t, net, [kari, ola, sara]);
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    expect(await s.say(ola, 'infi: svar fra familien til Sara Berg', { mention: false })).toContain('Mente du');
    const child = await s.say(ola, 'infi: jenta på 7 år, Sara, har flyttet', { mention: false });
    expect(child).toContain(CHILD);
    expect(child).not.toContain('Mente du');
    const end = await s.say(kari, 'avslutt møte');
    expect(end).toContain('1 linje');
    const m = (await t.app.services.store.meetings.ended(net.tenantId, net.teamId, 1))[0]!;
    const click = await t.post(
      cardAction(
        net,
        ola,
        'meeting.line',
        { networkId: net.teamId, line: 'info: svar fra familien til Sara Berg' },
        { thread: THREAD },
      ),
    );
    expect(JSON.stringify(click.body)).not.toContain('ikke noe møte i gang');
    const notes = (await entriesOf(t, net, m.id)).filter((e) => e.kind === 'note').map((e) => e.text);
    expect(notes).toEqual(['svar fra familien til Sara Berg']);
  });
});
