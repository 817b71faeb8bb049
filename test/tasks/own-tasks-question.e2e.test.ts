import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// s12 #4: «hva har jeg ansvar for?» got the plan template's «Ansvar» column, «hva er mitt?» a decline and
// «hva har jeg av oppgaver?» a pointer to the command. Asked of oneself, they show «mine oppgaver»; asked of a
// role or a piece of work, they stay guideline questions.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-08-27T08:00:00Z');

describe('first-person questions about one’s own tasks', () => {
  it('show my open tasks in the personal chat and in the channel; questions about roles still reach the guidelines', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen lage årshjul innen 01.10', { mentions: [ola] });

    const reply = async (where: 'personal' | 'channel', text: string): Promise<string> => {
      const before = t.connector.emulator.calls.length;
      if (where === 'personal')
        expect((await t.post(personalMessage(t.connector.url, net.tenantId, ola, text))).status).toBe(200);
      else await say(t, net, ola, text);
      return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    };

    const mine = await reply('personal', 'mine oppgaver');
    expect(mine).toContain('lage årshjul');
    for (const q of ['hva har jeg ansvar for?', 'hva er mitt?', 'hva har jeg av oppgaver?', 'har jeg noen oppgaver?'])
      for (const where of ['personal', 'channel'] as const) {
        const answer = await reply(where, q);
        expect(answer, `${where}: ${q}`).toContain('lage årshjul');
        expect(answer, `${where}: ${q}`).not.toContain('retningslinjene');
      }

    for (const q of ['hvem har ansvar for rapporteringen?', 'hva har prosjektleder ansvar for?']) {
      const answer = await reply('personal', q);
      expect(answer, q).not.toContain('lage årshjul');
    }
  });

  // Month s16 #1: «hva har jeg igjen» got a learning-network slide with a source under «Svar fra retningslinjene».
  it('what is left to do, asked in the first person, shows my open tasks; a grant-rule question still gets the guidelines', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen lage årshjul innen 01.10', { mentions: [ola] });
    const reply = async (where: 'personal' | 'channel', text: string): Promise<string> => {
      const before = t.connector.emulator.calls.length;
      if (where === 'personal')
        expect((await t.post(personalMessage(t.connector.url, net.tenantId, ola, text))).status).toBe(200);
      else await say(t, net, ola, text);
      return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    };
    for (const q of ['hva har jeg igjen', 'hva gjenstår for meg?', 'hva skal jeg gjøre?', 'har jeg noe ugjort'])
      for (const where of ['personal', 'channel'] as const) {
        const answer = await reply(where, q);
        expect(answer, `${where}: ${q}`).toContain('lage årshjul');
        expect(answer, `${where}: ${q}`).not.toContain('retningslinjene');
      }
    const rules = await reply('personal', 'hva må jeg gjøre for å søke?');
    expect(rules).not.toContain('lage årshjul');
  });
});
