import { describe, expect, it } from 'vitest';
import { playgroundSuite } from '../support/playground.ts';

// The playground's own HTTP API, driven as the page drives it: what Teams would and would not deliver.

type Entry = {
  id: string;
  where: string;
  owner: string | null;
  thread: string | null;
  from: string;
  text?: string;
  card?: any;
  unseen?: boolean;
};

const cardText = (e: Entry) => JSON.stringify(e.card ?? '');
const botIn = (entries: Entry[], where: string) => entries.filter((e) => e.from === 'bot' && e.where === where);

describe('playground API: personal chats, mentions and RSC as in Teams', () => {
  const { app, pg } = playgroundSuite<Entry>();

  it("gives each test user a personal chat of their own: the member never sees the leader's", async () => {
    expect((await pg.say({ text: 'hjelp', as: 'leader', where: 'personal' })).status).toBe(200);
    const kari = await pg.feed('leader');
    expect(botIn(kari.entries, 'personal').length).toBeGreaterThan(0);
    const ola = await pg.feed('member');
    expect(ola.entries.filter((e) => e.where === 'personal')).toEqual([]);

    await pg.say({ text: 'hjelp', as: 'member', where: 'personal' });
    const olaAfter = (await pg.feed('member')).entries.filter((e) => e.where === 'personal');
    expect(olaAfter.every((e) => e.owner === 'member')).toBe(true);
    expect(olaAfter.filter((e) => e.from === 'user')).toHaveLength(1);
    const kariAfter = (await pg.feed('leader')).entries.filter((e) => e.where === 'personal');
    expect(kariAfter.every((e) => e.owner === 'leader')).toBe(true);
    expect(kariAfter.filter((e) => e.from === 'user')).toHaveLength(1);
  });

  it('sends a mention entity only for a name picked from the @ menu', async () => {
    const before = botIn((await pg.feed('leader')).entries, 'channel').length;
    await pg.say({ text: '@Nettverksboten hjelp', as: 'leader', where: 'channel', mentions: ['bot'] });
    const after = (await pg.feed('leader')).entries;
    const mine = after.filter((e) => e.from === 'user' && e.where === 'channel').at(-1)!;
    expect(mine.text).toBe('<at>Nettverksboten</at> hjelp');
    expect(botIn(after, 'channel').length).toBeGreaterThan(before);
    expect(
      after.some((e) => e.from === 'bot' && e.thread === mine.id && cardText(e).includes('Dette kan Nettverksboten')),
    ).toBe(true);

    // Typed out without picking: plain text, no <at> tag, as the Teams composer does.
    await pg.say({ text: 'Hei @Ola Hansen, ser du dette?', as: 'leader', where: 'channel' });
    const plain = (await pg.feed('leader')).entries.filter((e) => e.from === 'user').at(-1)!;
    expect(plain.text).toBe('Hei @Ola Hansen, ser du dette?');
    await pg.say({ text: 'Hei @Ola Hansen, ser du dette?', as: 'leader', where: 'channel', mentions: ['member'] });
    const picked = (await pg.feed('leader')).entries.filter((e) => e.from === 'user').at(-1)!;
    expect(picked.text).toBe('Hei <at>Ola Hansen</at>, ser du dette?');
  });

  it('with RSC (the default) delivers every channel message; without it only those that @mention the bot', async () => {
    expect((await pg.feed('leader')).rsc).toBe(true);
    await pg.settings(false);
    expect((await pg.feed('leader')).rsc).toBe(false);
    // A command typed without picking the bot never reaches it: no answer at all (only the welcome
    // card of the bot's installation in this second tenant is there).
    await pg.say({ text: 'hjelp', as: 'leader', where: 'channel' });
    const unseen = (await pg.feed('leader')).entries.filter((e) => e.from === 'user').at(-1)!;
    expect(unseen.unseen).toBe(true);
    const botSoFar = botIn((await pg.feed('leader')).entries, 'channel');
    expect(botSoFar).toHaveLength(1);
    expect(cardText(botSoFar[0]!)).toContain('Hei! Jeg er Nettverksboten');
    // Picked: delivered, answered in its thread.
    await pg.say({ text: '@Nettverksboten hjelp', as: 'leader', where: 'channel', mentions: ['bot'] });
    const seen = (await pg.feed('leader')).entries.filter((e) => e.from === 'user').at(-1)!;
    expect(seen.unseen).toBeUndefined();
    expect((await pg.feed('leader')).entries.some((e) => e.from === 'bot' && e.thread === seen.id)).toBe(true);
    // A personal chat needs no mention in either tenant.
    const personal = botIn((await pg.feed('member')).entries, 'personal').length;
    await pg.say({ text: 'hjelp', as: 'member', where: 'personal' });
    expect(botIn((await pg.feed('member')).entries, 'personal').length).toBeGreaterThan(personal);

    // A meeting in this tenant works with mentions, and the bot says once in its thread that lines need one.
    await pg.say({ text: '@Nettverksboten start møte', as: 'leader', where: 'channel', mentions: ['bot'] });
    const root = (await pg.feed('leader')).entries.filter((e) => e.from === 'user').at(-1)!;
    await pg.say({
      text: '@Nettverksboten info: Ny veileder er på plass',
      as: 'leader',
      where: 'channel',
      thread: root.id,
      mentions: ['bot'],
    });
    await pg.say({
      text: '@Nettverksboten info: Kurs i mars',
      as: 'leader',
      where: 'channel',
      thread: root.id,
      mentions: ['bot'],
    });
    const inThread = (await pg.feed('leader')).entries.filter((e) => e.from === 'bot' && e.thread === root.id);
    expect(inThread.filter((e) => /bare se linjer som nevner meg/.test(e.text ?? ''))).toHaveLength(1);
    const count = inThread.length;
    await pg.say({ text: 'info: denne ser ikke boten', as: 'leader', where: 'channel', thread: root.id });
    expect((await pg.feed('leader')).entries.filter((e) => e.from === 'bot' && e.thread === root.id)).toHaveLength(
      count,
    );
    await pg.say({
      text: '@Nettverksboten avslutt møte',
      as: 'leader',
      where: 'channel',
      thread: root.id,
      mentions: ['bot'],
    });

    // Back in the tenant with RSC: its own channel, untouched by what happened in the other.
    await pg.settings(true);
    expect((await pg.feed('leader')).entries.some((e) => e.id === root.id)).toBe(false);
  });

  it("refuses a message over Teams' limit in Norwegian, and the bot refuses a meeting line over its own", async () => {
    const huge = 'a'.repeat(29 * 1024);
    const r = await pg.say({ text: huge, as: 'leader', where: 'channel' });
    expect(r.status).toBe(413);
    expect(r.body.message).toMatch(/for lang.*28 KB/);
    expect((await pg.feed('leader')).entries.some((e) => e.text === huge)).toBe(false);

    // Over the old 4,000-character cut but under Teams' limit: it reaches the bot, which answers it.
    const long = `@Nettverksboten ${'hvordan søker vi om skjønnsmidler til nettverket '.repeat(400)}`;
    expect(Buffer.byteLength(long)).toBeGreaterThan(15_000);
    expect((await pg.say({ text: long, as: 'leader', where: 'channel', mentions: ['bot'] })).status).toBe(200);
    const sent = (await pg.feed('leader')).entries.filter((e) => e.from === 'user').at(-1)!;
    expect(sent.text!.length).toBeGreaterThan(15_000);
    expect((await pg.feed('leader')).entries.some((e) => e.from === 'bot' && e.thread === sent.id)).toBe(true);

    // Under Teams' limit the bot gets it, and a meeting line over 2,000 characters is refused by the bot.
    await pg.say({ text: '@Nettverksboten start møte', as: 'leader', where: 'channel', mentions: ['bot'] });
    const root = (await pg.feed('leader')).entries.filter((e) => e.from === 'user').at(-1)!;
    const line = `info: ${'lang tekst '.repeat(300)}`;
    const ok = await pg.say({ text: line, as: 'leader', where: 'channel', thread: root.id });
    expect(ok.status).toBe(200);
    const replies = (await pg.feed('leader')).entries.filter((e) => e.from === 'bot' && e.thread === root.id);
    expect(replies.some((e) => cardText(e).includes('Teksten er for lang'))).toBe(true);
    await pg.say({
      text: '@Nettverksboten avslutt møte',
      as: 'leader',
      where: 'channel',
      thread: root.id,
      mentions: ['bot'],
    });
  });

  it('"Spol fram" moves the clock and fires what fell due on the way: reminder, agenda, deadline nudges and a task nudge in the owner\'s own chat', async () => {
    const start = app().clock.now().getTime();
    expect((await pg.clock('hour')).status).toBe(200);
    expect(app().clock.now().getTime() - start).toBe(3_600_000);
    // A task for Ola, due in a little over two weeks.
    await pg.say({
      text: '@Nettverksboten oppgave @Ola Hansen lage samarbeidsplan innen 10.12',
      as: 'leader',
      where: 'channel',
      mentions: ['bot', 'member'],
    });
    await pg.say({
      text: '@Nettverksboten frist 4.12 Rapport til Statsforvalteren',
      as: 'leader',
      where: 'channel',
      mentions: ['bot'],
    });
    const deadlineCards = async (left: string) =>
      (await pg.feed('leader')).entries.filter(
        (e) =>
          e.from === 'bot' && cardText(e).includes('Frist: Rapport til Statsforvalteren') && cardText(e).includes(left),
      );
    expect(await deadlineCards('1 dag igjen')).toHaveLength(0);
    const moved = await pg.clock('next-meeting');
    expect(moved.status).toBe(200);
    expect(moved.body.message).toMatch(/Klokka er nå fredag 27\. november 2026/);
    const channel = (await pg.feed('leader')).entries.filter((e) => e.where === 'channel' && e.from === 'bot');
    expect(channel.some((e) => /Påminnelse: nettverksmøte i morgen/.test(e.text ?? ''))).toBe(true);
    expect(channel.some((e) => cardText(e).includes('Agenda for møtet'))).toBe(true);
    for (let i = 0; i < 2; i++) expect((await pg.clock('week')).status).toBe(200);
    // The deadline's nudges the day before and on the day came in the channel on the way.
    expect(await deadlineCards('1 dag igjen')).toHaveLength(1);
    expect(await deadlineCards('Fristen er i dag')).toHaveLength(1);
    const ola = (await pg.feed('member')).entries.filter((e) => e.where === 'personal' && e.from === 'bot');
    expect(ola.some((e) => /Påminnelse: oppgave T\d+ har frist om 3 virkedager/.test(e.text ?? ''))).toBe(true);
    const kari = (await pg.feed('leader')).entries.filter((e) => e.where === 'personal');
    expect(kari.some((e) => /Påminnelse: oppgave/.test(e.text ?? ''))).toBe(false);
  });

  it('says in Norwegian what was wrong with a bad jump', async () => {
    const r = await pg.clock('century');
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/«jump».*«week».*For eksempel/);
  });

  it('hands the page what Teams shows for each kind of invoke answer: a card, a message, an error', async () => {
    // Install and get the welcome card, whose button answers with the help card.
    await pg.say({ text: '@Nettverksboten hjelp', as: 'leader', where: 'channel', mentions: ['bot'] });
    const welcome = (await pg.feed('leader')).entries.find(
      (e) => e.from === 'bot' && cardText(e).includes('Hei! Jeg er Nettverksboten'),
    )!;
    const button = welcome.card.actions.find((a: any) => a.type === 'Action.Execute');
    const card = await pg.click({
      verb: button.verb,
      data: button.data ?? {},
      as: 'leader',
      where: 'channel',
      replyToId: welcome.id,
    });
    expect(card.status).toBe(200);
    expect(JSON.stringify(card.body.card)).toContain('Dette kan Nettverksboten');
    expect(card.body.rev).toBe(0);
    expect(card.body.message).toBeUndefined();
    // A verb the bot does not know: the bot answers with a message.
    const message = await pg.click({
      verb: 'finnes.ikke',
      data: {},
      as: 'member',
      where: 'channel',
      replyToId: welcome.id,
    });
    expect(typeof message.body.message).toBe('string');
    expect(message.body.message.length).toBeGreaterThan(10);
    expect(message.body.card).toBeUndefined();
    expect(message.body.error).toBeUndefined();
    // Data the bot cannot read: application/vnd.microsoft.error, shown as an error with the bot's words.
    const error = await pg.click({
      verb: 'guidelines.feedback',
      data: { entryId: 'x', vote: 'sideways' },
      as: 'leader',
      where: 'channel',
      replyToId: welcome.id,
    });
    expect(error.body.error).toContain('Knappen sendte data jeg ikke forstod');
    expect(error.body.message).toBeUndefined();
    // An id no message has (here 2 000 characters) is refused at the playground's boundary (attack
    // round 8, A4), with the field named; the page is never left without a word.
    const failed = await pg.click({
      verb: button.verb,
      data: button.data ?? {},
      as: 'leader',
      where: 'channel',
      replyToId: 'x'.repeat(2_000),
    });
    expect(failed.status).toBe(400);
    expect(failed.body.message).toMatch(/«replyToId»/);
    // Nothing of this reached the shared transcript: it was the clicker's alone.
    const after = await pg.feed('member');
    expect(after.entries.some((e) => (e.text ?? '').includes('Knappen sendte data'))).toBe(false);
  });
});

describe('playground API: a nudge to someone who never wrote to the bot', () => {
  const { pg } = playgroundSuite<Entry>();

  it("opens Ola's own chat for the nudge and shows it to Ola only", async () => {
    await pg.say({
      text: '@Nettverksboten oppgave @Ola Hansen lage samarbeidsplan innen 10.12',
      as: 'leader',
      where: 'channel',
      mentions: ['bot', 'member'],
    });
    for (let i = 0; i < 3; i++) expect((await pg.clock('week')).status).toBe(200);
    const ola = (await pg.feed('member')).entries.filter((e) => e.where === 'personal');
    expect(ola.some((e) => /Påminnelse: oppgave T\d+ har frist om 3 virkedager/.test(e.text ?? ''))).toBe(true);
    expect(ola.every((e) => e.owner === 'member')).toBe(true);
    expect((await pg.feed('leader')).entries.some((e) => e.where === 'personal')).toBe(false);
  });
});
