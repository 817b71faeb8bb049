// Following a development project (issue #17 items 4–6): the cost-sharing key, "følger vi planen?",
// the experience log and the report and application drafts.
import type { Services } from '../app/services.ts';
import { commandFamily, type Feature } from '../commands/spec.ts';
import { projectFollowText as t } from '../i18n/index.ts';
import { costKeyReplies } from './follow-up-cost-key.ts';

export function projectFollowFeature(_s: Services): Feature {
  const cmd = commandFamily('projectFollow', t);
  return {
    name: 'project-follow',
    commands: [cmd('costKey', ['kostnadsfordeling', 'kostnadsfordel', 'fordelingsnøkkel'], async (_ctx, args) => costKeyReplies(args))],
  };
}
