import { describe, expect, it } from 'vitest';
import { readMessage } from '../../bot/activity.ts';

const BOT = { id: '28:bot', name: 'Nettverksboten' };
const botEntity = (text = '<at>Nettverksboten</at>') => ({
  type: 'mention',
  mentioned: { id: BOT.id, name: BOT.name },
  text,
});

describe('readMessage', () => {
  it('removes the bot mention Teams sends and says the bot was mentioned', () => {
    expect(
      readMessage({ text: '<at>Nettverksboten</at> hjelp', entities: [botEntity()] as never, recipient: BOT as never }),
    ).toEqual({ text: 'hjelp', mentions: [], mentionedBot: true, typedBotName: false });
  });

  it('reads a mention whose text differs from the entity in case and spacing', () => {
    const r = readMessage({
      text: '<at>nettverksboten </at>&nbsp;hjelp',
      entities: [botEntity('<at>Nettverksboten</at>')] as never,
      recipient: BOT as never,
    });
    expect(r).toMatchObject({ text: 'hjelp', mentionedBot: true });
  });

  it('drops "@Nettverksboten" typed by hand after a picked mention, and typed alone without an entity', () => {
    expect(
      readMessage({
        text: '<at>Nettverksboten</at> @Nettverksboten hjelp',
        entities: [botEntity()] as never,
        recipient: BOT as never,
      }).text,
    ).toBe('hjelp');
    const typed = readMessage({ text: '@nettverksboten: start møte', entities: [], recipient: BOT as never });
    // Typed, not picked: no mention (N24, month round 8); the dispatcher answers with how to pick it.
    expect(typed).toMatchObject({ text: 'start møte', mentionedBot: false, typedBotName: true });
  });

  it('reads the name typed as a salutation without @, and leaves the name inside a sentence alone', () => {
    const read = (text: string) => readMessage({ text, entities: [], recipient: BOT as never });
    expect(read('Nettverksboten: hva er mine oppgaver?')).toMatchObject({
      text: 'hva er mine oppgaver?',
      typedBotName: true,
    });
    expect(read('nettverksboten , frister')).toMatchObject({ text: 'frister', typedBotName: true });
    expect(read('Nettverksboten er nyttig i møtene')).toMatchObject({
      text: 'Nettverksboten er nyttig i møtene',
      typedBotName: false,
    });
    expect(read('Nettverksbotenes svar: bra')).toMatchObject({ typedBotName: false });
  });

  it('a message without the bot is not a mention, and other people stay in the text', () => {
    const ola = { type: 'mention', mentioned: { id: '29:ola', name: 'Ola Hansen' }, text: '<at>Ola Hansen</at>' };
    const r = readMessage({
      text: 'info: <at>Ola Hansen</at> tar det',
      entities: [ola] as never,
      recipient: BOT as never,
    });
    expect(r.mentionedBot).toBe(false);
    expect(r.text).toBe('info: @Ola Hansen tar det');
    expect(r.mentions.map((m) => m.name)).toEqual(['Ola Hansen']);
    expect(readMessage({ text: '@Nettverksbotene er mange', recipient: BOT as never }).mentionedBot).toBe(false);
  });
});
