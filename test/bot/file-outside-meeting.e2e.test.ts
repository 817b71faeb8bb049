import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { channelMessage, person } from '../support/teams.ts';

// Review 2, LOW 12: a file sent with only the bot's mention, outside a meeting, was told «kommer ikke
// med i referatet» though no meeting was running. Only the meeting's thread has minutes to speak of.
const ola = person('Ola Hansen', 1);
const start = appPerTest(ola, '2027-03-01T08:00:00Z');

/** What a channel message with a file looks like: its text is only the mention, and an HTML copy links the file. */
function withFile(msg: object): object {
  return {
    ...msg,
    attachments: [
      {
        contentType: 'text/html',
        content:
          '<p><at>Nettverksboten</at></p><p><a href="https://contoso.sharepoint.com/Rapport.pdf">Rapport.pdf</a></p>',
      },
    ],
  };
}

async function send(t: Awaited<ReturnType<typeof start>>['t'], msg: object) {
  const before = t.connector.emulator.calls.length;
  const res = await t.post(msg);
  expect(res.status).toBe(200);
  return JSON.stringify(t.connector.emulator.calls.slice(before).map((c) => c.body));
}

describe('a file sent to the bot with no words (LOW 12)', () => {
  it('outside a meeting: no word about minutes, but what it can do', async () => {
    const { t, net } = await start();
    const out = await send(t, withFile(channelMessage(net, ola, '', { id: 'f-1' })));
    expect(out).not.toContain('referatet');
    expect(out).toContain('filer');
    expect(out).toContain('hjelp');
  });

  it('in the running meeting’s thread: told it is not in the minutes and how to note it', async () => {
    const { t, net } = await start();
    await send(t, channelMessage(net, ola, 'start møte', { id: 'm-root' }));
    const out = await send(t, withFile(channelMessage(net, ola, '', { id: 'f-2', thread: 'm-root' })));
    expect(out).toContain('referatet');
    expect(out).toContain('info:');
  });
});
