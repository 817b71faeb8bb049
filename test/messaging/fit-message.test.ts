import { describe, expect, it } from 'vitest';
import { fitMessage, MESSAGE_BUDGET_BYTES, messageBytes, shortForm } from '../../src/messaging/fit-message.ts';

const card = (n: number) => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'x'.repeat(n) }],
});

describe('fitting a message to Teams’ size', () => {
  it('leaves a message that fits as it is (the same object)', () => {
    const m = { text: 'Fristen F1 er lagt inn.', card: card(100) as never };
    expect(fitMessage(m)).toBe(m);
  });

  it('drops a card too large, keeps the text whole and says why', () => {
    const m = { text: 'Fristen F1 er lagt inn.', card: card(40_000) as never, summary: 'Frist: F1' };
    const out = fitMessage(m);
    expect(out.card).toBeUndefined();
    expect(out.text).toMatch(/^Fristen F1 er lagt inn\.\n\n\(Svaret var for stort til å vises i Teams/);
  });

  it('a card with no text leads with its summary', () => {
    expect(fitMessage({ card: card(40_000) as never, summary: 'Oppgaver' }).text).toMatch(/^Oppgaver\n\n/);
  });

  it('cuts a long text after a whole word with «…», under the budget, in any script', () => {
    for (const word of ['ord', 'bærekraft', 'Ørjan😀', '北京']) {
      const text = `Fristen F157 er lagret. ${Array.from({ length: 12_000 }, () => word).join(' ')}`;
      const out = fitMessage({ text, mentions: [{ id: '29:1', name: 'Kari', text: 'Kari' }] });
      expect(messageBytes(out)).toBeLessThanOrEqual(MESSAGE_BUDGET_BYTES);
      expect(out.text!.startsWith('Fristen F157 er lagret.')).toBe(true);
      expect(out.text).toMatch(new RegExp(`${word}…\\n\\n\\(Svaret`, 'u'));
      expect(out.mentions).toEqual([{ id: '29:1', name: 'Kari', text: 'Kari' }]);
      expect(out.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('a short form to a smaller budget stays within it', () => {
    const out = shortForm({ text: 'a '.repeat(20_000) }, 8 * 1024);
    expect(messageBytes(out)).toBeLessThanOrEqual(8 * 1024);
  });
});
