import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf, speaker } from './channel-support.ts';

// Issue #13, the second round: what a leader met in a month of running meetings.
// Monday 30 November 2026, 09:00 in Oslo.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

async function setup(at = '2026-11-30T08:00:00Z') {
  const started = await startWithNetworks(1, kari, { clock: new ManualClock(at) });
  t = started.t;
  return { t, net: started.nets[0]! };
}

describe('task status in the words people use', () => {
  it('reads "T1 er ferdig", "ferdig med oppgave T2", "T3 pågår", "T4 er utsatt til 20.12", "oppgave T5 er gjort" as the task change', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '600001');
    for (let i = 1; i <= 7; i++) await s.say(kari, `oppgave @Ola Hansen sak ${i} innen 18.12`, { mentions: [ola] });
    const get = (id: string) => t.app.services.store.tasks.get(net.tenantId, net.teamId, id);

    expect(await s.say(ola, 'T1 er ferdig')).toContain('Oppgave T1');
    expect((await get('T1'))?.status).toBe('done');
    await s.say(ola, 'ferdig med oppgave T2');
    expect((await get('T2'))?.status).toBe('done');
    await s.say(ola, 'T3 pågår');
    expect((await get('T3'))?.status).toBe('in_progress');
    await s.say(ola, 'T4 er utsatt til 20.12');
    expect(await get('T4')).toMatchObject({ due: '2026-12-20', status: 'postponed' });
    await s.say(ola, 'oppgave T5 er gjort');
    expect((await get('T5'))?.status).toBe('done');
    await s.say(ola, 'Jeg har startet på T6 nå.');
    expect((await get('T6'))?.status).toBe('in_progress');
    await s.say(ola, 'flytt T7 til fredag');
    expect((await get('T7'))?.due).toBe('2026-12-04');

    // The same permission rules: someone who neither owns it nor leads is refused.
    await s.say(kari, 'oppgave @Ola Hansen sak 8 innen 18.12', { mentions: [ola] });
    expect(await s.say(per, 'T8 er fullført')).toContain('Bare den ansvarlige');
    expect((await get('T8'))?.status).toBe('open');
    expect(await s.say(per, 'T99 er ferdig')).toContain('finner ingen oppgave');
    // A postponement without a date says what is missing.
    expect(await s.say(ola, 'T8 er utsatt')).toContain('oppgave T8 utsett');
  });

  it('works without an @mention in the meeting thread, and leaves questions without a task id alone', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '600002');
    await s.say(kari, 'oppgave @Ola Hansen sende rapport innen 18.12', { mentions: [ola] });
    await s.say(kari, 'start møte');
    await s.say(ola, 'T1 er ferdig', { mention: false });
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('done');
    // Not a note in the minutes: the change went to the task.
    expect((await entriesOf(t, net)).filter((e) => e.kind === 'note')).toEqual([]);
  });
});

describe('a passed deadline not marked Levert', () => {
  it('stays on agenda item 5 as overdue until someone marks it Levert, and is nudged once the day after', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '600003');
    await s.say(kari, 'frist 15.12 Søknad om stimuleringsmidler');
    // The day itself: the usual nudge.
    t.clock.set('2026-12-15T08:05:00Z');
    await t.app.services.scheduler.tick();
    // The day after the deadline: one nudge asking whether it was delivered, with the Levert button.
    t.clock.set('2026-12-16T08:05:00Z');
    const before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    const nudges = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(nudges).toContain('Fristen gikk ut i går');
    expect(nudges).toContain('deadline.done');
    // No more than one.
    t.clock.set('2026-12-17T08:05:00Z');
    const later = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    expect(JSON.stringify(t.connector.emulator.calls.slice(later).map((c) => c.body))).not.toContain(
      'Søknad om stimuleringsmidler',
    );

    const agenda = await s.say(kari, 'agenda');
    expect(agenda).toContain('Forfalt 15.12: Søknad om stimuleringsmidler – ikke merket levert');
    expect(agenda).not.toContain('Ingen frister de neste 60 dagene');

    await t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    const after = await s.say(kari, 'agenda');
    expect(after).not.toContain('Forfalt');
  });
});

describe('a task line without "innen"', () => {
  it('reads a trailing date as the due date and says so; with no date at all it says how to set one', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '600004');
    const get = (id: string) => t.app.services.store.tasks.get(net.tenantId, net.teamId, id);

    const one = await s.say(kari, 'oppgave @Ola Hansen lage presentasjon til mars 20.02', { mentions: [ola] });
    expect(await get('T1')).toMatchObject({ text: 'lage presentasjon til mars', due: '2027-02-20' });
    expect(one).toContain('tolket fra «20.02»');

    const two = await s.say(kari, 'oppgave @Ola Hansen ringe Bufetat fredag', { mentions: [ola] });
    expect(await get('T2')).toMatchObject({ text: 'ringe Bufetat', due: '2026-12-04' });
    expect(two).toContain('tolket fra «fredag»');

    await s.say(kari, 'oppgave @Ola Hansen sende planen til 18. desember', { mentions: [ola] });
    expect(await get('T3')).toMatchObject({ text: 'sende planen', due: '2026-12-18' });

    // "for 10 dager" is how long, not when.
    const none = await s.say(kari, 'oppgave @Ola Hansen bestille lokaler for 10 dager', { mentions: [ola] });
    expect(await get('T4')).toMatchObject({ text: 'bestille lokaler for 10 dager', due: null });
    expect(none).toContain('ingen frist');
    expect(none).toContain('oppgave T4 ny frist');
    expect(none).toContain('innen');

    // A past date at the end names something; it is no due date.
    await s.say(kari, 'oppgave @Ola Hansen sende referat fra møtet 23.11', { mentions: [ola] });
    expect(await get('T5')).toMatchObject({ text: 'sende referat fra møtet 23.11', due: null });
    // A trailing date that does not exist is refused, not silently dropped.
    const bad = await s.say(kari, 'oppgave @Ola Hansen ringe Bufetat 31.02', { mentions: [ola] });
    expect(bad).toContain('finnes ikke');
    expect(await get('T6')).toBeNull();
  });
});

describe('editing the fixed agenda with an identity number', () => {
  it('gives the privacy refusal and never echoes the number', async () => {
    const { t, net } = await setup();
    const res = await t.post(
      cardAction(net, kari, 'agenda.save', {
        networkId: net.teamId,
        agendaText: 'Velkommen | 10\nSak om barn 01019012345 | 15',
      }),
    );
    const body = JSON.stringify(res.body);
    expect(body).toContain('fødselsnummer');
    expect(body).not.toContain('01019012345');
    expect(body).not.toContain('Tittel | minutter');
  });
});

describe('entry words followed by a dash', () => {
  it('strips ":", "-", "–", "—" after vedtak and info', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '600005');
    await s.say(kari, 'start møte');
    await s.say(kari, 'Vedtak - nettverket inviterer Bufetat');
    await s.say(kari, 'vedtak – vi bytter møtested');
    await s.say(kari, 'info — Bufetat kommer i mars');
    await s.say(kari, 'info nytt skjema');
    await s.say(kari, 'oppgave @Ola Hansen – lage plan innen 18.12', { mentions: [ola] });
    const texts = (await entriesOf(t, net))
      .filter((e) => ['note', 'decision', 'task'].includes(e.kind))
      .map((e) => e.text);
    expect(texts).toEqual([
      'nettverket inviterer Bufetat',
      'vi bytter møtested',
      'Bufetat kommer i mars',
      'nytt skjema',
      'lage plan',
    ]);
  });
});

describe('a deadline with a date that does not exist', () => {
  it('says the date does not exist, with an example that works', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '600006');
    for (const typed of ['31.02', '30.2', '32.1']) {
      const out = await s.say(kari, `frist ${typed} Testfrist`);
      expect(out).toContain(`«${typed}» finnes ikke`);
      expect(out).not.toContain('fant ingen dato');
      expect(out).toContain('frist 1. mars');
    }
    expect(await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).toEqual([]);
  });
});

describe('an agenda longer than the meeting', () => {
  it('warns on the agenda card when proposals push the time boxes past the meeting length', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '600007');
    // 09:00–14:00 is 300 minutes; the standing agenda takes 280.
    await s.say(kari, 'møteplan siste fredag kl 09:00-14:00');
    expect(await s.say(kari, 'agenda')).not.toContain('Advarsel');
    for (const p of ['opplæring fra Bufetat', 'ny mal for referat', 'budsjett for neste år']) {
      const bodies = await s.bodies(ola, `agenda + ${p}`);
      const accept = bodies.map((b) => JSON.stringify(b)).find((b) => b.includes('proposal.accept'))!;
      const proposalId = /"proposalId":"([^"]+)"/.exec(accept)![1]!;
      await t.post(cardAction(net, kari, 'proposal.accept', { proposalId, networkId: net.teamId }));
    }
    const agenda = await s.say(kari, 'agenda');
    expect(agenda).toContain('Advarsel');
    expect(agenda).toContain('5 t 10 min');
  });

  it('warns the leader who starts a meeting whose time boxes do not fit', async () => {
    const { t, net } = await setup();
    const s = speaker(t, net, '600008');
    await s.say(kari, 'møteplan siste fredag kl 09:00-11:00');
    const started = await s.say(kari, 'start møte');
    expect(started).toContain('Advarsel: Tidsrammene er til sammen 4 t 40 min, men møtet varer 2 t');
  });
});
