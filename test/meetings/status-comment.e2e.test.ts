import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Friday 27 November 2026, 08:30 in Oslo: a meeting day. What someone says about a task's status at
// the follow-up item belongs in the minutes, not only the status word (a stranger's month, N2).
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-11-27T07:30:00Z');
const minute = 60_000;

describe('a status said with more to say about the task', () => {
  it('keeps the rest of the line on the follow-up line in the minutes, and says what was stored', async () => {
    const { t, net } = await start();
    const before = speaker(t, net, '830001');
    const s = speaker(t, net, '830002');
    await before.say(kari, 'oppgave @Ola Hansen lage oversikt over ubrukte midler innen 11.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen skrive prosjektplan innen 18.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen bestille lokale innen 18.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen ringe Bufetat innen 18.12', { mentions: [ola] });
    await before.say(kari, 'oppgave @Ola Hansen sende invitasjon innen 18.12', { mentions: [ola] });
    t.clock.advance(30 * minute);
    await s.say(kari, 'start møte');
    await s.say(kari, 'punkt 3');
    t.clock.advance(minute);

    // Without a mention, as RSC delivers it in the meeting thread.
    const said = await s.say(ola, 'T1 pågår, Nes har sendt tall, venter på Eidsvoll', { mention: false });
    expect(said).toContain('Pågår');
    expect(said).toContain('Nes har sendt tall, venter på Eidsvoll');
    expect(said).toContain('punkt 3');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('in_progress');
    t.clock.advance(minute);

    // Other forms: «er ferdig» with a comma, a dash, the command written out, a new due date, two tasks at once.
    expect(await s.say(ola, 'T2 er ferdig, planen ligger i Teams-mappa')).toContain('planen ligger i Teams-mappa');
    t.clock.advance(minute);
    const moved = await s.say(kari, 'oppgave T3 utsett 12.2.2027 – venter på svar fra Statsforvalteren');
    expect(moved).toContain('12. februar 2027');
    expect(moved).toContain('venter på svar fra Statsforvalteren');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T3'))?.due).toBe('2027-02-12');
    t.clock.advance(minute);
    // A long comment is still a comment: the status opens the line.
    const long =
      'T4 er i gang; Bufetat ringte tilbake i går og vil gjerne komme på samlingen i mars, men de trenger et tilbud på reise og opphold først';
    expect(await s.say(ola, long, { mention: false })).toContain('vil gjerne komme på samlingen i mars');
    t.clock.advance(minute);
    // A fødselsnummer in the comment: the status is set, the text is refused and not stored.
    const fnr = await s.say(ola, 'T5 er ferdig, gjelder 12037845678', { mention: false });
    expect(fnr).toContain('fødselsnummer');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T5'))?.status).toBe('done');
    // No status line of one's own to keep it with (T5 was already done): said so, with a line that keeps it.
    const unchanged = await s.say(kari, 'T5 er ferdig, sjekket med Nes');
    expect(unchanged).toContain('ble ikke lagret');
    expect(unchanged).toContain('info: T5 – sjekket med Nes');
    // A status without a comment says nothing more than before.
    t.clock.advance(minute);
    expect(await s.say(ola, 'T4 er ferdig')).not.toContain('referatet');

    t.clock.advance(10 * minute);
    const ended = await s.say(kari, 'avslutt møte');
    expect(ended).toContain('T1 «lage oversikt over ubrukte midler»: pågår – Nes har sendt tall, venter på Eidsvoll');
    expect(ended).toContain('T2 «skrive prosjektplan»: ferdig (Ola Hansen, 27.11.2026) – planen ligger i Teams-mappa');
    expect(ended).toContain('T3 «bestille lokale»: ny frist 12.02.2027 – venter på svar fra Statsforvalteren');
    expect(ended).toContain('Bufetat ringte tilbake i går');
    expect(ended).not.toContain('12037845678');

    // The Markdown download says the same.
    const md = /"url":"([^"]+\.md\?[^"]+)"/.exec(ended)![1]!.replace(/\\u0026/g, '&');
    const doc = await (await fetch(md)).text();
    expect(doc).toContain('pågår – Nes har sendt tall, venter på Eidsvoll');
    expect(doc).toContain('ferdig (Ola Hansen, 27.11.2026) – planen ligger i Teams-mappa');

    // The network's data export carries it too: it is in the meeting log, aimed at T1's follow-up line.
    const exported = JSON.stringify(await t.app.services.store.networkData.export(net.tenantId, net.teamId));
    expect(exported).toContain('Nes har sendt tall, venter på Eidsvoll');

    // Outside a meeting there are no minutes to keep it in: the reply says only the status was stored.
    t.clock.advance(60 * minute);
    const outside = await before.say(ola, 'T1 er ferdig, alt er levert til Statsforvalteren');
    expect(outside).toContain('Ferdig');
    expect(outside).toContain('alt er levert til Statsforvalteren');
    expect(outside).toContain('ikke lagret');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))?.status).toBe('done');
  });
});
