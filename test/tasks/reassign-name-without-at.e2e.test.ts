import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { speaker } from '../meetings/channel-support.ts';

// Round 9, item 3: «T2 ny ansvarlig Ola» (a person's name typed, not picked with @) was not caught as the new
// task case is (month round 6b, N9): with a municipality list it was refused as «not a municipality», and without
// one Ola became a municipality that owned the task. Now: who is meant? @mention the person, or write the
// municipality; the task keeps its owner and the line typed is shown back.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T08:00:00Z');

const ownersOf = async (t: any, net: any, id: string) =>
  (
    (await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))!.owners as { name: string; kind: string }[]
  ).map((o) => `${o.kind}:${o.name}`);

describe('a task given to a person named without @', () => {
  it('without a municipality list: nothing is stored as a municipality, the answer says how to name the person', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 08.12', { mentions: [ola] });
    await say(t, net, kari, 'oppgave @Kari Nordmann sende invitasjon innen 18.12', { mentions: [kari] });

    const answer = await say(t, net, kari, 'oppgave T2 ny ansvarlig Ola');
    expect(answer).toContain('Ola Hansen');
    expect(answer).toContain('med @');
    expect(answer).toContain('kommune');
    expect(answer).toContain('oppgave T2 ny ansvarlig @Ola Hansen');
    // Nothing typed is lost: the line is shown back.
    expect(answer).toContain('Du skrev: «oppgave T2 ny ansvarlig Ola»');
    expect(await ownersOf(t, net, 'T2')).toEqual(['person:Kari Nordmann']);

    // The full name, and the short form in the meeting thread, get the same answer.
    expect(await say(t, net, kari, 'oppgave T2 gi til Ola Hansen')).toContain('oppgave T2 ny ansvarlig @Ola Hansen');
    const meeting = speaker(t, net, '896001');
    await meeting.say(kari, 'start møte');
    const short = await meeting.say(kari, 'T2 ny ansvarlig Ola', { mention: false });
    expect(short).toContain('med @');
    expect(short).toContain('Du skrev: «T2 ny ansvarlig Ola»');
    // Written in small letters, the name is still found.
    expect(await meeting.say(kari, 'oppgave T2 ny ansvarlig ola hansen', { mention: false })).toContain(
      'oppgave T2 ny ansvarlig @Ola Hansen',
    );
    expect(await ownersOf(t, net, 'T2')).toEqual(['person:Kari Nordmann']);

    // A real @mention still works, and a name nobody knows is still a municipality while there is no list.
    expect(await meeting.say(kari, 'T2 ny ansvarlig @Ola Hansen', { mention: false, mentions: [ola] })).toContain(
      'ga den til Ola Hansen',
    );
    await meeting.say(kari, 'T1 ny ansvarlig Gran', { mention: false });
    expect(await ownersOf(t, net, 'T1')).toEqual(['municipality:Gran']);
  });

  it('with a municipality list: the person is named, never «add Ola to the list»', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'kommuner Nes, Eidsvoll, Hurdal');
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale innen 08.12', { mentions: [ola] });
    await say(t, net, kari, 'oppgave Nes: sende tall innen 18.12');
    const answer = await say(t, net, kari, 'oppgave T2 ny ansvarlig Ola');
    expect(answer).toContain('oppgave T2 ny ansvarlig @Ola Hansen');
    expect(answer).toContain('Nes');
    expect(answer).not.toContain('kommuner Nes, Eidsvoll, Hurdal, Ola');
    expect(answer).toContain('Du skrev: «oppgave T2 ny ansvarlig Ola»');
    expect(await ownersOf(t, net, 'T2')).toEqual(['municipality:Nes']);
    // A misspelt municipality is still a municipality question.
    expect(await say(t, net, kari, 'oppgave T2 ny ansvarlig Eidsvol')).toContain('Mente du Eidsvoll?');
  });
});
