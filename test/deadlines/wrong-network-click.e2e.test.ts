import { describe, expect, it } from 'vitest';
import { common } from '../../src/i18n/index.ts';
import { appPerTest, sayer } from '../support/chat.ts';
import { botAddedToTeam, cardAction, networkFixture, person } from '../support/teams.ts';

// Issue #14: a card clicked in another network's conversation gets the one wrong-network answer, the
// same as every other feature's card, and changes nothing.

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // leader of A
const mona = person('Mona Berg', 7); // leader of B

const app = appPerTest(kari, MONDAY);
const say = sayer({});

describe('a deadline card clicked in another network', () => {
  it('gets the one wrong-network answer for every button, and the deadline stays as it was', async () => {
    const { t, net: a } = await app(1);
    const b = networkFixture(t.connector.url, 2);
    expect((await t.post(botAddedToTeam(b, mona))).status).toBe(200);
    expect(await say(t, a, kari, 'frist 30.12 Søknad om midler')).toContain('F1');
    const ids = { deadlineId: 'F1', networkId: a.teamId };
    for (const [verb, data] of [
      ['deadline.done', ids],
      ['deadline.snooze', ids],
      ['deadline.edit', ids],
      ['deadline.checklist', { ...ids, show: true }],
      ['deadline.move', { ...ids, date: '2026-12-29' }],
      ['deadline.save', { ...ids, title: 'Kapret', date: '29.12.2026' }],
    ] as const) {
      const res = await t.post(cardAction(b, mona, verb, data));
      expect(JSON.stringify(res.body), verb).toContain(common.wrongNetworkCard);
    }
    const [d] = await t.app.services.store.deadlines.listOpen(a.tenantId, a.teamId);
    expect(d).toMatchObject({ id: 'F1', title: 'Søknad om midler', date: '2026-12-30', status: 'open' });
  });
});
