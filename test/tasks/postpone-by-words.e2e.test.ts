import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person, personalMessage } from '../support/teams.ts';

// Month s14 #4: «kan jeg få utsatt søknadsutkastet til fredag?» about Ola's own T1 got «Ikke dekket av
// dokumentene». Words that fit one of the asker's own tasks get the command that does it; other words stay
// a question about the rules.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const start = appPerTest(kari, '2027-08-27T08:00:00Z');

describe('«kan jeg få utsatt X til Y?» about one’s own task', () => {
  it('gives the command with those words, which then works; words fitting no task of the asker go to the rules', async () => {
    const { t, net } = await start();
    await say(t, net, kari, 'oppgave @Ola Hansen lage søknadsutkast innen 01.10', { mentions: [ola] });
    const personal = async (text: string) => {
      const before = t.connector.emulator.calls.length;
      expect((await t.post(personalMessage(t.connector.url, net.tenantId, ola, text))).status).toBe(200);
      return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    };
    const asked = await personal('kan jeg få utsatt søknadsutkastet til 15.10?');
    expect(asked).toContain('T1 «lage søknadsutkast» er din');
    expect(asked).toContain('«oppgave T1 utsett 15.10»');
    await personal('oppgave T1 utsett 15.10');
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1'))!.due).toBe('2027-10-15');
    // In the channel the command is written with the @mention.
    expect(await say(t, net, ola, 'kan jeg få utsatt søknadsutkastet til 20.10?')).toContain(
      '«@Nettverksboten oppgave T1 utsett 20.10»',
    );
    // Words the command cannot read as a date get an example date that it can (review s14 #11).
    expect(await personal('kan jeg få utsatt søknadsutkastet til etter jul?')).toContain('«oppgave T1 utsett 03.09»');
    // Kari owns no such task: hers is a question for the rules.
    expect(await say(t, net, kari, 'kan jeg få utsatt søknadsutkastet til 20.10?')).not.toContain('er din');
  });
});
