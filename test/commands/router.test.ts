import { describe, expect, it } from 'vitest';
import { closestCommand, looksLikeQuestion, matchCommand, route } from '../../src/commands/router.ts';
import type { CommandSpec } from '../../src/commands/spec.ts';

const spec = (id: string, ...words: string[]): CommandSpec => ({
  id,
  words,
  usage: words[0]!,
  example: words[0]!,
  description: id,
  group: 'test',
  run: async () => [],
});

const specs = [
  spec('help', 'hjelp'),
  spec('agenda', 'agenda'),
  spec('propose', 'agenda +'),
  spec('start', 'start møte'),
  spec('mine', 'mine oppgaver'),
  spec('tasks', 'oppgaver'),
  spec('decision', 'vedtak'),
];

describe('command router', () => {
  it('matches case-insensitively and takes the longest phrase', () => {
    expect(matchCommand('AGENDA', specs)?.spec.id).toBe('agenda');
    expect(matchCommand('agenda + Nytt punkt om Kostra', specs)).toMatchObject({
      spec: { id: 'propose' },
      args: 'Nytt punkt om Kostra',
    });
    expect(matchCommand('agenda+ Nytt punkt', specs)).toMatchObject({ spec: { id: 'propose' }, args: 'Nytt punkt' });
    expect(matchCommand('Start   Møte', specs)?.spec.id).toBe('start');
    expect(matchCommand('mine oppgaver', specs)?.spec.id).toBe('mine');
  });

  it('takes the text after a colon as arguments and keeps its case', () => {
    expect(matchCommand('vedtak: Vi søker Statsforvalteren', specs)).toMatchObject({
      spec: { id: 'decision' },
      args: 'Vi søker Statsforvalteren',
    });
  });

  it('does not match a command inside a longer word', () => {
    expect(matchCommand('agendaen er lang', specs)).toBeNull();
    expect(matchCommand('hjelpemidler', specs)).toBeNull();
  });

  it('sends questions to the answerer', () => {
    expect(looksLikeQuestion('Trenger vi revisor?')).toBe(true);
    expect(looksLikeQuestion('hvor mye kan vi bruke på overhead')).toBe(true);
    expect(looksLikeQuestion('møteplan')).toBe(false);
    expect(route('Kan vi flytte ubrukte midler til neste år?', specs).kind).toBe('question');
    expect(route('regler for bruk av midler', specs).kind).toBe('question');
  });

  it('suggests the nearest command for a typo', () => {
    expect(closestCommand('hjlep', specs)?.id).toBe('help');
    expect(closestCommand('agneda', specs)?.id).toBe('agenda');
    expect(route('oppgavr', specs)).toMatchObject({ kind: 'unknown', suggestion: { id: 'tasks' } });
    expect(route('xyz', specs)).toEqual({ kind: 'unknown', suggestion: null });
    expect(route('   ', specs)).toEqual({ kind: 'empty' });
  });

  it('greets a greeting instead of calling it an unknown command', () => {
    for (const hi of ['hei', 'Hei!', 'hallo', 'God morgen', 'heisann.'])
      expect(route(hi, specs)).toEqual({ kind: 'empty' });
    expect(route('hei, når er neste møte?', specs).kind).not.toBe('empty');
  });
});
