import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromNynorsk } from '../../src/commands/nynorsk.ts';
import type { TestApp } from '../support/app.ts';
import { speaker, startAt, type Speaker } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

const entriesOf = async (t: TestApp, net: NetworkFixture) => {
  const m = (await t.app.services.store.meetings.running(net.tenantId, net.teamId))!.id;
  return (await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m)) as any[];
};

describe('nynorsk command words, one table (pure)', () => {
  it('turns the command words at the start into bokmål and leaves the rest as written', () => {
    expect(fromNynorsk('oppgåve @Ola lage invitasjon til fagdagen innan 12.02')).toBe(
      'oppgave @Ola lage invitasjon til fagdagen innen 12.02',
    );
    expect(fromNynorsk('Til stades Nes og Hurdal')).toBe('til stede Nes og Hurdal');
    expect(fromNynorsk('fråfall Gjerdrum')).toBe('forfall Gjerdrum');
    expect(fromNynorsk('fristar')).toBe('frister');
    expect(fromNynorsk('mine oppgåver')).toBe('mine oppgaver');
    // «innan» is the due-date word of a task line only; elsewhere it is someone's own words.
    expect(fromNynorsk('agenda + kva vi rekk innan jul')).toBe('agenda + kva vi rekk innan jul');
    expect(fromNynorsk('oppgåve @Ola ringje innan fristen, innan 12.02')).toBe(
      'oppgave @Ola ringje innan fristen, innen 12.02',
    );
    // Not a command: a question in nynorsk goes on untouched.
    expect(fromNynorsk('kva er fristen for søknaden?')).toBe('kva er fristen for søknaden?');
    expect(fromNynorsk('oppgåvene våre')).toBe('oppgåvene våre');
  });
});

describe('nynorsk commands are understood like the bokmål ones, end to end (N13)', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let meeting: Speaker;

  beforeAll(async () => {
    ({ t, net } = await startAt('2027-01-29T08:00:00Z', kari));
    meeting = speaker(t, net, '913001');
    await meeting.say(kari, 'kommuner Nes, Eidsvoll, Hurdal, Gjerdrum');
    expect(await meeting.say(kari, 'start møte')).toContain('er startet');
  });
  afterAll(async () => t?.close());

  it('«oppgåve @Ola … innan 12.02» in the meeting stores the task with its due date', async () => {
    const out = await meeting.say(kari, 'oppgåve @Ola Hansen lage invitasjon til fagdagen innan 12.02', {
      mentions: [ola],
    });
    expect(out).not.toContain('kjenner jeg ikke');
    const task = (await t.app.services.store.tasks.listOpen(net.tenantId, net.teamId)).find((x) =>
      x.text.includes('lage invitasjon til fagdagen'),
    );
    expect(task).toBeTruthy();
    expect(task!.due).toBe('2027-02-12');
    expect(task!.text).not.toContain('innan');
  });

  it('«til stades» and «fråfall» record attendance as «til stede» and «forfall» do', async () => {
    expect(await meeting.say(kari, 'til stades Nes, Eidsvoll')).toContain('Til stede på møtet: Nes, Eidsvoll');
    expect(await meeting.say(kari, 'fråfall Gjerdrum')).toContain('Forfall til møtet: Gjerdrum');
    const attendance = (await entriesOf(t, net)).filter((e) => e.kind === 'attendance');
    expect(attendance.map((e) => `${e.status}:${e.municipality}`).sort()).toEqual([
      'absent:Gjerdrum',
      'present:Eidsvoll',
      'present:Nes',
    ]);
  });

  it('«fristar», «oppgåver» and «kommunar» answer as «frister», «oppgaver» and «kommuner»', async () => {
    const strip = (s: string) => s.replace(/"(id|timestamp|localTimestamp|replyToId)":"[^"]*"/g, '');
    for (const [nn, nb] of [
      ['fristar', 'frister'],
      ['oppgåver', 'oppgaver'],
      ['kommunar', 'kommuner'],
    ] as const) {
      const a = strip(await meeting.say(ola, nn));
      const b = strip(await meeting.say(ola, nb));
      expect(a).not.toContain('kjenner jeg ikke');
      expect(a).toBe(b);
    }
  });
});
