import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { bodiesOf, say as chatSay, startAt } from '../support/chat.ts';
import { cardAction, person, type NetworkFixture } from '../support/teams.ts';

const kari = person('Kari Nordmann', 1); // leader
const ola = person('Ola Hansen', 2);

/** What the bot answered, without the ids and times that differ from one message to the next. */
const strip = (s: string) =>
  s.replace(/"(id|timestamp|localTimestamp|replyToId|conversation)":("[^"]*"|\{[^}]*\})/g, '');

/**
 * N22: «Hei @Nettverksboten kan du vise agenda?» went to the guidelines search («Ikke dekket av
 * dokumentene …») instead of showing the agenda. A sentence that asks for a command by its word
 * runs it when it only shows something, or offers it with a button; real questions still go on.
 */
describe('a command asked for in a sentence is run or offered, not searched for', () => {
  let t: TestApp;
  let net: NetworkFixture;
  const say = (who: typeof kari, text: string, mention = true) => chatSay(t, net, who, text, { mention });

  beforeAll(async () => {
    ({ t, net } = await startAt('2026-11-30T09:00:00Z', kari));
    await say(kari, 'frist 15.12 Søknad om overføring av midler');
  });
  afterAll(async () => t?.close());

  it('«Hei kan du vise agenda?» shows the agenda, as «agenda» does', async () => {
    const polite = await say(ola, 'Hei kan du vise agenda?');
    expect(polite).not.toContain('Ikke dekket av dokumentene');
    expect(strip(polite)).toBe(strip(await say(ola, 'agenda')));
  });

  it('other ways of asking, bokmål and nynorsk, with the word as it falls in a sentence', async () => {
    for (const [sentence, command] of [
      ['hei, kan du vise frister', 'frister'],
      ['vis meg fristene', 'frister'],
      ['kan du vise meg oppgavene?', 'oppgaver'],
      ['hva er møteplanen?', 'møteplan'],
      ['kan du syne agendaen for neste møte?', 'agenda'],
      ['Hallo! Jeg vil gjerne se mine oppgaver, takk', 'mine oppgaver'],
    ] as const) {
      const polite = await say(ola, sentence);
      expect(polite, sentence).not.toContain('Ikke dekket av dokumentene');
      expect(strip(polite), sentence).toBe(strip(await say(ola, command)));
    }
  });

  it('a question that only contains a command word still goes to the guidelines', async () => {
    const out = await say(ola, 'hva er fristen for å søke om stimuleringsmidler?');
    expect(out).not.toContain('Kommende frister');
    expect(out).not.toContain('Mente du');
  });

  it('more words than the command can take: «Mente du «agenda»?» with a button that shows it', async () => {
    const bodies = await bodiesOf(t, net, ola, 'kan du vise agenda fra i fjor');
    const out = JSON.stringify(bodies);
    expect(out).toContain('Mente du «agenda»');
    expect(out).toContain('command.run');
    const posted = t.connector.emulator.activities().at(-1)!;
    const data = /"verb":"command\.run","data":(\{[^}]*\})/.exec(out)![1]!;
    const res = await t.post(cardAction(net, ola, 'command.run', JSON.parse(data), { replyToId: posted.responseId! }));
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const agenda = (await bodiesOf(t, net, ola, 'agenda')).find((b) => b.attachments?.length);
    expect(JSON.stringify(res.body.value)).toBe(JSON.stringify(agenda.attachments[0].content));
  });

  it('the button runs only commands that show something', async () => {
    const res = await t.post(cardAction(net, ola, 'command.run', { command: 'meeting.next' }));
    expect(JSON.stringify(res.body)).not.toContain('application/vnd.microsoft.card.adaptive');
  });

  it('said to a colleague in the channel without @Nettverksboten, it is left alone', async () => {
    expect(await say(ola, 'kan du vise agenda?', false)).toBe('[]');
  });
});
