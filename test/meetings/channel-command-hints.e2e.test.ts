// Month round 13, #13 and #3: the meeting reminder in the channel said «Skriv «agenda»», which does nothing
// there without the @mention; and the expired download page of a minutes card said «Skriv «referat» i
// kanalen», which needs the @mention too and gives the latest minutes, not the ones the link was for.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, speaker } from '../support/chat.ts';
import { tickAt } from '../support/schedule-walk.ts';
import { person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2026-12-10T08:00:00Z'); // Thursday 10 December 2026

const posted = (t: TestApp, from: number) =>
  JSON.stringify(
    t.connector.emulator.calls
      .slice(from)
      .filter((c) => c.status < 300 && c.kind !== 'update')
      .map((c) => c.body),
  );

describe('what the bot tells people to type in the channel', () => {
  it('the reminder the day before a meeting names the command with the @mention', async () => {
    const { t } = await app();
    await tickAt(t, '2027-01-02T09:00:00Z');
    const before = t.connector.emulator.calls.length;
    await tickAt(t, '2027-01-28T11:00:00Z'); // Thursday before Friday 29 January
    const out = posted(t, before);
    expect(out).toContain('Påminnelse: nettverksmøte i morgen');
    expect(out).toContain('Skriv «@Nettverksboten agenda» for å se agendaen');
    expect(out).not.toContain('Skriv «agenda»');
  });

  it('an expired minutes link names the command for those very minutes, and that command gives them', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, '870001');
    await s.say(kari, 'start møte');
    await s.say(kari, 'vedtak: Fagdagen holdes 15. april');
    const ended = await s.say(kari, 'avslutt møte');
    const docx = /"url":"([^"]+\.docx\?[^"]+)"/.exec(ended)![1]!.replace(/\\u0026/g, '&');
    expect((await fetch(docx)).status).toBe(200);
    t.clock.set('2027-01-29T08:00:00Z'); // seven weeks on
    const res = await fetch(docx);
    expect(res.status).toBe(410);
    const page = await res.text();
    expect(page).toContain('«@Nettverksboten referat 10.12.2026»');
    expect(page).not.toContain('Skriv «referat»');
    // The command the page gives brings those minutes with fresh links.
    const again = await say(t, net, kari, 'referat 10.12.2026');
    expect(again).toContain('Fagdagen holdes 15. april');
    const fresh = /"url":"([^"]+\.docx\?[^"]+)"/.exec(again)![1]!.replace(/\\u0026/g, '&');
    expect((await fetch(fresh)).status).toBe(200);
  });
});
