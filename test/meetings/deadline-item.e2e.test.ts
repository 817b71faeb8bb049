import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month s13 #7: in the January meeting «punkt 6», the standing item «Frister og rapportering», showed only
// its title, while the agenda card named «1 frist de neste 60 dagene: rapportering (01.03.2027)» and item 3
// lists the open tasks. The item now lists the deadlines in the next 60 days with their checklist state.
const kari = person('Kari Nordmann', 1); // leader
const app = appPerTest(kari, '2027-01-29T08:00:00Z');
const THREAD = '913701';

describe('s13 #7: the deadline item in the meeting', () => {
  it('lists the deadlines in the next 60 days with how much of each checklist is ticked', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'frist 01.03.2027 rapportering', { thread: '913700' });
    await s.say(kari, 'frist 01.06.2027 søknad om midler', { thread: '913702' });
    const f1 = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    expect(f1.checklist.length).toBeGreaterThan(1);
    await t.post(
      cardAction(net, kari, 'deadline.tick', {
        deadlineId: 'F1',
        networkId: net.teamId,
        item: f1.checklist[0],
        on: true,
      }),
    );
    await s.say(kari, 'start møte');
    const item = (await s.say(kari, 'agenda')).match(/(\d+)\.\s*Frister og rapportering/)?.[1] ?? '5';
    const out = await s.say(kari, `punkt ${item}`);
    expect(out).toContain('Frister og rapportering');
    expect(out).toContain('rapportering');
    expect(out).toContain('01.03.2027');
    expect(out).toContain(`Sjekkliste: 1 av ${f1.checklist.length} krysset av`);
    // Beyond 60 days: on the agenda of a later meeting, not this one.
    expect(out).not.toContain('søknad om midler');
  });

  it('with no deadline ahead, one line says so', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const item = (await s.say(kari, 'agenda')).match(/(\d+)\.\s*Frister og rapportering/)?.[1] ?? '5';
    expect(await s.say(kari, `punkt ${item}`)).toContain('Ingen åpne frister de neste 60 dagene.');
  });
});
