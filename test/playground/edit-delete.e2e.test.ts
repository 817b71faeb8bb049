import { describe, expect, it } from 'vitest';
import { playgroundSuite, type PlaygroundApi } from '../support/playground.ts';

// N9: the playground's «…» menu on one's own message: «Rediger» sends the bot a `messageUpdate`
// (eventType «editMessage») and «Slett» a `messageDelete` («softDeleteMessage»), as Teams does;
// the message then shows «Redigert» or «Denne meldingen er slettet».

type Entry = {
  id: string;
  thread: string | null;
  from: string;
  name: string;
  text?: string;
  card?: unknown;
  mine?: boolean;
  edited?: boolean;
  deleted?: boolean;
};

const lastMine = async (pg: PlaygroundApi<Entry>, text: string) =>
  (await pg.entries()).filter((e) => e.from === 'user' && e.text?.includes(text)).at(-1)!;

describe('playground: edit and delete one’s own message as in Teams', () => {
  const { pg } = playgroundSuite<Entry>();

  it('an edited meeting line shows «Redigert» and reaches the minutes; a deleted one leaves them', async () => {
    await pg.say({ text: '@Nettverksboten start møte', as: 'leader', where: 'channel', mentions: ['bot'] });
    const root = await lastMine(pg, 'start møte');
    const bot = { mentions: ['bot'], as: 'leader', where: 'channel', thread: root.id };
    await pg.say({ ...bot, text: '@Nettverksboten vedtak: felles fagdag i mars' });
    // With RSC (the playground's default) a line in the running meeting reaches the bot without the mention.
    await pg.say({ text: 'info: dette skulle ikke stå her', as: 'leader', where: 'channel', thread: root.id });
    const d = await lastMine(pg, 'felles fagdag i mars');
    const gone = await lastMine(pg, 'dette skulle ikke');
    expect(d.mine).toBe(true);
    expect((await pg.entries('member')).find((e) => e.id === d.id)?.mine).toBe(false);

    // The page puts the message back in the box as it reads: the picked name as «@Nettverksboten».
    const res = await pg.edit({ id: d.id, text: '@Nettverksboten vedtak: felles fagdag i april', as: 'leader' });
    expect(res.status).toBe(200);
    const edited = (await pg.entries()).find((e) => e.id === d.id)!;
    expect(edited.text).toBe('<at>Nettverksboten</at> vedtak: felles fagdag i april');
    expect(edited.edited).toBe(true);
    expect(JSON.stringify(await pg.entries())).toContain('Rettet i referatet');

    expect((await pg.remove({ id: gone.id, as: 'leader' })).status).toBe(200);
    const deleted = (await pg.entries()).find((e) => e.id === gone.id)!;
    expect(deleted.deleted).toBe(true);
    expect(deleted.text).toBeUndefined();

    await pg.say({ ...bot, text: '@Nettverksboten avslutt møte' });
    const all = JSON.stringify((await pg.entries()).filter((e) => e.from === 'bot'));
    const minutes = all.slice(all.lastIndexOf('Referat'));
    expect(minutes).toContain('felles fagdag i april');
    expect(minutes).not.toContain('dette skulle ikke stå her');
  });

  it("refuses someone else's message, a bot message, an unknown id and an empty edit, in Norwegian", async () => {
    await pg.say({ text: 'info: Karis linje', as: 'leader', where: 'channel' });
    const m = await lastMine(pg, 'Karis linje');
    const other = await pg.edit({ id: m.id, text: 'info: Olas versjon', as: 'member' });
    expect(other.status).toBe(403);
    expect(other.body.message).toMatch(/egne meldinger/);
    expect((await pg.remove({ id: m.id, as: 'member' })).status).toBe(403);
    const bot = (await pg.entries()).find((e) => e.from === 'bot')!;
    expect((await pg.remove({ id: bot.id, as: 'leader' })).status).toBe(403);
    expect((await pg.remove({ id: 'finnes-ikke', as: 'leader' })).status).toBe(404);
    const empty = await pg.edit({ id: m.id, text: '   ', as: 'leader' });
    expect(empty.status).toBe(400);
    expect((await pg.entries()).find((e) => e.id === m.id)?.text).toBe('info: Karis linje');
  });
});
