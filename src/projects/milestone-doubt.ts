// Month round 15, #9: a milestone answered «plan nei: kartleggingen er bare halvveis» in a meeting
// could be marked «Levert» by anyone afterwards with no word of what the meeting had said. When the
// last standing answer for the milestone is «nei», «Levert» asks once first, quoting it.
import type { Services } from '../app/services.ts';
import type { Deadline } from '../deadlines/deadline.ts';
import { planAnswerText as t } from '../i18n/index.ts';
import { formatShort, localDateOf } from '../time/local-date.ts';
import { standingAnswers } from './follow-up.ts';
import { milestoneOfOrigin } from './milestones.ts';

/** The doubt to ask about before a milestone deadline is marked delivered, or none. */
export async function milestoneDoubts(s: Services, d: Pick<Deadline, 'tenantId' | 'networkId' | 'origin'>) {
  const link = milestoneOfOrigin(d.origin);
  if (!link) return [];
  const answers = (await standingAnswers(s, d.tenantId, d.networkId, link.projectId))
    .filter((a) => a.milestoneId === link.milestoneId)
    .sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  const last = answers.at(-1);
  if (!last || last.answer !== 'no') return [];
  return [
    t.reportedNotReached(formatShort(localDateOf(new Date(last.answeredAt), s.config.timezone)), last.whatHappened),
  ];
}
