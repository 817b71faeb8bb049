// Month round 15, #8: «mine oppgaver» never showed the milestones a person owns in the plan (only
// tasks), so a milestone owner was easy to miss.
import { describe, expect, it } from 'vitest';
import { ownerNames } from '../../src/projects/my-milestones.ts';
import { startAt, textOf } from '../support/chat.ts';
import { storedPlan } from '../support/projects.ts';
import { cardAction, channelMessage, person, personalMessage } from '../support/teams.ts';
import { SAMPLE_PLAN } from './follow-fixtures.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);

const plan = {
  ...SAMPLE_PLAN,
  subGoals: [
    {
      id: 'd1',
      goal: 'Felles veiledningsteam',
      milestones: [
        {
          id: 'm1',
          activity: 'Kartlegging av behov',
          owner: 'Per Olsen og Nes',
          due: '2026-12-10',
          when: '10.12.2026',
        },
        { id: 'm2', activity: 'Fagleder ansatt', owner: 'ola hansen', due: '2027-01-15', when: '15.01.2027' },
        { id: 'm3', activity: 'Første veiledning', owner: 'Nes', due: '2027-02-15', when: '15.02.2027' },
      ],
    },
  ],
};

describe('«mine oppgaver» lists the milestones the person owns', () => {
  it('in the channel and in the personal chat; not another person’s, not a delivered one', async () => {
    const { t, net } = await startAt('2026-12-02T08:00:00Z', kari);
    await storedPlan(t, net, kari, plan);
    const say = async (who: typeof kari, text: string) => {
      const before = t.connector.emulator.calls.length;
      expect((await t.post(channelMessage(net, who, text, { thread: '915101' }))).status).toBe(200);
      return textOf(t.connector.emulator.calls.slice(before));
    };
    await say(kari, 'milepæler');
    await say(ola, 'hei');
    const f2 = (await t.app.services.store.deadlines.findByOrigin(net.tenantId, net.teamId, 'milestone:U1:m2'))!;

    const olas = await say(ola, 'mine oppgaver');
    expect(olas).toContain('Milepæler du står som ansvarlig for i prosjektplanen:');
    expect(olas).toContain(`U1 m2 «Fagleder ansatt» (frist ${f2.id} 15.01.2027)`);
    expect(olas).not.toContain('U1 m1');
    expect(await say(per, 'mine oppgaver')).toContain('U1 m1 «Kartlegging av behov»');
    expect(await say(kari, 'mine oppgaver')).not.toContain('Milepæler du står som ansvarlig');

    const before = t.connector.emulator.calls.length;
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'mine oppgaver'));
    const personal = textOf(t.connector.emulator.calls.slice(before));
    expect(personal).toContain('U1 m2 «Fagleder ansatt»');

    await t.app.services.store.deadlines.markDone(net.tenantId, net.teamId, f2.id, ola, t.clock.now());
    expect(await say(ola, 'mine oppgaver')).not.toContain('U1 m2');
  });

  it('the reminder @mentions a person owner in the channel and reaches them privately; a municipality stays text', async () => {
    const { t, net } = await startAt('2026-12-02T08:00:00Z', kari);
    await storedPlan(t, net, kari, plan);
    await t.post(channelMessage(net, kari, 'milepæler', { thread: '915102' }));
    // Ola has talked with the bot in his personal chat, so it can write to him there.
    await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hei'));
    // Teams' roster of the team: who the network's people are.
    t.connector.emulator.setMembers(
      net.channelId,
      [kari, ola, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })),
    );
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-16T08:00:00Z'); // Wednesday 16 December 09:00: 30 days before m2 (15.01.2027)
    await t.app.services.scheduler.tick();
    const sent = t.connector.emulator.calls.slice(before).map((c) => JSON.stringify(c.body));
    const channel = sent.filter((b) => b.includes('Fagleder ansatt') && b.includes('"mention"'));
    expect(channel).toHaveLength(1);
    expect(channel[0]).toContain('<at>Ola Hansen</at>: du står som ansvarlig for denne milepælen.');
    expect(channel[0]).toContain(ola.id);
    const privately = sent.filter((b) => b.includes('Du står som ansvarlig for milepælen med fristen'));
    expect(privately).toHaveLength(1);
    expect(privately[0]).toContain('Fagleder ansatt');
    // Review s15 #9: m3's owner is Nes, a municipality: on one of its own reminder days (Monday 1 February,
    // 14 days before 15.02.2027) the reminder is posted, with no @mention and no private copy.
    const m3Day = t.connector.emulator.calls.length;
    t.clock.set('2027-02-01T08:00:00Z');
    await t.app.services.scheduler.tick();
    const m3 = t.connector.emulator.calls
      .slice(m3Day)
      .map((c) => JSON.stringify(c.body))
      .filter((b) => b.includes('Første veiledning'));
    expect(m3.length).toBeGreaterThan(0);
    for (const b of m3) {
      expect(b).not.toContain('"mention"');
      expect(b).not.toContain('Du står som ansvarlig for milepælen');
      expect(b).toContain(net.channelId);
    }
  });

  it('the question after the date names a person owner too («er den levert?» is theirs to answer)', async () => {
    const { t, net } = await startAt('2026-12-02T08:00:00Z', kari);
    await storedPlan(t, net, kari, plan);
    await t.post(channelMessage(net, kari, 'milepæler', { thread: '915103' }));
    t.connector.emulator.setMembers(
      net.channelId,
      [kari, ola, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })),
    );
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-12-11T08:00:00Z'); // Friday 11 December 09:00, the day after m1 (10.12.2026)
    await t.app.services.scheduler.tick();
    const asked = t.connector.emulator.calls
      .slice(before)
      .map((c) => JSON.stringify(c.body))
      .filter((b) => b.includes('er den levert?'));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('<at>Per Olsen</at>: du står som ansvarlig for denne milepælen.');
    expect(asked[0]).toContain('"mention"');
    expect(asked[0]).toContain(per.id);
  });

  it('the milestone form has a people picker; the person picked becomes the owner, typed text stays for a municipality', async () => {
    const { t, net } = await startAt('2026-12-02T08:00:00Z', kari);
    await storedPlan(t, net, kari, plan);
    t.connector.emulator.setMembers(
      net.channelId,
      [kari, ola, per].map((p) => ({ id: p.id, name: p.name, aadObjectId: p.aadObjectId })),
    );
    const form = JSON.stringify(
      (
        await t.post(
          cardAction(net, kari, 'project.form', { networkId: net.teamId, projectId: 'U1', form: 'milestone' }),
        )
      ).body,
    );
    expect(form).toContain('"id":"ownerPerson"');
    // Review s15 #14: only the team's members are offered (the card SDK's currentContext dataset).
    expect(form).toContain('graph.microsoft.com/users?scope=currentContext');
    const save = (extra: Record<string, string>) =>
      t.post(
        cardAction(net, kari, 'project.save', {
          networkId: net.teamId,
          projectId: 'U1',
          form: 'milestone',
          subGoal: 'd1',
          when: '20.01.2027',
          partner: '',
          checkpoint: '',
          ...extra,
        }),
      );
    expect((await save({ activity: 'Veiledere rekruttert', owner: '', ownerPerson: ola.aadObjectId })).status).toBe(
      200,
    );
    expect((await save({ activity: 'Lokaler avklart', owner: 'Nannestad kommune', ownerPerson: '' })).status).toBe(200);
    // A pick keeps the co-owners typed beside it; one the roster does not know is refused, not dropped.
    expect((await save({ activity: 'Avtale signert', owner: 'Nes', ownerPerson: per.aadObjectId })).status).toBe(200);
    const unknown = await save({
      activity: 'Ukjent ansvarlig',
      owner: '',
      ownerPerson: '99999999-0000-4000-8000-000000000009',
    });
    expect(JSON.stringify(unknown.body)).toContain('Jeg finner ikke personen du valgte blant medlemmene i teamet');
    // Review s16 #3: when Teams cannot be asked, that is not «not a member»: the card comes back with what was
    // typed and says why; saved again without a pick, the typed owner stands.
    t.connector.emulator.faults.next({ status: 500 });
    const outage = JSON.stringify(
      (await save({ activity: 'Møteplan klar', owner: 'Hurdal kommune', ownerPerson: per.aadObjectId })).body,
    );
    expect(outage).toContain('Jeg fikk ikke spurt Teams hvem personen du valgte er akkurat nå');
    expect(outage).not.toContain('blant medlemmene i teamet');
    expect(outage).toContain('Møteplan klar');
    expect(outage).toContain('Hurdal kommune');
    expect((await save({ activity: 'Møteplan klar', owner: 'Hurdal kommune', ownerPerson: '' })).status).toBe(200);
    const stored = (await t.app.services.store.projects.list(net.tenantId, net.teamId))[0]!;
    const owners = stored.plan.subGoals[0]!.milestones.map((m) => [m.activity, m.owner]);
    expect(owners.filter(([a]) => a === 'Møteplan klar')).toEqual([['Møteplan klar', 'Hurdal kommune']]);
    expect(owners).toContainEqual(['Veiledere rekruttert', 'Ola Hansen']);
    expect(owners).toContainEqual(['Lokaler avklart', 'Nannestad kommune']);
    expect(owners).toContainEqual(['Avtale signert', 'Per Olsen og Nes']);
    expect(owners.map(([a]) => a)).not.toContain('Ukjent ansvarlig');
  });

  it('reads the owner field as people write it', () => {
    expect(ownerNames('Per Olsen', 'Per Olsen')).toBe(true);
    expect(ownerNames('per  olsen', 'Per Olsen')).toBe(true);
    expect(ownerNames('Nes, Per Olsen', 'Per Olsen')).toBe(true);
    expect(ownerNames('Per Olsen og Nes', 'Per Olsen')).toBe(true);
    expect(ownerNames('Per Olsensen', 'Per Olsen')).toBe(false);
    expect(ownerNames('Nes', 'Per Olsen')).toBe(false);
    expect(ownerNames('', '')).toBe(false);
  });
});
