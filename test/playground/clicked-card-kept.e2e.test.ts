import { describe, expect, it } from 'vitest';
import { playgroundSuite } from '../support/playground.ts';

// Month round 9, N7: a task card clicked «Ferdig» in the personal chat showed «Åpen» with every button
// again after the playground page was reloaded. In Teams the card that comes back in the answer to an
// Action.Execute click replaces the card for the clicker, and stays replaced; a later updateActivity
// replaces it for everyone. The playground kept the answer only in the page's memory.

type Entry = { id: string; where: string; from: string; text?: string; card?: any };

const buttons = (card: any): string[] => (card?.actions ?? []).map((a: any) => a.title);

describe('playground: a card returned from a click stays for the clicker', () => {
  const { pg } = playgroundSuite<Entry>();

  it('after a reload the clicker still sees the card the click returned in the personal chat', async () => {
    // Ola opens his personal chat; Kari gives him a task, which reaches him there with its buttons.
    expect((await pg.say({ text: 'hjelp', as: 'member', where: 'personal', mentions: [] })).status).toBe(200);
    const bot = { as: 'leader', where: 'channel' };
    await pg.say({
      ...bot,
      text: '@Nettverksboten oppgave @Kari Nordmann lage årshjul innen 15.12',
      mentions: ['bot', 'leader'],
    });
    await pg.say({ ...bot, text: '@Nettverksboten oppgave T1 ny ansvarlig @Ola Hansen', mentions: ['bot', 'member'] });
    const personal = (await pg.entries('member')).filter(
      (e) => e.where === 'personal' && e.from === 'bot' && JSON.stringify(e.card ?? '').includes('task.done'),
    );
    const reminder = personal.at(-1)!;
    expect(reminder).toBeDefined();
    const done = reminder.card.actions.find((a: any) => a.verb === 'task.done');
    const click = await pg.click({
      verb: 'task.done',
      data: done.data,
      as: 'member',
      where: 'personal',
      replyToId: reminder.id,
    });
    expect(click.status).toBe(200);
    expect(JSON.stringify(click.body.card)).toContain('Ferdig');
    expect(buttons(click.body.card)).not.toContain('Ferdig');

    // A reload: the page asks for the whole feed again, with no memory of the click.
    const after = (await pg.entries('member')).find((e) => e.id === reminder.id)!;
    expect(buttons(after.card)).not.toContain('Ferdig');
    expect(JSON.stringify(after.card)).toContain('markerte den som ferdig');
  });

  it('a channel card answered for the clicker stays so for her, and the other person still sees the shared card', async () => {
    await pg.say({ text: '@Nettverksboten hjelp', as: 'leader', where: 'channel', mentions: ['bot'] });
    const welcome = (await pg.entries('leader'))
      .filter((e) => e.from === 'bot' && e.where === 'channel' && JSON.stringify(e.card ?? '').includes('help.show'))
      .at(-1);
    expect(welcome).toBeDefined();
    const action = welcome!.card.actions.find((a: any) => a.verb === 'help.show');
    const click = await pg.click({ verb: action.verb, data: action.data ?? {}, as: 'leader', replyToId: welcome!.id });
    expect(click.body.card).toBeDefined();
    const kari = (await pg.entries('leader')).find((e) => e.id === welcome!.id)!;
    expect(JSON.stringify(kari.card)).toBe(JSON.stringify(click.body.card));
    const ola = (await pg.entries('member')).find((e) => e.id === welcome!.id)!;
    expect(JSON.stringify(ola.card)).toBe(JSON.stringify(welcome!.card));
    // Nobody's view leaks into another's feed.
    expect(JSON.stringify(await pg.entries('member'))).not.toContain('"views"');
  });
});
