import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueUsage, type CatalogueUsage } from './catalogue-usage.ts';

/**
 * Every key in the text catalogue (src/i18n/) is reached from code: a string nobody shows is a
 * string nobody reviews, and it drifts from what the bot says (issue #14 found dead keys). Code
 * means src/, bot/, cards/, manifest/, bench/ and tab-web/; a key only a test reads is dead too.
 */

/**
 * Catalogue objects the code hands on whole, where the checker cannot tell which keys are read.
 * Each is here because its keys are reached by name somewhere the type checker does not look.
 */
const REACHED_DYNAMICALLY: Record<string, string> = {
  'deadlineText.editLabels':
    'handed to cards/deadline-edit.json as `labels`; the template reads each label by name (${labels.title} …)',
  'deadlineText.leaderChecklists':
    'indexed by the network kind (`t.leaderChecklists[kind]`) in src/deadlines/default-checklist.ts',
  'projectText.forms': 'handed to the project form templates as `labels`; the templates read them by name',
  'projectText.actions':
    'handed to the project form templates as `actions`; the templates read the button titles by name',
  projectTypeNames: 'Object.entries lists every project type as a choice in the form',
  'projectText.card':
    'aliased to a local (`const c = t.card`) in cards/project.ts, whose keys the checker does not follow',
  'projectText.conflict':
    'aliased to a local (`const c = t.conflict`) in cards/project-forms.ts, whose keys the checker does not follow',
  'importText.parts':
    'indexed by the plan section a paragraph stands under (`t.parts[section]`) in src/projects/template-map.ts',
  'playgroundText.client':
    'sent as JSON to the playground page (src/dev/playground/public/app.js), which reads the strings by name',
};

/**
 * Dead keys in catalogue files other engineers own this round (guidelines, tab, projects). The list
 * may only shrink: a new dead key fails, and so does an entry that is used or gone (remove it).
 */
const KNOWN_UNUSED = [
  'guidelinesText.gateDeclined.kind',
  'guidelinesText.searchEmpty',
  'guidelinesText.source',
  'planCheckText.auditorChecklistItem',
  'planCheckText.noFindings',
];

describe('text catalogue', () => {
  let usage: CatalogueUsage;
  beforeAll(() => {
    usage = catalogueUsage(['src', 'bot', 'cards', 'manifest', 'bench', 'tab-web']);
  }, 240_000);

  it('reads the whole catalogue', () => {
    expect(usage.keys.size).toBeGreaterThan(1000);
    expect(usage.keys.get('helpText.networkUnknown')).toBe('src/i18n/core.ts');
    // Reached through an alias (`taskText as t`), by a literal-union index, and by a typed parameter (commandFamily).
    expect(usage.unused).not.toContain('taskText.status.done');
    expect(usage.unused).not.toContain('deadlineText.commands.add.usage');
  });

  it('has no key that no code reaches', () => {
    expect(usage.unused).toEqual(KNOWN_UNUSED);
  });

  it('hands on whole only the objects listed, each with the reason', () => {
    expect([...usage.escaped.keys()].sort()).toEqual(Object.keys(REACHED_DYNAMICALLY).sort());
  });
});
