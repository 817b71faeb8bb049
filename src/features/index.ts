import type { Services } from '../app/services.ts';
import type { CommandSpec, Feature } from '../commands/spec.ts';
import type { Network } from '../networks/network.ts';
import { coreFeature } from './core.ts';
import { rolesFeature } from '../networks/roles-feature.ts';
import { tasksFeature } from '../tasks/feature.ts';
import { meetingsFeature } from '../meetings/feature.ts';
import { archiveFeature } from '../meetings/archive.ts';
import { calendarFeature } from '../meetings/calendar-feature.ts';
import { deadlinesFeature } from '../deadlines/feature.ts';
import { guidelinesFeature } from '../guidelines/feature.ts';
import { rightsFeature } from '../rights/feature.ts';
import { projectFollowFeature } from '../projects/follow-up-feature.ts';
import { projectsFeature } from '../projects/feature.ts';
import { withPersonalViews } from '../meetings/personal-views.ts';
import { networkKind } from '../networks/network-kind.ts';

/**
 * Every feature the bot offers, in the order their commands are listed in `hjelp`.
 * A new feature adds one line here.
 */
export function createFeatures(services: Services, allCommands: () => readonly CommandSpec[]): Feature[] {
  const features: Feature[] = [
    coreFeature(allCommands, async (ctx) =>
      ctx.scope.network ? ((await networkKind(services, ctx.scope.network))?.kind ?? null) : null,
    ),
    meetingsFeature(services),
    archiveFeature(services),
    calendarFeature(services),
    tasksFeature(services),
    deadlinesFeature(services),
    guidelinesFeature(services),
    rolesFeature(services),
  ];
  features.push(projectsFeature(services));
  features.push(projectFollowFeature(services));
  const installAll = async (network: Network) => {
    for (const f of features) await f.onInstall?.(network);
  };
  features.push(rightsFeature(services, installAll));
  // N23: `agenda` and `frister` also answer in a personal chat, with the person's own network's.
  return withPersonalViews(services, features);
}
