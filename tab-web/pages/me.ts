// Mine oppgaver (the personal tab): the user's open tasks in every network, soonest due first.
import type { MyTasksResponse } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { clear, h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { View } from './content.ts';
import { focusTask, taskItem } from './task-item.ts';

export async function renderMe(v: View): Promise<void> {
  const data = await v.api.get<MyTasksResponse>(tabApi.myTasks);
  clear(
    v.main,
    h('h1', {}, t.me.title),
    data.tasks.length === 0
      ? h('p', {}, t.me.empty)
      : h(
          'ul',
          { class: 'my-tasks board' },
          data.tasks.map((task) =>
            h(
              'li',
              {},
              taskItem(
                v.api,
                task,
                async (changed, message) => {
                  await renderMe(v);
                  focusTask(v.main, changed.id);
                  v.announce(message);
                },
                (message) => v.announce(message),
              ),
            ),
          ),
        ),
  );
}
