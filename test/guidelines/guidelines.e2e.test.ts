import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp } from '../../bot/compose.ts';
import { checkCard } from '../support/card-check.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/log.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import {
  botAddedToTeam,
  cardAction,
  channelMessage,
  composeExtensionQuery,
  networkFixture,
  person,
  personalConversationId,
  personalMessage,
  type NetworkFixture,
} from '../support/teams.ts';
import { doc2025 } from './operator-fixture.ts';
import { executeActions as executes } from '../support/cards.ts';

const kari = person('Kari Nordmann', 1); // installs network A: its leader
const ola = person('Ola Hansen', 2); // member of A
const per = person('Per Persen', 3); // writes in A and in B
const berit = person('Berit Berg', 4); // installs network B

function cardsIn(activity: any): any[] {
  return (activity?.attachments ?? [])
    .filter((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a: any) => a.content);
}

describe('guidelines answers by chat, end to end through the server and the connector emulator', () => {
  let t: TestApp;
  let a: NetworkFixture;
  let b: NetworkFixture;

  /** Posts an activity and returns the bot's first card sent back through the connector. */
  async function replyCard(activity: object): Promise<{ card: any; call: any }> {
    const before = t.connector.emulator.calls.length;
    expect((await t.post(activity)).status).toBe(200);
    const call = t.connector.emulator.calls.slice(before).find((c: any) => cardsIn(c.body?.activity ?? c.body).length);
    if (!call) throw new Error('the bot sent no card');
    return { card: cardsIn((call.body as any)?.activity ?? call.body)[0], call };
  }

  beforeAll(async () => {
    t = await startTestApp();
    a = networkFixture(t.connector.url, 1);
    b = networkFixture(t.connector.url, 2);
    await t.post(botAddedToTeam(a, kari));
    await t.post(botAddedToTeam(b, berit));
    // Membership as the roles feature records it, so the personal chat knows Ola's network.
    await t.app.services.store.people.setRole(
      a.tenantId,
      a.teamId,
      { id: ola.id, aadObjectId: ola.aadObjectId, name: ola.name },
      'member',
      t.clock.now(),
    );
  });
  afterAll(async () => t?.close());

  it('answers a question in the channel, in the thread, with the source', async () => {
    const { card, call } = await replyCard(channelMessage(a, ola, 'Hvor mye kan vi bruke på overhead?'));
    expect(call.conversationId).toContain(';messageid=');
    expect(checkCard(card).errors).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('5 prosent');
    expect(text).toContain('Kilde: Rammer og føringer');
    expect(text).toContain('(2024)');
    expect(executes(card).map((x) => x.title)).toEqual(['Nyttig', 'Ikke nyttig', 'Spør nettverkslederen']);
  });

  it('answers a question in a personal chat with the source', async () => {
    const { card, call } = await replyCard(personalMessage(t.connector.url, a.tenantId, ola, 'Trenger vi revisor?'));
    expect(call.conversationId).toBe(personalConversationId(ola));
    const text = JSON.stringify(card);
    expect(text).toContain('200 000');
    expect(text).toContain('Kilde:');
    expect(text).toContain('Tidligere regel');
  });

  it('declines an unanswerable question with nearby topics instead of guessing', async () => {
    const { card } = await replyCard(channelMessage(a, ola, 'Hvem er ordfører i Eidsvoll?'));
    const text = JSON.stringify(card);
    expect(text).toContain('Ikke dekket av dokumentene');
    expect(text).toContain('Mente du');
    expect(text).not.toContain('Kilde:');
    const topics = executes(card).filter((x) => x.verb === 'guidelines.topic');
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.length).toBeLessThanOrEqual(3);
    // The topic button answers that topic for the clicker.
    const res = await t.post(cardAction(a, ola, 'guidelines.topic', topics[0]!.data));
    expect(res.body.statusCode).toBe(200);
    expect(JSON.stringify(res.body.value)).toContain('Svar fra retningslinjene');
  });

  it('stores Nyttig against the entry, without the question', async () => {
    const { card } = await replyCard(channelMessage(a, per, 'Hvor mye kan vi bruke på overhead?'));
    const useful = executes(card).find((x) => x.title === 'Nyttig')!;
    const res = await t.post(cardAction(a, per, useful.verb, useful.data));
    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    expect(JSON.stringify(res.body.value)).toContain('Takk');
    const counts = await t.app.services.store.guidelines.feedbackCounts(a.tenantId, a.teamId);
    expect(counts).toContainEqual({ entryId: useful.data.entryId, up: 1, down: 0 });
  });

  const question = 'Dekker nettverket parkering ved samlingene?';
  const leaderAnswer = 'Ja, parkering dekkes etter regning for samlinger som styringsgruppa har vedtatt.';

  it('Spør nettverkslederen starts a thread in the channel that mentions the leader; the leader saves an answer', async () => {
    const { card } = await replyCard(personalMessage(t.connector.url, a.tenantId, ola, question));
    expect(JSON.stringify(card)).toContain('Ikke dekket av dokumentene');
    // From a personal chat the member chooses the channel (N17; the private way: private-escalation.e2e.test.ts).
    const ask = executes(card).find((x) => x.verb === 'guidelines.escalate' && x.data.way === 'channel')!;
    expect(ask.data.networkId).toBe(a.teamId);

    const before = t.connector.emulator.calls.length;
    const res = await t.post({
      ...personalMessage(t.connector.url, a.tenantId, ola, ''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: ask.verb, data: ask.data }, trigger: 'manual' },
    });
    expect(res.body.statusCode).toBe(200);
    expect(JSON.stringify(res.body.value)).toContain('sendt til nettverkslederen');
    const created = t.connector.emulator.calls
      .slice(before)
      .filter((c: any) => c.method === 'POST' && c.body?.activity);
    expect(created).toHaveLength(1);
    expect(created[0].body.channelData.channel.id).toBe(a.channelId);
    const activity = created[0].body.activity;
    expect(activity.entities).toContainEqual(
      expect.objectContaining({ type: 'mention', mentioned: expect.objectContaining({ id: kari.id }) }),
    );
    expect(activity.text).toContain(`<at>${kari.name}</at>`);
    const posted = cardsIn(activity)[0];
    expect(JSON.stringify(posted)).toContain(question);
    const save = executes(posted).find((x) => x.verb === 'guidelines.saveAnswer')!;

    // Teams merges the shown card's inputs into the action data.
    const refused = await t.post(cardAction(a, ola, save.verb, { ...save.data, answer: leaderAnswer }));
    expect(JSON.stringify(refused.body.value)).toContain('Bare nettverkets ledere');
    const beforeSave = t.connector.emulator.calls.length;
    const saved = await t.post(
      cardAction(a, kari, save.verb, { ...save.data, answer: leaderAnswer }, { replyToId: '4242' }),
    );
    expect(saved.body.statusCode).toBe(200);
    expect(JSON.stringify(saved.body.value)).toContain('Svar lagret av Kari Nordmann');
    const updates = t.connector.emulator.calls.slice(beforeSave).filter((c: any) => c.method === 'PUT');
    expect(updates).toHaveLength(1);
    expect(JSON.stringify(updates[0].body)).toContain('parkering dekkes');
  });

  it('a saved leader answer answers later questions in the same network, and never in another', async () => {
    const same = JSON.stringify(
      (await replyCard(channelMessage(a, per, 'Får vi dekket parkering på samlinger?'))).card,
    );
    expect(same).toContain('parkering dekkes');
    expect(same).toContain('Svar fra nettverkslederen i Læringsnettverk 1');
    const other = JSON.stringify(
      (await replyCard(channelMessage(b, per, 'Får vi dekket parkering på samlinger?'))).card,
    );
    expect(other).not.toContain('parkering dekkes');
    expect(other).toContain('Ikke dekket av dokumentene');
    // It survives a restart: the answers live in the store, the cache only in memory.
    await t.restart();
    const again = JSON.stringify(
      (await replyCard(channelMessage(a, per, 'Får vi dekket parkering på samlinger?'))).card,
    );
    expect(again).toContain('parkering dekkes');
  });

  it('the message extension query returns result cards with previews', async () => {
    const res = await t.post(composeExtensionQuery(a, per, 'revisor'));
    expect(res.status).toBe(200);
    const attachments = res.body.composeExtension.attachments;
    expect(res.body.composeExtension.type).toBe('result');
    expect(attachments.length).toBeGreaterThan(0);
    for (const att of attachments) {
      expect(att.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(checkCard(att.content).errors).toEqual([]);
      expect(att.preview.content.title).toBeTruthy();
    }
    expect(JSON.stringify(attachments)).toContain('200 000');
  });

  it('a question with a figure gets the rule applied to it, the same in the chat and in the message extension', async () => {
    const q = 'vi fikk 175k i år, trenger vi revisor';
    const { card } = await replyCard(channelMessage(a, ola, q));
    expect(checkCard(card).errors).toEqual([]);
    const chat = JSON.stringify(card);
    expect(chat).toContain('175 000 kr er ikke over grensen på 200 000 kr');
    expect(chat).toContain('Kilde:');
    const res = await t.post(composeExtensionQuery(a, per, q));
    const first = res.body.composeExtension.attachments[0];
    expect(JSON.stringify(first.content)).toContain('175 000 kr er ikke over grensen på 200 000 kr');
  });

  it('a gate decline says why, offers up to three topics and the network leader, and asserts nothing', async () => {
    const { card } = await replyCard(channelMessage(a, ola, 'hva er søknadsfristen for 2027'));
    const text = JSON.stringify(card);
    expect(text).toContain('Ikke dekket av dokumentene');
    expect(text).toContain('det året');
    expect(text).not.toContain('Kilde:');
    const buttons = executes(card);
    expect(buttons.filter((x) => x.verb === 'guidelines.topic').length).toBeLessThanOrEqual(3);
    expect(buttons.some((x) => x.verb === 'guidelines.escalate')).toBe(true);
  });
});

describe('GUIDELINES_DIR through startApp', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'nb-guidelines-app-'));
    dir = join(root, 'retningslinjer');
    mkdirSync(dir);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a bad knowledge file stops start-up with the file and the field in the message', async () => {
    writeFileSync(
      join(dir, 'presiseringer.json'),
      JSON.stringify({
        entries: [
          {
            id: 'op-tolk',
            topic: 'Tolk på samlinger',
            questions: ['Kan vi leie tolk til samlingene?'],
            answer: 'Tolk kan leies inn når en deltaker trenger det.',
            source: { title: 'Statsforvalteren', section: 'Tolk', year: 'i fjor' },
          },
        ],
      }),
    );
    const store = new SqliteStore(join(root, 'db.sqlite'));
    try {
      await expect(
        startApp({
          config: loadConfig({
            PORT: '0',
            DATABASE_URL: `sqlite:${join(root, 'db.sqlite')}`,
            LOG_LEVEL: 'silent',
            GUIDELINES_DIR: dir,
          }),
          log: createLogger('silent'),
          store,
          host: '127.0.0.1',
          schedulerIntervalMs: 0,
        }),
      ).rejects.toThrow(/presiseringer\.json: feltet entries\[0\]\.source\.year/);
    } finally {
      await store.close();
    }
  });

  it('the running bot answers from the operator documents', async () => {
    writeFileSync(join(dir, '2025-retningslinjer.md'), doc2025);
    const t = await startTestApp({ env: { GUIDELINES_DIR: dir } });
    try {
      const net = networkFixture(t.connector.url, 3);
      await t.post(botAddedToTeam(net, kari));
      const before = t.connector.emulator.calls.length;
      await t.post(channelMessage(net, ola, 'Dekkes reiseutgifter til samlinger?'));
      const reply = JSON.stringify(t.connector.emulator.calls.slice(before).map((c: any) => c.body));
      expect(reply).toContain('Retningslinjer for læringsnettverk, revidert 2025, Reiseutgifter (2025)');
    } finally {
      await t.close();
    }
  });
});
