import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';
import { entriesOf } from './channel-support.ts';

// Month s12 #1: the «Lagre som «vedtak:»» button under «Mente du «vedtak:»?» saved the line again on
// every press, by anyone, and the card kept saying «Linjen er ikke lagret ennå». The minutes held the
// decision three times. The button is single-use, for the writer or a leader, and the card then reads
// «Lagret av …» for everyone; a line its writer typed again correctly is not stored twice.
const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);
const per = person('Per Olsen', 3);
const app = appPerTest(kari, '2026-12-18T08:00:00Z');
const THREAD = '912001';
const CARD = '912002';

/** The data of the «Lagre som» button the bot posted. */
function buttonData(bodies: any[]): { networkId: string; line: string } {
  const actions = bodies.flatMap((b) => b.attachments ?? []).flatMap((a: any) => a.content?.actions ?? []);
  const save = actions.find((a: any) => a.verb === 'meeting.line');
  if (!save) throw new Error(`no «Lagre som» button in ${JSON.stringify(bodies)}`);
  return save.data;
}

describe('s12 #1: «Lagre som «vedtak:»» is single-use, for the writer or a leader', () => {
  it('someone else is refused and the card stays; the writer saves once; the card says «Lagret av»; later presses change nothing', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const data = buttonData(
      await s.bodies(kari, 'vedak: Nettverket søker stimuleringsmidler for 2027', { mention: false }),
    );
    const press = async (who: typeof kari) => {
      const before = t.connector.emulator.calls.length;
      const res = await t.post(cardAction(net, who, 'meeting.line', data, { thread: THREAD, replyToId: CARD }));
      const updates = t.connector.emulator.calls.slice(before).filter((c) => c.kind === 'update');
      return { said: JSON.stringify(res.body), updates: JSON.stringify(updates) };
    };
    const decisions = async () => (await entriesOf(t, net)).filter((e) => e.kind === 'decision').map((e) => e.text);

    const refused = await press(per);
    expect(refused.said).toContain('Kari Nordmann');
    expect(refused.said).toContain('leder');
    expect(refused.updates).toBe('[]');
    expect(await decisions()).toEqual([]);

    const first = await press(kari);
    expect(first.said).toContain('Vedtak');
    expect(first.updates).toContain('Lagret av Kari Nordmann');
    expect(first.updates).not.toContain('meeting.line');
    expect(await decisions()).toEqual(['Nettverket søker stimuleringsmidler for 2027']);

    for (const who of [kari, per]) {
      const again = await press(who);
      expect(again.said).toContain('allerede lagret');
      expect(again.said).toContain('Kari Nordmann');
    }
    expect(await decisions()).toEqual(['Nettverket søker stimuleringsmidler for 2027']);
  });

  it('a leader may save a member’s line; the line typed again correctly by its writer is not stored twice', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const olas = buttonData(await s.bodies(ola, 'ifno: Bufetat kommer i april', { mention: false }));
    const saved = await t.post(cardAction(net, kari, 'meeting.line', olas, { thread: THREAD, replyToId: CARD }));
    expect(JSON.stringify(saved.body)).toContain('Notat');

    const data = buttonData(
      await s.bodies(kari, 'vedak: Nettverket søker stimuleringsmidler for 2027', { mention: false }),
    );
    expect(
      await s.say(kari, 'vedtak: Nettverket søker stimuleringsmidler for 2027, Nannestad er søkerkommune', {
        mention: false,
      }),
    ).toContain('Vedtak');
    const before = t.connector.emulator.calls.length;
    const press = await t.post(cardAction(net, kari, 'meeting.line', data, { thread: THREAD, replyToId: CARD }));
    expect(JSON.stringify(press.body)).toContain('allerede lagret');
    expect(JSON.stringify(t.connector.emulator.calls.slice(before))).toContain('Lagret av Kari Nordmann');
    const entries = await entriesOf(t, net);
    expect(entries.filter((e) => e.kind === 'decision').map((e) => e.text)).toEqual([
      'Nettverket søker stimuleringsmidler for 2027, Nannestad er søkerkommune',
    ]);
    expect(entries.filter((e) => e.kind === 'note').map((e) => e.text)).toEqual(['Bufetat kommer i april']);
  });
});
