import type { AdaptiveCard } from '../src/conversation/types.ts';
import { DEADLINE_KINDS, type Deadline, type DeadlineKind } from '../src/deadlines/deadline.ts';
import { deadlineText as t } from '../src/i18n/index.ts';
import { renderCard } from './render.ts';

/** What the form shows: the stored deadline, or what the leader typed when it could not be saved. */
export interface DeadlineEditValues {
  title: string;
  date: string;
  kind: DeadlineKind;
  source: string;
  checklist: string;
  yearly: boolean;
}

export function editValuesOf(d: Deadline): DeadlineEditValues {
  const [y, m, day] = d.date.split('-');
  return {
    title: d.title,
    date: `${day}.${m}.${y}`,
    kind: d.kind,
    source: d.source,
    checklist: d.checklist.join('\n'),
    yearly: d.yearly,
  };
}

export function deadlineEditCard(
  d: Pick<Deadline, 'id' | 'networkId'>,
  values: DeadlineEditValues,
  error = '',
): AdaptiveCard {
  return renderCard('deadline-edit', {
    heading: t.editHeading(d.id),
    error,
    id: d.id,
    networkId: d.networkId,
    title: values.title,
    date: values.date,
    kind: values.kind,
    kinds: DEADLINE_KINDS.map((k) => ({ title: t.kinds[k], value: k })),
    source: values.source,
    checklist: values.checklist,
    yearly: values.yearly ? 'true' : 'false',
    labels: t.editLabels,
  });
}
