import { describe, expect, it } from 'vitest';
import { route } from '../../src/commands/router.ts';
import { projectsFeature } from '../../src/projects/feature.ts';
import type { Services } from '../../src/app/services.ts';

// The commands only; nothing here runs them.
const specs = projectsFeature({} as Services).commands!;
const routed = (text: string) => {
  const r = route(text, specs);
  return r.kind === 'command' ? [r.spec.id, r.args] : [r.kind];
};

describe('project words in the channel', () => {
  it.each([
    ['prosjekter', 'project.list', ''],
    ['prosjekt U1', 'project.show', 'U1'],
    ['prosjekt', 'project.show', ''],
    ['Prosjektet u 3', 'project.show', 'u3'],
    ['vis prosjekt Tryggere overganger', 'project.show', 'Tryggere overganger'],
    ['vis prosjekt 2', 'project.show', '2'],
    ['prosjekt sjekk U1', 'project.check', 'U1'],
    ['plansjekk', 'project.check', ''],
    ['nytt prosjekt Tryggere overganger', 'project.create', 'Tryggere overganger'],
  ])('%s → %s', (text, id, args) => {
    expect(routed(text)).toEqual([id, args]);
  });

  it('leaves questions that start with the word to the guidelines', () => {
    expect(routed('prosjektplan vs milepælsplan, hva er forskjellen egentlig')[0]).not.toBe('project.show');
    expect(routed('prosjekt med bare én kommune, går det?')[0]).toBe('question');
    expect(routed('prosjektleder, hva gjør hun?')[0]).toBe('question');
    // A note in a meeting thread that starts with the word is not taken for the command.
    expect(routed('prosjekt Tryggere overganger går etter planen')[0]).not.toBe('command');
  });
});
