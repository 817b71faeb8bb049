// Month round 13, #6: Per (a member) marked F1 «rapportering» delivered with 2 checklist items open, after
// the warning; the channel line named no one, so the leaders, who answer for the report, were not
// notified and no more nudges came. The post now @mentions the leaders with the open items.
import { describe, expect, it } from 'vitest';
import { cardsOf, executeActions } from '../support/cards.ts';
import { appPerTest, say } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // installed the bot: leader
const ola = person('Ola Hansen', 2); // co-leader
const per = person('Per Olsen', 3); // member
const app = appPerTest(kari, '2027-02-15T08:00:00Z'); // Monday 15 February 2027

describe('«Levert» with checklist items open', () => {
  it('tells the leaders by @mention which items were open, in the post that says it was delivered', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'leder + @Ola Hansen', { mentions: [ola] });
    await say(t, net, kari, 'frist 01.03.2027 Rapportering for 2026');
    const ids = { deadlineId: 'F1', networkId: net.teamId };
    const d = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    expect(d.checklist.length).toBeGreaterThan(2);
    await t.post(cardAction(net, per, 'deadline.tick', { ...ids, item: d.checklist[0], on: true }));
    const asked = await t.post(cardAction(net, per, 'deadline.done', ids));
    expect(JSON.stringify(asked.body)).toContain('ikke krysset av');
    const yes = executeActions(cardsOf(asked.body)).find((a) => a.verb === 'deadline.done.confirm')!;
    const before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, per, yes.verb, yes.data));
    const notices = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.status < 300 && c.kind !== 'update' && JSON.stringify(c.body).includes('som levert'));
    expect(notices).toHaveLength(1);
    const body = notices[0]!.body;
    const text = JSON.stringify(body);
    expect(text).toContain('Per Olsen merket F1');
    expect(text).toContain('ikke krysset av');
    expect(text).toContain(d.checklist[1]);
    expect(text).not.toContain(`«${d.checklist[0]}»`);
    const mentioned = ((body.activity ?? body).entities ?? []).map((e: any) => e.mentioned?.id);
    expect(mentioned).toEqual(expect.arrayContaining([kari.id, ola.id]));
    expect(mentioned).not.toContain(per.id);
  });

  it('in words («levert F1»), the answered question brings the same @mention of the leaders', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'leder + @Ola Hansen', { mentions: [ola] });
    await say(t, net, kari, 'frist 01.03.2027 Rapportering for 2026');
    const ids = { deadlineId: 'F1', networkId: net.teamId };
    const d = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    await t.post(cardAction(net, per, 'deadline.tick', { ...ids, item: d.checklist[0], on: true }));
    const asked = await say(t, net, per, 'levert F1');
    expect(asked).toContain('ikke krysset av');
    const yes = executeActions(JSON.parse(asked).flatMap((b: unknown) => cardsOf(b))).find(
      (a) => a.verb === 'deadline.done.confirm',
    )!;
    const before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, per, yes.verb, yes.data));
    const told = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.status < 300 && c.kind !== 'update' && JSON.stringify(c.body).includes('Til orientering'));
    expect(told).toHaveLength(1);
    const body = told[0]!.body;
    const mentioned = ((body.activity ?? body).entities ?? []).map((e: any) => e.mentioned?.id);
    expect(mentioned).toEqual(expect.arrayContaining([kari.id, ola.id]));
    expect(mentioned).not.toContain(per.id);
  });

  it('says nothing more when the checklist was all ticked', async () => {
    const { t, net } = await app();
    await say(t, net, kari, 'frist 01.03.2027 Rapportering for 2026');
    const ids = { deadlineId: 'F1', networkId: net.teamId };
    const d = (await t.app.services.store.deadlines.get(net.tenantId, net.teamId, 'F1'))!;
    for (const item of d.checklist) await t.post(cardAction(net, per, 'deadline.tick', { ...ids, item, on: true }));
    const before = t.connector.emulator.calls.length;
    await t.post(cardAction(net, per, 'deadline.done', ids));
    const text = JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
    expect(text).toContain('Per Olsen merket F1');
    expect(text).not.toContain('ikke krysset av');
  });
});
