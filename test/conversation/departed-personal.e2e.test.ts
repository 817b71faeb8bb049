// Attack round 9, A3: a member removed from the team (Teams' teamMemberRemoved, or a roster that no
// longer lists them) kept the network's signed calendar link, its deadlines, agenda and tasks in the
// personal chat. There the same rule as on cards now holds: «Du er ikke lenger med i teamet».
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say, sentSince } from '../support/chat.ts';
import { memberEvent } from '../support/members.ts';
import { person, personalMessage, type NetworkFixture, type TestPerson } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2);
const eva = person('Eva Berg', 3);
const app = appPerTest(kari, '2026-11-23T08:00:00Z');
const GONE = 'Du er ikke lenger med i teamet';

async function personal(t: TestApp, net: NetworkFixture, who: TestPerson, text: string) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(personalMessage(t.connector.url, net.tenantId, who, text));
  expect(res.status).toBe(200);
  return JSON.stringify(sentSince(t, before).map((c) => c.body));
}

function roster(t: TestApp, net: NetworkFixture, people: TestPerson[]) {
  const list = people.map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId }));
  t.connector.emulator.setMembers(net.channelId, list);
  t.connector.emulator.setMembers(net.teamId, list);
}

async function network(t: TestApp, net: NetworkFixture) {
  roster(t, net, [kari, ola, eva]);
  const ok = (status: number) => expect(status).toBe(200);
  await say(t, net, kari, 'frist 1. mars 2027 Rapport til Statsforvalteren', { status: ok });
  await say(t, net, kari, 'oppgave @Ola Hansen lage notat innen 20.12', { mentions: [ola], status: ok });
  await say(t, net, kari, 'oppgave @Eva Berg skrive rapport innen 20.12', { mentions: [eva], status: ok });
  await say(t, net, ola, 'agenda + Budsjett', { status: ok });
  await say(t, net, eva, 'agenda + Rapportering', { status: ok });
}

const VIEWS = ['kalenderlenke', 'kalenderlenke Læringsnettverk 1', 'frister', 'frister Læringsnettverk 1', 'agenda'];

describe('A3: a removed member in the personal chat', () => {
  it('sees the views while in the team, and after teamMemberRemoved gets «ikke lenger med» instead', async () => {
    const { t, net } = await app(1);
    await network(t, net);
    expect(await personal(t, net, ola, 'kalenderlenke')).toMatch(/frister\.ics/);
    expect(await personal(t, net, ola, 'frister')).toContain('Rapport til Statsforvalteren');
    expect(await personal(t, net, ola, 'mine oppgaver')).toContain('lage notat');
    // A question the documents do not cover may go to the network's leaders (the card names the network).
    const QUESTION = 'Dekker nettverket parkering ved samlingene?';
    expect(await personal(t, net, ola, QUESTION)).toContain(net.teamId);

    expect((await t.post(memberEvent(net, kari, ola, 'removed'))).status).toBeLessThan(300);
    // After leaving, the network is not offered for his question (nor its leaders' saved answers).
    expect(await personal(t, net, ola, QUESTION)).not.toContain(net.teamId);
    for (const v of VIEWS) {
      const out = await personal(t, net, ola, v);
      expect(out, v).toContain(GONE);
      expect(out, v).not.toMatch(/frister\.ics|sig=/);
      expect(out, v).not.toContain('Rapport til Statsforvalteren');
    }
    expect(await personal(t, net, ola, 'mine oppgaver')).not.toContain('lage notat');
    // Nor can he change his task from there.
    const changed = await personal(t, net, ola, 'T1 er ferdig');
    expect(changed).toContain(GONE);
    const tasks = await t.app.services.store.tasks.listAll(net.tenantId, net.teamId);
    expect(tasks.find((x) => x.text.includes('lage notat'))?.status).toBe('open');
    // The leaders are told once that someone who left asked for the link, with how to replace it.
    const told = t.connector.emulator.calls
      .map((c) => JSON.stringify(c.body ?? ''))
      .filter((b) => b.includes('ny kalenderlenke') && b.includes('Ola Hansen') && b.includes('ikke lenger med'));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('Kari Nordmann');
    // Kari, still in the team, still gets them.
    expect(await personal(t, net, kari, 'kalenderlenke')).toMatch(/frister\.ics/);
  });

  it('fails closed when the roster no longer lists the person, though no leaving event came', async () => {
    const { t, net } = await app(1);
    await network(t, net);
    expect(await personal(t, net, eva, 'frister')).toContain('Rapport til Statsforvalteren');
    roster(t, net, [kari, ola]);
    for (const v of VIEWS) {
      const out = await personal(t, net, eva, v);
      expect(out, v).toContain(GONE);
      expect(out, v).not.toMatch(/frister\.ics|sig=/);
    }
    expect(await personal(t, net, eva, 'mine oppgaver')).not.toContain('skrive rapport');
    expect(await personal(t, net, ola, 'mine oppgaver')).toContain('lage notat');
  });

  it('a member back in the team sees them again', async () => {
    const { t, net } = await app(1);
    await network(t, net);
    await t.post(memberEvent(net, kari, ola, 'removed'));
    expect(await personal(t, net, ola, 'frister')).toContain(GONE);
    await t.post(memberEvent(net, kari, ola, 'added'));
    expect(await personal(t, net, ola, 'frister')).toContain('Rapport til Statsforvalteren');
  });
});
