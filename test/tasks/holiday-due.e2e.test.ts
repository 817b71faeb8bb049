import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from '../meetings/channel-support.ts';

// "innen fredag" typed on Friday 18 December lands on 25 December: the card names the holiday, so
// the owner and the leader see it at once instead of after the nudges go quiet over Christmas.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);

describe('a task due on a public holiday', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  beforeAll(async () => {
    const started = await startWithNetworks(1, kari, { clock: new ManualClock('2026-12-18T08:00:00Z') });
    t = started.t;
    net = started.nets[0]!;
    s = speaker(t, net, '830001');
  });
  afterAll(async () => t?.close());

  it('says on the card that the due date is a holiday', async () => {
    const out = await s.say(kari, 'oppgave @Ola Hansen sende rapportutkast innen 25.12', { mentions: [ola] });
    expect(out).toContain('fredag 25. desember 2026 (første juledag, en fridag)');
  });

  it('says nothing extra for an ordinary working day', async () => {
    const out = await s.say(kari, 'oppgave @Ola Hansen bestille lokale innen 23.12', { mentions: [ola] });
    expect(out).toContain('onsdag 23. desember 2026');
    expect(out).not.toContain('fridag');
  });

  // s12 #10: «innen fredag» said on Friday 18.12 landed on første juledag and was kept with only a note.
  // A date said as a word is the working day before; a date typed as a date (above) stays as typed.
  const due = async (id: string) => (await t.app.services.store.tasks.get(net.tenantId, net.teamId, id))!.due;

  it('«innen fredag» landing on a holiday is the working day before, and the reply says so', async () => {
    const out = await s.say(kari, 'oppgave @Ola Hansen lage utkast til søknad innen fredag', { mentions: [ola] });
    // Not julaften either (month s13 #11): most offices are closed or close at noon.
    expect(await due('T3')).toBe('2026-12-23');
    expect(out).toContain(
      'fredag 25. desember 2026 er første juledag, så fristen er satt til onsdag 23. desember 2026, siste hele virkedag før',
    );
    expect(out).toContain('«@Nettverksboten oppgave T3 ny frist 25.12.2026»');
  });

  it('«utsett … fredag» too; the date typed back with «ny frist» is kept as typed', async () => {
    // T2 is due 23.12, where «fredag» now lands too: first an earlier date, so «utsett» postpones.
    await s.say(kari, 'oppgave T2 ny frist 21.12.2026');
    expect(await s.say(kari, 'oppgave T2 utsett fredag')).toContain('så fristen er satt til onsdag 23. desember');
    expect(await due('T2')).toBe('2026-12-23');
    const typed = await s.say(kari, 'oppgave T2 ny frist 25.12.2026');
    expect(typed).toContain('første juledag, en fridag');
    expect(await due('T2')).toBe('2026-12-25');
  });

  it('a word that lands on a working day, or on a weekend, is left as it is; julaften is moved', async () => {
    const eve = await s.say(kari, 'oppgave @Ola Hansen ringe Nes innen torsdag', { mentions: [ola] });
    expect(await due('T4')).toBe('2026-12-23');
    expect(eve).toContain('torsdag 24. desember 2026 er julaften, så fristen er satt til onsdag 23. desember 2026');
    await s.say(kari, 'oppgave @Ola Hansen bestille mat innen tirsdag', { mentions: [ola] });
    expect(await due('T5')).toBe('2026-12-22');
    await s.say(kari, 'oppgave @Ola Hansen rydde lageret innen lørdag', { mentions: [ola] });
    expect(await due('T6')).toBe('2026-12-19');
  });
});
