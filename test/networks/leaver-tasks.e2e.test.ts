import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, speaker } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { memberEvent } from './member-event.ts';

// Month round 8, N21/N26: a member who owned open tasks pressed «Forlat teamet», and nobody was
// told; her task stayed hers. Teams sends conversationUpdate membersRemoved (the Teams id only, no
// name). The leaders are told once, in the channel by @mention, which tasks need a new owner and the
// command that gives one; with no leader left the channel is told, with how a member takes the role.
// Monday 5 April 2027, 09:00 in Oslo.
const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const ola = person('Ola Hansen', 2);
const per = person('Per Berg', 3);
const app = appPerTest(kari, '2027-04-05T07:00:00Z');

async function leave(t: TestApp, net: NetworkFixture, who: TestPerson, by: TestPerson) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(memberEvent(net, by, who, 'removed'));
  expect(res.status).toBeLessThan(300);
  return t.connector.emulator.calls
    .slice(before)
    .filter((c) => c.status < 300)
    .map((c) => c.body as any);
}
const textOf = (b: any) => String((b.activity ?? b).text ?? '');
const mentioned = (bodies: any[]) =>
  bodies.flatMap((b) => (b.activity ?? b).entities ?? []).map((e: any) => e.mentioned?.id);

describe('a person with open tasks leaves the team (N21, N26)', () => {
  it('a member: the leaders are told once, by @mention, which open tasks need a new owner and how to give one', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '970001');
    await s.say(kari, 'oppgave @Per Berg lese korrektur på søknaden innen 12.04', { mentions: [per] });
    await s.say(kari, 'oppgave @Per Berg bestille lokale innen 20.04', { mentions: [per] });
    await s.say(kari, 'oppgave @Per Berg ringe Bufetat innen 22.04', { mentions: [per] });
    await s.say(per, 'oppgave T3 ferdig');
    await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 30.04', { mentions: [ola] });

    const out = await leave(t, net, per, ola);
    expect(out).toHaveLength(1);
    const text = textOf(out[0]);
    expect(text).toContain('Per Berg har forlatt teamet');
    expect(text).toContain('2 åpne oppgaver');
    expect(text).toContain('T1');
    expect(text).toContain('lese korrektur på søknaden');
    expect(text).toContain('12.04.2027');
    expect(text).toContain('T2');
    expect(text).not.toMatch(/\bT3\b/); // done
    expect(text).not.toMatch(/\bT4\b/); // Ola's
    expect(text).toContain('oppgave T1 ny ansvarlig @');
    expect(mentioned(out)).toContain(kari.id);
    expect(mentioned(out)).not.toContain(per.id);

    // Teams may deliver the leaving again: the leaders are not told twice.
    expect(await leave(t, net, per, ola)).toEqual([]);

    // The command in the post works as written, by a leader.
    const moved = await s.say(kari, 'oppgave T1 ny ansvarlig @Ola Hansen', { mentions: [ola] });
    expect(moved).toContain('Ola Hansen');
    const t1 = await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1');
    expect(t1!.owners.map((o) => o.name)).toEqual(['Ola Hansen']);
  });

  it('one open task reads in the singular', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '970002');
    await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 30.04', { mentions: [ola] });
    const out = await leave(t, net, ola, kari);
    expect(out).toHaveLength(1);
    expect(textOf(out[0])).toContain('Ola Hansen har forlatt teamet og har 1 åpen oppgave');
  });

  it('the only leader who owns open tasks: one channel post says the network has no leader, how a member takes the role, and the tasks', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '970003');
    await s.say(kari, 'oppgave @Kari Nordmann skrive søknadsutkast innen 15.04', { mentions: [kari] });
    const out = await leave(t, net, kari, ola);
    expect(out).toHaveLength(1);
    const text = textOf(out[0]);
    expect(text).toContain('Kari Nordmann har forlatt teamet');
    expect(text).toContain('ingen leder');
    expect(text).toContain('leder + @dittnavn');
    expect(text).toContain('T1');
    expect(text).toContain('skrive søknadsutkast');
    expect(text).toContain('oppgave T1 ny ansvarlig @');
    expect(await leave(t, net, kari, ola)).toEqual([]);
    // A member takes the role as the post says, and then gives the task a new owner.
    expect(await s.say(ola, 'leder + @Ola Hansen', { mentions: [ola] })).toContain('har tatt lederrollen');
    expect(await s.say(ola, 'oppgave T1 ny ansvarlig @Per Berg', { mentions: [per] })).toContain('Per Berg');
  });

  it('a member who leaves a network that has no leader: the channel is told, with how to take the role', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '970004');
    await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 30.04', { mentions: [ola] });
    expect(await leave(t, net, kari, per)).toHaveLength(1); // the last leader; no tasks
    const out = await leave(t, net, ola, per);
    expect(out).toHaveLength(1);
    const text = textOf(out[0]);
    expect(text).toContain('Ola Hansen har forlatt teamet');
    expect(text).toContain('T1');
    expect(text).toContain('ingen leder');
    expect(text).toContain('leder + @dittnavn');
  });

  it('a leader who leaves while another remains: one post to the remaining leader, with the tasks', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '970005');
    expect(await s.say(kari, 'leder + @Ola Hansen', { mentions: [ola] })).toContain('Ola Hansen er nå leder');
    await s.say(kari, 'oppgave @Kari Nordmann skrive søknadsutkast innen 15.04', { mentions: [kari] });
    const out = await leave(t, net, kari, ola);
    expect(out).toHaveLength(1);
    const text = textOf(out[0]);
    expect(text).toContain('Kari Nordmann har forlatt teamet og er ikke lenger leder');
    expect(text).toContain('T1');
    expect(text).toContain('oppgave T1 ny ansvarlig @');
    expect(mentioned(out)).toEqual([ola.id]);
  });

  // Month s16 #2: after the post, «oppgaver» still showed the leaver as owner as if he could act.
  it('«oppgaver» marks an owner who left the team, until he joins again', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '970006');
    await s.say(kari, 'oppgave @Per Berg lese korrektur på søknaden innen 12.04', { mentions: [per] });
    await s.say(kari, 'oppgave @Ola Hansen lage årshjul innen 30.04', { mentions: [ola] });
    await leave(t, net, per, ola);
    const list = await s.say(kari, 'oppgaver');
    expect(list).toContain('Per Berg (har forlatt teamet)');
    expect(list).not.toContain('Ola Hansen (har forlatt teamet)');
    await t.post(memberEvent(net, ola, per, 'added'));
    expect(await s.say(kari, 'oppgaver')).not.toContain('(har forlatt teamet)');
  });
});
