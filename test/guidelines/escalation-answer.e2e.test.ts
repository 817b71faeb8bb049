import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCard } from '../support/card-check.ts';
import type { TestApp } from '../support/app.ts';
import { installedWithMember } from '../support/with-member.ts';
import { sentSince } from '../support/chat.ts';
import { validNationalId } from '../support/national-id.ts';
import {
  cardAction,
  channelMessage,
  person,
  personalCardAction,
  personalMessage,
  type NetworkFixture,
} from '../support/teams.ts';
import { cardsOf as cardsIn, executeActions as executes } from '../support/cards.ts';

const kari = person('Kari Nordmann', 1); // installs the network: its leader
const ola = person('Ola Hansen', 2); // a member who asks

const question = 'Kan vi bruke restmidler fra 2026 på et julebord for fosterforeldre?';
const fnr = validNationalId('010190', '123');
const answer = 'Nei, restmidler kan ikke brukes til julebord. Søk Statsforvalteren om overføring i stedet.';

describe('F28: the member who asked the leader is told the answer, with an @mention, in the thread', () => {
  let t: TestApp;
  let net: NetworkFixture;

  beforeEach(async () => {
    ({ t, net } = await installedWithMember(kari, ola));
  });
  afterEach(async () => t?.close());

  /** Ola's question → «Spør nettverkslederen» → the escalation card in the channel; returns its save button and thread. */
  async function escalate(from: 'channel' | 'personal') {
    const before = t.connector.emulator.calls.length;
    await t.post(
      from === 'channel'
        ? channelMessage(net, ola, question)
        : personalMessage(t.connector.url, net.tenantId, ola, question),
    );
    const answerCard = sentSince(t, before)
      .flatMap((c) => cardsIn(c.body?.activity ?? c.body))
      .find((c) => JSON.stringify(c).includes('Ikke dekket'));
    expect(answerCard).toBeDefined();
    // From a personal chat the member chooses the channel here (the private way: private-escalation.e2e.test.ts).
    const ask = executes(answerCard).find(
      (x) => x.verb === 'guidelines.escalate' && (from === 'channel' || x.data.way === 'channel'),
    )!;
    const beforeAsk = t.connector.emulator.calls.length;
    const res = await t.post(
      from === 'channel'
        ? cardAction(net, ola, ask.verb, ask.data)
        : personalCardAction(t.connector.url, net.tenantId, ola, ask.verb, ask.data),
    );
    expect(JSON.stringify(res.body.value)).toContain('sendt til nettverkslederen');
    const created = t.connector.emulator.calls.slice(beforeAsk).find((c) => c.kind === 'create')!;
    const posted = cardsIn(created.body.activity)[0];
    const save = executes(posted).find((x) => x.verb === 'guidelines.saveAnswer')!;
    const e = await t.app.services.store.guidelines.getEscalation(net.tenantId, net.teamId, save.data.escalationId);
    expect(e?.posted).toBeTruthy();
    return { save, thread: e!.posted! };
  }

  async function saveAs(who: typeof kari, save: { verb: string; data: any }, text: string, thread: string) {
    const before = t.connector.emulator.calls.length;
    const res = await t.post(cardAction(net, who, save.verb, { ...save.data, answer: text }, { replyToId: thread }));
    expect(res.body.statusCode).toBe(200);
    return { res, sent: sentSince(t, before) };
  }

  for (const from of ['channel', 'personal'] as const) {
    it(`asked in the ${from === 'channel' ? 'channel' : 'personal chat'}: the saved answer is posted in the escalation thread, mentioning the asker`, async () => {
      const { save, thread } = await escalate(from);
      const { res, sent } = await saveAs(kari, save, answer, thread.activityId);
      expect(JSON.stringify(res.body.value)).toContain('Svar lagret av Kari Nordmann');
      expect(sent).toHaveLength(1);
      const told = sent[0]!;
      expect(told.conversationId).toBe(thread.conversationId);
      const activity = told.body;
      expect(activity.text).toContain(`<at>${ola.name}</at>`);
      expect(activity.text).toContain('Kari Nordmann har svart');
      expect(activity.entities).toContainEqual(
        expect.objectContaining({ type: 'mention', mentioned: expect.objectContaining({ id: ola.id }) }),
      );
      const c = cardsIn(activity)[0];
      expect(checkCard(c).errors).toEqual([]);
      const shown = JSON.stringify(c);
      expect(shown).toContain('restmidler kan ikke brukes til julebord');
      expect(shown).toContain(question);
      // The notice answers; it offers no leader buttons to the member.
      expect(executes(c).map((x) => x.verb)).not.toContain('guidelines.saveAnswer');
    });
  }

  it('a second click on Lagre with the same answer tells nobody twice; a changed answer is told as changed', async () => {
    const { save, thread } = await escalate('channel');
    expect((await saveAs(kari, save, answer, thread.activityId)).sent).toHaveLength(1);
    expect((await saveAs(kari, save, answer, thread.activityId)).sent).toHaveLength(0);
    const changed = `${answer} Kontakt Kari for detaljer.`;
    const { sent } = await saveAs(kari, save, changed, thread.activityId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.text).toContain(`<at>${ola.name}</at>`);
    expect(sent[0]!.body.text).toContain('endret svaret');
    expect(JSON.stringify(sent[0]!.body)).toContain('Kontakt Kari for detaljer');
  });

  it('an answer with a national identity number is refused and nobody is told anything', async () => {
    const { save, thread } = await escalate('channel');
    const { res, sent } = await saveAs(kari, save, `Gjelder barnet med nummer ${fnr} i Nes.`, thread.activityId);
    expect(JSON.stringify(res.body.value)).toContain('fødselsnummer');
    expect(sent).toHaveLength(0);
    expect(JSON.stringify(t.connector.emulator.calls)).not.toContain(fnr);
  });

  it('a member who is not a leader cannot save, and nobody is told', async () => {
    const { save, thread } = await escalate('channel');
    const { res, sent } = await saveAs(ola, save, answer, thread.activityId);
    expect(JSON.stringify(res.body.value)).toContain('Bare nettverkets ledere');
    expect(sent).toHaveLength(0);
  });
});
