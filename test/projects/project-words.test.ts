import { describe, expect, it } from 'vitest';
import { projectNameOf } from '../../src/projects/browse.ts';
import { claimsShow } from '../../src/projects/commands.ts';
import { rowName } from '../../src/projects/delete-row.ts';
import { putRow, replaceAt } from '../../src/projects/plan-apply.ts';
import { listRev } from '../../src/projects/plan-rows.ts';
import { pickProject } from '../../src/projects/project-click.ts';
import { emptyPlan, type Project, type ProjectPlan } from '../../src/projects/project.ts';

// The project parsers and plan steps on their own, without the bot around them.
const project = (id: string, name: string) => ({ id, plan: emptyPlan(name) }) as Project;
const two = [project('U1', 'Tryggere overganger'), project('U2', 'Fosterhjem i nærmiljøet')];

describe('pickProject: the project a word means', () => {
  it.each([
    ['U2', 'U2'],
    ['u2', 'U2'],
    ['2', 'U2'],
    ['u 1', 'U1'],
    ['tryggere', 'U1'],
    ['  Fosterhjem ', 'U2'],
  ])('%j → %s', (arg, id) => {
    const found = pickProject(two, arg);
    expect('project' in found && found.project.id).toBe(id);
  });

  it('takes the only project when nothing is named, and asks which when there are more', () => {
    const one = pickProject([two[0]!], '');
    expect('project' in one && one.project.id).toBe('U1');
    const found = pickProject(two, '');
    expect('error' in found && found.error).toContain('U1, U2');
  });

  it('names what is known when nothing matches, and says so when there are no projects', () => {
    const found = pickProject(two, 'U9');
    expect('error' in found && found.error).toContain('U1, U2');
    expect('error' in pickProject([], 'U1')).toBe(true);
  });

  it('asks which when a name part fits several', () => {
    const found = pickProject(two, 'e');
    expect('error' in found && found.error).toContain('U1, U2');
  });
});

describe('claimsShow: the short show forms only', () => {
  it.each([
    ['prosjekt', ''],
    ['prosjekt U1', 'U1'],
    ['Prosjektplan 2', '2'],
    ['prosjektet u 3.', 'u3'],
    ['prosjektplanen', ''],
  ])('%j → %j', (text, arg) => expect(claimsShow(text)).toBe(arg));

  it.each(['prosjektplan vs milepælsplan, hva er forskjellen?', 'prosjekt med bare én kommune', 'prosjekter'])(
    'leaves %j',
    (text) => expect(claimsShow(text)).toBeNull(),
  );
});

describe('projectNameOf: the name «nytt prosjekt» was given', () => {
  it.each([
    ['  «Tryggere overganger» ', 'Tryggere overganger'],
    ['"Trygg skolestart"', 'Trygg skolestart'],
    ["'Ny start'", 'Ny start'],
    ['Barnas stemme', 'Barnas stemme'],
    ['  ', ''],
  ])('%j → %j', (args, name) => expect(projectNameOf(args)).toBe(name));
});

describe('plan steps', () => {
  const plan: ProjectPlan = {
    ...emptyPlan('P'),
    obstacles: [
      { obstacle: 'Lite tid', measure: '' },
      { obstacle: 'Mange   nye\nledere', measure: '' },
    ],
  };

  it('replaceAt replaces in place, or adds at the end', () => {
    expect(replaceAt([1, 2, 3], 1, 9)).toEqual([1, 9, 3]);
    expect(replaceAt([1, 2], null, 9)).toEqual([1, 2, 9]);
  });

  it('putRow adds a new row, replaces a row still there, and writes nothing for a row changed meanwhile', () => {
    const write = (p: ProjectPlan, at: number | null) => ({
      ...p,
      obstacles: replaceAt(p.obstacles, at, { obstacle: 'Ny', measure: '' }),
    });
    expect(putRow('obstacles', { row: '', rev: '' }, write)(plan)?.obstacles).toHaveLength(3);
    const rev = listRev(plan, 'obstacles');
    expect(putRow('obstacles', { row: '1', rev }, write)(plan)?.obstacles[1]?.obstacle).toBe('Ny');
    expect(putRow('obstacles', { row: '1', rev: 'old' }, write)(plan)).toBeNull();
  });

  it('rowName names a deleted row on one line, and nothing for a row that is gone', () => {
    expect(rowName(plan, 'obstacles', '1')).toBe('Mange nye ledere');
    expect(rowName(plan, 'obstacles', '7')).toBe('');
    expect(rowName(plan, 'subgoals', 'D1')).toBe('');
  });
});
