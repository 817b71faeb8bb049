import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { memberEvent } from '../networks/member-event.ts';

// Month round 7b, N10: a task could be given to someone the bot had heard leave the team. She can no
// longer press any button and would not see the channel, so the reminders go to nobody who can act,
// while the writer believes the task is delegated. Now refused with why, an example, and the line typed.
const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2027-03-06T09:00:00Z');

const ownersOf = async (t: any, net: any, id: string) =>
  ((await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))?.owners as { name: string }[] | undefined)?.map(
    (o) => o.name,
  );

describe('a task given to someone who left the team (N10)', () => {
  it('a new task for a leaver is refused, nothing stored, the line typed is given back', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'kommuner Nes, Hurdal');
    await t.post(memberEvent(net, ola, kari, 'removed'));
    const line = 'oppgave @Kari Nordmann sende søknaden innen 20.03';
    const answer = await say(t, net, ola, line, { mentions: [kari] });
    expect(answer).toContain('Kari Nordmann har forlatt teamet');
    expect(answer).toContain('kommune');
    expect(answer).toContain('oppgave Nes: sende søknaden innen 20.03');
    expect(answer).toContain(line);
    expect(await ownersOf(t, net, 'T1')).toBeUndefined();
    // Someone still in the team can be given it.
    expect(await say(t, net, ola, 'oppgave @Ola Hansen sende søknaden innen 20.03', { mentions: [ola] })).toContain(
      'T1',
    );
    expect(await ownersOf(t, net, 'T1')).toEqual(['Ola Hansen']);
  });

  it('re-assigning to a leaver is refused, the task keeps its owner; after rejoining it works', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'oppgave @Kari Nordmann sende søknaden innen 20.03', { mentions: [kari] });
    await t.post(memberEvent(net, kari, ola, 'removed'));
    const line = 'oppgave T1 ny ansvarlig @Ola Hansen';
    const answer = await say(t, net, kari, line, { mentions: [ola] });
    expect(answer).toContain('Ola Hansen har forlatt teamet');
    expect(answer).toContain(line);
    expect(await ownersOf(t, net, 'T1')).toEqual(['Kari Nordmann']);
    await t.post(memberEvent(net, kari, ola, 'added'));
    expect(await say(t, net, kari, line, { mentions: [ola] })).toContain('ga den til Ola Hansen');
    expect(await ownersOf(t, net, 'T1')).toEqual(['Ola Hansen']);
  });
});
