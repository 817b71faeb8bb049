import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';
import { addDays } from '../../src/time/local-date.ts';

// Monday 30 November 2026, 09:00 in Oslo (UTC+1).
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-11-30T08:00:00Z', { virtualSendTime: true }); // many nudges: the send windows run on virtual time
const say = sayer({});

/** Every day from `from` to `to`: the scheduler ticks in the morning and afternoon; returns the deadline's posts in the channel, by Oslo day. */
async function walk(t: TestApp, from: string, to: string, title: string): Promise<{ day: string; text: string }[]> {
  const log: { day: string; text: string }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const hour of ['07:00', '08:00', '13:00']) {
      const before = t.connector.emulator.calls.length;
      t.clock.set(`${day}T${hour}:00Z`);
      await t.app.services.scheduler.tick();
      for (const c of t.connector.emulator.calls.slice(before)) {
        // The deadline's own posts (its card, or the question after it), not agendas that list it.
        const summary = String(c.body.activity?.summary ?? '');
        if (c.kind === 'create' && c.status < 300 && summary.endsWith(`: ${title}`))
          log.push({ day, text: String(c.body.activity?.text ?? '') });
      }
    }
  }
  return log;
}

describe('a grant deadline that passes without Levert (a stranger’s month, F22)', () => {
  it('is asked about weekly for six weeks, then every four weeks on working days until Levert, and frister lists it as passed', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 15.1 Søknad om stimuleringsmidler 2027');
    const log = (await walk(t, '2027-01-14', '2027-07-20', 'Søknad om stimuleringsmidler 2027')).filter(
      (p) => p.day >= '2027-01-15',
    );
    const asks = log.filter((p) => p.text.includes('er den levert?'));
    // Friday 15 January is the day; Monday 18 January the first question; then every Monday for six
    // weeks, then every fourth Monday; 17 May (Grunnlovsdag) moves to Tuesday 18 May, and the next one
    // keeps the four-week rhythm (14 June), not four weeks after the moved one.
    expect(log[0]).toMatchObject({ day: '2027-01-15' });
    expect(asks.map((p) => p.day)).toEqual([
      '2027-01-18',
      '2027-01-25',
      '2027-02-01',
      '2027-02-08',
      '2027-02-15',
      '2027-02-22',
      '2027-03-22',
      '2027-04-19',
      '2027-05-18',
      '2027-06-14',
      '2027-07-12',
    ]);
    expect(asks[1]!.text).toContain('15.01.2027');
    // The sixth says the questions go on, every four weeks; none says the bot stops asking.
    expect(asks[5]!.text).toMatch(/hver fjerde uke/);
    expect(asks.filter((p) => /hver fjerde uke/.test(p.text))).toHaveLength(1);
    expect(asks.some((p) => /spør ikke mer|slutter å spørre/i.test(p.text))).toBe(false);
    expect(log.filter((p) => !p.text.includes('er den levert?'))).toHaveLength(1);

    const list = await say(t, net, ola, 'frister');
    expect(list).toContain('Passerte frister');
    expect(list.indexOf('Søknad om stimuleringsmidler 2027')).toBeGreaterThan(list.indexOf('Passerte frister'));
    expect(list).not.toContain('Kommende frister');
  });

  it('stops asking once someone presses Levert, and lists passed and coming deadlines under their own headings', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 15.1 Søknad om stimuleringsmidler 2027');
    await say(t, net, kari, 'frist 30.9 Søknad om midler til høsten');
    const first = await walk(t, '2027-01-15', '2027-01-26', 'Søknad om stimuleringsmidler 2027');
    expect(first.filter((p) => p.text.includes('er den levert?')).map((p) => p.day)).toEqual([
      '2027-01-18',
      '2027-01-25',
    ]);
    const list = await say(t, net, ola, 'frister');
    const coming = list.indexOf('Kommende frister');
    const passed = list.indexOf('Passerte frister');
    expect(coming).toBeGreaterThan(-1);
    expect(passed).toBeGreaterThan(coming);
    expect(list.indexOf('Søknad om midler til høsten')).toBeGreaterThan(coming);
    expect(list.indexOf('Søknad om midler til høsten')).toBeLessThan(passed);
    expect(list.indexOf('Søknad om stimuleringsmidler 2027')).toBeGreaterThan(passed);
    expect(list).toContain('Fristen gikk ut for 11 dager siden');
    await t.post(cardAction(net, ola, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(await walk(t, '2027-01-27', '2027-02-28', 'Søknad om stimuleringsmidler 2027')).toEqual([]);
  });

  it('keeps asking every four weeks after the sixth question until Levert, then stops', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 15.1 Søknad om stimuleringsmidler 2027');
    const before = await walk(t, '2027-01-15', '2027-03-23', 'Søknad om stimuleringsmidler 2027');
    expect(before.filter((p) => p.text.includes('er den levert?')).at(-1)).toMatchObject({ day: '2027-03-22' });
    await t.post(cardAction(net, ola, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    expect(await walk(t, '2027-03-24', '2027-06-30', 'Søknad om stimuleringsmidler 2027')).toEqual([]);
  });

  it('a deadline whose questions stopped before this rule (after the sixth) is asked again after a restart, on the four-week rhythm', async () => {
    const { t, nets } = await app();
    const [net] = nets as [NetworkFixture];
    await say(t, net, kari, 'frist 15.1 Søknad om stimuleringsmidler 2027');
    await walk(t, '2027-01-15', '2027-02-23', 'Søknad om stimuleringsmidler 2027');
    // What the old rule left behind: the sixth question asked, nothing after it planned.
    const prefix = `deadline:${net.tenantId}:${net.teamId}:F1:2027-01-15:after`;
    expect(await t.app.services.store.jobs.cancel(net.tenantId, net.teamId, prefix)).toBe(1);
    await t.restart();
    const log = await walk(t, '2027-02-24', '2027-04-20', 'Søknad om stimuleringsmidler 2027');
    expect(log.filter((p) => p.text.includes('er den levert?')).map((p) => p.day)).toEqual([
      '2027-03-22',
      '2027-04-19',
    ]);
    // Restarting again plans nothing twice.
    await t.restart();
    const planned = await t.app.services.store.jobs.list(net.tenantId, net.teamId, { status: 'planned' });
    expect(planned.filter((j) => j.key.startsWith(prefix))).toHaveLength(1);
  });
});
