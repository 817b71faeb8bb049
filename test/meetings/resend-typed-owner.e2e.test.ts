import { describe, expect, it } from 'vitest';
import { appPerTest, speaker } from '../support/chat.ts';
import { cardAction, person } from '../support/teams.ts';

// Month s12 #2: a task line whose owner was typed without a picked @ got a «Send på nytt» card with a
// text field, and a field can never carry a Teams mention: «@Per Olsen» typed there was answered «Jeg
// fant ingen ansvarlig», with the same field again, forever. The resent line now works when the typed
// owner names exactly one person the network knows; otherwise the card says to write the line again in
// the thread and pick the name from the @ list, with no field that cannot work.
const kari = person('Kari Nordmann', 1); // leader
const per = person('Per Olsen', 3);
const app = appPerTest(kari, '2026-12-18T08:00:00Z');
const THREAD = '912101';

describe('s12 #2: «Send på nytt» for a person’s task typed without a picked @', () => {
  it('«@Per Olsen» or «Per Olsen» typed in the field is the one Per the network knows', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    // Per is known to the network: he owns a task.
    expect(await s.say(kari, 'oppgave @Per Olsen bestille lokale innen 08.01', { mentions: [per] })).toContain('T1');
    await s.say(kari, 'start møte');
    const draft = await s.say(kari, 'oppgave Per sende ut kostnadsfordelingen innen 8. januar');
    expect(draft).toContain('ligner Per Olsen');
    expect(draft).toContain('task.resend');
    const resend = async (line: string) =>
      JSON.stringify(
        (
          await t.post(
            cardAction(net, kari, 'task.resend', { networkId: net.teamId, line, mentions: '[]' }, { thread: THREAD }),
          )
        ).body,
      );
    expect(await resend('oppgave @Per Olsen sende ut kostnadsfordelingen innen 8. januar')).toContain('T2');
    expect(await resend('oppgave Per Olsen lage budsjettutkast innen 15.01')).toContain('T3');
    for (const id of ['T2', 'T3']) {
      const task = await t.app.services.store.tasks.get(net.tenantId, net.teamId, id);
      expect(task?.owners.map((o) => (o.kind === 'person' ? o.id : o.name))).toEqual([per.id]);
    }
    expect((await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T2'))?.text).toBe(
      'sende ut kostnadsfordelingen',
    );
  });

  it('a name that is nobody the network knows: the card says to pick the name from the @ list in the thread, with no field', async () => {
    const { t, net } = await app();
    const s = speaker(t, net, THREAD);
    await s.say(kari, 'start møte');
    const click = await t.post(
      cardAction(
        net,
        kari,
        'task.resend',
        { networkId: net.teamId, line: 'oppgave @Pål Hansen lage plan innen 15.01', mentions: '[]' },
        { thread: THREAD },
      ),
    );
    const said = JSON.stringify(click.body);
    expect(said).toContain('@-lista');
    expect(said).toContain('i tråden');
    expect(said).toContain('oppgave @Pål Hansen lage plan innen 15.01');
    expect(said).not.toContain('task.resend');
    expect(said).not.toContain('Input.Text');
    expect(await t.app.services.store.tasks.get(net.tenantId, net.teamId, 'T1')).toBeNull();
  });
});
