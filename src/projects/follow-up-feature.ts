// Following a development project (issue #17 items 4–6): «Følger vi planen?» in meetings, milestones
// as deadlines, the experience log, the cost-sharing key, and the report and application drafts.
import { z } from 'zod';
import type { Services } from '../app/services.ts';
import { commandFamily, type Feature } from '../commands/spec.ts';
import { projectFollowText as t } from '../i18n/index.ts';
import { addExperience, listExperiences } from './experience.ts';
import { answerPlan } from './follow-up-answer.ts';
import { costKeyAction, costKeyReplies } from './follow-up-cost-key.ts';
import { listMilestones } from './milestones-command.ts';
import { syncAllMilestoneDeadlines } from './milestones.ts';
import { applicationReplies, mountDraftDownloads, reportReplies } from './report-command.ts';

export function projectFollowFeature(s: Services): Feature {
  const inNetwork = commandFamily('projectFollow', t, ['channel', 'groupChat']);
  const anywhere = commandFamily('projectFollow', t);
  return {
    name: 'project-follow',
    commands: [
      inNetwork('yes', ['plan ja', 'planen ja', 'følger planen ja'], (ctx, args) => answerPlan(s, ctx, 'yes', args)),
      inNetwork('no', ['plan nei', 'planen nei', 'følger planen nei'], (ctx, args) => answerPlan(s, ctx, 'no', args)),
      inNetwork('experience', ['erfaring', 'erfaringer'], (ctx, args) => addExperience(s, ctx, args)),
      inNetwork('experienceLog', ['erfaringslogg', 'erfaringsloggen'], (ctx, args) => listExperiences(s, ctx, args)),
      inNetwork('milestones', ['milepæler', 'milepælene', 'milepæl'], (ctx, args) => listMilestones(s, ctx, args)),
      inNetwork(
        'report',
        ['rapportutkast', 'rapport utkast', 'utkast rapport', 'utkast til rapport', 'årsrapport'],
        (ctx, args) => reportReplies(s, ctx, args),
      ),
      {
        ...inNetwork(
          'application',
          ['søknadsutkast', 'søknad utkast', 'utkast søknad', 'utkast til søknad', 'ledersøknad'],
          (ctx, args) => applicationReplies(s, ctx, args),
        ),
        kinds: ['leaders'],
      },
      anywhere('costKey', ['kostnadsfordeling', 'kostnadsfordel', 'fordelingsnøkkel'], async (ctx, args) =>
        costKeyReplies(args, ctx.text),
      ),
    ],
    actions: [
      {
        verb: 'costkey.compute',
        schema: z.object({ costKeyText: z.string().max(5000).optional() }),
        run: async (_ctx, data) => costKeyAction(data),
      },
    ],
    mount: mountDraftDownloads(s),
    async start() {
      const created = await syncAllMilestoneDeadlines(s);
      if (created) s.log.info({ created }, 'milestone deadlines brought in at start');
    },
  };
}
