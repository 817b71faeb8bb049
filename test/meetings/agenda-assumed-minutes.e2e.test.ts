import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Round 8 N5: «Fosterhjemsveiledning – felles team» with no «| minutter» was saved as 10 min
// without a word. The answer says which lines got 10 minutes because none were given.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2026-11-16T08:00:00Z');

describe('N5: a fixed-agenda line without minutes', () => {
  it('is saved with 10 minutes, and the card says so, naming the line and how to give another length', async () => {
    const { t, net } = await app();
    const agendaText = 'Velkommen | 10\nFosterhjemsveiledning – felles team\nEventuelt 15 min';
    const res = await t.post(cardAction(net, kari, 'agenda.save', { networkId: net.teamId, agendaText }));
    const shown = JSON.stringify(res.body);
    expect(shown).toContain('«Fosterhjemsveiledning – felles team» fikk 10 minutter');
    expect(shown).toContain('Fosterhjemsveiledning – felles team | 20');
    expect(shown).not.toContain('«Eventuelt» fikk');
    const stored = (await t.app.services.store.meetings.getSeries(net.tenantId, net.teamId))?.agenda as {
      title: string;
      minutes: number;
    }[];
    expect(stored.map((i) => [i.title, i.minutes])).toEqual([
      ['Velkommen', 10],
      ['Fosterhjemsveiledning – felles team', 10],
      ['Eventuelt', 15],
    ]);
  });
});
