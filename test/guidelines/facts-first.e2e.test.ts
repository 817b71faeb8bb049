import { describe, expect, it } from 'vitest';
import { appPerTest, sentSince, speaker } from '../support/chat.ts';
import type { TestApp } from '../support/app.ts';
import { person, personalMessage, type TestPerson } from '../support/teams.ts';

// Month round 15 #5: facts told first in their own message, the question after.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const STATEMENT = 'Hei! Vi er 6 kommuner i et læringsnettverk og fikk 400 000 kr i år.';
const APPLIED = '400 000 kr er over grensen på 200 000 kr';
const start = appPerTest(kari, '2026-12-02T08:00:00Z');

async function personal(t: TestApp, tenantId: string, who: TestPerson, text: string): Promise<string> {
  const before = t.connector.emulator.calls.length;
  await t.post(personalMessage(t.connector.url, tenantId, who, text));
  return JSON.stringify(sentSince(t, before).map((c) => c.body));
}

describe('facts told first in a personal chat (month s15 #5)', () => {
  it('are acknowledged, not guessed at as a command, and the next question is answered for them', async () => {
    const { t, net } = await start();
    await speaker(t, net, '920001').say(per, 'hvor mye kan vi søke om?');
    const noted = await personal(t, net.tenantId, per, STATEMENT);
    expect(noted).not.toContain('Den kommandoen kjenner jeg ikke');
    expect(noted).toContain('Notert: læringsnettverk, 6 kommuner, 400 000 kr i tilskudd.');
    expect(noted).toContain('i et kvarter og bare i denne chatten');
    expect(await personal(t, net.tenantId, per, 'Må vi ha revisor?')).toContain(APPLIED);
    // A question with its own figure is answered for that figure.
    const own = await personal(t, net.tenantId, per, 'Må vi ha revisor for 150 000 kr?');
    expect(own).not.toContain(APPLIED);
    expect(own).toContain('150 000');
    // A quarter of an hour later they are gone.
    t.clock.advance(16 * 60_000);
    expect(await personal(t, net.tenantId, per, 'Må vi ha revisor?')).not.toContain(APPLIED);
  });

  it('nynorsk facts are kept too', async () => {
    const { t, net } = await start();
    const noted = await personal(t, net.tenantId, per, 'Me er eit læringsnettverk og fekk 400 000 kroner i år');
    expect(noted).toContain('Notert: læringsnettverk, 400 000 kr i tilskudd.');
    expect(await personal(t, net.tenantId, per, 'Må vi ha revisor?')).toContain(APPLIED);
  });
});

describe('facts told first in the channel (month s15 #5)', () => {
  it('are acknowledged instead of answered as a question, and applied to the same person’s next question', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '920002');
    const noted = await s.say(ola, 'vi er 6 kommuner og fikk 400 000 kr i tilskudd i år');
    expect(noted).toContain('Notert: 6 kommuner, 400 000 kr i tilskudd.');
    expect(noted).toContain('bare i denne kanalen');
    expect(noted).not.toContain('revisjonsuttalelse');
    expect(await s.say(ola, 'må vi ha revisor da?', { thread: '920003' })).toContain(APPLIED);
  });

  it('never reach another person or another network', async () => {
    const { t, nets } = await start(2);
    const [a, b] = [nets[0]!, nets[1]!];
    await speaker(t, a, '920004').say(ola, STATEMENT);
    expect(await speaker(t, a, '920004').say(kari, 'Må vi ha revisor?')).not.toContain(APPLIED);
    expect(await speaker(t, b, '920005').say(ola, 'Må vi ha revisor?')).not.toContain(APPLIED);
    // Nor the same person's personal chat.
    expect(await personal(t, a.tenantId, ola, 'Må vi ha revisor?')).not.toContain(APPLIED);
  });

  it('a question with its context in one message, and the commands, are as before', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '920006');
    const both = await s.say(ola, 'vi er 6 kommuner og fikk 400 000 i år. Må regnskapet revisorattesteres?');
    expect(both).toContain(APPLIED);
    expect(both).not.toContain('Notert:');
    const set = await s.say(kari, 'kommuner Ullensaker, Eidsvoll, Nes, Gjerdrum, Hurdal, Nannestad');
    expect(set).not.toContain('Notert:');
    expect(set).toContain('Nannestad');
  });

  it('in a running meeting’s thread, unaddressed, it is talk and not kept; addressed, it is kept', async () => {
    const { t, net } = await start();
    const m = speaker(t, net, '920008');
    await m.say(kari, 'start møte');
    expect(await m.say(ola, STATEMENT, { mention: false })).not.toContain('Notert:');
    expect(await m.say(ola, 'må vi ha revisor da?')).not.toContain(APPLIED);
    expect(await m.say(ola, STATEMENT)).toContain('Notert:');
    expect(await m.say(ola, 'må vi ha revisor da?')).toContain(APPLIED);
  });

  it('unaddressed in the channel it is left alone, as all talk is', async () => {
    const { t, net } = await start();
    expect(await speaker(t, net, '920007').say(ola, STATEMENT, { mention: false })).toBe('[]');
  });
});
