import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

// Month round 8, N21: after Ola left the team, the leaders were told his task needs a new owner, yet
// the task's reminders kept going to Ola, who is no longer in the network. The leaders' notice stands;
// the departed owner's reminders stop (in his chat and as an @mention in the channel).

type Entry = { id: string; from: string; where: string; owner: string | null; text?: string };

describe('task reminders after the owner left the team (N21)', () => {
  let t: TestApp;
  const api = async (path: string, body?: object) => {
    const res = await fetch(`${t.app.url}/playground/api/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const feed = async (as: 'leader' | 'member') => (await api(`feed?as=${as}&tenant=rsc`)).body.entries as Entry[];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('Ola, who left, gets no more reminders of T1; the leaders keep the notice that T1 needs an owner', async () => {
    await api('say', {
      tenant: 'rsc',
      text: '@Nettverksboten oppgave @Ola Hansen lage samarbeidsplan innen 10.12',
      as: 'leader',
      mentions: ['bot', 'member'],
    });
    expect((await api('membership', { tenant: 'rsc', who: 'member', change: 'leave' })).status).toBe(200);
    const notice = (await feed('leader')).filter((e) => e.from === 'bot' && /har forlatt teamet/.test(e.text ?? ''));
    expect(notice).toHaveLength(1);
    const before = (await feed('member')).length;
    // Three weeks: the reminder before, on and after the due date (10 December) all fall due.
    for (let i = 0; i < 3; i++) expect((await api('clock', { tenant: 'rsc', jump: 'week' })).status).toBe(200);
    const olaNow = (await feed('member')).slice(before);
    expect(olaNow.filter((e) => /Påminnelse: oppgave/.test(e.text ?? ''))).toEqual([]);
    const channel = (await feed('leader')).filter((e) => e.where === 'channel' && e.from === 'bot');
    expect(channel.filter((e) => /Påminnelse: oppgave/.test(e.text ?? '') && /Ola Hansen/.test(e.text ?? ''))).toEqual(
      [],
    );
    // The notice to the leaders is still there.
    expect(channel.some((e) => /Ola Hansen har forlatt teamet og har 1 åpen oppgave/.test(e.text ?? ''))).toBe(true);
  });

  it('an owner still in the team keeps getting reminders', async () => {
    await api('say', {
      tenant: 'rsc',
      text: '@Nettverksboten oppgave @Kari Nordmann skrive rapport innen 21.12',
      as: 'leader',
      mentions: ['bot', 'leader'],
    });
    for (let i = 0; i < 3; i++) expect((await api('clock', { tenant: 'rsc', jump: 'week' })).status).toBe(200);
    const kari = (await feed('leader')).filter(
      (e) => e.where === 'personal' && /Påminnelse: oppgave/.test(e.text ?? ''),
    );
    expect(kari.length).toBeGreaterThan(0);
  });
});
