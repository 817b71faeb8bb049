import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { groupChat } from '../meetings/channel-support.ts';

// Review s14 #8: «levert F1» typed in a network that lives in a group chat was said there twice: once as the
// answer and once as the network's post, which in a group chat is the same place.
const kari = person('Kari Nordmann', 1); // leader
const setup = appPerTest(kari, '2026-11-27T08:05:00Z');

describe('«levert F1» in a group-chat network', () => {
  it('is said once in the chat', async () => {
    const app = (await setup(0)).t;
    const tenantId = '10000000-0000-4000-8000-000000000001';
    const chat = groupChat(app.connector.url, tenantId);
    const post = async (activity: object) => {
      const before = app.connector.emulator.calls.length;
      expect((await app.post(activity)).status).toBe(200);
      // What is said: new messages, not the redraw of the deadline's card (which now carries «Angre levert»).
      return app.connector.emulator.calls
        .slice(before)
        .filter((c) => c.kind !== 'update')
        .map((c) => JSON.stringify(c.body));
    };
    await post(chat.installed(kari));
    expect((await post(chat.message(kari, 'frist 15.12.2026 Rapport til Statsforvalteren'))).join('')).toContain('F1');
    const said = (await post(chat.message(kari, 'levert F1'))).filter((b) => /levert/u.test(b));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('F1');
    expect((await app.app.services.store.deadlines.get(tenantId, chat.conversationId, 'F1'))?.status).toBe('done');
  });
});
