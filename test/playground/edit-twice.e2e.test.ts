import { describe, expect, it } from 'vitest';
import { playgroundSuite } from '../support/playground.ts';

// Month round 6b, N12: in the playground a second edit of an already edited message (the first one left the
// text as it was; the meeting had ended since) would not save and said nothing. As in Teams, a message can be
// edited any number of times, at any time; after the meeting the bot says the minutes stay and how to correct.

describe('playground: a message edited more than once', () => {
  const { pg } = playgroundSuite();

  it('saves every edit, also after the meeting ended, and the bot answers the late one', async () => {
    await pg.say({ text: '@Nettverksboten start møte', as: 'leader', where: 'channel', mentions: ['bot'] });
    const root = (await pg.entries()).filter((e) => e.from === 'user' && e.text?.includes('start møte')).at(-1)!;
    const line = 'vedtak: Hurdal leverer rutinen innen mars';
    await pg.say({ text: line, as: 'leader', where: 'channel', thread: root.id });
    const mine = (await pg.entries()).filter((e) => e.from === 'user' && e.text?.includes('innen mars')).at(-1)!;
    // First edit: «Lagre» with the text unchanged.
    const first = await pg.edit({ id: mine.id, text: line, as: 'leader' });
    expect(first.status).toBe(200);
    await pg.say({
      text: '@Nettverksboten avslutt møte',
      as: 'leader',
      where: 'channel',
      thread: root.id,
      mentions: ['bot'],
    });
    const before = (await pg.entries()).length;
    const second = await pg.edit({ id: mine.id, text: 'vedtak: Hurdal leverer rutinen innen april', as: 'leader' });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    const feed = await pg.entries();
    expect(feed.find((e) => e.id === mine.id)?.text).toContain('innen april');
    expect(JSON.stringify(feed.slice(before))).toContain('rett referat');
  });
});
