import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { route } from '../../src/commands/router.ts';
import { parseSchedule } from '../../src/meetings/schedule-text.ts';
import { createLogger } from '../../src/log.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { botAddedToTeam, cardAction, channelMessage, networkFixture, person, type NetworkFixture } from '../support/teams.ts';

const RUNS = 10_000;
const word = fc.constantFrom('hjelp', 'agenda', 'agenda +', 'start møte', 'oppgave', 'vedtak:', 'info:', 'angre', 'punkt', 'frist', 'frister', 'leder +', 'referat', 'møteplan', 'til stede', '@Ola', '30.09', 'innen', '?');
const commandish = fc.tuple(fc.array(word, { maxLength: 4 }), fc.string()).map(([w, s]) => `${w.join(' ')} ${s}`);

describe('fuzzing the parsers', () => {
  it('routes any text without throwing', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), commandish), (s) => void route(s, [])), { numRuns: RUNS });
  });

  it('parses any schedule text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), commandish.map((s) => `siste fredag ${s}`)), (s) => {
        const r = parseSchedule(s);
        if (!r.ok) expect(r.example).toContain('møteplan');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing the bot', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const kari = person('Kari Nordmann', 1);
  const verbs = fc.constantFrom('task.done', 'task.postpone', 'task.show', 'proposal.accept', 'agenda.save', 'deadline.done', 'deadline.checklist', 'guidelines.vote', 'help.show', 'nope', '');

  beforeAll(async () => {
    t = await startTestApp();
    net = networkFixture(t.connector.url);
    await t.post(botAddedToTeam(net, kari));
  });
  afterAll(async () => t?.close());

  it(`answers ${RUNS} arbitrary card actions in the dispatcher with a result, never an exception`, async () => {
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    const ctx = {
      scope: { tenantId: net.tenantId, conversationType: 'channel' as const, conversationId: net.channelId, network, threadId: '1', activityId: '1', cardActivityId: null },
      actor: { id: kari.id, aadObjectId: kari.aadObjectId, name: kari.name },
      text: '',
      mentions: [],
      now: new Date(),
      log: createLogger('silent'),
    };
    await fc.assert(
      fc.asyncProperty(verbs, fc.jsonValue(), async (verb, data) => {
        const out = await t.app.dispatcher.handleAction(ctx, verb, data);
        expect(['card', 'message', 'bad-request']).toContain(out.kind);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers 300 arbitrary invokes and messages over HTTP without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(verbs, fc.jsonValue(), fc.oneof(fc.string(), commandish), async (verb, data, text) => {
        const invoke = await t.post(cardAction(net, kari, verb, data));
        expect(invoke.status).toBeLessThan(500);
        const msg = await t.post(channelMessage(net, kari, text));
        expect(msg.status).toBe(200);
      }),
      { numRuns: 150 },
    );
    const broken = await t.post({ ...cardAction(net, kari, 'task.done', {}), value: undefined });
    expect(broken.status).toBeLessThan(500);
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  });
});
