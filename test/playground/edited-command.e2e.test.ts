import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

// N19 through the playground, the way the tester met it: «…» › «Rediger» on one's own
// «@Nettverksboten frist 15.04 …» sends the bot a messageUpdate (eventType «editMessage») as Teams
// does, and the deadline follows the new date with an answer in the thread.

async function post(t: TestApp, path: string, body: object) {
  const res = await fetch(`${t.app.url}/playground/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function feed(t: TestApp): Promise<{ id: string; from: string; text?: string; thread: string | null }[]> {
  return ((await (await fetch(`${t.app.url}/playground/api/feed?as=leader`)).json()) as any).entries;
}

describe('N19 in the playground: editing a «frist» message', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('moves the deadline to the edited date and says so in the thread', async () => {
    const said = await post(t, 'say', {
      text: '@Nettverksboten frist 15.12 Søknad om stimuleringsmidler',
      as: 'leader',
      where: 'channel',
      mentions: ['bot'],
    });
    expect(said.status).toBe(200);
    const mine = (await feed(t)).filter((e) => e.from === 'user' && e.text?.includes('frist 15.12')).at(-1)!;
    const res = await post(t, 'edit', {
      id: mine.id,
      text: '@Nettverksboten frist 14.12 Søknad om stimuleringsmidler',
      as: 'leader',
    });
    expect(res.status).toBe(200);
    const answers = (await feed(t)).filter((e) => e.from === 'bot' && e.thread === mine.id);
    expect(JSON.stringify(answers)).toMatch(/flytt frist F\d+ til 14\.12/);
    const list = await post(t, 'say', {
      text: '@Nettverksboten frister',
      as: 'leader',
      where: 'channel',
      mentions: ['bot'],
    });
    expect(list.status).toBe(200);
    const shown = JSON.stringify((await feed(t)).filter((e) => e.from === 'bot').slice(-1));
    expect(shown).toContain('14.12');
    expect(shown).not.toContain('15.12');
  });
});
