import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { validNationalId } from '../support/national-id.ts';

// Monday 23 November 2026, 09:00 in Oslo; the next meeting is Friday 27 November.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

const setup = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = sayer({ thread: '800001' });

describe('entries typed outside a meeting', () => {
  it('steering commands keep nothing; a decision is shown back with how to propose it, and not kept', async () => {
    const { t, net } = await setup();
    for (const cmd of ['neste', 'punkt 3', 'til stede Nes', 'forfall Hurdal', 'angre']) {
      const out = await say(t, net, ola, cmd);
      expect(out).toContain('Det er ikke noe møte i gang');
      expect(out).not.toContain('agendaforslag');
    }
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).toEqual([]);

    const out = await say(t, net, ola, 'vedtak: vi bytter møtested til Jessheim');
    expect(out).toContain('Teksten er ikke lagret');
    expect(out).toContain('agenda + vedtak: vi bytter møtested til Jessheim');
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).toEqual([]);
    // The explicit way still proposes, and the leaders are @mentioned on the card.
    const proposed = await say(t, net, ola, 'agenda + vi bytter møtested til Jessheim');
    expect(proposed).toContain('proposal.accept');
    expect(proposed).toContain('Kari Nordmann');
  });

  it('refuses an identity number outside a meeting too, and stores no trace of it', async () => {
    const { t, net } = await setup();
    const id = validNationalId('010190', '123');
    const out = await say(t, net, ola, `info: gjelder ${id}`);
    expect(out).toContain('fødselsnummer');
    expect(out).not.toContain(id);
    expect(await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27')).toEqual([]);
    expect(readFileSync(join(t.dir, 'test.db')).includes(id)).toBe(false);
  });
});

describe('long entries', () => {
  it('refuses text over the limit whole, shows all of it back, and cuts nothing', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    const long = `${'Nettverket drøftet rutiner for samarbeid med skole og helsestasjon. '.repeat(50)}SLUTTORD`;
    const out = await say(t, net, kari, `info: ${long}`);
    expect(out).toContain('Teksten er for lang');
    expect(out).toContain(`Den har ${long.trim().length} tegn`);
    expect(out).toContain('SLUTTORD'); // shown back whole, so it can be copied
    const m = (await t.app.services.store.meetings.running(net.tenantId, net.teamId))!;
    const entries = (await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m.id)) as { kind: string }[];
    expect(entries.filter((e) => e.kind === 'note')).toEqual([]);
    // Within the limit it is kept whole.
    const fits = `${'Kort sammendrag av drøftingen. '.repeat(60)}SISTE`;
    expect(fits.length).toBeLessThan(2000);
    await say(t, net, kari, `info: ${fits}`);
    const after = (await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m.id)) as {
      kind: string;
      text?: string;
    }[];
    expect(after.find((e) => e.kind === 'note')?.text).toBe(fits.trim());
  });
});

describe('referat <dato>', () => {
  it('reads a date without a year backwards, and its example is a date that has minutes', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte');
    await say(t, net, kari, 'vedtak: felles fagdag i mars');
    await say(t, net, kari, 'avslutt møte');
    t.clock.set('2026-11-30T09:00:00Z');
    expect(await say(t, net, ola, 'referat 23.11')).toContain('felles fagdag i mars');
    const none = await say(t, net, ola, 'referat 20.11');
    expect(none).toContain('20.11.2026');
    expect(none).toContain('referat 23.11');
    expect(await say(t, net, ola, 'referat 23. november')).toContain('felles fagdag i mars');
  });
});

describe('editing the fixed agenda on its card', () => {
  it('reads minutes after | or as "30 min", keeps a number that belongs to the title, and refuses a member', async () => {
    const { t, net } = await setup();
    const agendaText = 'Velkommen | 15\nLunsj 30 min\nBudsjett 2027\nEvaluering (20 minutter)';
    const member = await t.post(cardAction(net, ola, 'agenda.save', { networkId: net.teamId, agendaText }));
    expect(JSON.stringify(member.body)).toContain('Bare nettverkets ledere');
    const res = await t.post(cardAction(net, kari, 'agenda.save', { networkId: net.teamId, agendaText }));
    expect(res.status).toBe(200);
    const series = await t.app.services.store.meetings.getSeries(net.tenantId, net.teamId);
    const items = (series!.agenda as { title: string; minutes: number }[]).map(({ title, minutes }) => [
      title,
      minutes,
    ]);
    expect(items).toEqual([
      ['Velkommen', 15],
      ['Lunsj', 30],
      ['Budsjett 2027', 10],
      ['Evaluering', 20],
    ]);
  });
});

describe('plain talk in a running meeting', () => {
  it('is not sent to the guidelines in the meeting thread; the reply shows how to record it', async () => {
    const { t, net } = await setup();
    const plain = 'Vi diskuterte ny mal for referat';
    expect(await say(t, net, kari, plain)).not.toContain('Skal dette stå i referatet?'); // no meeting yet
    await say(t, net, kari, 'start møte');
    const out = await say(t, net, ola, plain);
    expect(out).toContain('Skal dette stå i referatet?');
    expect(out).toContain(`info: ${plain}`);
    const m = (await t.app.services.store.meetings.running(net.tenantId, net.teamId))!;
    expect(
      ((await t.app.services.store.meetings.entries(net.tenantId, net.teamId, m.id)) as { kind: string }[]).filter(
        (e) => e.kind === 'note',
      ),
    ).toEqual([]);
    // A real question in the thread still reaches the guidelines.
    expect(await say(t, net, ola, 'Trenger vi revisor?')).not.toContain('Skal dette stå i referatet?');
  });
});
