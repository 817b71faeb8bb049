import { describe, expect, it } from 'vitest';
import { appPerTest, sentSince } from '../support/chat.ts';
import { personalMessage, person } from '../support/teams.ts';

// Month s16 #15: «møteplan» in a personal chat got ««møteplan» brukes i nettverkets kanal …», though «frister»
// and the agenda are answered there.
const kari = person('Kari Nordmann', 1);
const app = appPerTest(kari, '2027-02-20T08:00:00Z');

describe('«møteplan» in a personal chat', () => {
  it("shows the person's network's meeting plan, as in the channel", async () => {
    const { t, net } = await app();
    const before = t.connector.emulator.calls.length;
    const res = await t.post(personalMessage(t.connector.url, net.tenantId, kari, 'møteplan'));
    expect(res.status).toBe(200);
    const said = JSON.stringify(sentSince(t, before).map((c) => c.body));
    expect(said).not.toContain('brukes i nettverkets kanal');
    expect(said).toContain('fredag 26. februar 2027');
  });
});
