import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

// Month round 13, #1 in the playground: Per, in the team from the start, wrote «frister» in his personal
// chat before writing in the channel and was told «Jeg finner ikke noe nettverk du er med i»; after
// «Forlat teamet» → «Bli med i teamet» his personal chat stayed empty. The playground's roster is its
// people who have not left, as Teams' would be.
type Entry = { id: string; from: string; text?: string; where?: string };

describe('a playground member who has not written in the channel', () => {
  let t: TestApp;
  const api = async (path: string, body?: object) => {
    const res = await fetch(`${t.app.url}/playground/api/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const feed = async (as: string) => (await api(`feed?as=${as}&tenant=rsc`)).body.entries as Entry[];

  beforeAll(async () => {
    t = await startTestApp();
    await api('say', {
      tenant: 'rsc',
      text: '@Nettverksboten frist 1. mars Rapport til Statsforvalteren',
      as: 'leader',
      where: 'channel',
      mentions: ['bot'],
    });
  });
  afterAll(async () => t?.close());

  it('finds his network in the personal chat, and after leaving and joining again gets one welcome there', async () => {
    const before = (await feed('per')).length;
    expect(
      (await api('say', { tenant: 'rsc', text: 'frister', as: 'per', where: 'personal', mentions: [] })).status,
    ).toBe(200);
    const answer = JSON.stringify((await feed('per')).slice(before));
    expect(answer).not.toContain('finner ikke noe nettverk');
    expect(answer).toContain('Rapport til Statsforvalteren');

    expect((await api('membership', { tenant: 'rsc', who: 'per', change: 'leave' })).status).toBe(200);
    const gone = (await feed('per')).length;
    expect((await api('membership', { tenant: 'rsc', who: 'per', change: 'join' })).body.ok).toBe(true);
    const after = JSON.stringify((await feed('per')).slice(gone));
    expect(after.match(/Velkommen til/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('a member never seen before joining is welcomed once in the personal chat', async () => {
    const before = (await feed('member')).length;
    expect((await api('membership', { tenant: 'rsc', who: 'member', change: 'leave' })).status).toBe(200);
    expect((await api('membership', { tenant: 'rsc', who: 'member', change: 'join' })).body.ok).toBe(true);
    const said = (await feed('member'))
      .slice(before)
      .filter((e) => e.from === 'bot' && e.text?.includes('Velkommen til'));
    expect(said).toHaveLength(1);
    expect(said[0]!.where).toBe('personal');
  });
});
