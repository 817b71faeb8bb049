import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { say, startAt } from '../support/chat.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';
import { cardsOf, executeActions } from '../support/cards.ts';

// Month s14 #8: the 17.12 notice was posted on 10.12; Kari pressed «Endre fast agenda» on it, dropped
// «Erfaringslogg …», added «Lunsj | 30» and saved. Her save confirmation and notes («Den faste agendaen
// er lagret. Merk: … Var det en feil …») and the time-box warning («Advarsel: Tidsrammene …») are hers;
// the notice everyone reads shows the new agenda with «Agendaen ble endret …», and members hear of it
// by a short reply in the notice's thread.
const kari = person('Kari Nordmann', 1); // leader

describe('s14 #8: the fixed agenda edited after the notice', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let noticeId: string;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-12-02T08:00:00Z', kari)); // Wednesday; meetings the last Friday 09:00–15:30
    await say(t, net, kari, 'flytt møte 25.12.2026 til 17.12.2026 kl. 10:00-14:00');
    t.clock.set('2026-12-10T08:00:00Z');
    await t.app.services.scheduler.tick();
    await t.app.services.scheduler.tick();
    const notice = t.connector.emulator.calls.filter(
      (c) => c.kind === 'create' && JSON.stringify(c.body).includes('Agenda for møtet'),
    );
    expect(notice).toHaveLength(1);
    noticeId = notice[0]!.responseId!;
  });
  afterAll(async () => t?.close());

  it('the notice carries no time-box warning meant for the leader', () => {
    const notice = t.connector.emulator.calls.find((c) => c.responseId === noticeId)!;
    expect(JSON.stringify(notice.body)).toContain('17. desember 2026');
    // The standing agenda is 4 t 50 min against a 4-hour moved meeting: the leader's matter, not the channel's.
    expect(JSON.stringify(notice.body)).not.toContain('Advarsel');
  });

  it('saving redraws the notice with the agenda and «endret», tells the thread, and keeps the notes for Kari', async () => {
    t.clock.set('2026-12-10T10:00:00Z');
    const before = t.connector.emulator.calls.length;
    const agendaText = [
      'Velkommen og godkjenning av agenda | 10',
      'Godkjenning av referat fra forrige møte | 10',
      'Oppfølging av oppgaver | 30',
      'Faglig tema / erfaringsdeling | 90',
      'Lunsj | 30',
      'Eventuelt | 15',
      'Oppsummering og neste møte | 15',
    ].join('\n');
    const res = await t.post(cardAction(net, kari, 'agenda.save', { networkId: net.teamId, agendaText }));
    const answer = JSON.stringify((res.body as { value: unknown }).value);
    // Kari, and only Kari (the invoke's card), sees the confirmation and the note on the dropped item.
    expect(answer).toContain('Den faste agendaen er lagret.');
    expect(answer).toContain('Erfaringslogg');

    const calls = t.connector.emulator.calls.slice(before);
    const redrawn = calls.filter((c) => c.kind === 'update' && c.activityId === noticeId);
    expect(redrawn).toHaveLength(1);
    const shown = JSON.stringify(redrawn[0]!.body);
    expect(shown).toContain('Lunsj');
    expect(shown).toContain('Agendaen ble endret 10.12.2026 av Kari Nordmann.');
    expect(shown).not.toContain('lagret');
    expect(shown).not.toContain('Var det en feil');
    expect(shown).not.toContain('Advarsel');
    const replies = calls.filter((c) => c.kind !== 'update' && c.conversationId?.includes(`messageid=${noticeId}`));
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]!.body)).toContain(
      'Kari Nordmann har endret den faste agendaen. Agendaen for møtet 17.12.2026 over er oppdatert.',
    );
  });

  // Review s14 #12: the same agenda saved again changed nothing, yet redrew the notice and told the thread.
  it('saving the agenda unchanged redraws nothing and tells nobody', async () => {
    t.clock.set('2026-12-10T11:00:00Z');
    // The agenda as saved in the test before.
    const agendaText = [
      'Velkommen og godkjenning av agenda | 10',
      'Godkjenning av referat fra forrige møte | 10',
      'Oppfølging av oppgaver | 30',
      'Faglig tema / erfaringsdeling | 90',
      'Lunsj | 30',
      'Eventuelt | 15',
      'Oppsummering og neste møte | 15',
    ].join('\n');
    const before = t.connector.emulator.calls.length;
    const res = await t.post(cardAction(net, kari, 'agenda.save', { networkId: net.teamId, agendaText }));
    expect(JSON.stringify(res.body)).toContain('Den faste agendaen er lagret.');
    const calls = t.connector.emulator.calls.slice(before);
    expect(
      calls.filter((c) => c.activityId === noticeId || c.conversationId?.includes(`messageid=${noticeId}`)),
    ).toEqual([]);
  });

  // Review s14 #12: an accepted proposal redrew the notice without the «Agendaen ble endret …» line.
  it('an accepted proposal redraws the notice and keeps the line saying the agenda was changed', async () => {
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, kari, 'agenda + Budsjett 2027', { thread: '896001', id: '896001' }));
    const posted = t.connector.emulator.calls
      .slice(before)
      .find((c) => JSON.stringify(c.body).includes('proposal.accept'));
    const accept = posted && executeActions(cardsOf(posted.body)[0]).find((x) => x.verb === 'proposal.accept');
    if (accept)
      await t.post(
        cardAction(net, kari, accept.verb, accept.data, { thread: '896001', replyToId: posted!.responseId! }),
      );
    const redrawn = t.connector.emulator.calls
      .slice(before)
      .filter((c) => c.kind === 'update' && c.activityId === noticeId);
    expect(redrawn.length).toBeGreaterThan(0);
    const shown = JSON.stringify(redrawn.at(-1)!.body);
    expect(shown).toContain('Budsjett 2027');
    expect(shown).toContain('Agendaen ble endret 10.12.2026 av Kari Nordmann.');
  });
});
