// Frister: the deadlines month by month, the ICS subscription link, and "Levert" as on the card.
import type { DeadlineDeliveredResponse, DeadlinesResponse, DeadlineView } from '../../src/tab/contract.ts';
import { tabApi } from '../../src/tab/paths.ts';
import { ApiError } from '../api.ts';
import { clear, h } from '../dom.ts';
import { formatDate, formatLongDate, formatMonth } from '../format.ts';
import { t } from '../i18n.ts';
import type { View } from './content.ts';

const d = t.deadlines;

export async function renderDeadlines(v: View): Promise<void> {
  const data = await v.api.get<DeadlinesResponse>(tabApi.deadlines(v.networkId));
  const months = new Map<string, DeadlineView[]>();
  for (const item of [...data.deadlines].sort((a, b) => a.date.localeCompare(b.date))) {
    const key = item.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), item]);
  }

  const row = (item: DeadlineView) => {
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const button =
      item.status === 'open' &&
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-action': 'delivered',
          'aria-label': `${d.markDelivered}: ${item.title}`,
          onclick: (e: Event) => void deliver(e.currentTarget as HTMLButtonElement),
        },
        d.markDelivered,
      );
    // Asked first (409) when «Levert» looks like a slip, as on the card: the question is shown and the
    // button becomes its «Ja», which sends the confirmation.
    let asked = false;
    async function deliver(b: HTMLButtonElement) {
      b.disabled = true;
      try {
        const res = await v.api.post<DeadlineDeliveredResponse>(
          tabApi.delivered(v.networkId, item.id),
          asked ? { confirm: true } : undefined,
        );
        await renderDeadlines(v);
        v.announce(res.message);
        document.body.dataset.lastAction = res.message;
      } catch (err) {
        error.textContent = err instanceof ApiError ? err.message : t.errors.generic;
        error.hidden = false;
        b.disabled = false;
        if (err instanceof ApiError && err.status === 409 && !asked) {
          asked = true;
          b.textContent = d.confirmDelivered;
          b.setAttribute('aria-label', `${d.confirmDelivered}: ${item.title}`);
        }
      }
    }
    return h(
      'li',
      { class: 'card deadline', 'data-deadline-id': item.id, 'data-status': item.status },
      h('h3', {}, h('time', { datetime: item.date }, formatLongDate(item.date)), ` ${item.time} – ${item.title}`),
      h(
        'p',
        {},
        h('span', { class: 'chip' }, item.kind),
        ' ',
        item.status === 'done'
          ? h('span', { class: 'chip ok' }, d.delivered)
          : h(
              'span',
              { class: item.overdue ? 'chip overdue' : item.daysLeft <= 14 ? 'chip warn' : 'chip' },
              item.overdue ? d.overdue : t.days(item.daysLeft),
            ),
      ),
      item.statsforvalter && h('p', { class: 'muted' }, item.statsforvalter),
      h('p', { class: 'muted' }, d.source(item.source)),
      item.checklist.length > 0 && [
        h('h4', { class: 'visually-hidden' }, d.checklist),
        h(
          'ul',
          {},
          item.checklist.map((c) =>
            h('li', {}, c.done ? '✓ ' : c.notApplicable ? '➖ ' : '', c.item, c.notApplicable ? d.notApplicable : ''),
          ),
        ),
      ],
      item.status === 'done' &&
        item.doneBy &&
        item.doneAt &&
        h('p', {}, d.deliveredBy(item.doneBy, formatDate(item.doneAt.slice(0, 10)))),
      button && h('div', { class: 'actions' }, button),
      error,
    );
  };

  clear(
    v.main,
    h('h1', {}, d.title),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'feed-title' },
      h('h2', { id: 'feed-title' }, d.subscribe),
      h('p', {}, h('a', { href: data.feedUrl, id: 'ics-link' }, data.feedUrl)),
      h('p', { class: 'muted' }, d.subscribeHelp),
    ),
    data.deadlines.length === 0
      ? h('p', {}, d.empty)
      : [...months].map(([key, items]) =>
          h(
            'section',
            { class: 'month', 'aria-labelledby': `m-${key}` },
            h('h2', { id: `m-${key}` }, formatMonth(`${key}-01`)),
            h('ul', { class: 'deadline-list' }, items.map(row)),
          ),
        ),
  );
}
