import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';

// Finding N18 (month round 8): a member refused a leader-only action was told, every time, to ask to
// be made leader («be dem gjøre deg til leder med «leder + @dittnavn»»), also when refused «leder +»
// itself. The one refusal (requireLeader) names the leaders and asks them for the action itself.
const ola = person('Ola Hansen', 1); // leader
const kari = person('Kari Nordmann', 2);
const per = person('Per Berg', 3);
const start = appPerTest(ola, '2027-03-01T08:00:00Z');

describe('N18: the leader-only refusal', () => {
  it('names the leader and asks for the concrete action, never to become leader, for every command', async () => {
    const { t, net } = await start();
    const cases: [string, string, (typeof kari)[]][] = [
      ['leder + @Kari Nordmann', 'om å endre hvem som er ledere', [kari]],
      ['frist 15.04 Søknad om stimuleringsmidler 2027', 'om å legge inn frister', []],
      ['møteplan første torsdag i måneden 10-14', 'om å endre møteplanen', []],
      ['start møte', 'om å starte møtet', []],
    ];
    for (const [line, action, mentions] of cases) {
      const out = await say(t, net, kari, line, { mentions });
      expect(out, line).toContain('Be lederen (Ola Hansen) ' + action);
      expect(out, line).not.toContain('dittnavn');
      expect(out, line).not.toContain('gjøre deg til leder');
    }
  });

  it('with two leaders both are named, as either one', async () => {
    const { t, net } = await start();
    await say(t, net, ola, 'leder + @Per Berg', { mentions: [per] });
    const out = await say(t, net, kari, 'frist 15.04 Søknad');
    expect(out).toContain('Be en av lederne (Ola Hansen eller Per Berg) om å legge inn frister');
  });
});
