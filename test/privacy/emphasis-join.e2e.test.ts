// Round 6b, A1: Markdown emphasis between the two fields renders away ("**150585**__10170__" is
// shown as 15058510170 in bold), so the guard reads every run of *, _ and ~ as nothing, in and out.
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { appPerTest, say as chatSay } from '../support/chat.ts';
import { person, type NetworkFixture, type TestPerson } from '../support/teams.ts';
import { validNationalId } from '../support/national-id.ts';
import { carries } from '../support/national-id-spellings.ts';

const kari = person('Kari Nordmann', 1);
const setup = appPerTest(kari, '2026-11-23T08:00:00Z');
const say = (t: TestApp, net: NetworkFixture, who: TestPerson, text: string): Promise<string> =>
  chatSay(t, net, who, text, { thread: '800078', status: (status) => expect(status).toBeLessThan(300) });
const REFUSED = /ser ut til å inneholde et fødselsnummer/;

describe('A1: emphasis markers joining the fields of an identity number', () => {
  it('refuses every mix of *, _ and ~ runs between or around the fields, and keeps nothing', async () => {
    const { t, net } = await setup();
    for (const id of [validNationalId('150585', '101'), '15058512345']) {
      const [a, b] = [id.slice(0, 6), id.slice(6)];
      for (const written of [
        `**${a}**__${b}__`,
        `__${a}__**${b}**`,
        `~~${a}~~~~${b}~~`,
        `***${a}***___${b}___`,
        `*${a}*${b}`,
        `${a}**${b}**`,
        `_${a}_~~${b}~~`,
      ]) {
        const said = await say(t, net, kari, `agenda + ${written} A`);
        expect(said, written).toMatch(REFUSED);
        expect(carries(said, id), written).toBe(false);
      }
    }
    const agenda = await say(t, net, kari, 'agenda');
    expect(agenda).not.toContain('10170');
    // Emphasis around ordinary numbers stays: a time and an amount in bold.
    const ok = await say(t, net, kari, 'agenda + **Budsjett** __2027__: ~~12 500~~ **14 000** kr');
    expect(ok).not.toMatch(REFUSED);
  });
});
