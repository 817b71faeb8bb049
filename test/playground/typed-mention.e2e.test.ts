import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';

// Month round 8, N24: «@Nettverksboten frister» typed by hand (Escape, nothing picked from the list)
// is plain text: Teams sends no mention entity. With RSC it still reaches the bot, which obeyed it,
// though the README says a channel message that does not @mention the bot is dropped unread; without
// RSC Teams never delivers it, so the habit fails silently there. Now the bot does nothing with it and
// answers one short line saying to pick the name from the list; nothing of it is stored. In the running
// meeting's thread every line counts anyway, and the typed name is no part of the line.

type Entry = { id: string; from: string; text?: string; thread?: string | null; unseen?: boolean; card?: unknown };

describe('a bot name typed as plain text (N24)', () => {
  let t: TestApp;
  const api = async (path: string, body?: object) => {
    const res = await fetch(`${t.app.url}/playground/api/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const feed = async (tenant: 'rsc' | 'no-rsc') =>
    (await api(`feed?as=leader&tenant=${tenant}`)).body.entries as Entry[];
  /** Sends a line and returns what the bot posted after it, as text. */
  const say = async (tenant: 'rsc' | 'no-rsc', text: string, mentions: string[] = [], thread?: string) => {
    const before = (await feed(tenant)).length;
    const sent = await api('say', { tenant, text, as: 'leader', where: 'channel', mentions, thread });
    expect(sent.status).toBe(200);
    const after = (await feed(tenant)).slice(before).filter((e) => e.from === 'bot');
    return { sent: sent.body, out: JSON.stringify(after) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    await api('say', {
      tenant: 'rsc',
      text: '@Nettverksboten hjelp',
      as: 'leader',
      where: 'channel',
      mentions: ['bot'],
    });
  });
  afterAll(async () => t?.close());

  it('RSC tenant: not obeyed, one short hint to pick the name from the list; picked, it is obeyed', async () => {
    const typed = await say('rsc', '@Nettverksboten frister');
    expect(typed.sent.delivered).toBe(true);
    expect(typed.out).toContain('Velg Nettverksboten i lista');
    expect(typed.out).not.toContain('Kommende frister');
    expect(typed.out).not.toContain('ingen frister');
    // The hint alone: one post.
    expect(JSON.parse(typed.out)).toHaveLength(1);
    // Other forms people type: lower case, a colon, a space after @.
    // And the name as a salutation without @ («Nettverksboten: …»), as in a mail.
    for (const form of ['@nettverksboten: frister', '@ Nettverksboten agenda', 'Nettverksboten: hva er mine oppgaver?'])
      expect((await say('rsc', form)).out).toContain('Velg Nettverksboten i lista');

    const picked = await say('rsc', '@Nettverksboten frister', ['bot']);
    expect(picked.out).not.toContain('Velg Nettverksboten i lista');
    expect(picked.out.toLowerCase()).toContain('frist');
  });

  it('RSC tenant: nothing of a typed-name line is stored (a deadline is not created)', async () => {
    const out = (await say('rsc', '@Nettverksboten frist 15.04 Søknad om midler')).out;
    expect(out).toContain('Velg Nettverksboten i lista');
    const listed = (await say('rsc', '@Nettverksboten frister', ['bot'])).out;
    expect(listed).not.toContain('Søknad om midler');
  });

  it('tenant without RSC: Teams never delivers it, so the bot neither sees nor answers it', async () => {
    await say('no-rsc', '@Nettverksboten hjelp', ['bot']);
    const typed = await say('no-rsc', '@Nettverksboten frister');
    expect(typed.sent.delivered).toBe(false);
    expect(typed.out).toBe('[]');
    const entry = (await feed('no-rsc')).find((e) => e.id === typed.sent.id);
    expect(entry?.unseen).toBe(true);
  });

  it('in the running meeting thread (RSC) the line counts, without the typed name', async () => {
    const started = await say('rsc', '@Nettverksboten start møte', ['bot']);
    expect(started.out).toContain('Møte');
    const thread = (JSON.parse(started.out) as Entry[])[0]!.thread ?? (JSON.parse(started.out) as Entry[])[0]!.id;
    const line = await say('rsc', '@Nettverksboten info: Bufetat kommer i mars', [], thread);
    expect(line.out).toContain('Notat');
    expect(line.out).not.toContain('Velg Nettverksboten i lista');
    const ended = await say('rsc', '@Nettverksboten avslutt møte', ['bot'], thread);
    expect(ended.out).toContain('Bufetat kommer i mars');
    expect(ended.out).not.toContain('@Nettverksboten info');
  });
});
