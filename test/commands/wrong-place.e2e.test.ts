import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { person, personalMessage, type NetworkFixture } from '../support/teams.ts';

// A channel command typed in a personal chat is answered with where it belongs and the line as it
// must be written there, so it can be copied; a task command also says the cards' buttons work here.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

describe('a command typed in the wrong place', () => {
  let t: TestApp;
  let net: NetworkFixture;
  beforeAll(async () => {
    const started = await startWithNetworks(1, kari);
    t = started.t;
    net = started.nets[0]!;
  });
  afterAll(async () => t?.close());

  const ask = async (who: typeof kari, text: string) => {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(personalMessage(t.connector.url, net.tenantId, who, text));
    expect(res.status).toBe(200);
    return t.connector.emulator.calls
      .slice(before)
      .map((c) => (c.body as { text?: string }).text ?? '')
      .join('\n');
  };

  it('names the place and shows the line with the mention it needs there', async () => {
    const out = await ask(kari, 'frist 1.4 Søknad om midler');
    expect(out).toContain('«frist» brukes i nettverkets kanal');
    expect(out).toContain('«@Nettverksboten frist 1.4 Søknad om midler»');
    expect(out).not.toContain('mine oppgaver');
  });

  it('a task change in a personal chat also points at the buttons under «mine oppgaver»', async () => {
    const out = await ask(ola, 'oppgave T3 ferdig');
    expect(out).toContain('«@Nettverksboten oppgave T3 ferdig»');
    expect(out).toContain('skriv «mine oppgaver» og bruk knappene');
  });
});
