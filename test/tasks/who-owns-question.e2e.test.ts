import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month s14 #4: «hvem har ansvar for lokalet til fagdagen?» got «Ikke dekket av dokumentene» though the
// meeting gave that task to Ola. A «who» question that names an open task is answered from the task; one
// that names none stays a question about the rules.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const start = appPerTest(kari, '2027-08-27T08:00:00Z');

describe('«hvem har ansvar for …?» about the network’s own tasks', () => {
  it('names the owner and due date in the channel and in the personal chat; other questions go to the rules', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen bestille lokale til fagdagen innen 01.10', { mentions: [ola] });
    await say(t, net, per, 'hei');

    const reply = async (where: 'personal' | 'channel', text: string): Promise<string> => {
      const before = t.connector.emulator.calls.length;
      if (where === 'personal')
        expect((await t.post(personalMessage(t.connector.url, net.tenantId, per, text))).status).toBe(200);
      else await say(t, net, per, text);
      return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    };

    for (const [where, q] of [
      ['channel', 'hvem har ansvar for lokalet til fagdagen?'],
      ['channel', 'Hvem skal bestille lokalet?'],
      ['personal', 'hvem har T1?'],
    ] as const) {
      const answer = await reply(where, q);
      expect(answer, q).toContain('T1 «bestille lokale til fagdagen»: Ola Hansen har ansvaret');
      expect(answer, q).toContain('1. oktober 2027');
      // How to open it, as it must be typed there: with the @mention in the channel.
      expect(answer, q).toContain(where === 'channel' ? '«@Nettverksboten oppgave vis T1»' : '«oppgave vis T1»');
    }

    const rules = await reply('channel', 'hvem har ansvar for rapporteringen til Statsforvalteren?');
    expect(rules).not.toContain('har ansvaret');
  });
});
