import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, sayer, sentSince, textOf } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

// Tuesday 1 December 2026, 10:00 in Oslo (month round 6b: N1, N6, N11).
const kari = person('Kari Nordmann', 1); // installs the bot, so she is the leader
const ola = person('Ola Hansen', 2);
const app = appPerTest(kari, '2026-12-01T09:00:00Z', { virtualSendTime: true }); // many nudges: the send windows run on virtual time
const say = sayer({});

const dates = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => `${d.id} ${d.date}`);

async function levert(t: TestApp, net: NetworkFixture, who: typeof kari, id: string) {
  const from = t.connector.emulator.calls.length;
  const res = await t.post(cardAction(net, who, 'deadline.done', { deadlineId: id, networkId: net.teamId }));
  expect(res.body.statusCode).toBe(200);
  return textOf(sentSince(t, from));
}

describe('a deadline moved by words, in the order leaders write them (N1)', () => {
  it.each([
    'flytt frist F1 til 16.12',
    'flytt fristen F1 til 16.12',
    'F1 flyttes til 16.12',
    'endre F1 til 16.12',
    'flytt F1 til 16. desember',
    'endre frist F1 til 16.12.2026',
    'F1 ny frist 16.12',
  ])('«%s» moves F1 to 16.12.2026 and says so', async (line) => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 15.12 Søknad om stimuleringsmidler');
    const out = await say(t, net, kari, line);
    expect(out).not.toContain('retningslinjene');
    expect(out).toContain(
      'Kari Nordmann flyttet fristen F1 «Søknad om stimuleringsmidler» fra 15.12.2026 til 16.12.2026',
    );
    expect(await dates(t, net)).toEqual(['F1 2026-12-16']);
  });

  it('a move that cannot be done gets a deadline hint with an example, never a guideline answer', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 15.12 Søknad om stimuleringsmidler');
    const noDate = await say(t, net, kari, 'flytt frist F1');
    expect(noDate).not.toContain('retningslinjene');
    expect(noDate).toContain('flytt frist F1 til');
    const noId = await say(t, net, kari, 'flytt fristen til 16.12');
    expect(noId).not.toContain('retningslinjene');
    expect(noId).toContain('flytt frist F1 til');
    const unknown = await say(t, net, kari, 'flytt frist F9 til 16.12');
    expect(unknown).toContain('F9');
    expect(unknown).not.toContain('retningslinjene');
    // A member may not move it.
    expect(await say(t, net, ola, 'flytt frist F1 til 16.12')).toContain('Bare nettverkets ledere');
    expect(await dates(t, net)).toEqual(['F1 2026-12-15']);
  });
});

describe('«Levert» is told in the channel (N6), and «frister» shows next year’s copy like the tab (N11)', () => {
  it('a member marking an overdue deadline delivered posts one short line, a second click nothing', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 15.12 Søknad om stimuleringsmidler');
    t.clock.set('2027-01-07T09:00:00Z');
    const first = await levert(t, net, ola, 'F1');
    expect(first).toContain('Ola Hansen merket F1 «Søknad om stimuleringsmidler» som levert');
    const again = await levert(t, net, ola, 'F1');
    expect(again).not.toContain('som levert');
  });

  it('after «Levert» on a yearly deadline, «frister» lists next year’s date as the tab does', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren hvert år');
    t.clock.set('2027-03-01T09:00:00Z');
    const posted = await levert(t, net, kari, 'F1');
    expect(posted).toContain('Kari Nordmann merket F1 «Rapport til Statsforvalteren» som levert');
    expect(posted).toContain('01.03.2028');
    const list = await say(t, net, kari, 'frister');
    expect(list).toContain('Rapport til Statsforvalteren');
    expect(list).toContain('01.03.2028');
    const tab = (await dates(t, net)).map((d) => d.split(' ')[1]);
    expect(tab).toEqual(['2028-03-01']);
  });

  it('as the tester had it: passed deadlines not delivered beside it, the day’s nudge at 09:00, «frister» after', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 15.12 Søknad om stimuleringsmidler');
    await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren');
    await say(t, net, kari, 'frist 31.12 Bruk av midler');
    await say(t, net, kari, 'frist 20.01 Overføring');
    // The days pass with their nudges and follow-ups, as in the playground.
    for (
      let day = new Date('2026-12-02T08:30:00Z');
      day <= new Date('2027-03-01T08:30:00Z');
      day = new Date(+day + 86_400_000)
    ) {
      t.clock.set(day.toISOString());
      await t.app.services.scheduler.tick();
    }
    const posted = await levert(t, net, kari, 'F2');
    expect(posted).toContain('merket F2 «Rapport til Statsforvalteren» som levert');
    const list = await say(t, net, kari, 'frister');
    expect(list).toContain('Kommende frister');
    expect(list).toContain('01.03.2028');
    expect(list).toContain('Passerte frister');
  });

  it('«frister» asked while «Levert» still redraws the old cards (Teams is slow) already shows next year', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 1. mars Rapport til Statsforvalteren hvert år');
    t.clock.set('2027-03-01T09:00:00Z');
    // Each card update takes a while in Teams; the tester asked «frister» 1.5 s after the click.
    const messenger = t.app.services.messenger;
    const update = messenger.update.bind(messenger);
    let redrawing!: () => void;
    const started = new Promise<void>((resolve) => (redrawing = resolve));
    messenger.update = async (...a: Parameters<typeof update>) => {
      redrawing();
      await new Promise((r) => setTimeout(r, 400));
      return update(...a);
    };
    const click = t.post(cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }));
    await started;
    const list = await say(t, net, kari, 'frister');
    await click;
    expect(list).toContain('01.03.2028');
  });
});
