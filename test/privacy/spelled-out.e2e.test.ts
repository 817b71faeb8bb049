// Issue #11, finding 6a: an identity number spelled out one digit at a time
// ("0-1-0-1-9-0-0-0-0-8-3", "0 1 0 1 9 0 0 0 0 8 3") got through the guard and was echoed back in a
// question reply. Real server over HTTP, connector emulated, SQLite file on disk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPerTest, say } from '../support/chat.ts';
import { person } from '../support/teams.ts';
import { validNationalId } from '../support/national-id.ts';
import { carries } from '../support/national-id-spellings.ts';

const kari = person('Kari Nordmann', 1);
const ola = person('Ola Hansen', 2);
const setup = appPerTest(kari, '2026-11-23T08:00:00Z');

const NUMBERS = [validNationalId('010190', '000'), '01019000083', validNationalId('430585', '456')];
const SEPARATORS = ['-', ' ', '.', '/'];

function dbBytes(dir: string): Buffer {
  return Buffer.concat(
    readdirSync(dir)
      .filter((f) => f.startsWith('test.db'))
      .map((f) => readFileSync(join(dir, f))),
  );
}

describe('identity numbers spelled out one digit at a time', () => {
  it('are never echoed back nor stored: questions, commands, plain talk and meeting lines', async () => {
    const { t, net } = await setup();
    const typed: Array<{ id: string; text: string }> = [];
    for (const id of NUMBERS) {
      for (const sep of SEPARATORS) {
        const shown = id.split('').join(sep);
        for (const text of [
          `hva sier retningslinjene om barnet ${shown}?`,
          `møteplan ${shown}`,
          `frist varsler ${shown}`,
          `barnet ${shown} har flyttet`,
        ]) {
          typed.push({ id, text });
          const out = await say(t, net, ola, text, { status: (s) => expect(s).toBeLessThan(300) });
          expect(carries(out, id), `${text} → ${out.slice(0, 300)}`).toBe(false);
        }
      }
    }
    await say(t, net, kari, 'start møte', { thread: '900001' });
    for (const id of NUMBERS) {
      const shown = id.split('').join('-');
      const text = `info: samtale om barnet ${shown} i dag`;
      typed.push({ id, text });
      const out = await say(t, net, ola, text, { thread: '900001' });
      expect(out).toContain('ser ut til å inneholde et fødselsnummer');
      // The number still stands in the person's own message: the refusal says how to remove it.
      expect(out).toContain('slett meldingen');
      expect(carries(out, id)).toBe(false);
    }
    const bytes = dbBytes(t.dir);
    for (const { id, text } of typed) {
      expect(bytes.includes(id)).toBe(false);
      expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false);
    }
  });

  it('lets a spelled-out phone number and a count through', async () => {
    const { t, net } = await setup();
    await say(t, net, kari, 'start møte', { thread: '900002' });
    const out = await say(t, net, ola, 'info: ring 4 1 2 3 4 5 6 7 om poeng 1 2 3 4 5 6 7 8 9 10 11', {
      thread: '900002',
    });
    expect(out).not.toContain('ser ut til å inneholde et fødselsnummer');
  });
});
