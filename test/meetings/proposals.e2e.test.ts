import { afterEach, describe, expect, it } from 'vitest';
import { checkCard } from '../support/card-check.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { sentSince } from '../support/chat.ts';
import { validNationalId } from '../support/national-id.ts';
import { cardAction, channelMessage, person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { cardsOf as cardsIn, executeActions as executes } from '../support/cards.ts';

// F34 (stranger month): agenda proposals. The proposer hears the leaders' answer (an updated card
// notifies nobody in Teams), a decline may carry a reason, a late proposal is told plainly where it
// went, and a leader's own item goes straight onto the agenda.
const kari = person('Kari Nordmann', 1); // installs the network: its leader
const ola = person('Ola Hansen', 2);

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Monday 16 November 2026 by default: the meeting is Friday 27.11, proposals close 25.11. */
async function setup(at = '2026-11-16T08:00:00Z') {
  const started = await startWithNetworks(1, kari, { clock: new ManualClock(at) });
  t = started.t;
  return { t, net: started.nets[0]! };
}

/** `agenda + …` in a thread of its own; returns what the bot sent and the posted proposal card, if any. */
async function proposeIn(t: TestApp, net: NetworkFixture, who: TestPerson, text: string, thread: string) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(channelMessage(net, who, `agenda + ${text}`, { thread, id: thread }));
  expect(res.status).toBe(200);
  const sent = sentSince(t, before);
  const posted = sent.find((c) => cardsIn(c.body).some((x) => JSON.stringify(x).includes('proposal.accept')));
  return { sent, text: JSON.stringify(sent.map((c) => c.body)), posted, card: posted ? cardsIn(posted.body)[0] : null };
}

async function click(
  t: TestApp,
  net: NetworkFixture,
  who: TestPerson,
  button: { verb: string; data: any },
  thread: string,
  activityId: string,
  inputs: Record<string, string> = {},
) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(
    cardAction(net, who, button.verb, { ...button.data, ...inputs }, { thread, replyToId: activityId }),
  );
  expect(res.status).toBe(200);
  return {
    res,
    sent: sentSince(t, before),
    updates: t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update'),
  };
}

describe('F34: the proposer is told what the leaders decided', () => {
  it('«Godta»: a reply in the proposal thread @mentions the proposer and says it is on the agenda', async () => {
    const { t, net } = await setup();
    const p = await proposeIn(t, net, ola, 'Budsjett 2027', '810001');
    expect(p.card).toBeTruthy();
    const accept = executes(p.card).find((x) => x.verb === 'proposal.accept')!;
    const { res, sent } = await click(t, net, kari, accept, '810001', p.posted!.responseId!);
    expect(JSON.stringify(res.body)).toContain('Godtatt av Kari Nordmann');
    expect(sent).toHaveLength(1);
    const told = sent[0]!;
    expect(told.conversationId).toContain('messageid=810001');
    expect(told.body.text).toContain(`<at>${ola.name}</at>`);
    expect(told.body.text).toContain('Budsjett 2027');
    expect(told.body.text).toContain('godtatt');
    expect(told.body.text).toContain('27.11.2026');
    expect(told.body.entities).toContainEqual(
      expect.objectContaining({ type: 'mention', mentioned: expect.objectContaining({ id: ola.id }) }),
    );
    // A second click (or a replay) tells nobody twice.
    expect((await click(t, net, kari, accept, '810001', p.posted!.responseId!)).sent).toHaveLength(0);
  });

  it('«Avslå» with a reason: the card has a field for it, the proposer is told with the reason, the card shows it', async () => {
    const { t, net } = await setup();
    const p = await proposeIn(t, net, ola, 'Julebord i desember', '810002');
    expect(checkCard(p.card).errors).toEqual([]);
    const field = JSON.stringify(p.card);
    expect(field).toContain('"type":"Input.Text"');
    expect(field).toContain('"id":"reason"');
    const decline = executes(p.card).find((x) => x.verb === 'proposal.decline')!;
    const reason = 'Vi tar det på samlingen i januar i stedet';
    const { res, sent, updates } = await click(t, net, kari, decline, '810002', p.posted!.responseId!, { reason });
    const shown = JSON.stringify(res.body);
    expect(shown).toContain('Avslått av Kari Nordmann');
    expect(shown).toContain(reason);
    // The card in the channel changes for everyone, with the reason and without the buttons.
    expect(updates).toHaveLength(1);
    expect(JSON.stringify(updates[0]!.body)).toContain(reason);
    expect(executes(cardsIn(updates[0]!.body)[0])).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.text).toContain(`<at>${ola.name}</at>`);
    expect(sent[0]!.body.text).toContain('avslått');
    expect(sent[0]!.body.text).toContain(reason);
    expect((await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27'))[0]?.status).toBe(
      'declined',
    );
  });

  it('«Avslå» without a reason still tells the proposer; a reason with a fødselsnummer is refused and nothing changes', async () => {
    const { t, net } = await setup();
    const p = await proposeIn(t, net, ola, 'Ny rutine for referat', '810003');
    const decline = executes(p.card).find((x) => x.verb === 'proposal.decline')!;
    const fnr = validNationalId('010190', '123');
    const refused = await click(t, net, kari, decline, '810003', p.posted!.responseId!, {
      reason: `Gjelder ${fnr}`,
    });
    expect(JSON.stringify(refused.res.body)).toContain('fødselsnummer');
    expect(refused.sent).toHaveLength(0);
    expect(JSON.stringify(t.connector.emulator.calls)).not.toContain(fnr);
    expect((await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27'))[0]?.status).toBe(
      'proposed',
    );
    const { sent } = await click(t, net, kari, decline, '810003', p.posted!.responseId!, { reason: '  ' });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.text).toContain(`<at>${ola.name}</at>`);
    expect(sent[0]!.body.text).toContain('avslått');
  });

  it('a member cannot decide, and nobody is told', async () => {
    const { t, net } = await setup();
    const p = await proposeIn(t, net, ola, 'Budsjett 2027', '810004');
    const accept = executes(p.card).find((x) => x.verb === 'proposal.accept')!;
    const { res, sent } = await click(t, net, ola, accept, '810004', p.posted!.responseId!);
    expect(JSON.stringify(res.body)).toContain('Bare nettverkets ledere');
    expect(sent).toHaveLength(0);
  });
});

describe('F34: a late proposal is told where it went, once', () => {
  it('after the cut-off it goes to the meeting after, and the reply does not contradict itself', async () => {
    // Thursday 28 January 2027: the meeting is Friday 29.01, proposals closed Wednesday 27.01.
    const { t, net } = await setup('2027-01-28T08:00:00Z');
    const p = await proposeIn(t, net, ola, 'Budsjett 2027', '810005');
    const said = p.sent.map((c) => c.body.text ?? '').join('\n');
    expect(said).toContain('Fristen for forslag til møtet 29.01.2027 var 27.01.2027');
    expect(said).toContain('så jeg har satt forslaget (P1) på møtet 26.02.2027');
    expect(said).toContain('Eventuelt');
    // Not «foreslå det til møtet etter» and then «er sendt … gjelder møtet 26.02» in one breath.
    expect(said).not.toContain('foreslå det til møtet etter');
    expect((await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2027-02-26'))[0]?.text).toBe(
      'Budsjett 2027',
    );
  });
});

describe("F34: a leader's own item goes straight onto the agenda", () => {
  it('no card asking her to approve herself, no mention of herself; the agenda shows it', async () => {
    const { t, net } = await setup();
    const p = await proposeIn(t, net, kari, 'Budsjett 2027', '810006');
    expect(p.card).toBeNull();
    expect(p.text).not.toContain('proposal.accept');
    expect(p.text).not.toContain(`<at>${kari.name}</at>`);
    const said = p.sent.map((c) => c.body.text ?? '').join('\n');
    expect(said).toContain('Budsjett 2027');
    expect(said).toContain('27.11.2026');
    expect(said).toContain('agendaen');
    const stored = await t.app.services.store.meetings.proposals(net.tenantId, net.teamId, '2026-11-27');
    expect(stored).toMatchObject([{ text: 'Budsjett 2027', status: 'accepted' }]);
    const before = t.connector.emulator.calls.length;
    await t.post(channelMessage(net, ola, 'agenda'));
    expect(JSON.stringify(sentSince(t, before).map((c) => c.body))).toContain('Budsjett 2027');
  });
});
