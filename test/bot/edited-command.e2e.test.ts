import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';

// Finding N19 (month round 8): a command message edited in Teams (… › Rediger) reaches the bot as
// `messageUpdate` with channelData.eventType «editMessage» and the message's own id. The channel then
// shows the new text, so the bot must not keep the old one in silence: what the edit changed is done
// as the exact command that does it (a deadline's date), or the bot says in the thread it was not done
// and how to do it.
const ola = person('Ola Hansen', 1); // leader
const kari = person('Kari Nordmann', 2);
const start = appPerTest(ola, '2027-03-01T08:00:00Z');

let seq = 0;
async function post(t: TestApp, net: NetworkFixture, who: TestPerson, text: string, thread?: string) {
  const id = `cmd-${++seq}`;
  const res = await t.post(channelMessage(net, who, text, { id, thread }));
  expect(res.status).toBe(200);
  return id;
}

/** The edit as Teams sends it: same id and thread, the new text, eventType «editMessage». */
async function edit(t: TestApp, net: NetworkFixture, who: TestPerson, id: string, text: string, thread?: string) {
  const msg = channelMessage(net, who, text, { id, thread });
  const before = t.connector.emulator.calls.length;
  const res = await t.post({
    ...msg,
    type: 'messageUpdate',
    channelData: { ...msg.channelData, eventType: 'editMessage' },
  });
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

describe('N19: an edited command message', () => {
  it('a deadline whose date was edited moves with it, said as «flytt frist …»; the same edit again does nothing', async () => {
    const { t, net } = await start();
    const id = await post(t, net, ola, 'frist 15.04 Søknad om stimuleringsmidler 2027');
    expect(await say(t, net, ola, 'frister')).toContain('15.04.2027');
    const out = await edit(t, net, ola, id, 'frist 14.04 Søknad om stimuleringsmidler 2027');
    expect(out).toContain('flytt frist F1 til 14.04');
    const list = await say(t, net, ola, 'frister');
    expect(list).toContain('14.04.2027');
    expect(list).not.toContain('15.04.2027');
    // Teams may deliver the same edit twice: nothing more is said or done.
    expect(await edit(t, net, ola, id, 'frist 14.04 Søknad om stimuleringsmidler 2027')).toBe('[]');
    // Edited once more, in other words for the date: it follows again.
    expect(await edit(t, net, ola, id, 'frist 13. april Søknad om stimuleringsmidler 2027')).toContain(
      'flytt frist F1 til 13.04',
    );
    expect(await say(t, net, ola, 'frister')).toContain('13.04.2027');
  });

  it('a shared deadline («felles frist») follows its edited date the same way', async () => {
    const { t, net } = await start();
    await say(t, net, ola, 'statsforvalter Vestland');
    const id = await post(t, net, ola, 'felles frist 15.04 Søknad om stimuleringsmidler 2027');
    const out = await edit(t, net, ola, id, 'felles frist 14.04 Søknad om stimuleringsmidler 2027');
    expect(out).toContain('flytt frist F1 til 14.04');
    expect(await say(t, net, ola, 'frister')).toContain('14.04.2027');
  });

  it('a deadline typed in a thread is found by its title too', async () => {
    const { t, net } = await start();
    await post(t, net, ola, 'frist 20.05 Rapport om bruk av midler', 'root-1');
    const id = await post(t, net, ola, 'frist 15.04 Søknad om stimuleringsmidler 2027', 'root-1');
    const out = await edit(t, net, ola, id, 'frist 16.04 Søknad om stimuleringsmidler 2027', 'root-1');
    expect(out).toContain('flytt frist F2 til 16.04');
    const list = await say(t, net, ola, 'frister');
    expect(list).toContain('16.04.2027');
    expect(list).toContain('20.05.2027');
  });

  it('an edit that cannot be applied safely (a new title) is answered in the thread with what to do', async () => {
    const { t, net } = await start();
    const id = await post(t, net, ola, 'frist 15.04 Søknad om stimuleringsmidler 2027');
    const out = await edit(t, net, ola, id, 'frist 15.04 Søknad om tilskudd 2027');
    expect(out).toContain('ikke');
    expect(out).toContain('redigert');
    expect(await say(t, net, ola, 'frister')).toContain('Søknad om stimuleringsmidler 2027');
  });

  it('every command that makes something gets the answer, not only «frist»: a task, a meeting plan, an extra meeting', async () => {
    const { t, net } = await start();
    for (const [first, second] of [
      ['møteplan første torsdag i måneden 10-14', 'møteplan første fredag i måneden 10-14'],
      ['ekstra møte 18.03 kl 10', 'ekstra møte 19.03 kl 10'],
      ['oppgave Nes: skrive søknadsutkast innen 20.03', 'oppgave Nes: skrive søknadsutkast innen 22.03'],
    ] as const) {
      const id = await post(t, net, ola, first);
      const out = await edit(t, net, ola, id, second);
      expect(out).toContain('redigert');
      expect(out).toContain(`@Nettverksboten ${second}`);
    }
  });

  it('an edit of a command that only shows something, of a message without the bot, or a meeting line is not answered here', async () => {
    const { t, net } = await start();
    const id = await post(t, net, ola, 'frister');
    expect(await edit(t, net, ola, id, 'agenda')).toBe('[]');
    const id2 = await post(t, net, kari, 'hei alle');
    const msg = channelMessage(net, kari, 'frist 14.04 Noe', { id: id2 });
    const res = await t.post({
      ...msg,
      text: 'frist 14.04 Noe',
      entities: [],
      type: 'messageUpdate',
      channelData: { ...msg.channelData, eventType: 'editMessage' },
    });
    expect(res.status).toBe(200);
    expect(await say(t, net, ola, 'frister')).not.toContain('Noe');
  });

  it('a member’s edit of a refused command is told to send it anew, and nothing is made', async () => {
    const { t, net } = await start();
    const id = await post(t, net, kari, 'frist 15.04 Søknad');
    const out = await edit(t, net, kari, id, 'frist 14.04 Søknad');
    expect(out).toContain('@Nettverksboten frist 14.04 Søknad');
    expect(await say(t, net, ola, 'frister')).not.toContain('Søknad');
  });
});
