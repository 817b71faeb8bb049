import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { validNationalId } from '../support/national-id.ts';
import { channelMessage, person, personalMessage } from '../support/teams.ts';

// The reply to a message is addressed to its sender: botbuilder copies the incoming `from` (with
// Teams' display name) into the reply's `recipient`. People name themselves, so that name can carry
// an identity number; it leaves the bot masked, as it is masked on the way in.
const fnr = validNationalId('010190', '123');
const MARK = '[fødselsnummer fjernet]';
const kari = person('Kari Nordmann', 1);
const ola = person(`Ola ${fnr} Hansen`, 2);
const start = appPerTest(kari, '2026-11-23T08:00:00Z');

describe('the outgoing envelope carries no identity number from a Teams display name', () => {
  it('a reply in the channel and in a personal chat name the recipient masked', async () => {
    const { t, net } = await start();
    const before = t.connector.emulator.calls.length;
    expect((await t.post(channelMessage(net, ola, 'hjelp'))).status).toBe(200);
    expect((await t.post(personalMessage(t.connector.url, net.tenantId, ola, 'hjelp'))).status).toBe(200);
    const sent = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'reply' || c.kind === 'send');
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const c of sent) {
      expect(JSON.stringify(c.body)).not.toContain(fnr);
      expect(c.body.recipient?.id).toBe(ola.id);
      expect(c.body.recipient?.name).toBe(`Ola ${MARK} Hansen`);
    }
  });
});
