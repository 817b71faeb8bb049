import { afterEach, describe, expect, it } from 'vitest';
import { startWithNetworks, type TestApp } from '../support/app.ts';
import { cardAction, composeExtensionQuery, person } from '../support/teams.ts';

// Found by an outside tester: one message-extension search whose query was a single 30,000-letter
// word held the event loop for about a minute, so every other request (and /readyz) waited.
const kari = person('Kari Nordmann', 1);

let t: TestApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const titles = (body: any): string[] =>
  (body?.composeExtension?.attachments ?? []).map((a: any) => JSON.stringify(a.preview));

describe('message-extension search with a forged, over-long query', () => {
  it('searches only the first 200 characters, as for a query of that length, and keeps serving', async () => {
    const started = await startWithNetworks(1, kari);
    t = started.t;
    const net = started.nets[0]!;
    const head = 'revisor ' + 'a'.repeat(192);
    const long = await t.post(composeExtensionQuery(net, kari, head + 'a'.repeat(100_000)));
    expect(long.status).toBe(200);
    const short = await t.post(composeExtensionQuery(net, kari, head));
    expect(titles(long.body)).toEqual(titles(short.body));
    expect((await fetch(`${t.app.url}/readyz`)).status).toBe(200);
  }, 20_000);

  it('answers a card click with an unknown verb without acting on it', async () => {
    const started = await startWithNetworks(1, kari);
    t = started.t;
    expect(t.app.dispatcher.knowsAction('task.done')).toBe(true);
    expect(t.app.dispatcher.knowsAction('Barnet trenger hjelp\n{"level":60}')).toBe(false);
    const res = await t.post(cardAction(started.nets[0]!, kari, 'x'.repeat(5000), {}));
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('ikke i bruk');
  });
});
