// One sample per template in cards/, built through its typed data builder. The card test
// requires an entry here for every cards/*.json, so a new template cannot skip validation.
import type { AdaptiveCard } from '../src/conversation/types.ts';
import { coreFeature } from '../src/features/core.ts';
import { helpCard } from './help.ts';
import { noticeCard } from './notice.ts';
import { welcomeCard } from './welcome.ts';
import { taskCard, taskListCard } from './task.ts';
import type { Task } from '../src/tasks/task.ts';

const sampleTask: Task = {
  tenantId: 't',
  networkId: 'n',
  id: 'T3',
  text: 'Lage utkast til rapport til Statsforvalteren',
  owners: [
    { kind: 'person', id: '29:a', name: 'Kari Nordmann' },
    { kind: 'municipality', name: 'Nes' },
  ],
  due: '2027-02-15',
  status: 'open',
  needsHelp: true,
  meetingId: 'M1',
  agendaItem: 3,
  entryId: 'e1',
  createdBy: { id: '29:a', name: 'Kari Nordmann' },
  createdAt: '2026-11-27T09:00:00Z',
  updatedAt: '2026-11-27T09:00:00Z',
  cardRef: null,
};

export const cardSamples: Record<string, () => AdaptiveCard[]> = {
  help: () => [helpCard(coreFeature(() => []).commands ?? [])],
  welcome: () => [welcomeCard('team'), welcomeCard('groupChat'), welcomeCard('personal')],
  task: () => [
    taskCard(sampleTask, { today: '2026-11-30', meetingDate: '2026-11-27' }),
    taskCard({ ...sampleTask, status: 'done' }, { today: '2027-03-01', last: { taskId: 'T3', seq: 2, at: '2027-02-01T10:00:00Z', by: { id: 'x', name: 'Ola' }, change: { type: 'status', from: 'open', to: 'done' } } }),
    taskCard({ ...sampleTask, status: 'deleted', due: null }, { today: '2026-11-30' }),
  ],
  'task-list': () => [
    taskListCard([sampleTask, { ...sampleTask, id: 'T4', due: null }], { title: 'Åpne oppgaver', empty: 'Ingen', today: '2027-03-01' }),
    taskListCard([], { title: 'Åpne oppgaver', empty: 'Ingen', today: '2027-03-01' }),
  ],
  notice: () => [
    noticeCard({ title: 'Ukjent dato', message: 'Jeg forstod ikke datoen.', example: 'innen 30.09', kept: 'Teksten er lagret som notat.', tone: 'error' }),
    noticeCard({ title: 'Lagret', message: 'Oppgaven er lagret.', tone: 'ok' }),
  ],
};
