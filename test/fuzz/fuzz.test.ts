import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { route } from '../../src/commands/router.ts';
import { parseSchedule } from '../../src/meetings/schedule-text.ts';
import { createLogger } from '../../src/log.ts';
import type { TestApp } from '../support/app.ts';
import { installedApp } from '../support/installed.ts';
import { cardAction, channelMessage, person, type NetworkFixture } from '../support/teams.ts';

const RUNS = 10_000;
const word = fc.constantFrom(
  'hjelp',
  'agenda',
  'agenda +',
  'start møte',
  'oppgave',
  'vedtak:',
  'info:',
  'angre',
  'punkt',
  'frist',
  'frister',
  'leder +',
  'referat',
  'møteplan',
  'til stede',
  '@Ola',
  '30.09',
  'innen',
  '?',
);
const commandish = fc.tuple(fc.array(word, { maxLength: 4 }), fc.string()).map(([w, s]) => `${w.join(' ')} ${s}`);

describe('fuzzing the parsers', () => {
  it('routes any text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), commandish), (s) => void route(s, [])),
      { numRuns: RUNS },
    );
  });

  it('parses any schedule text without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          commandish.map((s) => `siste fredag ${s}`),
        ),
        (s) => {
          const r = parseSchedule(s);
          if (!r.ok) expect(r.example).toContain('møteplan');
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing the bot', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const kari = person('Kari Nordmann', 1);
  // Every verb a feature registers (so a new button is fuzzed without anyone listing it), plus unknown ones.
  let verbs: fc.Arbitrary<string>;
  // Mostly arbitrary JSON, but also objects with the keys buttons really send and values that are
  // sometimes right (a real id, this network) and sometimes not, to get past the first checks.
  let data: fc.Arbitrary<unknown>;

  beforeAll(async () => {
    ({ t, net } = await installedApp(kari));
    const registered = t.app.dispatcher.features.flatMap((f) => (f.actions ?? []).map((a) => a.verb));
    expect(registered.length).toBeGreaterThan(10);
    verbs = fc.constantFrom(...registered, 'nope', '');
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('T1', 'F1', 'M1', 'P1', net.teamId, new Date().toISOString(), ''),
      fc.jsonValue(),
    );
    const keys = fc.constantFrom(
      'taskId',
      'deadlineId',
      'proposalId',
      'meetingId',
      'networkId',
      'expires',
      'due',
      'date',
      'title',
      'agendaText',
      'vote',
      'entryId',
      'status',
      'text',
    );
    data = fc.oneof(fc.jsonValue(), fc.dictionary(keys, value, { maxKeys: 6 }));
  });
  afterAll(async () => t?.close());

  it(`answers ${RUNS} arbitrary card actions in the dispatcher with a result, never an exception`, async () => {
    const network = (await t.app.services.store.networks.get(net.tenantId, net.teamId))!;
    const ctx = {
      scope: {
        tenantId: net.tenantId,
        conversationType: 'channel' as const,
        conversationId: net.channelId,
        network,
        threadId: '1',
        activityId: '1',
        cardActivityId: null,
      },
      actor: { id: kari.id, aadObjectId: kari.aadObjectId, name: kari.name },
      text: '',
      mentions: [],
      now: new Date(),
      log: createLogger('silent'),
    };
    await fc.assert(
      fc.asyncProperty(verbs, data, async (verb, payload) => {
        const out = await t.app.dispatcher.handleAction(ctx, verb, payload);
        expect(['card', 'message', 'bad-request']).toContain(out.kind);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers 300 arbitrary invokes and messages over HTTP without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(verbs, data, fc.oneof(fc.string(), commandish), async (verb, payload, text) => {
        const invoke = await t.post(cardAction(net, kari, verb, payload));
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
