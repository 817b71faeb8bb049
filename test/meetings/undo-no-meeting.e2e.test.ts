import { describe, expect, it } from 'vitest';
import { appPerTest, say, sentSince, speaker, textOf } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Month s15 #3: a member who pressed «Levert» on a deadline by mistake wrote «angre» in the card's thread and
// heard only that no meeting was running, with «start møte» as the example.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2026-12-02T09:00:00Z');

describe('«angre» with no meeting running', () => {
  // Review s16 #8: a concrete «F1» in the example may be open or missing; the placeholder is never wrong.
  it('names the undo for a delivered deadline with a placeholder, and «angre levert F1» does it', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'frist 15. januar Søknad om stimuleringsmidler 2027');
    await say(t, net, ola, 'levert F1');
    const before = t.connector.emulator.calls.length;
    await say(t, net, ola, 'angre');
    const said = textOf(sentSince(t, before));
    expect(said).toContain('Det er ikke noe møte i gang i nettverket');
    expect(said).toContain('angre levert F<nummer>');
    expect(said).not.toContain('angre levert F1');
    expect(said).not.toContain('start møte');
    await say(t, net, ola, 'angre levert F1');
    expect((await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.status).toBe('open');
  });

  it('in a running meeting «angre» still takes back the last line', async () => {
    const { t, net } = await start();
    const s = speaker(t, net, '915201');
    await s.say(kari, 'start møte');
    await s.say(kari, 'info: Nes har ansatt ny konsulent');
    const said = await s.say(kari, 'angre');
    expect(said).not.toContain('Det er ikke noe møte i gang');
    expect(said).toContain('Angret: notatet under punkt 1');
  });
});
