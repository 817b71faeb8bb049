import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

// Month round 8, N21/N26 through the playground's «Forlat teamet» (Teams: membersRemoved): the
// leaders hear which open tasks need a new owner, and when the only leader leaves, the channel hears
// that the network has no leader and how a member takes the role.

type Entry = { id: string; from: string; text?: string };

describe('«Forlat teamet» with open tasks (N21, N26)', () => {
  let t: TestApp;
  const api = async (path: string, body?: object) => {
    const res = await fetch(`${t.app.url}/playground/api/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const feed = async () => (await api('feed?as=leader&tenant=rsc')).body.entries as Entry[];
  const leave = async (who: 'leader' | 'member') => {
    const before = (await feed()).length;
    const res = await api('membership', { tenant: 'rsc', who, change: 'leave' });
    expect(res.status).toBe(200);
    return (await feed()).slice(before).filter((e) => e.from === 'bot');
  };

  beforeAll(async () => {
    t = await startTestApp();
    await api('say', { tenant: 'rsc', text: '@Nettverksboten hjelp', as: 'leader', mentions: ['bot'] });
  });
  afterAll(async () => t?.close());

  it('Ola leaves owning T1: Kari is told in the channel, with the command that gives T1 a new owner', async () => {
    await api('say', {
      tenant: 'rsc',
      text: '@Nettverksboten oppgave @Ola Hansen lese korrektur på søknaden innen 12.04',
      as: 'leader',
      mentions: ['bot', 'member'],
    });
    const out = await leave('member');
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toContain('Ola Hansen har forlatt teamet og har 1 åpen oppgave');
    expect(out[0]!.text).toContain('oppgave T1 ny ansvarlig @Navn');
  });

  it('Kari, the only leader, leaves: the channel hears the network has no leader and how to take the role', async () => {
    await api('membership', { tenant: 'rsc', who: 'member', change: 'join' });
    const out = await leave('leader');
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toContain('Kari Nordmann har forlatt teamet');
    expect(out[0]!.text).toContain('ingen leder');
    expect(out[0]!.text).toContain('leder + @dittnavn');
  });
});
