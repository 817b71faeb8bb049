import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { memberEvent } from '../support/members.ts';

// Month round 14, #12: Per left the team (Kari was told his T2 needed a new owner) and came back two days
// later. Kari heard nothing of the return, and Per got the first-time welcome with nothing about his open
// (overdue) task or the next meeting. Now the leaders hear that the tasks need no new owner, and Per is
// welcomed back with his open tasks and the next meeting.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);
const app = appPerTest(kari, '2026-12-28T08:00:00Z'); // Monday 28 December 2026

async function event(t: TestApp, net: NetworkFixture, who: TestPerson, kind: 'added' | 'removed') {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(memberEvent(net, kari, who, kind));
  expect(res.status).toBeLessThan(300);
  return t.connector.emulator.calls.slice(before).filter((c) => c.status < 300);
}

describe('a member leaves and comes back', () => {
  it('the leaders hear of the return; the welcome back names the open tasks and the next meeting', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '714701');
    const list = [kari, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    t.connector.emulator.setMembers(net.channelId, list);
    t.connector.emulator.setMembers(net.teamId, list);
    t.connector.emulator.installPersonal(per.id);
    await s.say(kari, 'møteplan siste fredag i måneden kl. 09:00-15:30');
    await s.say(kari, 'oppgave @Per Olsen sende tall innen 30.12', { mentions: [per] });
    t.clock.set('2027-01-02T10:00:00Z');
    const left = await event(t, net, per, 'removed');
    expect(JSON.stringify(left.map((c) => c.body))).toContain('Per Olsen har forlatt teamet');
    t.clock.set('2027-01-04T10:00:00Z');
    const back = await event(t, net, per, 'added');
    const inChannel = back.filter((c) => c.conversationId?.startsWith(net.channelId));
    const channel = JSON.stringify(inChannel.map((c) => c.body));
    expect(channel).toContain('Per Olsen er med i teamet igjen');
    expect(channel).toContain('<at>Kari Nordmann</at>');
    expect(channel).toContain('trenger ikke ny ansvarlig');
    const personal = JSON.stringify(
      back.filter((c) => !c.conversationId?.startsWith(net.channelId)).map((c) => c.body),
    );
    expect(personal).toContain('Velkommen tilbake');
    expect(personal).toContain('T1');
    expect(personal).toContain('har passert fristen');
    expect(personal).toContain('Neste møte er fredag 29. januar 2027');
  });

  it('a join delivered twice at once tells the leaders once (review s14 #13)', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '714702');
    const list = [kari, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    t.connector.emulator.setMembers(net.channelId, list);
    t.connector.emulator.setMembers(net.teamId, list);
    await s.say(kari, 'oppgave @Per Olsen sende tall innen 30.12', { mentions: [per] });
    await event(t, net, per, 'removed');
    // Hold the first join just before it forgets the leaving, so the second reads it as still recorded.
    const people = t.app.services.store.people;
    const forget = people.forgetDeparted.bind(people);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atForget = new Promise<void>((r) => (reached = r));
    let calls = 0;
    people.forgetDeparted = async (...args: Parameters<typeof forget>) => {
      if (++calls === 1) {
        reached();
        await gate;
      }
      return forget(...args);
    };
    const before = t.connector.emulator.calls.length;
    const first = t.post(memberEvent(net, kari, per, 'added'));
    await atForget;
    await t.post(memberEvent(net, kari, per, 'added'));
    release();
    await first;
    people.forgetDeparted = forget;
    const told = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.status < 300 && JSON.stringify(c.body).includes('er med i teamet igjen'));
    expect(told).toHaveLength(1);
  });

  // Month s16 #15: back at 09:30 on the meeting day, with the meeting running, Per read «Neste møte er <i dag>».
  it('back while the meeting runs: the welcome says it is on now and where, not that it is next', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '714703');
    const list = [kari, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
    t.connector.emulator.setMembers(net.channelId, list);
    t.connector.emulator.setMembers(net.teamId, list);
    t.connector.emulator.installPersonal(per.id);
    await s.say(kari, 'møteplan siste fredag i måneden kl. 09:00-15:30');
    await event(t, net, per, 'removed');
    t.clock.set('2027-01-29T08:05:00Z'); // Friday 29 January 2027, 09:05 in Oslo
    await s.say(kari, 'start møte');
    t.clock.set('2027-01-29T08:30:00Z');
    const back = await event(t, net, per, 'added');
    const personal = JSON.stringify(
      back.filter((c) => !c.conversationId?.startsWith(net.channelId)).map((c) => c.body),
    );
    expect(personal).toContain('Velkommen tilbake');
    expect(personal).toContain('Møtet fredag 29. januar 2027 er i gang nå (startet kl. 09:05)');
    expect(personal).toContain('i tråden som begynner med «start møte»');
    expect(personal).not.toContain('Neste møte er');
  });
});
