// Attack round 11 on the HTTP edge and what the bot says, through the real server (as redelivery.e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { spawnBot } from './edge-support.ts';
import { appPerTest, sentSince } from '../support/chat.ts';
import { botRemovedFromTeam, cardAction, channelMessage, person, personalMessage } from '../support/teams.ts';

// Monday 23 November 2026, 09:00 in Oslo.
const MONDAY = '2026-11-23T08:00:00Z';
const kari = person('Kari Nordmann', 1); // installs the bot: leader
const ola = person('Ola Hansen', 2);

const app = appPerTest(kari, MONDAY);

/** What Teams renders as a link, an image or a mention in a text message. */
const LIVE = /\]\s*\(|<\s*(?:a|img|at)[\s>]|<https?:/i;

describe('A1: typed links, images, tags and mentions are never live in a text message the bot writes', () => {
  // Teams hands typed «<» to the bot as «&lt;»; a Markdown link comes as typed.
  const typed = [
    '&lt;a href="https://evil.example/a"&gt;skjema&lt;/a&gt;',
    '&lt;img src="https://evil.example/px.png"&gt;',
    '&lt;at&gt;Ola Hansen&lt;/at&gt; se her',
    '[skjema](https://evil.example/b)',
    '![x](https://evil.example/c.png)',
    '&lt;https://evil.example/d&gt;',
  ];

  it('a deadline title, a meeting line and a too-many-proposals answer quote the words, not the markup', async () => {
    const { t, net } = await app();
    const texts: string[] = [];
    const post = async (who: typeof kari, line: string, thread?: string) => {
      const before = t.connector.emulator.calls.length;
      expect((await t.post(channelMessage(net, who, line, { thread }))).status).toBe(200);
      for (const c of sentSince(t, before)) {
        const text = (c.body as { text?: string }).text;
        if (text) texts.push(text);
      }
    };
    for (const [i, p] of typed.entries()) {
      await post(kari, `frist ${10 + i}.12.2026 søknad ${p}`);
      await post(ola, `agenda + punkt ${i} ${p}`);
    }
    const quoting = texts.filter((x) => /evil\.example|Ola Hansen/.test(x));
    // Every payload was quoted in some text message (the deadlines' confirmations at least).
    for (const letter of ['a', 'px', 'b', 'c.png', 'd']) expect(quoting.join('\n')).toContain(`evil.example/${letter}`);
    expect(quoting.join('\n')).toContain('Ola Hansen');
    for (const x of quoting) expect(x, x).not.toMatch(LIVE);
    // The words stay readable: only a zero-width space is put in.
    expect(quoting.join('\n').replace(/\u200b/g, '')).toContain('<a href="https://evil.example/a">skjema</a>');
  }, 60_000);

  it("the bot's own link (the calendar link) stays a live link", async () => {
    const { t, net } = await app();
    await t.post(channelMessage(net, kari, 'frist 10.12.2026 søknad [skjema](https://evil.example/b)'));
    const before = t.connector.emulator.calls.length;
    // In a personal chat the link comes as a text message.
    expect((await t.post(personalMessage(t.connector.url, net.tenantId, kari, 'kalenderlenke'))).status).toBe(200);
    const sent = sentSince(t, before)
      .map((c) => (c.body as { text?: string }).text ?? '')
      .join('\n');
    expect(sent).toMatch(/\[lenke til kalenderen\]\(https?:\/\/[^)]+frister\.ics/);
    expect(sent).not.toMatch(/~[0-9a-f]{24}~/);
  }, 60_000);
  it("a late reply with the bot's link, posted after a restart, shows the link and never the link's mark", async () => {
    const { t, net } = await app();
    const fault = { status: 500 };
    // The roster look-up and every try of the reply within the turn (botframework's retries included) fail.
    t.connector.emulator.faults.next(...Array.from({ length: 8 }, () => fault));
    expect((await t.post(personalMessage(t.connector.url, net.tenantId, kari, 'kalenderlenke'))).status).toBe(200);
    t.connector.emulator.faults.reset();
    await t.restart();
    const before = t.connector.emulator.calls.length;
    await t.app.services.scheduler.tick();
    const sent = sentSince(t, before)
      .map((c) => (c.body as { text?: string }).text ?? '')
      .join('\n');
    // Live when the same process posts it; as text (a zero-width space) when another instance or a new process does.
    expect(sent).toMatch(/\[lenke til kalenderen\]\u200b?\(https?:\/\/[^)]+frister\.ics/);
    expect(sent).not.toMatch(/~[0-9a-f]{24}~/);
  }, 60_000);
});

describe('A2: a name or locale far longer than Teams sends is refused at the edge, not answered with a reply Teams refuses', () => {
  it('a 20 KB sender name, conversation name, team name or locale: 400 naming the field, and nothing is sent', async () => {
    const { t, net } = await app();
    const big = 'Å'.repeat(20_000);
    const m = channelMessage(net, kari, 'hjelp');
    const cases: [string, object][] = [
      ['locale', { ...m, locale: big }],
      ['from.name', { ...m, from: { ...m.from, name: big } }],
      ['recipient.name', { ...m, recipient: { ...m.recipient, name: big } }],
      ['conversation.name', { ...m, conversation: { ...m.conversation, name: big } }],
      [
        'channelData.team.name',
        { ...m, channelData: { ...m.channelData, team: { ...m.channelData.team, name: big } } },
      ],
    ];
    for (const [field, activity] of cases) {
      const before = t.connector.emulator.calls.length;
      const res = await t.post({ ...activity, id: `long-${field}` });
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(res.body), field).toContain(field);
      expect(t.connector.emulator.calls.length, field).toBe(before);
    }
    // A long name Teams does send (Entra allows 256 characters) is answered as before.
    const before = t.connector.emulator.calls.length;
    const res = await t.post({ ...m, id: 'long-ok', from: { ...m.from, name: 'Kari '.repeat(51) } });
    expect(res.status).toBe(200);
    expect(sentSince(t, before).map((c) => c.status)).toEqual([200]);
  }, 60_000);
});

describe('A3: a message or click sent before the bot was removed from the team, delivered after, is not handled', () => {
  it('the late retry neither answers, acts nor brings the network back; one sent after the removal still does', async () => {
    const { t, net } = await app();
    const store = t.app.services.store;
    expect((await t.post(channelMessage(net, kari, 'frist 10.12.2026 søknad'))).status).toBe(200);
    // Sent (Teams' timestamp) a second before the removal, delivered after it: Teams' retry, or out of order.
    const sentAt = new Date(t.clock.now().getTime() - 1_000).toISOString();
    const late = { ...channelMessage(net, ola, 'frist 11.12.2026 sen melding'), timestamp: sentAt };
    const lateClick = {
      ...cardAction(net, kari, 'deadline.done', { deadlineId: 'F1', networkId: net.teamId }),
      timestamp: sentAt,
    };
    expect((await t.post(botRemovedFromTeam(net, kari))).status).toBe(200);
    const before = t.connector.emulator.calls.length;
    expect((await t.post(late)).status).toBe(200);
    expect((await t.post(lateClick)).status).toBe(200);
    expect(sentSince(t, before)).toEqual([]);
    const removed = await store.networks.get(net.tenantId, net.teamId);
    expect(removed?.active).toBe(false);
    expect((await store.deadlines.get(net.tenantId, net.teamId, 'F1'))?.status).toBe('open');
    expect((await store.deadlines.listOpen(net.tenantId, net.teamId)).map((d) => d.title)).toEqual(['søknad']);

    // A message sent after the removal means the bot is in the team again (its install event lost or late).
    t.clock.set(new Date(t.clock.now().getTime() + 60_000).toISOString());
    const after = { ...channelMessage(net, ola, 'frister'), timestamp: t.clock.now().toISOString() };
    expect((await t.post(after)).status).toBe(200);
    expect(sentSince(t, before).length).toBeGreaterThan(0);
    expect((await store.networks.get(net.tenantId, net.teamId))?.active).toBe(true);
  }, 60_000);
});

describe('A4: messages from a tenant that is not served write a bounded number of warn lines', () => {
  it('300 messages from another tenant: each answered 200 and dropped, at most 20 warn lines a minute', async () => {
    const bot = await spawnBot({ ALLOWED_TENANT_IDS: '10000000-0000-4000-8000-00000000aaaa' });
    try {
      const foreign = '20000000-0000-4000-8000-00000000bbbb';
      const statuses: number[] = [];
      for (let i = 0; i < 300; i++) {
        const msg = personalMessage(`${bot.url}/playground/connector/`, foreign, ola, `hei ${i}`);
        const res = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...msg, id: `foreign-${i}` }),
        });
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      expect(new Set(statuses)).toEqual(new Set([200]));
      const lines = (bot.out() + bot.err()).split('\n').filter((l) => l.includes('tenant that is not allowed'));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThanOrEqual(20);
      expect(bot.alive()).toBe(true);
    } finally {
      await bot.stop();
    }
  }, 60_000);
});
