import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { outgoingPrivacy, toActivity } from '../../bot/outgoing.ts';
import type { AdaptiveCard } from '../../src/conversation/types.ts';
import { ManualClock } from '../../src/time/clock.ts';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { person, personalMessage } from '../support/teams.ts';
import { mistypedNationalId, validNationalId } from '../support/national-id.ts';
import { carries, spellings } from '../support/national-id-spellings.ts';

const kari = person('Kari Nordmann', 1);
const MARK = '[fødselsnummer fjernet]';
const fnr = validNationalId('241288', '456');
const wrong = mistypedNationalId(validNationalId('010190', '123'));

/** A card that repeats each spelling of both numbers, in text, a fact, an input and action data. */
function cardWith(id: string): AdaptiveCard {
  const all = Object.values(spellings(id));
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      ...all.map((s) => ({ type: 'TextBlock', text: `Du skrev: «${s}»`, wrap: true })),
      { type: 'FactSet', facts: all.map((s, i) => ({ title: `Linje ${i + 1}`, value: s })) },
      { type: 'Input.Text', id: 'fritekst', value: all.join('\n') },
    ],
    actions: [{ type: 'Action.Execute', title: 'Prøv igjen', verb: 'retry', data: { typed: all[0] } }],
  };
}

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('proactive sends through the messenger', () => {
  it('new threads, replies, updates and personal messages carry the mark, never the number', async () => {
    const started = await startWithNetworks(1, kari, { clock: new ManualClock('2026-11-23T08:00:00Z') });
    t = started.t;
    const net = started.nets[0]!;
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    const messenger = t.app.services.messenger;
    const before = t.connector.emulator.calls.length;

    for (const id of [fnr, wrong]) {
      const posted = await messenger.startThread(network, { card: cardWith(id), summary: `Frist for ${id}` });
      await messenger.send(
        network.conversation,
        { text: `Påminnelse om ${Object.values(spellings(id)).join(' og ')}` },
        posted.activityId,
      );
      await messenger.update(
        network.conversation,
        posted.activityId,
        { card: cardWith(id), summary: id },
        posted.activityId,
      );
      // A personal chat the bot already knows (opened by Kari writing to it first).
      await t.post(personalMessage(net.serviceUrl, net.tenantId, kari, 'hjelp'));
      await messenger.sendToPerson(
        net.tenantId,
        { id: kari.id, name: kari.name },
        { text: `Til deg: ${id}`, card: cardWith(id) },
      );
    }

    const sent = t.connector.emulator.calls
      .slice(before)
      .filter((c) => ['create', 'send', 'reply', 'update'].includes(c.kind));
    expect(sent.map((c) => c.kind)).toEqual(expect.arrayContaining(['create', 'update']));
    const json = JSON.stringify(sent.map((c) => c.body));
    expect(carries(json, fnr)).toBe(false);
    expect(carries(json, wrong)).toBe(false);
    expect(json).toContain(MARK);
    expect(json).toContain('Du skrev: «[fødselsnummer fjernet]»');
    expect(json).toContain('"verb":"retry"'); // the card still works: only the number is gone
  });
});

describe('the adapter middleware', () => {
  it('guards an invoke answer (a card returned to the clicker) as it guards messages', async () => {
    const adapter = new TestAdapter(async (context) => {
      const seen: Partial<Activity>[] = [];
      // Registered after the middleware's hook, so it sees what is really sent.
      context.onSendActivities(async (_c, activities, next) => {
        seen.push(...activities);
        return next();
      });
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: cardWith(fnr) },
        },
      });
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: 400, body: { code: 'BadRequest', message: `Ugyldig: ${fnr}` } },
      });
      await context.sendActivity(`Ekko ${fnr.slice(0, 6)} ${fnr.slice(6, 9)} ${fnr.slice(9)}`);
      const json = JSON.stringify(seen);
      expect(seen).toHaveLength(3);
      expect(carries(json, fnr)).toBe(false);
      expect(json.split(MARK).length).toBeGreaterThan(3);
    });
    adapter.use(outgoingPrivacy);
    await adapter.send('hei');
  });

  it('guards again what changed after toActivity guarded an activity (issue #14: guarded once, not skipped)', async () => {
    const adapter = new TestAdapter(async (context) => {
      const seen: Partial<Activity>[] = [];
      context.onSendActivities(async (_c, activities, next) => {
        seen.push(...activities);
        return next();
      });
      // Guarded by toActivity, then given new text and a new card before it is sent.
      const replaced = toActivity({ text: 'Hei', card: cardWith(fnr) });
      replaced.text = `Nytt: ${fnr}`;
      replaced.attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: cardWith(wrong) }];
      replaced.summary = `Sammendrag ${wrong}`;
      await context.sendActivity(replaced);
      // Guarded by toActivity and sent unchanged: still the mark, never the number.
      await context.sendActivity(toActivity({ card: cardWith(fnr), summary: `Om ${fnr}` }));
      const json = JSON.stringify(seen);
      expect(seen).toHaveLength(2);
      expect(carries(json, fnr)).toBe(false);
      expect(carries(json, wrong)).toBe(false);
      expect(seen[0]!.text).toBe(`Nytt: ${MARK}`);
      expect(seen[1]!.summary).toBe(`Om ${MARK}`);
    });
    adapter.use(outgoingPrivacy);
    await adapter.send('hei');
  });

  it('guards an update', async () => {
    let updated: Partial<Activity> | null = null;
    const adapter = new TestAdapter(async (context) => {
      context.onUpdateActivity(async (_c, activity, next) => {
        updated = { ...activity };
        return next();
      });
      await context.updateActivity({
        id: '1',
        type: 'message',
        text: `Oppdatert ${fnr}`,
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: cardWith(wrong) }],
      });
    });
    adapter.use(outgoingPrivacy);
    await adapter.send('hei');
    expect(updated).not.toBeNull();
    expect(carries(JSON.stringify(updated), fnr)).toBe(false);
    expect(carries(JSON.stringify(updated), wrong)).toBe(false);
    expect(updated!.text).toBe(`Oppdatert ${MARK}`);
  });
});
