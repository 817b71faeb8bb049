import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../bot/compose.ts';
import { ManualClock } from '../../../src/time/clock.ts';
import { startTwoInstances, type TwoInstances } from '../../support/instances.ts';
import {
  botAddedToTeam,
  cardAction,
  channelMessage,
  networkFixture,
  person,
  type NetworkFixture,
} from '../../support/teams.ts';
import { executeActions } from '../../support/cards.ts';
import { LOCAL_ANSWERS } from '../../../src/store/changes.ts';

const kari = person('Kari Nordmann', 1); // leader: she installs the bot
const ola = person('Ola Hansen', 2);
const texts = (calls: { body: unknown }[]) => calls.map((c) => JSON.stringify(c.body)).join('\n');

/**
 * Two bot instances behind one load balancer share one PostgreSQL database: each message goes to
 * whichever instance the balancer picks.
 */
describe('two instances on one PostgreSQL database, end to end', () => {
  let two: TwoInstances;
  let connector: TwoInstances['connector'];
  let apps: RunningApp[] = [];
  let net: NetworkFixture;
  const clock = new ManualClock('2026-11-27T08:05:00Z');
  const thread = '700001';

  const post = async (app: RunningApp, activity: object) => {
    const before = connector.emulator.calls.length;
    await two.post(app, activity);
    return connector.emulator.calls.slice(before);
  };
  const say = (i: number, who: typeof kari, text: string, mentions: (typeof kari)[] = []) =>
    post(apps[i]!, channelMessage(net, who, text, { thread, mentions }));

  beforeAll(async () => {
    // Each instance opens the database from its own DATABASE_URL, as a deployment does.
    two = await startTwoInstances(clock);
    ({ connector, apps } = two);
    net = networkFixture(connector.url);
    await post(apps[0]!, botAddedToTeam(net, kari));
  });
  afterAll(async () => two?.close());

  it('serves one meeting alternately: every entry once, in order, and angre takes back the last', async () => {
    expect(texts(await say(1, kari, 'start møte'))).toContain('Møtet 27.11.2026 er startet');
    expect(texts(await say(0, kari, 'start møte'))).toContain('allerede i gang');
    await say(0, kari, 'til stede Nes, Eidsvoll');
    await say(1, kari, 'vedtak: Nettverket søker om midler til felles veiledningsteam');
    await say(0, ola, 'info: Bufetat kan holde opplæring i mars');
    await say(1, ola, 'info: en feilføring');
    expect(texts(await say(0, ola, 'angre'))).toContain('Angret: notatet under punkt 1');
    expect(texts(await say(1, kari, 'oppgave @Ola Hansen sende utkast til søknad innen 15.01.2027', [ola]))).toContain(
      'Oppgave T1',
    );
    expect(texts(await say(0, kari, 'oppgave @Ola Hansen ringe Bufetat innen 20.01.2027', [ola]))).toContain(
      'Oppgave T2',
    );

    const store = apps[0]!.services.store;
    const entries = (await store.meetings.entries(net.tenantId, net.teamId, 'M1')) as { id?: string }[];
    const ids = entries.map((e) => e.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);

    const minutes = texts(await say(1, kari, 'avslutt møte'));
    expect(minutes).toContain('Referat fra møtet fredag 27. november 2026');
    const order = [
      'Nes',
      'felles veiledningsteam',
      'Bufetat kan holde opplæring',
      'sende utkast til søknad',
      'ringe Bufetat',
    ];
    const at = order.map((s) => minutes.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(minutes).not.toContain('en feilføring');
    // The log holds each line once, in the order it was said, whichever instance took it.
    const log = entries.map((e) => JSON.stringify(e));
    const where = order.map((s) => log.filter((l) => l.includes(s)).length);
    expect(where).toEqual([1, 1, 1, 1, 1]);
    const firstAt = order.map((s) => log.findIndex((l) => l.includes(s)));
    expect(firstAt).toEqual([...firstAt].sort((a, b) => a - b));
    expect((await store.tasks.listAll(net.tenantId, net.teamId)).map((t) => t.id)).toEqual(['T1', 'T2']);
  });

  it('handles an activity Teams delivers twice, once, whichever instances receive it', async () => {
    // The day's first meeting has ended: the first «start møte» asks, the second (on the other instance,
    // which reads the same mark) starts a new one (month round 6, N18).
    expect(texts(await say(0, kari, 'start møte'))).toContain('«start møte» en gang til');
    expect(texts(await say(1, kari, 'start møte'))).toContain('er startet');
    const line = channelMessage(net, ola, 'info: levert to ganger', { thread, id: 'dup-1' });
    const [first, second] = await Promise.all([post(apps[0]!, line), post(apps[1]!, line)]);
    expect(texts([...first, ...second]).split('levert to ganger').length - 1).toBeLessThanOrEqual(1);
    const entries = await apps[1]!.services.store.meetings.entries(net.tenantId, net.teamId, 'M2');
    expect(JSON.stringify(entries).split('levert to ganger').length - 1).toBe(1);
  });

  it('a leader answer saved through one instance answers the next question on the other (its cache is dropped)', async () => {
    const question = 'Dekker nettverket parkering ved samlingene?';
    const answer = 'Ja, parkering dekkes etter regning for samlinger som styringsgruppa har vedtatt.';
    // B answers first, so it holds the network's saved answers (none yet) in its cache.
    const declined = texts(await post(apps[1]!, channelMessage(net, ola, question)));
    expect(declined).toContain('Ikke dekket av dokumentene');
    const escalate = executeActions(
      JSON.parse(declined.split('\n').find((l) => l.includes('guidelines.escalate'))!),
    ).find((a) => a.verb === 'guidelines.escalate')!;
    const posted = texts(await post(apps[0]!, cardAction(net, ola, escalate.verb, escalate.data)));
    const save = executeActions(JSON.parse(posted.split('\n').find((l) => l.includes('guidelines.saveAnswer'))!)).find(
      (a) => a.verb === 'guidelines.saveAnswer',
    )!;

    // B's store tells B's cache; the test hears the same news, after the cache (listeners run in order).
    let heard!: () => void;
    const news = new Promise<void>((r) => (heard = r));
    const stop = await apps[1]!.services.store.changes!.onChange(
      LOCAL_ANSWERS,
      (_t, networkId) => networkId === net.teamId && heard(),
      () => {},
    );
    const res = await fetch(`${apps[0]!.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(cardAction(net, kari, save.verb, { ...save.data, answer })),
    });
    expect(JSON.stringify(await res.json())).toContain('Svar lagret av Kari Nordmann');
    await news;
    stop();

    const later = texts(await post(apps[1]!, channelMessage(net, ola, 'Får vi dekket parkering på samlinger?')));
    expect(later).toContain('parkering dekkes');
    expect(later).toContain('Svar fra nettverkslederen');
  });
});
