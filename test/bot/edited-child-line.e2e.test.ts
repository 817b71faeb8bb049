import { describe, expect, it } from 'vitest';
import { appPerTest } from '../support/chat.ts';
import { editMessage, postWithId } from '../support/edits.ts';
import { person } from '../support/teams.ts';

// Finding N16 (month round 8b): an accepted «agenda +» edited to a line about a single child was answered
// with the masked line quoted back and «send det som en ny melding». Every echo of an edit passes the
// input check: a child line gets the child refusal, never a quote or an invitation to send it.
const ola = person('Ola Hansen', 1); // leader
const start = appPerTest(ola, '2027-03-01T08:00:00Z');

describe('N16: an edited command that now names a child', () => {
  it('gets the child refusal, with no quote and no «send det som en ny melding»', async () => {
    const { t, net } = await start();
    await postWithId(t, net, ola, 'agenda + saker om barn i barneskolealder i Nes', 'n16-1');
    const said = await editMessage(t, net, ola, 'n16-1', 'agenda + saken om gutten Jonas Berg (9 år) i Nes');
    expect(said).toContain('Teksten ser ut til å handle om et enkelt barn');
    expect(said).not.toContain('send det som en ny melding');
    expect(said).not.toContain('gutten');
  });
});
