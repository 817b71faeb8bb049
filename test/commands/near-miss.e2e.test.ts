import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { startAt } from '../support/chat.ts';
import { person, type NetworkFixture } from '../support/teams.ts';
import { speaker, type Speaker } from '../meetings/channel-support.ts';

// A stranger's month: «utset T2 til 20.1» went to the guidelines as a question, «møte» suggested
// «mine oppgaver», «start» got no suggestion, and «tasks», «deadline», «minutes» were not known.
const kari = person('Kari Nordmann', 1);

describe('near-miss commands get the command they nearly were', () => {
  let t: TestApp;
  let net: NetworkFixture;
  let s: Speaker;
  beforeAll(async () => {
    ({ t, net } = await startAt('2027-01-08T09:00:00Z', kari));
    s = speaker(t, net, '815001');
  });
  afterAll(async () => t?.close());

  it('a task line with a misspelt verb suggests the task command, written out', async () => {
    const out = await s.say(kari, 'utset T2 til 20.1');
    expect(out).toContain('Mente du');
    expect(out).toContain('oppgave T2 utsett 20.1');
    expect(out).not.toContain('Ikke dekket av dokumentene');
    expect(await s.say(kari, 'T3 er ferdgi')).toContain('oppgave T3 ferdig');
  });

  it('a word of a longer command suggests that command, not a look-alike', async () => {
    const møte = await s.say(kari, 'møte');
    expect(møte).toContain('møteplan');
    expect(møte).toContain('start møte');
    expect(møte).not.toContain('mine oppgaver');
    expect(await s.say(kari, 'start')).toContain('start møte');
  });

  it.each([
    ['tasks', '«oppgaver»'],
    ['my tasks', '«mine oppgaver»'],
    ['minutes', '«referat»'],
    ['deadline 1.3 Rapport', 'frist 1.3 Rapport'],
    ['deadlines', '«frister»'],
  ])('English «%s» is mapped to the Norwegian command', async (typed, norwegian) => {
    const out = await s.say(kari, typed);
    expect(out).toContain(norwegian);
    expect(out).not.toContain('Ikke dekket av dokumentene');
  });
});

describe('an English word inside a question is no command', () => {
  it('«deadline for søknad om midler» stays a question', async () => {
    const { route } = await import('../../src/commands/router.ts');
    const spec = (id: string, ...words: string[]) => ({
      id,
      words,
      usage: words[0]!,
      example: words[0]!,
      description: id,
      group: 'test',
      run: async () => [],
    });
    const specs = [spec('deadline', 'frist'), spec('deadlines', 'frister')];
    expect(route('deadline for søknad om midler', specs).kind).toBe('question');
    expect(route('deadline 1.3 Rapport', specs)).toMatchObject({ kind: 'unknown', line: 'frist 1.3 Rapport' });
  });
});
