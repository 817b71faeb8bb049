import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCard } from '../support/card-check.ts';
import type { Services } from '../../src/app/services.ts';
import type { ActionResult, Feature } from '../../src/commands/spec.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { AdaptiveCard, Reply, RequestContext } from '../../src/conversation/types.ts';
import { checkPrivacy, guidelinesFeature, voterKey } from '../../src/guidelines/feature.ts';
import { loadBotKnowledge } from '../../src/guidelines/startup.ts';
import { createLogger } from '../../src/log.ts';
import type { Messenger, OutgoingMessage, Posted } from '../../src/messaging/messenger.ts';
import type { ConversationRef, Network, Person } from '../../src/networks/network.ts';
import { Scheduler } from '../../src/scheduler/scheduler.ts';
import { urlSigner } from '../../src/security/secrets.ts';
import { questionOf, questionRef } from '../../src/guidelines/use-cases/escalation-ref.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { executeActions as executes } from '../support/cards.ts';

const TENANT = 't-1';
const kari: Person = { id: '29:kari', aadObjectId: 'aad-kari', name: 'Kari Nordmann' }; // leader of A
const ola: Person = { id: '29:ola', aadObjectId: 'aad-ola', name: 'Ola Hansen' }; // member of A
const per: Person = { id: '29:per', aadObjectId: 'aad-per', name: 'Per Persen' }; // member of A and B
const siv: Person = { id: '29:siv', aadObjectId: 'aad-siv', name: 'Siv Solberg' }; // no recorded role
const FNR = '15076500565'; // a valid-looking fødselsnummer (mod-11 check digits hold)

/** Records what the feature sends proactively; the real sender is covered end to end. */
class RecordingMessenger implements Messenger {
  threads: { network: Network; message: OutgoingMessage }[] = [];
  updates: { conversationId: string; activityId: string; message: OutgoingMessage }[] = [];
  fail = false;
  async startThread(network: Network, message: OutgoingMessage): Promise<Posted> {
    if (this.fail) throw new Error('connector down');
    this.threads.push({ network, message });
    const id = String(9000 + this.threads.length);
    return { conversationId: `${network.channelId};messageid=${id}`, activityId: id };
  }
  async send(): Promise<Posted> {
    throw new Error('not expected');
  }
  async update(conversation: ConversationRef, activityId: string, message: OutgoingMessage): Promise<void> {
    this.updates.push({ conversationId: conversation.conversationId, activityId, message });
  }
  async sendToPerson(): Promise<Posted | null> {
    throw new Error('not expected');
  }
}

const network = (networkId: string, name: string): Omit<Network, 'createdAt' | 'updatedAt'> => ({
  tenantId: TENANT,
  networkId,
  scope: 'team',
  name,
  teamId: networkId,
  channelId: `${networkId}-channel`,
  conversation: {
    serviceUrl: 'http://127.0.0.1:1/',
    channelId: 'msteams',
    conversationId: `${networkId}-channel`,
    conversationType: 'channel',
    tenantId: TENANT,
    botId: '28:bot',
  },
  active: true,
  installedBy: kari,
});

const guidelines = loadBotKnowledge();

let dir: string;
let store: SqliteStore;
let messenger: RecordingMessenger;
let feature: Feature;
let netA: Network;
let netB: Network;
const clock = new ManualClock('2026-11-23T08:00:00Z');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nb-guidelines-'));
  store = new SqliteStore(join(dir, 'db.sqlite'));
  messenger = new RecordingMessenger();
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, LOG_LEVEL: 'silent' });
  const log = createLogger('silent');
  const services: Services = {
    config,
    store,
    clock,
    log,
    messenger,
    scheduler: new Scheduler({ jobs: store.jobs, handlers: [], clock, log }),
    publicUrl: () => 'http://127.0.0.1',
    signer: await urlSigner(store.secrets, clock.now()),
  };
  feature = guidelinesFeature(services, { guidelines });
  const now = clock.now();
  await store.networks.upsert(network('team-a', 'Læringsnettverk Øst'), now);
  await store.networks.upsert(network('team-b', 'Læringsnettverk Vest'), now);
  netA = (await store.networks.get(TENANT, 'team-a'))!;
  netB = (await store.networks.get(TENANT, 'team-b'))!;
  await store.people.setRole(TENANT, 'team-a', kari, 'leader', now);
  await store.people.setRole(TENANT, 'team-a', ola, 'member', now);
  await store.people.setRole(TENANT, 'team-a', per, 'member', now);
  await store.people.setRole(TENANT, 'team-b', per, 'member', now);
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

function ctx(actor: Person, where: Network | 'personal', cardActivityId: string | null = null): RequestContext {
  const inNetwork = where !== 'personal';
  return {
    scope: {
      tenantId: TENANT,
      conversationType: inNetwork ? 'channel' : 'personal',
      conversationId: inNetwork ? `${where.channelId};messageid=1` : `a:${actor.id}`,
      network: inNetwork ? where : null,
      threadId: inNetwork ? '1' : null,
      activityId: '1',
      cardActivityId,
    },
    actor,
    text: '',
    mentions: [],
    now: clock.now(),
    log: createLogger('silent'),
  };
}

async function ask(actor: Person, where: Network | 'personal', question: string): Promise<Reply[]> {
  return feature.question!(ctx(actor, where), question);
}

function onlyCard(replies: Reply[]): AdaptiveCard {
  expect(replies).toHaveLength(1);
  expect(replies[0]!.kind).toBe('card');
  return (replies[0] as { card: AdaptiveCard }).card;
}

async function act(verb: string, actor: Person, where: Network | 'personal', data: unknown): Promise<ActionResult> {
  const spec = feature.actions!.find((a) => a.verb === verb)!;
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) throw new Error(`bad data for ${verb}: ${parsed.error.message}`);
  return spec.run(ctx(actor, where), parsed.data);
}

const cardText = (c: unknown) => JSON.stringify(c);

describe('guidelines feature: answers by chat', () => {
  it('answers a channel question with the source (document, section, year) and Nyttig / Ikke nyttig / Spør nettverkslederen', async () => {
    const c = onlyCard(await ask(ola, netA, 'Hvor mye kan vi bruke på overhead?'));
    expect(checkCard(c).errors).toEqual([]);
    const text = cardText(c);
    expect(text).toContain('5 prosent');
    expect(text).toContain('Kilde: Rammer og føringer');
    expect(text).toContain('3. Forvaltning og rapportering');
    expect(text).toContain('(2024)');
    const buttons = executes(c);
    expect(buttons.map((b) => b.title)).toEqual(['Nyttig', 'Ikke nyttig', 'Spør nettverkslederen']);
    expect(buttons[0]!.data).toMatchObject({ networkId: 'team-a', vote: 'up' });
    expect(buttons[0]!.data.entryId).toBeTruthy();
    expect(buttons[2]!.data).toEqual({ ref: expect.any(String), networkId: 'team-a' });
    expect(await questionOf(store.secrets, buttons[2]!.data.ref, clock.now())).toBe(
      'Hvor mye kan vi bruke på overhead?',
    );
  });

  it('shows the older rule next to the current one', async () => {
    const text = cardText(onlyCard(await ask(ola, netA, 'Trenger vi revisor?')));
    expect(text).toContain('200 000');
    expect(text).toContain('Tidligere regel');
    expect(text).toContain('2022');
  });

  it('declines plainly with at most three nearest topics and the escalation, never a weak answer', async () => {
    const c = onlyCard(await ask(ola, netA, 'Hvem er ordfører i Eidsvoll?'));
    expect(checkCard(c).errors).toEqual([]);
    const text = cardText(c);
    expect(text).toContain('Ikke dekket av dokumentene');
    expect(text).toContain('Mente du');
    expect(text).not.toContain('Kilde:');
    const buttons = executes(c);
    const topics = buttons.filter((b) => b.verb === 'guidelines.topic');
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.length).toBeLessThanOrEqual(3);
    expect(buttons.some((b) => b.verb === 'guidelines.feedback')).toBe(false);
    expect(buttons.filter((b) => b.verb === 'guidelines.escalate')).toHaveLength(1);
  });

  it('a "Mente du …?" button answers that very topic, even one whose title alone would be declined', async () => {
    // Whichever entry's title, asked alone, does not find that entry (the knowledge files change; the rule does not).
    const hit = guidelines.search('', 1000).find((h) => {
      const a = guidelines.answer(h.topic);
      return !a.answered || a.entryId !== h.id;
    })!;
    expect(hit).toBeDefined();
    const res = await act('guidelines.topic', ola, netA, { id: hit.id, topic: hit.topic, networkId: 'team-a' });
    expect(res.kind).toBe('card');
    const c = (res as { card: AdaptiveCard }).card;
    expect(cardText(c)).toContain('Svar fra retningslinjene');
    expect(executes(c).find((b) => b.verb === 'guidelines.feedback')!.data.entryId).toBe(hit.id);
  });

  it('keeps text with a fødselsnummer out of cards and the store', async () => {
    const replies = await ask(ola, netA, `Kan vi bruke midler på barnet med fnr ${FNR}?`);
    expect(replies).toEqual([{ kind: 'text', text: expect.stringContaining('fødselsnummer') }]);
    expect(cardText(replies)).not.toContain(FNR);
    const esc = await act('guidelines.escalate', ola, netA, {
      ref: await questionRef(store.secrets, `Gjelder ${FNR.slice(0, 6)} ${FNR.slice(6)}?`, clock.now()),
      networkId: 'team-a',
    });
    expect(esc).toEqual({ kind: 'message', text: expect.stringContaining('fødselsnummer') });
    expect(messenger.threads).toHaveLength(0);
    expect(checkPrivacy('Ring 22 33 44 55, postnr 0150').ok).toBe(true);
    expect(checkPrivacy(`fnr:${FNR}.`).ok).toBe(false);
  });
});

describe('guidelines feature: votes', () => {
  it('stores Nyttig as entry id and vote only, one vote per person that a second click replaces', async () => {
    const c = onlyCard(await ask(ola, netA, 'Hvor mye kan vi bruke på overhead?'));
    const [useful, notUseful] = executes(c);
    expect(await act('guidelines.feedback', ola, netA, useful!.data)).toEqual({
      kind: 'message',
      text: 'Takk! Tilbakemeldingen er lagret.',
    });
    await act('guidelines.feedback', ola, netA, useful!.data);
    await act('guidelines.feedback', kari, netA, useful!.data);
    expect(await store.guidelines.feedbackCounts(TENANT, 'team-a')).toEqual([
      { entryId: useful!.data.entryId, up: 2, down: 0 },
    ]);
    await act('guidelines.feedback', ola, netA, notUseful!.data);
    expect(await store.guidelines.feedbackCounts(TENANT, 'team-a')).toEqual([
      { entryId: useful!.data.entryId, up: 1, down: 1 },
    ]);
    const rows = store.db.prepare('SELECT * FROM guideline_feedback ORDER BY at, voter_key').all() as Record<
      string,
      unknown
    >[];
    expect(Object.keys(rows[0]!).sort()).toEqual(['at', 'entry_id', 'network_id', 'tenant_id', 'vote', 'voter_key']);
    expect(JSON.stringify(rows)).not.toMatch(/Hvor mye|Ola|29:ola|aad-ola/);
    expect(rows.map((r) => r.voter_key)).toContain(voterKey(TENANT, 'aad-ola'));
  });

  it('refuses a vote from a card of another network', async () => {
    const res = await act('guidelines.feedback', ola, netA, { entryId: 'x', networkId: 'team-b', vote: 'up' });
    expect(res).toEqual({
      kind: 'message',
      text: 'Dette kortet hører til et annet nettverk enn samtalen, så ingenting ble endret.',
    });
  });
});

describe('guidelines feature: asking the network leader', () => {
  const question = 'Dekker nettverket parkering ved samlingene?';
  let escalationId = '';

  it('posts the question as a new thread in the network channel, mentioning the leaders, once', async () => {
    const c = onlyCard(await ask(ola, netA, question));
    expect(cardText(c)).toContain('Ikke dekket av dokumentene');
    const button = executes(c).find((b) => b.verb === 'guidelines.escalate')!;
    const res = await act('guidelines.escalate', ola, netA, button.data);
    expect(res).toEqual({ kind: 'message', text: expect.stringContaining('Læringsnettverk Øst') });
    expect(messenger.threads).toHaveLength(1);
    const posted = messenger.threads[0]!;
    expect(posted.network.networkId).toBe('team-a');
    expect(posted.message.mentions?.map((m) => m.id)).toEqual([kari.id]);
    expect(posted.message.text).toContain(`@${kari.name}`);
    const save = executes(posted.message.card).find((b) => b.verb === 'guidelines.saveAnswer')!;
    expect(cardText(posted.message.card)).toContain('Lagre svar');
    expect(cardText(posted.message.card)).toContain(question);
    escalationId = save.data.escalationId;
    // A double click posts nothing more.
    expect(await act('guidelines.escalate', ola, netA, button.data)).toEqual({
      kind: 'message',
      text: expect.stringContaining('allerede'),
    });
    expect(messenger.threads).toHaveLength(1);
  });

  it('lets only a leader save an answer, and checks its length and content', async () => {
    const data = {
      networkId: 'team-a',
      escalationId,
      answer: 'Ja, parkering dekkes etter regning for samlinger som styringsgruppa har vedtatt.',
    };
    const refused = await act('guidelines.saveAnswer', ola, netA, data);
    expect(refused).toEqual({ kind: 'message', text: expect.stringContaining('Bare nettverkets ledere') });
    expect(await act('guidelines.saveAnswer', kari, netA, { ...data, answer: 'Ja.' })).toEqual({
      kind: 'message',
      text: expect.stringContaining('minst 10 tegn'),
    });
    expect(await act('guidelines.saveAnswer', kari, netA, { ...data, answer: `Ja, for ${FNR} spesielt.` })).toEqual({
      kind: 'message',
      text: expect.stringContaining('fødselsnummer'),
    });
    expect(await act('guidelines.saveAnswer', kari, netA, { ...data, escalationId: 'nope' })).toEqual({
      kind: 'message',
      text: expect.stringContaining('Fant ikke'),
    });
    expect(await act('guidelines.saveAnswer', kari, netB, data)).toMatchObject({ kind: 'message' });
    expect(await store.guidelines.listLocalAnswers(TENANT, 'team-a')).toEqual([]);
  });

  it('saves a leader answer, shows it on the posted card for everyone, and answers later questions in that network only', async () => {
    const before = guidelines.answer(question);
    expect(before.answered).toBe(false);
    const res = await act('guidelines.saveAnswer', kari, netA, {
      networkId: 'team-a',
      escalationId,
      answer: 'Ja, parkering dekkes etter regning for samlinger som styringsgruppa har vedtatt.',
    });
    expect(res.kind).toBe('card');
    expect(cardText(res)).toContain('Svar lagret av Kari Nordmann');
    expect(messenger.updates).toHaveLength(1);
    expect(messenger.updates[0]!.activityId).toBe('9001');
    expect(cardText(messenger.updates[0]!.message.card)).toContain('parkering dekkes');

    const later = cardText(onlyCard(await ask(per, netA, 'Får vi dekket parkering på samlinger?')));
    expect(later).toContain('parkering dekkes');
    expect(later).toContain('Svar fra nettverkslederen i Læringsnettverk Øst');
    const elsewhere = cardText(onlyCard(await ask(per, netB, 'Får vi dekket parkering på samlinger?')));
    expect(elsewhere).not.toContain('parkering dekkes');
    expect(elsewhere).toContain('Ikke dekket av dokumentene');
  });

  it("heads a saved answer as the leader's, not the guidelines', with the date once and no revision note", async () => {
    const c = onlyCard(await ask(per, netA, 'Dekkes parkering når vi har samling?'));
    expect(checkCard(c).errors).toEqual([]);
    const text = cardText(c);
    expect(text).toContain('parkering dekkes');
    expect(text).toContain('"text":"Svar fra nettverkslederen"');
    expect(text).not.toContain('Svar fra retningslinjene');
    expect(text).toMatch(/Lagret av Kari Nordmann \d\d\.\d\d\.2026"/);
    expect(text).not.toContain('(2026)');
    expect(text).not.toContain('revideres');
    // A built-in answer in the same network keeps the guidelines heading and, with the clock at
    // November 2026, the note that the 2024 guidelines were due for revision in February 2025.
    const builtIn = cardText(onlyCard(await ask(per, netA, 'Hvor mye kan vi bruke på overhead?')));
    expect(builtIn).toContain('Svar fra retningslinjene');
    expect(builtIn).toContain('februar 2025');
  });

  it('says so when the channel cannot be reached, and posts on the next click', async () => {
    messenger.fail = true;
    const ref = await questionRef(store.secrets, 'Kan vi leie lokaler på hotell til samlingen?', clock.now());
    expect(await act('guidelines.escalate', ola, netA, { ref, networkId: 'team-a' })).toEqual({
      kind: 'message',
      text: expect.stringContaining('Prøv igjen'),
    });
    messenger.fail = false;
    const count = messenger.threads.length;
    expect(await act('guidelines.escalate', ola, netA, { ref, networkId: 'team-a' })).toEqual({
      kind: 'message',
      text: expect.stringContaining('sendt'),
    });
    expect(messenger.threads).toHaveLength(count + 1);
  });
});

describe('guidelines feature: personal chat', () => {
  it('with one network: uses its saved answers and escalates straight to it', async () => {
    const c = onlyCard(await ask(ola, 'personal', 'Får vi dekket parkering på samlinger?'));
    expect(cardText(c)).toContain('parkering dekkes');
    const decline = onlyCard(await ask(ola, 'personal', 'Hvem er ordfører i Eidsvoll?'));
    const data = executes(decline).find((b) => b.verb === 'guidelines.escalate')!.data;
    // N17: from a personal chat the private way comes first; the channel way is the other button.
    expect(data).toEqual({ ref: expect.any(String), networkId: 'team-a', way: 'private' });
    expect(await questionOf(store.secrets, data.ref, clock.now())).toBe('Hvem er ordfører i Eidsvoll?');
  });

  it('with several networks: offers a choice of them, and refuses a network the asker is not in', async () => {
    const c = onlyCard(await ask(per, 'personal', 'Hvem er ordfører i Eidsvoll?'));
    expect(checkCard(c).errors).toEqual([]);
    const text = cardText(c);
    expect(text).toContain('Input.ChoiceSet');
    expect(text).toContain('Læringsnettverk Øst');
    expect(text).toContain('Læringsnettverk Vest');
    const send = executes(c).find((b) => b.verb === 'guidelines.escalate' && b.data.way === 'channel')!;
    expect(send.data).toEqual({ ref: expect.any(String), way: 'channel' });
    const count = messenger.threads.length;
    const res = await act('guidelines.escalate', per, 'personal', { ...send.data, networkId: 'team-b' });
    expect(res).toEqual({ kind: 'message', text: expect.stringContaining('Læringsnettverk Vest') });
    expect(messenger.threads.at(-1)!.network.networkId).toBe('team-b');
    expect(await act('guidelines.escalate', ola, 'personal', { ...send.data, networkId: 'team-b' })).toEqual({
      kind: 'message',
      text: expect.stringContaining('nettverk du er med i'),
    });
    expect(messenger.threads).toHaveLength(count + 1);
  });

  it('with no known network: answers, and says where to ask the leader instead of offering a button that cannot work', async () => {
    const answered = onlyCard(await ask(siv, 'personal', 'Hvor mye kan vi bruke på overhead?'));
    expect(cardText(answered)).toContain('5 prosent');
    const declined = onlyCard(await ask(siv, 'personal', 'Hvem er ordfører i Eidsvoll?'));
    expect(executes(declined).some((b) => b.verb === 'guidelines.escalate')).toBe(false);
    expect(cardText(declined)).toContain('Still spørsmålet i nettverkets kanal');
    expect(cardText(declined)).not.toContain('parkering dekkes');
  });
});

describe('guidelines feature: message extension search', () => {
  it('returns result cards with title and preview, each a valid card under 28 KB without buttons', async () => {
    const results = await feature.search!(ctx(ola, netA), 'revisor');
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(8);
    for (const r of results) {
      expect(r.title).toBeTruthy();
      expect(r.preview).toContain('Kilde:');
      expect(checkCard(r.card).errors).toEqual([]);
      expect(executes(r.card)).toEqual([]);
    }
    expect(results.map((r) => cardText(r.card)).join()).toContain('200 000');
  });

  it("lists a few topics for an empty query: this network's own answers first, then the newest rules", async () => {
    const results = await feature.search!(ctx(ola, netA), '  ');
    expect(results.length).toBe(8);
    expect(results[0]!.preview).toContain('Svar fra nettverkslederen i Læringsnettverk Øst');
    expect(results[1]!.preview).toContain('2024');
    const other = await feature.search!(ctx(ola, netB), '');
    expect(other.map((r) => r.preview).join()).not.toContain('Læringsnettverk Øst');
  });
});
