// One task with the task card's buttons, on the board and in "Mine oppgaver". Every button goes
// to the bot's own use case (POST …/tasks/:id), which also updates the task's card in the channel.
import type { TaskActionResponse, TaskView } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import type { Api } from '../api.ts';
import { ApiError } from '../api.ts';
import { h } from '../dom.ts';
import { formatDate } from '../format.ts';
import { t } from '../i18n.ts';

const k = t.tasks;

/** Oslo's today as YYYY-MM-DD (the earliest date Utsett accepts). */
function osloToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

export function taskItem(
  api: Api,
  task: TaskView & { networkName?: string },
  done: (changed: TaskView, message: string) => void,
  fail: (message: string) => void,
): HTMLElement {
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const buttons = h('div', { class: 'actions', role: 'group', 'aria-label': task.text });
  const item = h(
    'article',
    { class: 'card task', 'data-task-id': task.id, 'data-status': task.status },
    // The T-number tells two tasks with the same text apart, and is what «oppgave T3 …» needs.
    h('p', {}, h('strong', { class: 'task-id' }, task.id), ' ', task.text),
    task.networkName && h('p', { class: 'muted' }, task.networkName),
    h('p', { class: 'muted' }, k.owners(task.owners)),
    h(
      'p',
      {},
      task.due ? k.due(formatDate(task.due)) : k.noDue,
      task.overdue && [' ', h('span', { class: 'chip overdue' }, k.overdue)],
      task.needsHelp && [' ', h('span', { class: 'chip warn' }, k.needsHelp)],
    ),
    buttons,
    error,
  );

  const run = async (action: TaskView['actions'][number], due?: string) => {
    for (const b of buttons.querySelectorAll('button')) b.disabled = true;
    error.hidden = true;
    try {
      const res = await api.post<TaskActionResponse>(
        tabApi.task(task.networkId, task.id),
        due ? { action, due } : { action },
      );
      done(res.task, k.changed(res.task.text, k.status[res.task.status]));
    } catch (err) {
      const message = err instanceof ApiError ? err.message : t.errors.generic;
      error.textContent = message;
      error.hidden = false;
      for (const b of buttons.querySelectorAll('button')) b.disabled = false;
      fail(message);
    }
  };

  for (const action of task.actions) {
    if (action !== 'postpone') {
      buttons.append(
        h(
          'button',
          {
            type: 'button',
            class: action === 'done' ? 'primary' : null,
            'data-action': action,
            onclick: () => void run(action),
          },
          k.actions[action],
        ),
      );
      continue;
    }
    // Utsett needs a new date, as on the card.
    const id = `due-${task.id}`;
    const input = h('input', { type: 'date', id, min: osloToday(), required: true, 'aria-describedby': `${id}-help` });
    const picker = h(
      'form',
      { class: 'row postpone', hidden: true },
      h('label', { for: id }, k.newDue),
      input,
      h('span', { id: `${id}-help`, class: 'visually-hidden' }, k.pickDate),
      h('button', { type: 'submit', class: 'primary' }, k.confirmPostpone),
      h('button', { type: 'button', onclick: () => ((picker.hidden = true), open.focus()) }, k.cancel),
    );
    picker.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!input.value) {
        error.textContent = k.pickDate;
        error.hidden = false;
        return;
      }
      void run('postpone', input.value);
    });
    const open = h(
      'button',
      { type: 'button', 'data-action': 'postpone', onclick: () => ((picker.hidden = false), input.focus()) },
      k.actions.postpone,
    );
    buttons.append(open);
    item.append(picker);
  }
  return item;
}

/** After a change the list is drawn anew: keyboard focus goes to the task where it now stands (or the page, when it left the list). */
export function focusTask(main: HTMLElement, taskId: string): void {
  const moved = main.querySelector<HTMLElement>(`article[data-task-id="${CSS.escape(taskId)}"]`);
  const target = moved ?? main;
  if (moved) moved.tabIndex = -1;
  target.focus();
}
