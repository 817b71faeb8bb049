import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { speaker, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader

// Odd forms of the new commands: each gets an answer in Norwegian, none crashes the bot.
const LINES = [
  'kommuner ,,,',
  'kommuner ' + 'Nes, '.repeat(80),
  'kommuner 1234',
  'kommuner <script>',
  'kommuner Nes og og Hurdal',
  'til stede',
  'til stede alle alle',
  'til stede ,',
  'forfall ' + 'x'.repeat(300),
  'til stede Nes; Hurdal',
  'oppgave',
  'oppgave T',
  'oppgave T0',
  'oppgave T99999999 ferdig',
  'oppgave T1 utsett',
  'oppgave T1 utsett 31.02',
  'oppgave T1 ny ansvarlig',
  'oppgave T1 tekst',
  'oppgave Hurdal',
  'oppgave Hurdal innen',
  'oppgave : innen 12.12',
  'oppgave @Ukjent Person lage plan',
  'godkjent',
  'godkjent nå',
  'rett referat',
  'rett referat 99.99',
  'rett referat i morgen',
  'angre',
  'angre angre',
];

describe('odd input to the meeting commands', () => {
  let t: TestApp;
  let net: NetworkFixture;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-27T08:05:00Z', kari));
  });
  afterAll(async () => t?.close());

  for (const during of [false, true]) {
    it(`every line gets an answer ${during ? 'in a running meeting' : 'outside a meeting'}`, async () => {
      const s = speaker(t, net, during ? '200002' : '200001');
      if (during) await s.say(kari, 'kommuner Nes, Hurdal');
      if (during) await s.say(kari, 'start møte');
      for (const line of LINES) {
        const out = await s.bodies(kari, line);
        expect(out.length, line).toBeGreaterThan(0);
        expect(JSON.stringify(out), line).not.toMatch(/Internal|undefined|\[object Object\]|NaN/);
      }
    });
  }

  it('"neste uke" in the meeting names what was typed, never NaN, and moves nothing', async () => {
    const s = speaker(t, net, '200002');
    const out = await s.say(kari, 'neste uke');
    expect(out).toContain('ikke «uke»');
    expect(out).not.toContain('NaN');
  });

  it('"innen" with no date is refused, not saved as task text', async () => {
    const s = speaker(t, net, '200003');
    const out = await s.say(kari, 'oppgave Hurdal lage plan innen');
    expect(out).toContain('Send på nytt');
    expect((await t.app.services.store.tasks.listAll(net.tenantId, net.teamId)).map((x) => x.text)).not.toContain(
      'lage plan',
    );
  });

  it('card buttons with broken data are refused with a message, never a crash', async () => {
    for (const [verb, data] of [
      ['task.resend', { networkId: net.teamId, line: '', mentions: '{not json' }],
      ['task.resend', { networkId: net.teamId, line: 'oppgave', mentions: '[{"id":1}]' }],
      ['minutes.correct', { networkId: net.teamId, meetingId: 'M9', entryId: 'e1' }],
      ['minutes.remove', { networkId: net.teamId, meetingId: 'M1', entryId: 'nope' }],
      ['minutes.approve', { networkId: net.teamId, meetingId: 'M0' }],
    ] as const) {
      const res = await t.post(cardAction(net, kari, verb, data, { thread: '200002', replyToId: '200002' }));
      expect(res.status, verb).toBe(200);
      expect(JSON.stringify(res.body), verb).not.toMatch(/Internal|undefined/);
    }
  });
});
