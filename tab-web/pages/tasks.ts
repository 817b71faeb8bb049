// Oppgaver: the board, one column per status, with the task card's buttons on every task.
import type { TasksBoardResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { clear, h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { View } from './content.ts';
import { focusTask, taskItem } from './task-item.ts';

export async function renderTasks(v: View): Promise<void> {
  const board = await v.api.get<TasksBoardResponse>(tabApi.tasks(v.networkId));
  const refresh = async (taskId: string, message: string) => {
    await renderTasks(v);
    focusTask(v.main, taskId);
    v.announce(message);
    document.body.dataset.lastAction = message;
  };
  clear(
    v.main,
    h('h1', {}, t.tasks.title),
    h(
      'div',
      { class: 'board' },
      board.columns.map((col) =>
        h(
          'section',
          { class: 'card column', 'data-status': col.status, 'aria-labelledby': `col-${col.status}` },
          h('h2', { id: `col-${col.status}` }, `${col.title} (${col.tasks.length})`),
          col.tasks.length === 0
            ? h('p', { class: 'muted' }, t.tasks.empty)
            : h(
                'ul',
                {},
                col.tasks.map((task) =>
                  h(
                    'li',
                    {},
                    taskItem(
                      v.api,
                      task,
                      (changed, message) => void refresh(changed.id, message),
                      (message) => v.announce(message),
                    ),
                  ),
                ),
              ),
        ),
      ),
    ),
  );
}
