import { projectPlanSchema, type ProjectPlanInput } from '../../src/projects/project.ts';
import { SAMPLE_PLAN } from '../projects/follow-fixtures.ts';
import type { TestApp } from './app.ts';
import type { NetworkFixture, TestPerson } from './teams.ts';

/**
 * A development project stored in `net` as the card steps store one (made by `by` on 1 November
 * 2026), without going through the chat: the project the follow-up, meeting and wording tests start from.
 */
export function storedPlan(t: TestApp, net: NetworkFixture, by: TestPerson, plan: ProjectPlanInput = SAMPLE_PLAN) {
  return t.app.services.store.projects.create({
    tenantId: net.tenantId,
    networkId: net.teamId,
    plan: projectPlanSchema.parse(plan),
    origin: 'cards',
    createdBy: by,
    createdAt: '2026-11-01T10:00:00.000Z',
  });
}
