import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { editMessage, postWithId } from '../support/edits.ts';
import { person } from '../support/teams.ts';

// Review 2, item 9: the answer to an edit the bot cannot follow quotes the edited text, cut to 200
// characters. It was cut before the outgoing mask read it, so «… Emma Larsen (8…» lost the age sign
// that marks the name and went out with the name in it. Masked first, then cut.
const ola = person('Ola Hansen', 1);
const start = appPerTest(ola, '2027-03-01T08:00:00Z');

describe('review 2, item 9: the echoed edit is masked before it is cut', () => {
  it('a child named right at the cut does not go out', async () => {
    const { t, net } = await start();
    await postWithId(t, net, ola, 'frist 15.04 Søknad om stimuleringsmidler 2027', 'echo-1');
    const head = 'frist 15.04 Søknad om tilskudd ';
    const tail = 'Emma Larsen (8 år) og mer';
    // The echo is «@Nettverksboten » + the text; the cut keeps 197 characters, so «(8» ends right there.
    const filler = 'ord '.repeat(60).slice(0, 197 - '@Nettverksboten '.length - head.length - 'Emma Larsen (8'.length);
    const text = `${head}${filler}${tail}`;
    expect(`@Nettverksboten ${text}`.slice(0, 197).endsWith('Emma Larsen (8')).toBe(true);
    const out = await editMessage(t, net, ola, 'echo-1', text);
    // Every echo of an edit now passes the input check first (N16), so the answer is the child refusal itself.
    expect(out).toContain('enkelt barn');
    expect(out).not.toContain('Emma');
    expect(out).not.toContain('Larsen');
  });
});
