import { describe, expect, it } from 'vitest';
import { checkCard } from '../support/card-check.ts';
import type { TestApp } from '../support/app.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { appPerTest } from '../support/chat.ts';

// F30 (stranger month): «Endre fast agenda». Every bad line is named with what was wrong and an
// example that works, the typed text comes back in the form, a nonsense length is refused with the
// limit, and a save that drops the standard items or outgrows the meeting says so.
// Monday 16 November 2026; the network meets the last Friday of the month 09:00–15:30 (390 minutes).
const kari = person('Kari Nordmann', 1); // leader

const setup = appPerTest(kari, '2026-11-16T08:00:00Z');

/** «Lagre fast agenda» with the text typed; returns the answer (card or message) as the clicker sees it. */
async function save(t: TestApp, net: NetworkFixture, agendaText: string) {
  const res = await t.post(cardAction(net, kari, 'agenda.save', { networkId: net.teamId, agendaText }));
  expect(res.status).toBe(200);
  const value = (res.body as any).value;
  return { value, shown: JSON.stringify(value), body: res.body as { type: string; value: unknown } };
}

const standing = async (t: TestApp, net: NetworkFixture) =>
  ((await t.app.services.store.meetings.getSeries(net.tenantId, net.teamId))?.agenda ?? null) as
    { title: string; minutes: number; fill?: string }[] | null;

/**
 * A refusal is a message, not a card: Teams then leaves the card as it was, with the form open and
 * the text typed in it (the playground test «saving the fixed agenda with a bad line» shows it).
 */
const keepsTheForm = (res: { type: string; value: unknown }) => {
  expect(res.type).toBe('application/vnd.microsoft.activity.message');
  expect(typeof res.value).toBe('string');
};

describe('F30: a bad line of the fixed agenda', () => {
  it('«et kvarter» is named by its line with an example that works; nothing is saved and the text stays in the form', async () => {
    const { t, net } = await setup();
    const typed = 'Velkommen | 10 min\nEventuelt | et kvarter';
    const { body, shown } = await save(t, net, typed);
    expect(shown).toContain('Linje 2: «et kvarter» – skriv minutter som tall, f.eks. «Eventuelt | 15»');
    expect(shown).toContain('Agendaen ble ikke lagret');
    keepsTheForm(body);
    expect(await standing(t, net)).toBeNull();
  });

  it('600 minutes is refused with the limit, naming the line', async () => {
    const { t, net } = await setup();
    const { body, shown } = await save(t, net, 'Velkommen | 10\nKaffe | 600');
    expect(shown).toContain('Linje 2');
    expect(shown).toContain('600 minutter');
    expect(shown).toContain('390 minutter');
    keepsTheForm(body);
    expect(await standing(t, net)).toBeNull();
  });

  it('every bad line is named, not only the first; a line without a title and 0 minutes too', async () => {
    const { t, net } = await setup();
    const { shown } = await save(t, net, ' | 10\nVelkommen | 10\nPause | 0\nLunsj | en halvtime');
    expect(shown).toContain('Linje 1');
    expect(shown).toContain('Linje 3');
    expect(shown).toContain('Linje 4: «en halvtime»');
    expect(shown).not.toContain('Linje 2');
    expect(await standing(t, net)).toBeNull();
  });
});

describe('F30: a fixed agenda that saves, with what the leader should know', () => {
  it('«10 min» after the bar is read; dropping «Godkjenning av referat» and «Oppfølging av oppgaver» is saved with a warning', async () => {
    const { t, net } = await setup();
    const { value, shown } = await save(t, net, 'Velkommen | 10 min\nFaglig tema | 60\nEventuelt | 15');
    expect(checkCard(value).errors).toEqual([]);
    expect((await standing(t, net))?.map((i) => [i.title, i.minutes])).toEqual([
      ['Velkommen', 10],
      ['Faglig tema', 60],
      ['Eventuelt', 15],
    ]);
    expect(shown).toContain('Godkjenning av referat fra forrige møte');
    expect(shown).toContain('Oppfølging av oppgaver');
    expect(shown).toContain('ikke lenger');
  });

  it('a standard item typed back gets its filling again', async () => {
    const { t, net } = await setup();
    await save(t, net, 'Velkommen | 10');
    const { shown } = await save(t, net, 'Velkommen | 10\nOppfølging av oppgaver | 20');
    expect((await standing(t, net))?.find((i) => i.title === 'Oppfølging av oppgaver')?.fill).toBe('tasks');
    expect(shown).not.toContain('«Oppfølging av oppgaver» er ikke lenger');
  });

  it('an agenda longer than the meeting is saved with a warning that says by how much', async () => {
    const { t, net } = await setup();
    const { shown } = await save(
      t,
      net,
      'Godkjenning av referat fra forrige møte | 10\nOppfølging av oppgaver | 30\nFaglig tema | 240\nErfaringsdeling | 200',
    );
    expect((await standing(t, net))?.length).toBe(4);
    expect(shown).toContain('8 t');
    expect(shown).toContain('6 t 30 min');
  });
});
