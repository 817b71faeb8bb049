import type { Services } from '../app/services.ts';
import { commandFamily, type Feature } from '../commands/spec.ts';
import { projectText as t } from '../i18n/projects.ts';
import { checkClicked, checkProject, createProject, listProjects, showClicked, showProject } from './browse.ts';
import { z } from 'zod';
import { deleteRow } from './delete-row.ts';
import { confirmMilestone } from './milestone-confirm.ts';
import { mountPlanFile } from './plan-file.ts';
import { openForm, savePlanStep, showRows } from './plan-forms.ts';
import { deleteSchema, form, ids, rowList, rowRef, saveSchema } from './project-click.ts';

// The project register's command table (issue #17 items 1–3): words and card verbs mapped to use
// cases. List the network's projects, show a plan, run the plan check, and fill a plan in on cards
// step by step; the plan downloads as .docx in the template's order. No rule lives here.

/**
 * «prosjekt», «prosjekt U1», «prosjektplan 2»: shown. Only these short forms are claimed, so a line
 * that merely starts with the word («prosjektplan vs milepælsplan, hva er forskjellen?», a note in a
 * meeting thread) still goes where it would have gone; a project by name is «vis prosjekt <navn>».
 */
export function claimsShow(text: string): string | null {
  const m = /^prosjekt(?:plan(?:en)?|et)?(?:\s+(u?\s?\d{1,4}))?[.!]?$/iu.exec(text.trim());
  return m ? (m[1] ?? '').replace(/\s/gu, '') : null;
}

export function projectsFeature(s: Services): Feature {
  const cmd = commandFamily('project', t, ['channel', 'groupChat']);
  return {
    name: 'projects',
    commands: [
      cmd('list', ['prosjekter', 'prosjektene', 'utviklingsprosjekter'], (ctx) => listProjects(s, ctx)),
      {
        ...cmd('show', ['vis prosjekt', 'vis prosjektet', 'vis prosjektplan'], (ctx, a) => showProject(s, ctx, a)),
        claims: claimsShow,
      },
      cmd(
        'check',
        ['prosjekt sjekk', 'sjekk prosjekt', 'plansjekk', 'sjekk prosjektplan', 'sjekk prosjektplanen'],
        (ctx, a) => checkProject(s, ctx, a),
      ),
      cmd('create', ['nytt prosjekt', 'opprett prosjekt', 'prosjekt ny'], (ctx, a) => createProject(s, ctx, a)),
    ],
    actions: [
      { verb: 'project.show', schema: ids, run: (ctx, d) => showClicked(s, ctx, d) },
      { verb: 'project.check', schema: ids, run: (ctx, d) => checkClicked(s, ctx, d) },
      { verb: 'project.form', schema: ids.extend({ form, ...rowRef }), run: (ctx, d) => openForm(s, ctx, d) },
      { verb: 'project.save', schema: saveSchema, run: (ctx, d) => savePlanStep(s, ctx, d) },
      { verb: 'project.rows', schema: ids.extend({ list: rowList }), run: (ctx, d) => showRows(s, ctx, d) },
      { verb: 'project.delete', schema: deleteSchema, run: (ctx, d) => deleteRow(s, ctx, d) },
      {
        verb: 'project.confirmMilestone',
        schema: ids.extend({ milestone: z.string().regex(/^m\d{1,6}$/) }),
        run: (ctx, d) => confirmMilestone(s, ctx, d),
      },
    ],
    mount: (server) => mountPlanFile(server, s),
  };
}
