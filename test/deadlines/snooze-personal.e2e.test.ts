import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say as chatSay, startAt } from '../support/chat.ts';
import { cardAction, person, personalCardAction, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2); // has the app in his personal scope
const per = person('Per Berg', 3); // has not: no personal chat can be opened

const TITLE = 'Søknad om stimuleringsmidler';

/**
 * N15: «Påminn meg senere» reminds the one who clicked, in a personal chat, not the whole channel;
 * when no personal chat can be opened, in the channel with an @mention of that person.
 */
describe('«Påminn meg senere» reminds the person who clicked', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let cardId: string;
  let olaChat: string;
  const say = (who: typeof kari, text: string) => chatSay(t, net, who, text);
  const snooze = (who: typeof kari) =>
    t.post(cardAction(net, who, 'deadline.snooze', { deadlineId: 'F1', networkId: net.teamId }, { replyToId: cardId }));

  beforeAll(async () => {
    // Monday 28 September 2026, 10:00 Oslo; the deadline is a month away, so no planned nudge falls on the 29th.
    ({ t, net } = await startAt('2026-09-28T08:00:00Z', kari));
    await say(kari, `frist 30.10 ${TITLE}`);
    cardId = t.connector.emulator
      .activities()
      .filter((c) => JSON.stringify(c.body).includes(`Frist: ${TITLE}`))
      .at(-1)!.responseId!;
    t.connector.emulator.installPersonal(ola.id);
  });
  afterAll(async () => t?.close());

  it('Ola is told the reminder comes to him, and it reaches his personal chat, not the channel', async () => {
    const res = await snooze(ola);
    const answer = JSON.stringify(res.body);
    expect(answer).toContain('minner deg');
    expect(answer).toContain('personlig');
    expect(answer).toContain('29. september');
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-09-29T07:00:00Z'); // 09:00 Oslo
    await t.app.services.scheduler.tick();
    const calls = t.connector.emulator.calls.slice(before).filter((c) => c.status < 300);
    const created = calls.filter((c) => c.kind === 'create');
    // One personal chat with Ola, no new thread in the channel.
    expect(created.map((c) => c.body?.members?.[0]?.id)).toEqual([ola.id]);
    expect(created.some((c) => c.body?.channelData?.channel)).toBe(false);
    const text = JSON.stringify(calls.map((c) => c.body));
    expect(text).toContain(`Frist: ${TITLE}`);
    expect(text).toContain('Du ba meg minne deg');
    olaChat = created[0]!.conversationId!;
  });

  it('a click on the card in the personal chat works there (and only in the chat it was sent to)', async () => {
    const click = (conversationId: string) => {
      const a = personalCardAction(t.connector.url, net.tenantId, ola, 'deadline.checklist', {
        deadlineId: 'F1',
        networkId: net.teamId,
        show: true,
      });
      return t.post({ ...a, conversation: { ...a.conversation, id: conversationId } });
    };
    expect(JSON.stringify((await click(olaChat)).body)).toContain(`Frist: ${TITLE}`);
    // The same click from a personal chat the card was never sent to reaches nothing.
    expect(JSON.stringify((await click('a:somewhere-else')).body)).not.toContain(`Frist: ${TITLE}`);
  });

  it('Per, who cannot get a personal chat, is @mentioned in the channel instead', async () => {
    t.clock.set('2026-09-29T10:00:00Z');
    const res = await snooze(per);
    expect(JSON.stringify(res.body)).toContain('minner deg');
    const before = t.connector.emulator.calls.length;
    t.clock.set('2026-09-30T07:00:00Z');
    await t.app.services.scheduler.tick();
    const calls = t.connector.emulator.calls.slice(before).filter((c) => c.status < 300);
    const threads = calls.filter((c) => c.kind === 'create' && c.body?.channelData?.channel);
    // (The planned 30-days-before reminder is due the same morning and goes to the channel as always.)
    const thread = threads.find((c) => JSON.stringify(c.body).includes('Du ba meg'));
    expect(thread).toBeTruthy();
    const body = JSON.stringify(thread!.body);
    expect(body).toContain(`Frist: ${TITLE}`);
    expect(body).toContain('<at>Per Berg</at>');
    expect(body).toContain(per.id);
  });
});
