import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from '../meetings/channel-support.ts';

// A member's "[klikk her](https://evil.example)" showed as a live link inside the bot's own cards
// (a stranger's month found it): Teams renders card text as Markdown. The words stay; the link goes.
const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const LINK = '[les referatet her](https://evil.example/logg-inn)';

describe('links typed by people are not links in cards', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-27T08:00:00Z', kari));
    s = speaker(t, net, '840001');
    await s.say(kari, 'start møte');
  });
  afterAll(async () => t?.close());

  it('in the task card and the minutes card, the text is kept and the link syntax broken', async () => {
    const task = await s.say(kari, `oppgave @Ola Hansen sjekk ${LINK} innen 4.12`, { mentions: [ola] });
    expect(task).toContain('les referatet her');
    expect(task).not.toContain('](https://evil.example');
    expect(task).toContain(']\u200b(https://evil.example');
    await s.say(ola, `info: se ${LINK}`);
    const minutes = await s.say(kari, 'avslutt møte');
    expect(minutes).toContain('les referatet her');
    expect(minutes).not.toMatch(/\]\s*\(https:\/\/evil\.example/);
  });
});
