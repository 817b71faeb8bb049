import { describe, expect, it } from 'vitest';
import { appPerTest, sayer } from '../support/chat.ts';
import { person } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // installs the bot: the leader
const app = appPerTest(kari, '2026-11-30T08:00:00Z');
const say = sayer({});
const current = 'statsforvalter Østfold, Buskerud, Oslo og Akershus';

describe('the Statsforvalter examples name an office that exists (a stranger’s month, F35)', () => {
  it('the help and the replies offer today’s office, and the example works as written', async () => {
    const { t, net } = await app();
    const none = await say(t, net, kari, 'statsforvalter');
    expect(none).toContain(`«${current}»`);
    expect(none).not.toContain('Oslo og Viken');
    const help = await say(t, net, kari, 'hjelp frister');
    expect(help).not.toContain('statsforvalter Oslo og Viken');
    expect(await say(t, net, kari, current)).toContain('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
    const is = await say(t, net, kari, 'statsforvalter');
    expect(is).toContain('Nettverket hører under Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
    expect(is).not.toContain('Oslo og Viken');
  });
});
