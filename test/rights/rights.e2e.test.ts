import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { feedLinkOf } from '../support/feed-link.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2); // member

const app = appPerTest(kari, MONDAY);

const say = sayer({ thread: '700001', status: (status) => expect(status).toBe(200) });

/** A short meeting with a decision, an open task and a task that gets finished, and a delivered deadline. */
async function holdMeeting(t: TestApp, net: NetworkFixture, marker: string): Promise<void> {
  await say(t, net, kari, 'start møte');
  await say(t, net, kari, `vedtak: ${marker} vedtak om felles fagdag`);
  await say(t, net, kari, `oppgave @Ola Hansen ${marker} bestille lokale innen 30.11.2026`, [ola]);
  await say(t, net, kari, `oppgave @Ola Hansen ${marker} skrive rapport innen 15.01.2027`, [ola]);
  await say(t, net, kari, 'avslutt møte');
  await t.post(cardAction(net, ola, 'task.done', { taskId: 'T1', networkId: net.teamId }));
  await say(t, net, kari, `frist 10.12.2026 ${marker} søknad om overføring`);
  await t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
}

const linkIn = (out: string) =>
  /\((https?:\/\/[^)]+nettverksdata\.json[^)]+)\)/.exec(out)![1]!.replace(/\\u0026/g, '&');

describe('retention of minutes and meeting logs', () => {
  it('shows the default, lets only leaders change it, and explains a bad number with an example', async () => {
    const { t, nets } = await app(1);
    const [net] = nets as [NetworkFixture];
    expect(await say(t, net, ola, 'oppbevaring')).toContain('eldre enn 24 måneder (standard)');
    expect(await say(t, net, ola, 'oppbevaring 12')).toContain('Bare nettverkets ledere kan endre oppbevaringstiden');
    const bad = await say(t, net, kari, 'oppbevaring 3');
    expect(bad).toContain('må være et helt antall måneder fra 6 til 120. Du skrev «3».');
    expect(bad).toContain('oppbevaring 24');
    expect(await say(t, net, kari, 'oppbevaring 12 måneder')).toContain('Oppbevaringstiden er nå 12 måneder');
    expect(await say(t, net, ola, 'oppbevaring')).toContain('eldre enn 12 måneder.');
  });

  it('the nightly sweep removes what is older than the period and keeps open work and other networks', async () => {
    const { t, nets } = await app(2);
    const [short, standard] = nets as [NetworkFixture, NetworkFixture];
    await say(t, short, kari, 'oppbevaring 12');
    await holdMeeting(t, short, 'KORT');
    await holdMeeting(t, standard, 'STANDARD');
    const store = t.app.services.store;

    // Eleven months on, everything is still there.
    t.clock.set('2027-10-23T02:30:00Z');
    await t.app.services.scheduler.tick();
    expect(await store.meetings.get(short.tenantId, short.teamId, 'M1')).not.toBeNull();

    // Twelve months and two days on: the meeting of 23.11.2026 is past a 12-month period.
    t.clock.set('2027-11-25T02:30:00Z');
    await t.app.services.scheduler.tick();
    expect(await store.meetings.get(short.tenantId, short.teamId, 'M1')).toBeNull();
    expect(await store.meetings.entries(short.tenantId, short.teamId, 'M1')).toEqual([]);
    expect(await store.tasks.get(short.tenantId, short.teamId, 'T1')).toBeNull(); // done: goes with the minutes
    expect((await store.tasks.get(short.tenantId, short.teamId, 'T2'))?.status).toBe('open'); // still followed up
    expect(await say(t, short, ola, 'referat')).not.toContain('KORT vedtak');
    // A delivered deadline is dated by its own day (10.12.2026), so it stays a little longer.
    expect(await store.deadlines.get(short.tenantId, short.teamId, 'F1')).not.toBeNull();

    // The network on the default 24 months keeps all of it.
    expect(await store.meetings.get(standard.tenantId, standard.teamId, 'M1')).not.toBeNull();
    expect(await store.tasks.get(standard.tenantId, standard.teamId, 'T1')).not.toBeNull();
    expect(await say(t, standard, ola, 'referat')).toContain('STANDARD vedtak');

    // The sweep keeps itself going: one planned for the next night, and none left behind.
    const planned = await store.jobs.list(short.tenantId, short.teamId, { kind: 'retention.sweep', status: 'planned' });
    expect(planned.map((j) => j.dueAt.toISOString())).toEqual(['2027-11-26T02:00:00.000Z']);

    t.clock.set('2027-12-11T02:30:00Z');
    await t.app.services.scheduler.tick();
    expect(await store.deadlines.get(short.tenantId, short.teamId, 'F1')).toBeNull();
    expect(await store.deadlines.get(standard.tenantId, standard.teamId, 'F1')).not.toBeNull();
  });
});

describe('eksporter data', () => {
  it('gives a leader a signed, expiring link to every row of the network and nothing of another', async () => {
    const { t, nets } = await app(2);
    const [a, b] = nets as [NetworkFixture, NetworkFixture];
    await holdMeeting(t, a, 'NETTVERK-A');
    await holdMeeting(t, b, 'NETTVERK-B');
    expect(await say(t, a, ola, 'eksporter data')).toContain('Bare nettverkets ledere kan eksportere');

    // Without a personal chat the link is not handed out at all: never in the channel.
    const refused = await say(t, a, kari, 'eksporter data');
    expect(refused).toContain('Jeg får ikke sendt deg en personlig melding');
    expect(refused).not.toContain('nettverksdata.json');

    t.connector.emulator.installPersonal(kari.id);
    const before = t.connector.emulator.calls.length;
    const out = await say(t, a, kari, 'eksporter data');
    expect(out).toContain('jeg har sendt deg lenken til eksporten i en personlig melding');
    const calls = t.connector.emulator.calls.slice(before);
    const withLink = calls.filter((c) => JSON.stringify(c.body).includes('nettverksdata.json'));
    expect(withLink).toHaveLength(1);
    expect(withLink[0]!.body.conversation?.conversationType ?? withLink[0]!.conversationId).not.toMatch(/channel|19:/);
    expect(JSON.stringify(withLink[0]!.body)).toContain('Lenken virker i 60 minutter');
    const link = linkIn(JSON.stringify(withLink[0]!.body));
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('nettverksdata-2026-11-23.json');
    const body = await res.json();
    expect(body.network).toMatchObject({ tenantId: a.tenantId, networkId: a.teamId, name: 'Læringsnettverk 1' });
    const dump = JSON.stringify(body);
    expect(dump).toContain('NETTVERK-A vedtak om felles fagdag');
    expect(dump).toContain('NETTVERK-A bestille lokale');
    expect(dump).toContain('NETTVERK-A søknad om overføring');
    expect(dump).not.toContain('NETTVERK-B');
    expect(body.tables.secrets).toBeUndefined();
    // Every row is the network's own, and JSON columns come out as JSON.
    for (const rows of Object.values(body.tables) as Record<string, unknown>[][]) {
      for (const row of rows) expect(row).toMatchObject({ tenant_id: a.tenantId, network_id: a.teamId });
    }
    expect(body.tables.meeting_entries.length).toBeGreaterThan(0);
    expect(typeof body.tables.meeting_entries[0].entry).toBe('object');

    // The link names its network: pointing it at another one breaks the signature.
    const forged = new URL(link);
    forged.searchParams.set('n', b.teamId);
    expect((await fetch(forged)).status).toBe(403);
    t.clock.set('2026-11-23T09:01:00Z');
    expect((await fetch(link)).status).toBe(410);
  });
});

describe('slett nettverksdata', () => {
  it('asks a leader to confirm on a card, refuses everyone else, and deletes only this network', async () => {
    const { t, nets } = await app(2);
    const [a, b] = nets as [NetworkFixture, NetworkFixture];
    await holdMeeting(t, a, 'NETTVERK-A');
    await holdMeeting(t, b, 'NETTVERK-B');
    await say(t, a, kari, 'leder + @Ola Hansen', [ola]);
    // Removing another leader asks on a card first (month round 9, N5).
    const removeAsked = await say(t, a, kari, 'leder - @Ola Hansen', [ola]);
    const removeData = JSON.parse(/"verb":"leader\.remove","data":(\{[^}]+\})/.exec(removeAsked)![1]!);
    expect((await t.post(cardAction(a, kari, 'leader.remove', removeData))).status).toBe(200);
    const store = t.app.services.store;

    expect(await say(t, a, ola, 'slett nettverksdata')).toContain('Bare nettverkets ledere kan slette');
    const asked = JSON.parse(await say(t, a, kari, 'slett nettverksdata'));
    const cardJson = JSON.stringify(asked);
    expect(cardJson).toContain('Slette alle nettverkets data?');
    expect(cardJson).toMatch(/Det gjelder \d+ oppføringer nå/);
    const data = JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(cardJson)![1]!);
    expect(data.networkId).toBe(a.teamId);

    // A member's click, a click from another network and a cancel leave everything in place.
    const member = await t.post(cardAction(a, ola, 'network.erase', data));
    expect(JSON.stringify(member.body)).toContain('Bare nettverkets ledere kan slette');
    const foreign = await t.post(cardAction(b, kari, 'network.erase', data));
    expect(JSON.stringify(foreign.body)).toContain('hører til et annet nettverk');
    const cancel = await t.post(cardAction(a, kari, 'network.erase.cancel', data));
    expect(JSON.stringify(cancel.body)).toContain('Kari Nordmann avbrøt slettingen');
    expect(await store.meetings.get(a.tenantId, a.teamId, 'M1')).not.toBeNull();
    expect(await store.meetings.get(b.tenantId, b.teamId, 'M1')).not.toBeNull();

    // A malformed click is answered as a bad request with a Norwegian message, not crashed on.
    const malformed = await t.post(cardAction(a, kari, 'network.erase', { networkId: a.teamId, expires: 'i morgen' }));
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toMatch(/kortet|Kortet/);
    expect(await store.meetings.get(a.tenantId, a.teamId, 'M1')).not.toBeNull();

    const feedOf = () => feedLinkOf(t, a, kari);
    const oldFeed = await feedOf();
    expect((await fetch(oldFeed)).status).toBe(200);

    // The cancel answered that card: its "Slett alt" does nothing now, and a new request gets a new one.
    const afterCancel = await t.post(cardAction(a, kari, 'network.erase', data));
    expect(JSON.stringify(afterCancel.body)).toContain('Denne bekreftelsen er allerede brukt');
    expect(await store.meetings.get(a.tenantId, a.teamId, 'M1')).not.toBeNull();
    const again = JSON.parse(
      /"verb":"network\.erase","data":(\{[^}]+\})/.exec(await say(t, a, kari, 'slett nettverksdata'))![1]!,
    );
    const done = await t.post(cardAction(a, kari, 'network.erase', again));
    expect(JSON.stringify(done.body)).toMatch(/Kari Nordmann slettet nettverkets data \(\d+ oppføringer\)/);

    const left = await store.networkData.export(a.tenantId, a.teamId);
    const nonEmpty = Object.fromEntries(Object.entries(left).filter(([, rows]) => rows.length));
    // What remains: the installation, the confirming leader, the plans a fresh network starts with,
    // the new generation of its links, and when it was erased (so older draft and export links stop).
    expect(Object.keys(nonEmpty).sort()).toEqual(['jobs', 'network_roles', 'network_settings', 'networks']);
    expect(nonEmpty.network_settings!.map((r) => r.name).sort()).toEqual(['link-generation', 'links-erased-at']);
    // A calendar still polling the old feed link gets nothing; a fresh link works.
    expect((await fetch(oldFeed)).status).toBe(410);
    expect((await fetch(await feedOf())).status).toBe(200);
    expect(nonEmpty.network_roles!.map((r) => r.name)).toEqual(['Kari Nordmann']);
    expect(JSON.stringify(nonEmpty.jobs)).not.toContain('NETTVERK-A');
    expect(await say(t, a, ola, 'referat')).not.toContain('NETTVERK-A');

    // Network B is untouched.
    const bDump = JSON.stringify(await store.networkData.export(b.tenantId, b.teamId));
    for (const s of ['NETTVERK-B vedtak', 'NETTVERK-B bestille lokale', 'NETTVERK-B søknad'])
      expect(bDump).toContain(s);

    // Ids are not handed out again: an old card for T2 cannot reach the next task.
    expect(await say(t, a, kari, 'start møte')).toContain('er startet');
    expect(await say(t, a, kari, 'oppgave @Ola Hansen ny oppgave innen 30.12.2026', [ola])).toContain('Oppgave T3');
    await t.post(cardAction(a, ola, 'task.done', { taskId: 'T2', networkId: a.teamId }));
    expect((await store.tasks.get(a.tenantId, a.teamId, 'T3'))?.status).toBe('open');
    expect(await store.meetings.running(a.tenantId, a.teamId)).toMatchObject({ id: 'M2' });
  });

  it('an old confirmation card deletes nothing', async () => {
    const { t, nets } = await app(1);
    const [a] = nets as [NetworkFixture];
    await holdMeeting(t, a, 'GAMMEL');
    const asked = await say(t, a, kari, 'slett nettverksdata');
    const data = JSON.parse(/"verb":"network\.erase","data":(\{[^}]+\})/.exec(asked)![1]!);
    t.clock.set('2026-11-23T09:30:00Z');
    const res = await t.post(cardAction(a, kari, 'network.erase', data));
    expect(JSON.stringify(res.body)).toContain('Denne bekreftelsen er utløpt');
    expect(await t.app.services.store.meetings.get(a.tenantId, a.teamId, 'M1')).not.toBeNull();
  });
});
