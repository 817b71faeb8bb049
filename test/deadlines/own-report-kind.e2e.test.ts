import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';

// Finding N24 (month round 8b): «Sluttrapport fagdag» due 10.05 got Bufdir's yearly-report type, source
// and checklist because its title contains «rapport». Only the yearly report (1 March) is Bufdir's.
const ola = person('Ola Hansen', 1); // leader
const start = appPerTest(ola, '2027-02-01T09:00:00Z');

const stored = async (t: TestApp, net: NetworkFixture) =>
  (await t.app.services.store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => ({
    title: d.title,
    kind: d.kind,
    source: d.source,
    checklist: d.checklist.length,
  }));

describe('N24: a network’s own deadline with «rapport» in the title', () => {
  it('gets the network’s own type and no Bufdir source unless it is the yearly report on 1 March', async () => {
    const { t, net } = await start();
    const said = await say(t, net, ola, 'frist 10.05 Sluttrapport fagdag');
    expect(said).not.toContain('Bufdir');
    await say(t, net, ola, 'frist 1. mars Rapport til Bufdir');
    const all = await stored(t, net);
    const own = all.find((d) => d.title === 'Sluttrapport fagdag');
    expect(own).toEqual({ title: 'Sluttrapport fagdag', kind: 'egen', source: 'Lagt inn av nettverket', checklist: 0 });
    const yearly = all.find((d) => d.title === 'Rapport til Bufdir');
    expect(yearly?.kind).toBe('rapportering');
    expect(yearly?.source).toContain('Bufdir');
    expect(yearly?.checklist).toBeGreaterThan(0);
  });
});
